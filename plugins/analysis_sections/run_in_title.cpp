#include "run_in_title.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

#include "report_metadata.hpp"

namespace docpipe::sections {

namespace {

constexpr std::size_t kLongestTitleLine = 60;  // 中共…委员会…人民政府关于…年度法治政府建设情况的报告
constexpr std::size_t kShortestTitle = 6;  // 法治工作总结
constexpr std::size_t kMostIssuerLines = 2;
// The organs a report is addressed to, run into its title (县委、县人大常委会、县政协).
constexpr std::size_t kLongestAddressees = 24;
constexpr std::u32string_view kTitleEnds = U" \u3000\t，。；：！？,;:!?";

bool is_line_break_space(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }
bool is_year_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') ||
         std::u32string_view(U"〇零一二三四五六七八九").find(c) != std::u32string_view::npos;
}

// Whether `body`, right after a report's word with no space between, opens a report's first sentence: a year
// closed by its clause (2024年，, 2024年以来), or the words reports open with. What runs on a title after its
// report's word (报告的函, 报告会, 总结暨2025年工作计划) opens none of them.
bool opens_the_body(std::u32string_view body) {
  std::size_t digits = 0;
  while (digits < body.size() && digits < 4 && is_year_digit(body[digits])) ++digits;
  if (digits == 4 && body.size() > 4 && body[4] == U'年') {
    const std::u32string_view after = body.substr(5);
    return after.empty() || std::u32string_view(U"，,").find(after.front()) != std::u32string_view::npos ||
           after.starts_with(U"以来") || after.starts_with(U"度，") || after.starts_with(U"是");
  }
  constexpr std::u32string_view kOpenings[] = {
      U"一年来", U"今年以来", U"近年来",   U"过去一年", U"年初以来", U"本年度", U"按照",   U"根据",
      U"为深入", U"为全面",   U"为进一步", U"为贯彻",   U"为认真",   U"在县委", U"在市委", U"在区委",
      U"在州委", U"在旗委",   U"在上级",   U"在党委",   U"我镇",     U"我乡",   U"我县",   U"我区",
      U"我市",   U"我局",     U"我委",     U"我办",     U"我街道",   U"现将",   U"现就"};
  return std::any_of(std::begin(kOpenings), std::end(kOpenings),
                     [body](std::u32string_view opening) { return body.starts_with(opening); });
}

// Whether `title` reads as a report's title: it ends in a report's word, 情况 only after the rule of law's words (a
// part's name, 一年来主要工作情况, is no title); a sentence about a report (现将…, 特此报告) is none.
bool reads_as_a_title(std::u32string_view title) {
  const bool a_report = title.ends_with(U"报告") || title.ends_with(U"总结") ||
                        (title.ends_with(U"情况") && (title.find(U"法治") != std::u32string_view::npos ||
                                                      title.find(U"法制") != std::u32string_view::npos ||
                                                      title.find(U"依法行政") != std::u32string_view::npos));
  return a_report && title.size() >= kShortestTitle && !title.starts_with(U"现将") && !title.starts_with(U"现就") &&
         !title.starts_with(U"特此") &&
         std::count(title.begin(), title.end(), U'《') == std::count(title.begin(), title.end(), U'》');
}

// Where the title in `line` (the paragraph's text from a title line's start up to the first space or punctuation:
// the title and the body's first clause) ends before that clause; 0 when none does.
std::size_t title_run_into_the_body(std::u32string_view line) {
  for (std::size_t end = kShortestTitle; end < std::min(line.size(), kLongestTitleLine + 1); ++end) {
    const std::u32string_view title = line.substr(0, end);
    if (reads_as_a_title(title) && opens_the_body(line.substr(end))) return end;
  }
  return 0;
}

// Whether `text` names the organs a report is addressed to (县委、县政府, 市人民政府, 县委依法治县办), its colon left
// off.
bool names_its_addressees(std::u32string_view text) {
  if (text.empty() || text.size() > kLongestAddressees || text.find_first_of(U" \u3000\t") != std::u32string_view::npos)
    return false;
  for (std::size_t from = 0; from <= text.size();) {
    const std::size_t to = std::min(text.find_first_of(U"、，,", from), text.size());
    const std::u32string_view organ = text.substr(from, to - from);
    // An organ's name never opens with 的 (…情况的报告县委 is the title's end, then the addressee).
    if (organ.starts_with(U"的") || (!looks_like_issuer(organ) && !(organ.size() > 1 && organ.ends_with(U"办"))))
      return false;
    from = to + 1;
  }
  return true;
}

// Where the title ends in `text` (a title line's start onwards) when it runs straight into the letter's addressees
// and their colon (…的报告县委、县政府：2023年，…), and where the body starts after the colon; nullopt otherwise.
std::optional<std::pair<std::size_t, std::size_t>> title_run_into_its_addressees(std::u32string_view text) {
  const std::size_t colon = text.find_first_of(U"：:");
  if (colon == std::u32string_view::npos || colon > kLongestTitleLine + kLongestAddressees) return std::nullopt;
  // The longest title first: …情况的报告 over 县委、县政府, not …情况 over 的报告县委.
  for (std::size_t end = std::min(colon - 1, kLongestTitleLine); end >= kShortestTitle; --end) {
    if (colon - end > kLongestAddressees) break;
    if (reads_as_a_title(text.substr(0, end)) && names_its_addressees(text.substr(end, colon - end))) {
      return std::pair{end, colon + 1};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::size_t> run_in_title_lines(std::u32string_view paragraph) {
  std::vector<std::size_t> cuts;
  for (std::size_t start = 0; cuts.size() <= kMostIssuerLines;) {
    const std::size_t end = paragraph.find_first_of(kTitleEnds, start);
    if (end == std::u32string_view::npos) return {};
    const std::u32string_view line = paragraph.substr(start, end - start);
    if (const std::size_t title = title_run_into_the_body(line); title != 0) {
      cuts.push_back(start + title);
      return cuts;
    }
    if (const auto addressed = title_run_into_its_addressees(paragraph.substr(start))) {
      cuts.push_back(start + addressed->first);
      std::size_t body = start + addressed->second;
      while (body < paragraph.size() && is_line_break_space(paragraph[body])) ++body;
      if (body < paragraph.size()) cuts.push_back(body);
      return cuts;
    }
    if (line.size() > kLongestTitleLine || !is_line_break_space(paragraph[end])) return {};
    std::size_t next = end;
    while (next < paragraph.size() && is_line_break_space(paragraph[next])) ++next;
    if (next == paragraph.size()) return {};
    if (reads_as_a_title(line)) {
      cuts.push_back(next);
      return cuts;
    }
    if (!looks_like_issuer(line)) return {};
    cuts.push_back(next);
    start = next;
  }
  return {};
}

}  // namespace docpipe::sections
