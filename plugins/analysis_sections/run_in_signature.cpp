#include "run_in_signature.hpp"

#include <algorithm>

#include "report_metadata.hpp"

namespace docpipe::sections {

namespace {

// A signature's lines: the Party committee, the government, the date and a note under it (（此件公开发布）).
constexpr std::size_t kMostSignatureLines = 5;

bool is_line_break_space(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }

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
    if (start == 0) break;  // the paragraph's opening: no body before it, nothing run in
    const std::u32string_view line = paragraph.substr(start, end - start);
    const bool is_issuer = looks_like_issuer(line);
    const bool is_date = !is_issuer && looks_like_date(line);
    if (!is_issuer && !is_date && !looks_like_note(line)) break;
    issuer = issuer || is_issuer;
    dated = dated || is_date;
    starts.push_back(start);
    end = start;
    while (end > 0 && is_line_break_space(paragraph[end - 1])) --end;
    // The body's sentence closes right before: the signature begins here, if it holds both an issuer and a date.
    if (end > 0 && std::u32string_view(U"。！？!?").find(paragraph[end - 1]) != std::u32string_view::npos && issuer &&
        dated) {
      found.assign(starts.rbegin(), starts.rend());
    }
  }
  return found;
}

}  // namespace docpipe::sections
