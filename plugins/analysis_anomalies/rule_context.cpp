#include "rule_context.hpp"

#include <algorithm>
#include <iterator>

#include "docpipe/section_lookup.hpp"
#include "docpipe/text.hpp"

namespace docpipe::anomalies {

namespace {

bool ends_sentence(char32_t c) { return std::u32string_view(U"。！？；;!?\n").find(c) != std::u32string_view::npos; }

// [start, end) of the span holding `offset` between the sorted `boundaries` (positions of the
// characters that end a span), cut to `window` code points either side.
std::pair<std::size_t, std::size_t> span_around(const std::vector<std::size_t>& boundaries, std::size_t size,
                                                std::size_t offset, std::size_t window) {
  const auto next = std::lower_bound(boundaries.begin(), boundaries.end(), offset);
  std::size_t start = next == boundaries.begin() ? 0 : *std::prev(next) + 1;
  std::size_t end = next == boundaries.end() ? size : *next;
  if (offset > window) start = std::max(start, offset - window);
  end = std::min(end, offset + window);
  return {std::min(start, offset), std::max(end, std::min(offset, size))};
}

}  // namespace

RuleContext::RuleContext(const Document& document, const RuleSettings& settings)
    : document_(document), text_(decode_utf8(document.text)), settings_(settings) {
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (ends_sentence(text_[i])) sentence_ends_.push_back(i);
    if (text_[i] == U'\n') paragraph_ends_.push_back(i);
  }
  const std::string year = document.metadata.get("year");
  if (!year.empty()) {
    try {
      report_year_ = std::stoi(year);
    } catch (const std::exception&) {
      report_year_.reset();
    }
  }
}

std::string RuleContext::section_at(std::size_t offset) const {
  const Section* section = innermost_section_at(document_.sections, offset);
  return section ? section->id : std::string();
}

std::vector<std::string> RuleContext::part_at(std::size_t offset) const {
  const Section* section = top_section_at(document_.sections, offset);
  return section ? section->kinds : std::vector<std::string>{};
}

std::pair<std::size_t, std::size_t> RuleContext::sentence_around(std::size_t offset) const {
  return span_around(sentence_ends_, text_.size(), offset, kLongestSentence);
}

std::pair<std::size_t, std::size_t> RuleContext::paragraph_around(std::size_t offset) const {
  return span_around(paragraph_ends_, text_.size(), offset, kLongestParagraph);
}

std::string RuleContext::slice(std::size_t start, std::size_t end) const {
  if (start >= end || start >= text_.size()) return {};
  return encode_utf8(std::u32string_view(text_).substr(start, end - start));
}

bool contains_any(std::u32string_view text, const std::vector<std::u32string>& words) {
  for (const auto& word : words) {
    if (!word.empty() && text.find(word) != std::u32string_view::npos) return true;
  }
  return false;
}

}  // namespace docpipe::anomalies
