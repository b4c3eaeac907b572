// The generic layer analysis.sections records numbering problems and unreadable dates in.
#pragma once

namespace docpipe::anomalies {

inline constexpr const char* kStructureIssuesLayer = "structure_issues";

}  // namespace docpipe::anomalies
