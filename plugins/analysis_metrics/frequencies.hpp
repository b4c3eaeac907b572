// How often a deed is done, said before its figure (每月1期, 每季度至少1次, 以每两月1次频次, 各村每月开展法治宣传2次):
// a frequency, no count of the deeds done in the year. The figure stays, its period a qualifier a reviewer reads
// (每季度;至少), its name without the period, and no code adds it to the year's totals.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace docpipe::metrics {

// The words of a period (每月, 每两月, 每季度, 每个月, 每半年, 每周) said in the clause before `start`, before the
// figure there or before the verb whose count it is; none when the clause has none, when they name the year (每年:
// the year's own total), a day or time in the period (每周五, 每月初, 每月15日), or something else's time (利用每月
// 赶集日, 依托每周五“法律服务日”).
// Only a figure of occasions (次, 场, 场次, 期, 轮, 批, 课时) is read so: a sum per month (每人每月200元) is a rate of
// pay, its unit already saying so.
struct Frequency {
  std::size_t start = 0;
  std::size_t end = 0;
};
std::optional<Frequency> frequency_before(std::u32string_view text, std::size_t start, std::u32string_view unit);

// `name` without `period` and the words that only introduced it (以, 按, 按照); when nothing that names the deed is
// left, the deed written after the figure (以每两月1次频次组织干部学法 → 组织干部学法; 每季度至少1次开展法治讲座 →
// 开展法治讲座), else empty.
std::u32string name_without_the_period(std::u32string_view name, std::u32string_view period, std::u32string_view text,
                                       std::size_t end);

}  // namespace docpipe::metrics
