// Repairs what Tesseract's chi_sim model does to Chinese text (measured on scans of the example reports):
// spaces between Chinese characters and between a number and its unit ("2024 年", "12个 村"), half-width
// punctuation where Chinese text has full-width ("(一)", "如下:"), and angle brackets read for parentheses
// ("〈一〉"). Digits are never changed: a number is what the figure grammar reads, and a wrong guess there is
// worse than an unrepaired one.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::ocr {

// One recognised line in, the repaired line out (UTF-8).
std::string repair_chinese_ocr(std::string_view line);

}  // namespace docpipe::ocr
