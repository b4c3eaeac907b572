// A table's 合计 row: its figures are the totals of the figures above them in their columns, which become their
// parts (Metric::role, Metric::of), as a 其中 listing's are in prose. The part-exceeds-total rule then checks the
// table's arithmetic, and the overview does not add a total to the rows it sums.
#pragma once

#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"

namespace docpipe::metrics {

// A row's or a column's header as a total names it: 合计, 合 计, 合计（件）.
bool heads_a_total(std::u32string_view header);

// `metrics` sorted by start with their ids and roles assigned; `blocks` the document's, whose table cells carry
// table, row and column; `text` the document's text as code points.
void link_table_totals(std::vector<Metric>& metrics, const std::vector<Block>& blocks, std::u32string_view text);

}  // namespace docpipe::metrics
