#include "attached_parts.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "report_metadata.hpp"

namespace docpipe::sections {

namespace {

// A paragraph of prose, not a list line or a title: a sentence of some length. An attachment's text has one; a
// list of attachments (2.党政主要负责人履行推进法治建设第一责任人职责情况) has none.
constexpr std::size_t kShortestProse = 30;  // code points

bool reads_as_prose(std::u32string_view line) {
  return line.size() >= kShortestProse && line.find(U'。') != std::u32string_view::npos;
}

// The words of a 附件 line after its label and list number: 附件：1.… → …, 附件2：… → …, 附件 → empty.
std::u32string_view after_the_label(std::u32string_view line) {
  line.remove_prefix(std::min<std::size_t>(2, line.size()));  // 附件, 附表
  constexpr std::u32string_view kLabelTail = U"0123456789０１２３４５６７８９：:.．、 \u3000";
  const std::size_t words = line.find_first_not_of(kLabelTail);
  return words == std::u32string_view::npos ? std::u32string_view{} : line.substr(words);
}

// A title of a report or a part of one: short, no sentence in it.
bool reads_as_a_title(std::u32string_view line) {
  constexpr std::size_t kLongestTitle = 60;
  return !line.empty() && line.size() <= kLongestTitle && line.find(U'。') == std::u32string_view::npos;
}

// Whether a line of prose stands below line `title`, before the next 附件 line. Only a few lines down: an
// attached text opens under its title (a subheading or two first at most), and a text of many signature-like
// lines with no prose then costs no more than its length.
bool has_text_below(std::span<const std::u32string_view> lines, const std::vector<bool>& opens_an_attachment,
                    std::size_t title) {
  constexpr std::size_t kFarthestText = 8;  // lines below the title
  const std::size_t end = std::min(lines.size(), title + 1 + kFarthestText);
  for (std::size_t i = title + 1; i < end && !opens_an_attachment[i]; ++i) {
    if (reads_as_prose(lines[i])) return true;
  }
  return false;
}

// Whether line `i` follows a signature: an issuer over a date, or both on one line.
bool follows_a_signature(std::span<const std::u32string_view> lines, std::size_t i) {
  if (i < 1) return false;
  if (issuer_and_date_on_one_line(lines[i - 1])) return true;
  return i >= 2 && looks_like_date(lines[i - 1]) && looks_like_issuer(without_seal_mark(lines[i - 2]));
}

// A title set on two lines: the organ or the person reporting (中共石门镇委员会书记, 石门镇镇长 王林) over a
// 关于…的报告 that names no one (关于2024年度履行推进法治建设第一责任人职责情况的报告). Returns the two joined and
// the title's last line, or nothing.
std::optional<std::pair<std::u32string, std::size_t>> two_line_title(std::span<const std::u32string_view> lines,
                                                                     std::size_t first) {
  constexpr std::size_t kLongestOrgan = 30;
  if (first + 1 >= lines.size()) return std::nullopt;
  const std::u32string_view organ = lines[first];
  const std::u32string_view title = lines[first + 1];
  if (organ.empty() || organ.size() > kLongestOrgan || organ.starts_with(U"关于") ||
      organ.find_first_of(U"。，；：") != std::u32string_view::npos) {
    return std::nullopt;
  }
  if (!title.starts_with(U"关于") || !title.ends_with(U"报告") || !reads_as_a_title(title)) return std::nullopt;
  return std::pair{std::u32string(organ) + std::u32string(title), first + 1};
}

}  // namespace

std::vector<std::u32string> attached_titles(std::span<const std::u32string_view> lines,
                                            const std::vector<bool>& opens_an_attachment) {
  std::vector<std::u32string> titles;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t title = lines.size();
    std::u32string_view words;
    if (opens_an_attachment[i]) {
      words = after_the_label(lines[i]);
      title = i;
      if (words.empty() && i + 1 < lines.size()) words = lines[title = i + 1];
    } else if (follows_a_signature(lines, i)) {
      words = lines[title = i];
    }
    if (title >= lines.size()) continue;
    if (const auto joined = two_line_title(lines, title); joined && !opens_an_attachment[joined->second]) {
      if (has_text_below(lines, opens_an_attachment, joined->second)) titles.push_back(joined->first);
      continue;
    }
    if (reads_as_a_title(words) && has_text_below(lines, opens_an_attachment, title)) titles.emplace_back(words);
  }
  return titles;
}

}  // namespace docpipe::sections
