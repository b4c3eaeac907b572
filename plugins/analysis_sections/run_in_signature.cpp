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

}  // namespace

std::vector<std::size_t> run_in_signature_lines(std::u32string_view paragraph) {
  std::size_t end = paragraph.size();
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
    const bool after_the_body = glued != std::u32string_view::npos;
    if (after_the_body) start += glued + 1;
    if (start == 0 || start == end) break;  // the paragraph's opening: no body before it, nothing run in
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
  return found;
}

}  // namespace docpipe::sections
