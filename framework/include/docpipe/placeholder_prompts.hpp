// The prompts Word puts in a new content control (its built-in placeholder building blocks, DefaultPlaceholder_…):
// text nobody types as a value, so a form field whose result is exactly one was never filled in. A .doc keeps no
// content controls: LibreOffice saves a block-level control as a FORMTEXT field whose result is the prompt, with no
// style and an empty default text in its FFData ([MS-DOC] 2.9.80), so only the prompt itself tells it. Shared by
// input.doc and input.docx.
#pragma once

#include <array>
#include <string_view>

namespace docpipe {

inline bool is_word_placeholder_prompt(std::string_view text) {
  constexpr auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  // Word 2013 and later, then Word 2007/2010; English and Chinese installations.
  constexpr std::array<std::string_view, 11> kPrompts{"Click or tap here to enter text.",
                                                      "Click or tap to enter a date.",
                                                      "Choose an item.",
                                                      "Click here to enter text.",
                                                      "Click here to enter a date.",
                                                      "单击或点击此处输入文字。",
                                                      "单击或点击以输入日期。",
                                                      "单击或点击此处输入日期。",
                                                      "选择一项。",
                                                      "单击此处输入文字。",
                                                      "单击此处输入日期。"};
  for (const std::string_view prompt : kPrompts) {
    if (text == prompt) return true;
  }
  return false;
}

// A text form field's code (FORMTEXT): Word's legacy form field, and what LibreOffice saves a content control as.
inline bool is_form_text_field_code(std::string_view code) {
  while (!code.empty() && code.front() == ' ') code.remove_prefix(1);
  return code.starts_with("FORMTEXT") && (code.size() == 8 || code[8] == ' ');
}

}  // namespace docpipe
