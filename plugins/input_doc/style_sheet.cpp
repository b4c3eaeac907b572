#include "style_sheet.hpp"

#include <algorithm>
#include <stdexcept>

#include "docpipe/contents_lines.hpp"
#include "docpipe/heading_styles.hpp"
#include "docpipe/placeholder_styles.hpp"
#include "docpipe/text.hpp"
#include "properties.hpp"

namespace docpipe::doc {

namespace {

constexpr int kLongestChain = 16;  // istdBase loops are malformed; stop following them
constexpr int kNoStyle = 0x0FFF;   // istdBase of a style based on none
constexpr int kMostStyles = 0x0FFE;
constexpr int kParagraphStyle = 1;  // stk
constexpr std::uint16_t kOutlineLevel = 0x2640, kVanish = 0x083C;
constexpr int kCharacterStyle = 2;                            // stk
constexpr int kFirstContentsSti = 19, kLastContentsSti = 27;  // toc 1 … toc 9

}  // namespace

StyleSheet::StyleSheet(const Bytes& table, const Fib& fib) {
  if (fib.styles.lcb < 6) return;
  try {
    read(Bytes(table.slice(fib.styles.fc, fib.styles.lcb), "the stylesheet (STSH)"));
  } catch (const std::runtime_error&) {
  }
}

// STSH: cbStshi, the STSHI (cstd, cbSTDBaseInFile, …), then per istd an LPStd: cbStd and the STD, whose Stdf
// (sti; stk and istdBase) is followed by the name (cch, UTF-16, a terminator) and, for a paragraph style,
// the UpxPapx (cbUpx, istd, grpprl).
void StyleSheet::read(const Bytes& sheet) {
  const std::uint64_t header = sheet.u16(0);
  const int count = std::min<int>(sheet.u16(2), kMostStyles);
  const std::uint64_t base_size = sheet.u16(4);
  std::uint64_t at = 2 + header;
  for (int istd = 0; istd < count && at + 2 <= sheet.size(); ++istd) {
    const std::uint64_t size = sheet.u16(at);
    if (size == 0) {
      styles_.emplace_back();
      at += 2;
      continue;
    }
    const Bytes entry(sheet.slice(at + 2, size), "a style (STD)");
    at += 2 + size;
    Style style;
    style.sti = entry.u16(0) & 0x0FFF;
    style.paragraph = (entry.u16(2) & 0x000F) == kParagraphStyle;
    style.base = entry.u16(2) >> 4;
    const std::uint64_t name_length = entry.u16(base_size);
    for (std::uint64_t i = 0; i < name_length; ++i) append_utf8(style.name, entry.u16(base_size + 2 + i * 2));
    const std::uint64_t upx = base_size + 2 + name_length * 2 + 2;
    // A character style's one UPX is its UpxChpx (cbUpx, then the grpprl); a paragraph style's UpxPapx (cbUpx, istd,
    // grpprl) is followed, after a pad byte when cbUpx is odd, by its UpxChpx.
    std::optional<std::uint64_t> character_upx;
    if (style.paragraph && upx + 4 <= size) {
      const std::uint64_t upx_size = entry.u16(upx);
      for_each_sprm(entry, upx + 4, std::min<std::uint64_t>(upx + 2 + upx_size, size),
                    [&](std::uint16_t sprm, std::uint64_t operand) {
                      if (sprm == kOutlineLevel) style.outline_level = entry.u8(operand);
                      if (sprm == kSprmListIndex) style.list = static_cast<std::int16_t>(entry.u16(operand));
                      if (sprm == kSprmListLevel) style.level = std::min<int>(entry.u8(operand), 8);
                    });
      character_upx = upx + 2 + upx_size + (upx_size % 2);
    }
    if ((entry.u16(2) & 0x000F) == kCharacterStyle) character_upx = upx;
    if (character_upx && *character_upx + 2 <= size) {
      const std::uint64_t upx_size = entry.u16(*character_upx);
      for_each_sprm(entry, *character_upx + 2, std::min<std::uint64_t>(*character_upx + 2 + upx_size, size),
                    [&](std::uint16_t sprm, std::uint64_t operand) {
                      if (sprm == kVanish) style.hidden = entry.u8(operand) == 1 || entry.u8(operand) == 0x81;
                    });
    }
    styles_.emplace_back(std::move(style));
  }
}

const StyleSheet::Style* StyleSheet::find(int istd) const {
  if (istd < 0 || static_cast<std::size_t>(istd) >= styles_.size() || !styles_[istd]) return nullptr;
  return &*styles_[istd];
}

std::optional<int> StyleSheet::heading_level(int istd) const {
  const Style* style = find(istd);
  for (int hop = 0; style != nullptr && style->paragraph && hop < kLongestChain; ++hop) {
    if (style->sti >= 1 && style->sti <= 9) return style->sti;
    if (const auto level = heading_level_in_style_name(style->name)) return level;
    if (style->outline_level && *style->outline_level >= 0 && *style->outline_level < 9)
      return *style->outline_level + 1;
    if (style->base == kNoStyle) break;
    style = find(style->base);
  }
  return std::nullopt;
}

std::optional<int> StyleSheet::level_of(int istd) const {
  const Style* style = find(istd);
  for (int hop = 0; style != nullptr && style->paragraph && hop < kLongestChain; ++hop) {
    if (style->level) return style->level;
    if (style->base == kNoStyle) break;
    style = find(style->base);
  }
  return std::nullopt;
}

std::optional<std::pair<int, int>> StyleSheet::list_of(int istd) const {
  const Style* style = find(istd);
  for (int hop = 0; style != nullptr && style->paragraph && hop < kLongestChain; ++hop) {
    if (style->list) {
      if (*style->list <= 0) return std::nullopt;  // a style that takes its base's numbering away
      return std::make_pair(*style->list, level_of(istd).value_or(0));
    }
    if (style->base == kNoStyle) break;
    style = find(style->base);
  }
  return std::nullopt;
}

void StyleSheet::number_by_style(std::vector<ParagraphRun>& paragraphs) const {
  for (ParagraphRun& paragraph : paragraphs) {
    if (!paragraph.list_given) {
      const auto list = list_of(paragraph.style);
      if (!list) continue;
      paragraph.list = list->first;
      if (!paragraph.level_given) paragraph.level = list->second;
    } else if (!paragraph.level_given) {
      // Its own list, its style's level (a 标题 2 paragraph restarted in a list of its own is still at level 2).
      if (const auto level = level_of(paragraph.style)) paragraph.level = *level;
    }
  }
}

std::optional<bool> StyleSheet::hides_text(int istd) const {
  const Style* style = find(istd);
  for (int hop = 0; style != nullptr && hop < kLongestChain; ++hop) {
    if (style->hidden) return style->hidden;
    if (style->base == kNoStyle) break;
    style = find(style->base);
  }
  return std::nullopt;
}

bool StyleSheet::marks_placeholder(int istd) const {
  const Style* style = find(istd);
  return style != nullptr && !style->paragraph && is_placeholder_style_name(style->name);
}

bool StyleSheet::is_contents(int istd) const {
  const Style* style = find(istd);
  if (style == nullptr || !style->paragraph) return false;
  return (style->sti >= kFirstContentsSti && style->sti <= kLastContentsSti) ||
         contents::is_contents_style_name(style->name);
}

}  // namespace docpipe::doc
