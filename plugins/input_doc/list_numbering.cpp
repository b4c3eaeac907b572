#include "list_numbering.hpp"

#include <algorithm>
#include <stdexcept>

#include "docpipe/list_labels.hpp"
#include "docpipe/text.hpp"

namespace docpipe::doc {

namespace {

constexpr std::size_t kLstfSize = 28, kLvlfSize = 28, kLfoSize = 16, kLfoLvlSize = 8;
constexpr std::uint8_t kBullet = 0x17, kNone = 0xFF;
constexpr std::int32_t kMaxLists = 4096;

// MSONFC ([MS-OSHARED] 2.2.1.3) as the numFmt names list_labels.hpp renders.
std::string format_name(std::uint8_t nfc) {
  switch (nfc) {
    case 0x01:
      return "upperRoman";
    case 0x02:
      return "lowerRoman";
    case 0x03:
      return "upperLetter";
    case 0x04:
      return "lowerLetter";
    case 0x0A:
      return "ideographDigital";
    case 0x0E:
      return "decimalFullWidth";
    case 0x10:
      return "japaneseLegal";
    case 0x12:
      return "decimalEnclosedCircle";
    case 0x13:
      return "decimalFullWidth2";
    case 0x1A:
      return "decimalEnclosedFullstop";
    case 0x1B:
      return "decimalEnclosedParen";
    case 0x1D:
      return "ideographEnclosedCircle";
    case 0x2B:
      return "koreanLegal";
    case 0x16:
      return "decimalZero";
    case 0x1C:
      return "decimalEnclosedCircleChinese";
    case 0x1E:
      return "ideographTraditional";
    case 0x1F:
      return "ideographZodiac";
    case 0x0B:
    case 0x21:
    case 0x23:
    case 0x25:
    case 0x27:
      return "chineseCounting";
    // The 大写 numerals (壹、贰、叁), as Word shows them: msonfcTpeDbNum2 and msonfcChnDbNum2.
    case 0x22:
      return "ideographLegalTraditional";
    case 0x26:
      return "chineseLegalSimplified";
    default:
      return "decimal";
  }
}

}  // namespace

// An LVL: its LVLF (28 bytes), grpprlPapx, grpprlChpx and number text (xst). `at` moves past it.
ListNumbering::Level ListNumbering::read_level(const Bytes& table, std::uint64_t& at) {
  Level parsed;
  parsed.start = static_cast<int>(clamp_list_counter(static_cast<std::int32_t>(table.u32(at))));
  parsed.format = table.u8(at + 4);
  const std::uint8_t flags = table.u8(at + 5);  // jc:2, fLegal, fNoRestart, …
  parsed.legal = (flags & 0x04) != 0;
  parsed.no_restart = (flags & 0x08) != 0;
  parsed.follow = table.u8(at + 15);
  const std::uint64_t chpx = table.u8(at + 24), papx = table.u8(at + 25);
  parsed.restart_limit = table.u8(at + 26);
  at += kLvlfSize + papx + chpx;
  const std::uint16_t length = table.u16(at);
  for (std::uint16_t k = 0; k < length; ++k) parsed.text += static_cast<char16_t>(table.u16(at + 2 + 2ull * k));
  at += 2 + 2ull * length;
  return parsed;
}

ListNumbering::ListNumbering(const Bytes& table, const Fib& fib) {
  if (fib.list_formats.lcb >= 2) {
    const std::uint64_t base = fib.list_formats.fc;
    const auto count = static_cast<std::int16_t>(table.u16(base));
    if (count < 0 || count > kMaxLists) return;
    // The LVLs of every list follow the LSTF array, nine per list (one for a simple list).
    std::uint64_t at = base + 2 + static_cast<std::uint64_t>(count) * kLstfSize;
    for (std::int16_t i = 0; i < count; ++i) {
      const std::uint64_t lstf = base + 2 + static_cast<std::uint64_t>(i) * kLstfSize;
      const auto lsid = static_cast<std::int32_t>(table.u32(lstf));
      const bool simple = (table.u8(lstf + 26) & 0x01) != 0;
      auto& levels = lists_[lsid];
      for (int level = 0; level < (simple ? 1 : 9); ++level) levels.push_back(read_level(table, at));
    }
  }
  if (fib.list_overrides.lcb >= 4) read_overrides(table, fib.list_overrides);
}

// The LFOs (lsid, …, clfolvl) and after them, one for each, their LFOData: a cp, then clfolvl LFOLVLs (iStartAt;
// iLvl:4, fStartAt:1, fFormatting:1, …), each followed by an LVL when it redefines the level. An override that
// points outside the stream is dropped: the list keeps its own starts and formats.
void ListNumbering::read_overrides(const Bytes& table, const FcLcb& plf) {
  const std::uint64_t base = plf.fc;
  const std::uint32_t count = std::min(table.u32(base), static_cast<std::uint32_t>(kMaxLists));
  std::vector<std::uint8_t> level_counts;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint64_t lfo = base + 4 + static_cast<std::uint64_t>(i) * kLfoSize;
    overrides_.push_back({static_cast<std::int32_t>(table.u32(lfo)), {}, {}, false});
    level_counts.push_back(table.u8(lfo + 12));
  }
  try {
    std::uint64_t at = base + 4 + static_cast<std::uint64_t>(count) * kLfoSize;
    for (std::uint32_t i = 0; i < count; ++i) {
      at += 4;  // cp
      for (std::uint8_t k = 0; k < level_counts[i]; ++k) {
        const auto start = static_cast<int>(clamp_list_counter(static_cast<std::int32_t>(table.u32(at))));
        const std::uint32_t flags = table.u32(at + 4);
        at += kLfoLvlSize;
        const int level = static_cast<int>(flags & 0x0F);
        if ((flags & 0x10) != 0 && level < 9) overrides_[i].starts[level] = start;
        if ((flags & 0x20) != 0) {
          Level redefined = read_level(table, at);
          if (level < 9) overrides_[i].levels[level] = std::move(redefined);
        }
      }
    }
  } catch (const std::runtime_error&) {
    for (auto& lfo : overrides_) {
      lfo.starts.clear();
      lfo.levels.clear();
    }
  }
}

