// Repairs what Tesseract's chi_sim model does to Chinese text (measured on scans of the example reports):
// spaces between Chinese characters and between a number and its unit ("2024 年", "12个 村"), half-width
// punctuation where Chinese text has full-width ("(一)", "如下:"), and angle brackets read for parentheses
// ("〈一〉"), quotation marks read as ASCII '"' or turned the wrong way ("放管服”), and a full stop read as '.'.
// Digits are never changed: a number is what the figure grammar reads, and a wrong guess there is
// worse than an unrepaired one.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::ocr {

// What one line of a page leaves to the next: whether a quotation opened on it is still open (`“一网` at one line's
// end, `通办"事项` at the next one's start). One per page read, in reading order.
struct OcrRepairState {
  bool quotation_open = false;
};

// One recognised line in, the repaired line out (UTF-8); `state` carries the quotation marks from line to line.
std::string repair_chinese_ocr(std::string_view line, OcrRepairState& state);

// A line on its own: no quotation is open before it.
std::string repair_chinese_ocr(std::string_view line);

// A table cell (table_rows.hpp): a line on its own, without a quotation mark at its edge that pairs with none in it.
std::string repair_chinese_ocr_cell(std::string_view cell);

}  // namespace docpipe::ocr
