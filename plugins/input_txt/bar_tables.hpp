// A portal page copied as text, a Markdown export or a "save as text" tool writes a table's rows with their
// cells parted by bars (`警告 | 罚款 | 合计(宗)`, `| 数量 | 16件 | 40件 |`, fullwidth ｜ too). Such rows are rewritten
// here with a tab between their cells, as space_tables.hpp does for tables aligned with spaces, so the SDK's tab rule
// (docpipe/tab_tables.hpp) reads them as a table pasted with tabs: table-cell blocks with their rows, columns and
// header rows, whose figures take their names and units from the headers.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "docpipe/artifact_filter.hpp"
#include "hard_wraps.hpp"

namespace docpipe::txt {

// The lines with each bar-parted row replaced by its tab-separated form (`lines`, viewing `rows`), and the lines
// as the file holds them (`source`); a Markdown alignment row (|---|:--:|) under a row is markup, in neither.
struct LinesWithBarRows {
  std::vector<std::string> rows;
  std::vector<SourceLine> lines;
  std::vector<SourceLine> source;
};

// A run of two or more lines whose cells are parted by bars, one of them holding a figure (outside the first
// column), is a table. No row: a line with one field only; one with a sentence's piece (。；！？) or a
// label and its value (索引号：, a portal's record table, which the artifact rules remove; not a table's unit,
// 单位：件); a line of links or a portal's stamp (no figure in its run); a single line of prose with a bar. With
// `filter`, a line its record-table rules take whole is no row, wherever it stands.
LinesWithBarRows with_bar_rows_as_tabs(const std::vector<SourceLine>& source, const ArtifactFilter* filter = nullptr);

}  // namespace docpipe::txt
