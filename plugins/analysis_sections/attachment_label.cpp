#include "attachment_label.hpp"

#include "trimmed_line.hpp"

namespace docpipe::sections {

namespace {

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

}  // namespace

std::optional<AttachmentLabel> attachment_label(std::u32string_view line) {
  line = trimmed(line);
  if (!line.starts_with(U"附件") && !line.starts_with(U"附表")) return std::nullopt;
  std::size_t at = 2;
  while (at < line.size() && is_digit(line[at])) ++at;
  const std::u32string_view label = line.substr(0, at);
  // Only a number, a colon or a space goes on from the label: 附件材料…, 附表所列… open sentences.
  constexpr std::u32string_view kAfterTheLabel = U"：:、.． \u3000";
  if (at < line.size() && kAfterTheLabel.find(line[at]) == std::u32string_view::npos) return std::nullopt;
  while (at < line.size() && kAfterTheLabel.find(line[at]) != std::u32string_view::npos) ++at;
  return AttachmentLabel{label, trimmed(line.substr(at))};
}

}  // namespace docpipe::sections
