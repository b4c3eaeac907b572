#include "unit_table.hpp"

#include <algorithm>
#include <stdexcept>

#include "docpipe/text.hpp"

namespace docpipe::metrics {

UnitTable::UnitTable(const std::vector<std::string>& entries) {
  for (const auto& raw : entries) {
    const std::u32string entry = decode_utf8(raw);
    const auto equals = entry.find(U'=');
    if (equals == std::u32string::npos) {
      entries_.push_back({entry, entry, 1});
      continue;
    }
    const std::u32string target = entry.substr(equals + 1);
    const auto star = target.find(U'*');
    double factor = 1;
    if (star != std::u32string::npos) {
      try {
        factor = std::stod(encode_utf8(target.substr(star + 1)));
      } catch (const std::exception&) {
        throw std::invalid_argument("unit entry '" + raw + "': the factor after '*' is not a number");
      }
    }
    entries_.push_back({entry.substr(0, equals), target.substr(0, star), factor});
  }
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
