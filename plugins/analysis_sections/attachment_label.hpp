// The label GB/T 9704 sets over an attachment (附件, 附件1, 附件2：…统计表, 附表3): a unit sends an attachment on its
// own as often as with its report, and a portal's copy of a report may keep the label over the report's title.
#pragma once

#include <optional>
#include <string_view>

namespace docpipe::sections {

struct AttachmentLabel {
  std::u32string_view label;  // 附件2, 附表, as written (no colon)
  std::u32string_view words;  // the attachment's title after the label's colon, empty for a label alone
};

// `line` read as an attachment's label, the words after it its title (附件2：青禾县2025年行政执法情况统计表); nullopt
// for any other line, a sentence that opens with the word (附件材料由司法所审核) among them.
std::optional<AttachmentLabel> attachment_label(std::u32string_view line);

}  // namespace docpipe::sections
