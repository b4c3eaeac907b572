// The spaces a PDF or a portal sets around a date's figures (青石县 2025 年度法治政府建设情况报告2025 年,全县…,
// 青石县人民政府 2026 年 1 月 20 日, 2025年 1月 20日): no line's end in a page flattened into one line, where a space
// is where a line ended. The readers of a flattened page's run-in title and signature, and of the report's year, read
// the text without them, so that a spaced year or date splits no title or signature into lines and is read as one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe::sections {

// `text` without the spaces around a date's figures, and where each of its characters stands in the text as written.
class WithoutDateFigureSpaces {
 public:
  explicit WithoutDateFigureSpaces(std::u32string_view text);

  const std::u32string& text() const { return text_; }
  // Where the character at `at` of text() stands in the text as written (its end for text().size()).
  std::size_t position_written(std::size_t at) const { return at < positions_.size() ? positions_[at] : written_size_; }
  // Where each of `positions` (in text()) stands in the text as written.
  std::vector<std::size_t> positions_written(const std::vector<std::size_t>& positions) const;

 private:
  std::u32string text_;
  std::vector<std::size_t> positions_;
  std::size_t written_size_ = 0;
};

}  // namespace docpipe::sections
