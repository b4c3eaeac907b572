// The rule ids of analysis.corpus: what findings.csv's rule column and <policies> name.
#pragma once

namespace docpipe::corpus::rule {

inline constexpr const char* duplicate_submission = "duplicate-submission";
inline constexpr const char* copied_passage = "copied-passage";
inline constexpr const char* unchanged_from_previous_year = "unchanged-from-previous-year";
inline constexpr const char* year_over_year_jump = "year-over-year-jump";
inline constexpr const char* outlier = "outlier";

}  // namespace docpipe::corpus::rule
