// Word's character style for a content control's placeholder (单击或点击此处输入日期。): Word sets a placeholder's
// runs in it and takes it off the text typed in, so text in it is no content. A .doc (Word's compatibility save,
// LibreOffice's export) keeps the style where the control itself is gone.
#pragma once

#include <string_view>

namespace docpipe {

// The style's name as Word writes it ("Placeholder Text", or its Chinese name 占位符文本), also as one of the
// comma-separated aliases a .doc's style name may carry ("Placeholder Text,占位符文本").
inline bool is_placeholder_style_name(std::string_view name) {
  while (true) {
    const auto comma = name.find(',');
    const std::string_view alias = name.substr(0, comma);
    if (alias == "Placeholder Text" || alias == "占位符文本") return true;
    if (comma == std::string_view::npos) return false;
    name.remove_prefix(comma + 1);
  }
}

}  // namespace docpipe
