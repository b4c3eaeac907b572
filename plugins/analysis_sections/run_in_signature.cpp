#include "run_in_signature.hpp"

#include <algorithm>
#include <optional>

#include "heading_grammar.hpp"
#include "report_metadata.hpp"

namespace docpipe::sections {

namespace {

// A signature's lines: the Party committee, the government, the date and a note under it (（此件公开发布）).
constexpr std::size_t kMostSignatureLines = 5;

bool is_line_break_space(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }

constexpr std::u32string_view kSentenceEnds = U"。！？!?";

// Where the date starts in an issuer and its date written with no space between (平江街道办事处2025年1月10日,
// 青溪县石门镇人民政府二〇二五年一月十日); nullopt for any other line.
std::optional<std::size_t> date_glued_to_its_issuer(std::u32string_view line) {
  // An issuer (at most 30 characters) and a date (at most 20): a longer line is neither, and is not tried at every
  // place.
  constexpr std::size_t kLongestIssuerAndDate = 50;
  if (line.size() > kLongestIssuerAndDate) return std::nullopt;
  for (std::size_t at = 1; at < line.size(); ++at) {
    if (looks_like_issuer(line.substr(0, at)) && looks_like_date(line.substr(at))) return at;
  }
  return std::nullopt;
}

// Whether `text` is a heading's line and nothing more (二、提升行政执法质效): a plan listing its headings with no text
// under them ends the body so, with no sentence's end before the signature.
bool a_lone_heading(std::u32string_view text) {
  constexpr std::size_t kLongestHeadingLine = 40;
  const auto marker = match_heading_marker(text);
  return marker && text.size() <= kLongestHeadingLine &&
         text.find_first_of(U"。！？；：!?;:") == std::u32string_view::npos;
}

// Where each line of a list of attachments at the end of `paragraph` starts, after a space where a line ended (…
// 2025年1月20日 附件：1.龙山镇执法情况统计表 2.龙山镇普法活动一览表): the 附件 line, then each numbered item after a
// space. Empty when the paragraph ends otherwise: the list names documents, and holds no sentence.
std::vector<std::size_t> attachment_list_at_end(std::u32string_view paragraph) {
  constexpr std::size_t kLongestList = 8 * 60;  // eight lines of attachments' names
  while (!paragraph.empty() && is_line_break_space(paragraph.back())) paragraph.remove_suffix(1);
  const std::size_t at = paragraph.rfind(U"附件");
  if (at == std::u32string_view::npos || at == 0 || !is_line_break_space(paragraph[at - 1]) ||
      paragraph.size() - at > kLongestList) {
    return {};
  }
  const std::u32string_view list = paragraph.substr(at);
  if (list.size() < 4 || std::u32string_view(U"：:0123456789").find(list[2]) == std::u32string_view::npos ||
      list.find_first_of(kSentenceEnds) != std::u32string_view::npos) {
    return {};
  }
  std::vector<std::size_t> lines{at};
  for (std::size_t i = 1; i + 1 < list.size(); ++i) {
    const bool item = is_line_break_space(list[i - 1]) && list[i] >= U'0' && list[i] <= U'9' &&
                      std::u32string_view(U".．、").find(list[i + 1]) != std::u32string_view::npos;
    if (item) lines.push_back(at + i);
  }
  return lines;
}

// Where each line of an official document's record (版记) at the end of `paragraph` starts, each after a space where
// a line ended (… 2023年3月8日 抄送：县委办公室，县人大常委会办公室。 县政府办公室 2023年3月8日印发): its labelled
// lines (抄送：…), the printing date (…印发) and the office over it, the print run. Empty when the paragraph ends
// otherwise.
std::vector<std::size_t> record_at_end(std::u32string_view paragraph) {
  std::vector<std::size_t> lines;  // from the last back
  bool printing_date_below = false;
  std::size_t end = paragraph.size();
  while (end > 0 && is_line_break_space(paragraph[end - 1])) --end;
  while (end > 0) {
    std::size_t start = end;
    while (start > 0 && !is_line_break_space(paragraph[start - 1])) --start;
    if (start == 0) break;
    const std::u32string_view line = paragraph.substr(start, end - start);
    const bool printing_date = looks_like_printing_date(line);
    const bool printing_office = printing_date_below && looks_like_issuer(line);
    if (!printing_date && !printing_office && !looks_like_record_line(line)) break;
    printing_date_below = printing_date;
    lines.push_back(start);
    end = start;
    while (end > 0 && is_line_break_space(paragraph[end - 1])) --end;
  }
  // The record holds a labelled line or its printing date: an issuer alone is the signature's.
  const bool labelled = std::any_of(lines.begin(), lines.end(), [&](std::size_t start) {
    std::size_t stop = start;
    while (stop < paragraph.size() && !is_line_break_space(paragraph[stop])) ++stop;
    const std::u32string_view line = paragraph.substr(start, stop - start);
    return looks_like_record_line(line) || looks_like_printing_date(line);
  });
  if (!labelled) return {};
  return {lines.rbegin(), lines.rend()};
}

// Where a 述法 or 述职 report's signature starts when `name_start` opens the name of the person reporting, after
// the post held and a space (…局党组书记、局长　张明远, a name spaced to three characters' width: 王　明): the space
// that parts post and name is no line's end, and the two make one issuer's line. The post may be glued to the body's
// last sentence (…规范执法行为。宁丰县司法局局长 张明远). nullopt when the words before the name make no such line.
std::optional<std::size_t> post_before_the_name(std::u32string_view paragraph, std::size_t name_start,
                                                std::size_t end) {
  constexpr int kMostNamePieces = 2;  // 王　明: the name's two characters parted by a space
  std::size_t start = name_start;
  for (int piece = 0; piece < kMostNamePieces && start > 0; ++piece) {
    std::size_t before = start;
    while (before > 0 && is_line_break_space(paragraph[before - 1])) --before;
    std::size_t from = before;
    while (from > 0 && !is_line_break_space(paragraph[from - 1])) --from;
    if (const auto glued = paragraph.substr(from, before - from).find_last_of(kSentenceEnds);
        glued != std::u32string_view::npos) {
      from += glued + 1;
    }
    if (from == before) return std::nullopt;
    if (looks_like_issuer(paragraph.substr(from, end - from))) return from;
    start = from;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::size_t> run_in_signature_lines(std::u32string_view paragraph) {
  // A 版记 may close the page after the signature, and a list of attachments stand between them, as GB/T 9704
  // places them: their lines follow the signature's.
  const std::vector<std::size_t> record = record_at_end(paragraph);
  const std::u32string_view before_the_record = paragraph.substr(0, record.empty() ? paragraph.size() : record.front());
  std::vector<std::size_t> attachments = attachment_list_at_end(before_the_record);
  attachments.insert(attachments.end(), record.begin(), record.end());
  std::size_t end = attachments.empty() ? paragraph.size() : attachments.front();
  while (end > 0 && is_line_break_space(paragraph[end - 1])) --end;
  std::vector<std::size_t> starts;  // from the last line back
  bool issuer = false;
  bool dated = false;
  std::vector<std::size_t> found;
  while (end > 0 && starts.size() < kMostSignatureLines) {
    std::size_t start = end;
    while (start > 0 && !is_line_break_space(paragraph[start - 1])) --start;
    // A line glued to the body's last sentence with no space between (…创新普法方式。平江街道办事处) starts after it.
    const std::size_t glued = paragraph.substr(start, end - start).find_last_of(kSentenceEnds);
    bool after_the_body = glued != std::u32string_view::npos;
    if (after_the_body) start += glued + 1;
    if (start == 0 || start == end) break;  // the paragraph's opening: no body before it, nothing run in
    // A name after the post held (…局长　张明远): the post and the name are one line.
    if (!after_the_body && !looks_like_issuer(paragraph.substr(start, end - start)) &&
        !looks_like_date(paragraph.substr(start, end - start))) {
      if (const auto post = post_before_the_name(paragraph, start, end)) {
        start = *post;
        after_the_body = start > 0 && kSentenceEnds.find(paragraph[start - 1]) != std::u32string_view::npos;
      }
    }
    const std::u32string_view line = paragraph.substr(start, end - start);
    const std::optional<std::size_t> date_at = date_glued_to_its_issuer(line);
    const bool is_issuer = date_at.has_value() || looks_like_issuer(line);
    const bool is_date = date_at.has_value() || (!is_issuer && looks_like_date(line));
    // The organ the report is sent to (报送县司法局) may stand by the signature: it closes the page as an issuer does,
    // and names no unit.
    const bool is_addressee = !is_issuer && !is_date && looks_like_addressee(line);
    if (!is_issuer && !is_date && !is_addressee && !looks_like_note(line)) break;
    issuer = issuer || is_issuer || is_addressee;
    dated = dated || is_date;
    if (date_at) starts.push_back(start + *date_at);
    starts.push_back(start);
    end = start;
    while (end > 0 && is_line_break_space(paragraph[end - 1])) --end;
    // The body's sentence closes right before, or a heading's line with no text under it: the signature begins
    // here, if it holds both an issuer and a date.
    if (end > 0 &&
        (kSentenceEnds.find(paragraph[end - 1]) != std::u32string_view::npos ||
         a_lone_heading(paragraph.substr(0, end))) &&
        issuer && dated) {
      found.assign(starts.rbegin(), starts.rend());
    }
    if (after_the_body) break;
  }
  if (!found.empty()) found.insert(found.end(), attachments.begin(), attachments.end());
  return found;
}

}  // namespace docpipe::sections
