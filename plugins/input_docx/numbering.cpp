#include "numbering.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/text.hpp"
#include "safe_xml.hpp"

namespace docpipe::docx {

namespace {

int int_attribute(const xmlNode* node, const char* name, int fallback) {
  const std::string value = attribute(node, name);
  if (value.empty()) return fallback;
  try {
    return std::stoi(value);
  } catch (const std::exception&) {
    return fallback;
  }
}

std::string roman(std::int64_t value, bool upper) {
  static constexpr std::pair<int, const char*> kNumerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [amount, letters] : kNumerals) {
    while (value >= amount) out += letters, value -= amount;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Word itself counts no further than this; a counter outside it is a hostile or broken file, and it would
// otherwise overflow, or grow a letter label ("AAAA…") of gigabytes.
constexpr std::int64_t kLargestCounter = 999'999'999;
std::int64_t clamp_counter(std::int64_t value) {
  return std::clamp<std::int64_t>(value, -kLargestCounter, kLargestCounter);
}

}  // namespace

std::string format_number(std::int64_t value, const std::string& format, std::size_t max_characters) {
  if (format == "decimal" || format.empty()) return std::to_string(value);
  if (format == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "taiwaneseCounting" ||
      format == "taiwaneseCountingThousand" || format == "japaneseCounting" || format == "chineseLegalSimplified") {
    return value >= 1 && value <= 9999 ? encode_utf8(to_chinese_numeral(static_cast<int>(value)))
                                       : std::to_string(value);
  }
  if (format == "ideographTraditional" && value >= 1 && value <= 10) {
    return encode_utf8(std::u32string(1, U"甲乙丙丁戊己庚辛壬癸"[value - 1]));
  }
  if (format == "ideographZodiac" && value >= 1 && value <= 12) {
    return encode_utf8(std::u32string(1, U"子丑寅卯辰巳午未申酉戌亥"[value - 1]));
  }
  if ((format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") && value >= 1 && value <= 20) {
    return encode_utf8(std::u32string(1, static_cast<char32_t>(0x2460 + value - 1)));
  }
  // Roman numerals stop at 3999 (MMMCMXCIX), as in Word; letters repeat (AA, AAA), so their length is bounded.
  if ((format == "upperRoman" || format == "lowerRoman") && value >= 1 && value <= 3999) {
    return roman(value, format == "upperRoman");
  }
  if ((format == "upperLetter" || format == "lowerLetter") && value >= 1) {
    const auto repeats = static_cast<std::size_t>((value - 1) / 26 + 1);
    if (repeats > max_characters) {
      throw std::length_error(
          fmt::format("a numbering label of {} letters is over max_label_characters={}", repeats, max_characters));
    }
    return std::string(static_cast<std::size_t>((value - 1) / 26 + 1),
                       static_cast<char>((format == "upperLetter" ? 'A' : 'a') + (value - 1) % 26));
  }
  return std::to_string(value);
}

Numbering::Numbering(const xmlNode* root, std::size_t max_label_characters)
    : max_label_characters_(max_label_characters) {
  if (root == nullptr) return;
  for (const xmlNode* abstract : child_elements(root, "abstractNum")) {
    auto& levels = abstracts_[int_attribute(abstract, "abstractNumId", -1)];
    for (const xmlNode* level : child_elements(abstract, "lvl")) {
      const int index = int_attribute(level, "ilvl", -1);
      if (index < 0 || index >= kNumberingLevels) continue;
      NumberingLevel& target = levels[index];
      target.start = clamp_counter(int_attribute(child_element(level, "start"), "val", 1));
      if (const auto* format = child_element(level, "numFmt")) target.format = attribute(format, "val");
      if (const auto* text = child_element(level, "lvlText")) target.text = attribute(text, "val");
      if (const auto* suffix = child_element(level, "suff")) target.suffix = attribute(suffix, "val");
    }
  }
  for (const xmlNode* num : child_elements(root, "num")) {
    Instance& instance = instances_[int_attribute(num, "numId", -1)];
    instance.abstract_id = int_attribute(child_element(num, "abstractNumId"), "val", -1);
    for (const xmlNode* override_node : child_elements(num, "lvlOverride")) {
      if (const auto* start = child_element(override_node, "startOverride")) {
        instance.start_overrides[int_attribute(override_node, "ilvl", 0)] =
            clamp_counter(int_attribute(start, "val", 1));
      }
    }
  }
}

std::string Numbering::next_label(int num_id, int level) {
  if (num_id == 0 || level < 0 || level >= kNumberingLevels) return {};
  const auto instance = instances_.find(num_id);
  if (instance == instances_.end()) return {};
  const auto abstract = abstracts_.find(instance->second.abstract_id);
  if (abstract == abstracts_.end()) return {};
  const auto& levels = abstract->second;
  Counters& counters = counters_[instance->second.abstract_id];
  // A startOverride restarts the list where this instance is first used.
  if (!instance->second.override_applied) {
    instance->second.override_applied = true;
    for (const auto& [overridden, start] : instance->second.start_overrides) {
      if (overridden >= 0 && overridden < kNumberingLevels) {
        counters.value[overridden] = start - 1;
        counters.started[overridden] = true;
      }
    }
  }
  if (counters.started[level]) {
    counters.value[level] = clamp_counter(counters.value[level] + 1);
  } else {
    counters.value[level] = levels[level].start;
    counters.started[level] = true;
  }
  for (int deeper = level + 1; deeper < kNumberingLevels; ++deeper) counters.started[deeper] = false;

  const NumberingLevel& format = levels[level];
  if (format.format == "bullet" || format.format == "none") return {};
  std::string label;
  for (std::size_t i = 0; i < format.text.size(); ++i) {
    if (format.text[i] == '%' && i + 1 < format.text.size() && format.text[i + 1] >= '1' && format.text[i + 1] <= '9') {
      const int referenced = format.text[i + 1] - '1';
      const std::int64_t value = counters.started[referenced] ? counters.value[referenced] : levels[referenced].start;
      label += format_number(value, levels[referenced].format, max_label_characters_);
      ++i;
    } else {
      label += format.text[i];
    }
    // lvlText may repeat a level ("%1%1%1…") as often as the part is long.
    if (label.size() > max_label_characters_ * 4) {
      throw std::length_error(fmt::format("the numbering label of list {} level {} is over max_label_characters={}",
                                          num_id, level + 1, max_label_characters_));
    }
  }
  if (!label.empty() && format.suffix != "nothing") label += ' ';
  return label;
}

}  // namespace docpipe::docx