bool ListNumbering::restarts(const Level& level, int used) { return !level.no_restart || used < level.restart_limit; }

std::string ListNumbering::next_label(int ilfo, int level) {
  if (ilfo <= 0 || static_cast<std::size_t>(ilfo) > overrides_.size() || level < 0 || level > 8) return {};
  Override& lfo = overrides_[static_cast<std::size_t>(ilfo - 1)];
  const auto list = lists_.find(lfo.lsid);
  if (list == lists_.end() || static_cast<std::size_t>(level) >= list->second.size()) return {};
  std::vector<Level> levels = list->second;
  for (const auto& [overridden, redefined] : lfo.levels) {
    if (static_cast<std::size_t>(overridden) < levels.size()) levels[static_cast<std::size_t>(overridden)] = redefined;
  }
  const Level& current = levels[static_cast<std::size_t>(level)];
  Counters& counters = counters_[lfo.lsid];
  // An LFO's start overrides restart the list where a paragraph first names the LFO, as a w:num's startOverride does.
  if (!lfo.applied) {
    lfo.applied = true;
    for (const auto& [overridden, start] : lfo.starts) {
      counters.value[static_cast<std::size_t>(overridden)] = start - 1;
      counters.started[static_cast<std::size_t>(overridden)] = true;
    }
  }
  const auto l = static_cast<std::size_t>(level);
  counters.value[l] = counters.started[l] ? counters.value[l] + 1 : current.start;
  counters.started[l] = true;
  for (std::size_t lower = l + 1; lower < 9; ++lower) {
    if (lower >= levels.size() || restarts(levels[lower], level)) counters.started[lower] = false;
  }
  // A bullet is an item of its level all the same: it counts, and restarts the levels under it (1. 2. under each ●
  // topic), as input.docx counts it; it shows no number.
  if (current.format == kBullet || current.format == kNone) return {};

  std::string label;
  for (const char16_t unit : current.text) {
    if (unit < 9) {
      const std::size_t referenced = unit;
      if (referenced >= levels.size()) continue;
      const int value = counters.started[referenced] ? counters.value[referenced] : levels[referenced].start;
      label += format_number(value, current.legal ? "decimal" : format_name(levels[referenced].format));
    } else {
      append_utf8(label, unit);
    }
  }
  if (!label.empty() && current.follow != 2) label += ' ';
  return label;
}

}  // namespace docpipe::doc
