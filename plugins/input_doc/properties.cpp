#include "properties.hpp"

#include <functional>
#include <stdexcept>

namespace docpipe::doc {

namespace {

constexpr std::uint32_t kPageSize = 512;
constexpr std::uint16_t kMarkDeleted = 0x0800, kMarkInserted = 0x0801, kVanish = 0x083C, kCharacterStyle = 0x4A30,
                        kSuperscriptOrSubscript = 0x2A48, kSymbol = 0x6A09, kAsciiFont = 0x4A4F,
                        kEastAsianFont = 0x4A50, kOtherFont = 0x4A51;
constexpr std::uint16_t kInTable = 0x2416, kTableRowEnd = 0x2417, kInnerCellEnd = 0x244B, kInnerRowEnd = 0x244C,
                        kTableDepth = 0x6649, kListLevel = kSprmListLevel, kListIndex = kSprmListIndex,
                        kTableDefinition = 0xD608, kOutlineLevel = 0x2640, kHugeProperties = 0x6646,
                        kChangeTabs = 0xC60D, kJustification = 0x2461, kJustification80 = 0x2403;
constexpr std::uint8_t kRightAligned = 2;      // jc
constexpr std::uint8_t kMostCellsInARow = 63;  // itcMac

// The operand size of a sprm from its spra bits; variable-length operands carry their size in front.
std::uint64_t operand_size(const Bytes& bytes, std::uint64_t at, std::uint16_t sprm) {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmTDefTable keeps a 2-byte size, counting itself as 1; every other variable operand a 1-byte one.
      if (sprm == kTableDefinition) return 1 + std::max<std::uint64_t>(bytes.u16(at), 1);
      return 1 + static_cast<std::uint64_t>(bytes.u8(at));
  }
}

// A toggle operand: 1 on, 0 off; 0x80/0x81 (same as / opposite of the style) count as off / on.
bool toggle(const Bytes& bytes, std::uint64_t at) {
  const auto value = bytes.u8(at);
  return value == 1 || value == 0x81;
}

// The FKP pages a bin table lists: PlcBteChpx/PlcBtePapx is n+1 FCs, then n 4-byte page numbers.
std::vector<std::uint32_t> fkp_pages(const Bytes& table, FcLcb bins) {
  std::vector<std::uint32_t> pages;
  if (bins.lcb < 4) return pages;
  const Bytes plc(table.slice(bins.fc, bins.lcb), "a formatting bin table");
  const std::size_t count = (bins.lcb - 4) / 8;
  for (std::size_t i = 0; i < count; ++i) pages.push_back(plc.u32((count + 1) * 4 + i * 4) & 0x3FFFFF);
  return pages;
}

// The cell boundaries of a TDefTableOperand (cb, itcMac, rgdxaCenter[itcMac + 1], TCs): empty when they do not fit.
std::vector<std::int16_t> cell_edges(const Bytes& bytes, std::uint64_t at) {
  const std::uint64_t size = std::max<std::uint64_t>(bytes.u16(at), 1) - 1;  // what follows cb
  if (size < 1) return {};
  const std::uint8_t cells = bytes.u8(at + 2);
  if (cells == 0 || cells > kMostCellsInARow || 1 + (cells + 1) * 2ull > size) return {};
  std::vector<std::int16_t> edges;
  for (std::uint8_t i = 0; i <= cells; ++i) edges.push_back(static_cast<std::int16_t>(bytes.u16(at + 3 + i * 2ull)));
  return edges;
}

// Whether a PChgTabsPapxOperand (cb; cTabs, rgdxaDel; cTabs, rgdxaAdd, rgtbdAdd) adds a tab stop with a leader: a
// TBD's tlc bits (3–5) name dots, hyphens, a rule or middle dots, 0 none.
bool adds_a_leader_tab(const Bytes& bytes, std::uint64_t at) {
  const std::uint64_t end = at + 1 + bytes.u8(at);
  const std::uint64_t added_at = at + 2 + 2ull * bytes.u8(at + 1);
  if (added_at >= end) return false;
  const std::uint8_t added = bytes.u8(added_at);
  const std::uint64_t descriptors = added_at + 1 + 2ull * added;
  for (std::uint8_t i = 0; i < added && descriptors + i < end; ++i) {
    if (((bytes.u8(descriptors + i) >> 3) & 0x07) != 0) return true;
  }
  return false;
}

// One paragraph property of a grpprl: the table, list, style and outline hints ParagraphRun keeps.
void apply_paragraph_sprm(ParagraphRun& run, const Bytes& bytes, std::uint16_t sprm, std::uint64_t at) {
  if (sprm == kInTable) run.in_table = bytes.u8(at) != 0;
  if (sprm == kTableRowEnd || sprm == kInnerRowEnd) run.row_end = run.row_end || bytes.u8(at) != 0;
  if (sprm == kInnerRowEnd) run.inner_row_end = bytes.u8(at) != 0;
  if (sprm == kInnerCellEnd) run.inner_cell_end = bytes.u8(at) != 0;
  if (sprm == kTableDepth) run.depth = static_cast<int>(std::min<std::uint32_t>(bytes.u32(at), 64));
  if (sprm == kListLevel) {
    run.level = std::min<int>(bytes.u8(at), 8);
    run.level_given = true;
  }
  if (sprm == kListIndex) {
    run.list = static_cast<std::int16_t>(bytes.u16(at));
    run.list_given = true;
  }
  if (sprm == kTableDefinition) run.cell_edges = cell_edges(bytes, at);
  if (sprm == kOutlineLevel) run.outline_level = bytes.u8(at);
  if (sprm == kJustification || sprm == kJustification80) run.right_aligned = bytes.u8(at) == kRightAligned;
  if (sprm == kChangeTabs) run.leader_tab = run.leader_tab || adds_a_leader_tab(bytes, at);
}

}  // namespace

