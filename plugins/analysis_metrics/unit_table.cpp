#include "unit_table.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "docpipe/parameters.hpp"
#include "docpipe/text.hpp"

namespace docpipe::metrics {

namespace {

std::u32string trim(std::u32string_view text) {
  while (!text.empty() && (text.front() == U' ' || text.front() == U'\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\t')) text.remove_suffix(1);
  return std::u32string(text);
}

}  // namespace

UnitTable::UnitTable(const std::vector<std::string>& entries) {
  ParameterProblems problems;
  const auto bad = [&](const std::string& raw, const std::string& why) {
    problems.add("units", raw, why + "; write a unit (人次) or written=canonical*factor (公斤=千克*1)");
  };
  for (const auto& raw : entries) {
    const std::u32string entry = decode_utf8(raw);
    const auto equals = entry.find(U'=');
    if (equals == std::u32string::npos) {
      entries_.push_back({entry, entry, 1});
      continue;
    }
    const std::u32string written = trim(entry.substr(0, equals));
    const std::u32string target = entry.substr(equals + 1);
    const auto star = target.find(U'*');
    const std::u32string unit = trim(target.substr(0, star));
    if (written.empty() || unit.empty()) {
      bad(raw, "a side of '=' is empty");
      continue;
    }
    double factor = 1;
    if (star != std::u32string::npos) {
      const std::string text = encode_utf8(trim(target.substr(star + 1)));
      std::size_t used = 0;
      try {
        factor = std::stod(text, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (text.empty() || used != text.size() || !std::isfinite(factor) || factor <= 0) {
        bad(raw, "the factor after '*' ('" + text + "') is not a positive number");
        continue;
      }
    }
    entries_.push_back({written, unit, factor});
  }
  problems.throw_if_any();
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.written.size() > b.written.size(); });
}

std::optional<UnitMatch> UnitTable::match(std::u32string_view text, std::size_t at) const {
  for (const auto& entry : entries_) {
    if (!entry.written.empty() && text.substr(at, entry.written.size()) == entry.written) {
      return UnitMatch{entry.written.size(), entry.unit, entry.factor};
    }
  }
  return std::nullopt;
}

}  // namespace docpipe::metrics
