// The Chinese words of the pages: report parts, roles, severities, metadata keys.
#pragma once

#include <string>
#include <string_view>

#include "docpipe/layers.hpp"

namespace docpipe::html {

// The five parts an annual report must contain (法治政府建设与责任落实督察工作规定, 2019, 第二十五条).
inline std::string_view part_label(std::string_view kind) {
  if (kind == part::achievements) return "主要举措和成效";
  if (kind == part::shortcomings) return "存在的不足和原因";
  if (kind == part::leadership) return "第一责任人履职情况";
  if (kind == part::plan) return "下一年度工作安排";
  if (kind == part::other) return "其他需要报告的情况";
  return kind;
}

inline std::string_view role_label(std::string_view role) {
  if (role == role::total) return "总数";
  if (role == role::part) return "分项";
  if (role == role::rate) return "比率";
  if (role == role::previous) return "上期数值";
  if (role == role::change) return "增减变化";
  if (role == role::cumulative) return "多年累计";
  return "独立数值";
}

inline std::string_view severity_label(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "错误";
    case Severity::warning:
      return "警告";
    case Severity::info:
      return "提示";
  }
  return "提示";
}

}  // namespace docpipe::html