void for_each_sprm(const Bytes& bytes, std::uint64_t at, std::uint64_t end,
                   const std::function<void(std::uint16_t, std::uint64_t)>& visit) {
  while (at + 2 <= end) {
    const std::uint16_t sprm = bytes.u16(at);
    const std::uint64_t size = operand_size(bytes, at + 2, sprm);
    if (at + 2 + size > end) break;
    visit(sprm, at + 2);
    at += 2 + size;
  }
}

std::vector<CharacterRun> read_character_runs(const Bytes& stream, const Bytes& table, const Fib& fib) {
  std::vector<CharacterRun> runs;
  for (const std::uint32_t pn : fkp_pages(table, fib.chpx_bins)) {
    const Bytes page(stream.slice(static_cast<std::uint64_t>(pn) * kPageSize, kPageSize), "a ChpxFkp page");
    const std::uint8_t count = page.u8(kPageSize - 1);
    for (std::uint32_t i = 0; i < count; ++i) {
      CharacterRun run{page.u32(i * 4), page.u32((i + 1) * 4)};
      const std::uint64_t offset = page.u8((count + 1) * 4 + i) * 2ull;
      if (offset != 0) {
        const std::uint64_t size = page.u8(offset);
        for_each_sprm(page, offset + 1, std::min<std::uint64_t>(offset + 1 + size, kPageSize - 1),
                      [&](std::uint16_t sprm, std::uint64_t at) {
                        if (sprm == kMarkDeleted) run.deleted = toggle(page, at);
                        if (sprm == kMarkInserted) run.inserted = toggle(page, at);
                        if (sprm == kVanish) run.hidden = toggle(page, at);
                        if (sprm == kCharacterStyle) run.character_style = page.u16(at);
                        if (sprm == kSuperscriptOrSubscript) run.superscript = page.u8(at) == 1;
                        if (sprm == kSymbol) {
                          run.symbol_font = page.u16(at);
                          run.symbol_code = page.u16(at + 2);
                        }
                        if (sprm == kAsciiFont || sprm == kEastAsianFont || sprm == kOtherFont)
                          run.fonts.push_back(page.u16(at));
                      });
      }
      runs.push_back(run);
    }
  }
  std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.fc_start < b.fc_start; });
  return runs;
}

std::vector<ParagraphRun> read_paragraph_runs(const Bytes& stream, const Bytes& table, const Fib& fib) {
  std::vector<ParagraphRun> runs;
  for (const std::uint32_t pn : fkp_pages(table, fib.papx_bins)) {
    const Bytes page(stream.slice(static_cast<std::uint64_t>(pn) * kPageSize, kPageSize), "a PapxFkp page");
    const std::uint8_t count = page.u8(kPageSize - 1);
    for (std::uint32_t i = 0; i < count; ++i) {
      ParagraphRun run{page.u32(i * 4), page.u32((i + 1) * 4)};
      const std::uint64_t offset = page.u8((count + 1) * 4 + i * 13) * 2ull;
      if (offset != 0) {
        // PapxInFkp: cb, or 0 and cb' for a size of 2·cb'; then istd (2 bytes) and the grpprl.
        std::uint64_t size = page.u8(offset), start = offset + 1;
        if (size == 0) {
          size = page.u8(offset + 1) * 2ull;
          start = offset + 2;
        } else {
          size = size * 2 - 1;
        }
        const std::uint64_t end = std::min<std::uint64_t>(start + size, kPageSize - 1);
        if (start + 2 <= end) run.style = page.u16(start);
        for_each_sprm(page, start + 2, end, [&](std::uint16_t sprm, std::uint64_t at) {
          if (sprm == kHugeProperties) run.properties_in_data = page.u32(at);
          apply_paragraph_sprm(run, page, sprm, at);
        });
      }
      runs.push_back(run);
    }
  }
  std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.fc_start < b.fc_start; });
  return runs;
}

// The paragraph's properties did not fit its FKP page (a row's TTP paragraph with every cell's width, borders,
// shading and padding: LibreOffice's rows of seven bordered cells from a web page's table), so sprmPHugePapx gave
// the offset of a PrcData in the Data stream: cbGrpprl, then the grpprl, the row-end mark with it.
void read_properties_in_data(std::vector<ParagraphRun>& runs, const Bytes& data) {
  for (auto& run : runs) {
    if (!run.properties_in_data) continue;
    const std::uint64_t offset = *run.properties_in_data;
    const auto size = static_cast<std::int16_t>(data.u16(offset));  // signed; never negative in a sound file
    if (size <= 0) continue;
    const std::uint64_t start = offset + 2, end = std::min<std::uint64_t>(start + size, data.size());
    for_each_sprm(data, start, end,
                  [&](std::uint16_t sprm, std::uint64_t at) { apply_paragraph_sprm(run, data, sprm, at); });
  }
}

}  // namespace docpipe::doc
