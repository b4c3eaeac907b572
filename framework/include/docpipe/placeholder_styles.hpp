// Word's character style for a content control's placeholder (单击或点击此处输入日期。): Word sets a placeholder's
// runs in it and takes it off the text typed in, so text in it is no content. A .doc (Word's compatibility save,
// LibreOffice's export) keeps the style where the control itself is gone.
#pragma once

#include <string_view>

namespace docpipe {

// The style's name as Word writes it ("Placeholder Text", or its Chinese name 占位符文本).
inline bool is_placeholder_style_name(std::string_view name) {
  return name == "Placeholder Text" || name == "占位符文本";
}

}  // namespace docpipe
