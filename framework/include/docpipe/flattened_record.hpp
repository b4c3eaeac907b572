// A portal page flattened to one line at its top (a reader view, a clerk's copy): the record's fields in brackets,
// the title and the text run together on the line. Every input reads such a line as the lines the page showed, so
// that the artifact rules take the fields and the title and text stay. Header-only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/portal_copy.hpp"

namespace docpipe {

// The lines a flattened copy's line reads as when it opens with the record's fields in brackets and goes on with the
// title or a sentence ([ 发布日期 ] 2026-02-12 [ 来源 ] 青石县司法局 青石县2025年…报告 2025年，…): the fields, which
// the web-bracketed-info rule then takes with their facts, the whole report title opening the rest when one does, and
// the rest (portal_copy::text_after_bracketed_fields, title_before_text). Empty when the line is no such line, or what
// opens it is no field the rule takes (a column's tag, 【年度报告】): the line stays as it is. Every input reads a
// flattened copy's first lines so, whether copied as text, pasted into Word or saved from the browser's reader.
inline std::vector<std::string> lines_of_a_flattened_record(const ArtifactFilter& filter, std::string_view line) {
  const auto trimmed = [](std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return std::string_view{};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
  };
  const std::string_view whole = trimmed(line);
  // Most lines open with no bracket (after an indent of spaces, no-break or ideographic): they are not decoded.
  std::string_view opening = whole;
  while (opening.starts_with("\xC2\xA0") || opening.starts_with("\xE3\x80\x80") || opening.starts_with(" "))
    opening.remove_prefix(opening.starts_with(" ") ? 1 : opening.starts_with("\xC2\xA0") ? 2 : 3);
  if (!opening.starts_with("[") && !opening.starts_with("【") && !opening.starts_with("［")) return {};
  const std::size_t text = portal_copy::text_after_bracketed_fields(opening);
  if (text == std::string_view::npos) return {};
  const std::string_view fields = trimmed(opening.substr(0, text));
  if (!lines_the_rule_takes(filter, "web-bracketed-info", {fields}).front()) return {};
  std::vector<std::string> lines{std::string(fields)};
  const std::string_view rest = trimmed(opening.substr(text));
  const std::size_t title = portal_copy::title_before_text(rest);
  if (title != std::string_view::npos) lines.emplace_back(rest.substr(0, title));
  lines.emplace_back(trimmed(title == std::string_view::npos ? rest : rest.substr(title)));
  return lines;
}

// The same for a format's paragraphs (input.html's, input.docx's): the first paragraph, up to the first sentence and
// among the first few, that is such a line becomes its lines, the last keeping the paragraph's hints. Whether one was
// split.
inline bool split_a_flattened_record(std::vector<SourceParagraph>& paragraphs, const ArtifactFilter& filter) {
  constexpr std::size_t kFarthestRecordParagraphs = 20;  // a page's chrome over its text is no longer
  for (std::size_t i = 0; i < paragraphs.size() && i < kFarthestRecordParagraphs; ++i) {
    if (std::vector<std::string> parts = lines_of_a_flattened_record(filter, paragraphs[i].text); !parts.empty()) {
      const Block hints = paragraphs[i].hints;
      paragraphs[i] = SourceParagraph{std::move(parts.front()), Block{}};
      for (std::size_t k = 1; k < parts.size(); ++k) {
        paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(i + k),
                          SourceParagraph{std::move(parts[k]), k + 1 == parts.size() ? hints : Block{}});
      }
      return true;
    }
    if (paragraphs[i].text.find("。") != std::string::npos) return false;  // the text has begun
  }
  return false;
}

}  // namespace docpipe
