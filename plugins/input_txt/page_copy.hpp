// A clerk's copy of a portal page (select all, copy, paste into a text file) sets on lines of their own what the
// page set on one: a field's label and its value (来源： / 青石镇, 浏览次数： / 128), a share bar's label and its items
// (分享到 / -), and it keeps a record table's cells apart with tabs (索引号⇥…⇥信息分类⇥…), which input.txt would
// read as a table of the report. The page's list of facts may also give its date alone under the title
// (2025-01-20), in the dashes a report's signature may use too. Above the copy's first sentence and below its
// last, these are mended into the lines the artifact rules know (docpipe/artifact_rules.hpp), and a date alone
// above the first sentence is taken as the page's: a report signs below its text, never above it.
#pragma once

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "docpipe/artifact_filter.hpp"
#include "hard_wraps.hpp"

namespace docpipe::txt {

struct MendedCopy {
  std::deque<std::string> joined;                          // the lines made of several, which the source views
  std::vector<std::pair<std::string, std::string>> facts;  // removed.* and web.* of what was taken out, in order
};

// Mends `source` in place (its views may then point into the result's `joined`, which must outlive them). `filter`
// tells which lines a rule will take (a WeChat dateline), with the rules' own patterns.
MendedCopy mend_page_copy(std::vector<SourceLine>& source, const ArtifactFilter& filter);

}  // namespace docpipe::txt
