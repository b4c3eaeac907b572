// Direct character and paragraph formatting of a Word binary document, as far as text extraction needs
// it: revision marks, hidden text and symbol characters from the CHPX runs (sprmCFRMarkDel, sprmCFRMarkIns,
// sprmCFVanish, sprmCIstd, sprmCIss, sprmCSymbol, sprmCRgFtc0–2), and table and list membership from the PAPX runs
// (sprmPFInTable, sprmPFTtp, sprmPIlfo, sprmPIlvl, sprmPJc; a nested table's sprmPItap, sprmPFInnerTableCell and
// sprmPFInnerTtp) with a row's cell boundaries (sprmTDefTable) and a paragraph's style (istd), outline level
// (sprmPOutLvl) and leader tab stops (sprmPChgTabsPapx). Both are FKP pages of 512 bytes in the WordDocument stream,
// found through the PlcBteChpx and PlcBtePapx bin tables ([MS-DOC] 2.8.x, 2.9.x); properties too large for their page
// are in the Data stream (sprmPHugePapx).
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "word_binary.hpp"

namespace docpipe::doc {

struct CharacterRun {
  std::uint32_t fc_start = 0, fc_end = 0;
  bool deleted = false, inserted = false;
  // sprmCFVanish: text Word does not show (a reviser's note beside a figure), when the run says; else its character
  // style (sprmCIstd) may.
  std::optional<bool> hidden{};
  std::optional<int> character_style{};
  bool superscript = false;  // sprmCIss 1: raised (a footnote's mark after a figure, a unit's power)
  // sprmCSymbol: the character is one of a symbol font's (Word's Insert Symbol): the font (ftc) and its code there.
  std::optional<std::uint16_t> symbol_font{};
  std::uint16_t symbol_code = 0;
  // sprmCRgFtc0/1/2: the fonts of its ASCII, East Asian and other characters (ftc), a symbol font's private-use
  // characters typed in Symbol or Wingdings among them.
  std::vector<std::uint16_t> fonts{};
};

struct ParagraphRun {
  std::uint32_t fc_start = 0, fc_end = 0;
  bool in_table = false;
  bool row_end = false;  // the TTP paragraph that closes a table row
  // A table nested in a cell: its paragraphs' depth (sprmPItap, 2 and more), the mark that ends one of its cells
  // (sprmPFInnerTableCell: a paragraph mark, not 0x07) and the one that ends its row (sprmPFInnerTtp).
  int depth = 0;
  bool inner_cell_end = false, inner_row_end = false;
  int list = 0;   // ilfo: 1-based index into the LFO list, 0 for none
  int level = 0;  // ilvl
  // Whether the paragraph's own properties set them: when not, its style's do (StyleSheet::list_of), as Word numbers
  // a heading style linked to a list; an ilfo of 0 set here takes the style's number away.
  bool list_given = false, level_given = false;
  int style = 0;                       // istd
  std::optional<int> outline_level{};  // 0-based, as written (9 is body text)
  // sprmPChgTabsPapx adds a tab stop with a leader (dots, a rule): how a table of contents runs a heading out to its
  // page number.
  bool leader_tab = false;
  // sprmPJc/sprmPJc80 set to the right margin: a signature or its date, whose lines stay apart.
  bool right_aligned = false;
  // The row's cell boundaries (rgdxaCenter of sprmTDefTable, in twips), on the TTP paragraph: n cells have n+1.
  std::vector<std::int16_t> cell_edges{};
  // sprmPHugePapx: where in the Data stream the properties too large for the FKP page are (a PrcData).
  std::optional<std::uint32_t> properties_in_data{};
};

// sprmPIlfo and sprmPIlvl: the list and level of a paragraph, in its PAPX or its style's UpxPapx.
constexpr std::uint16_t kSprmListIndex = 0x460B, kSprmListLevel = 0x260A;

// Calls `visit(sprm, operand offset)` for every Sprm of the grpprl in [at, end) of `bytes`.
void for_each_sprm(const Bytes& bytes, std::uint64_t at, std::uint64_t end,
                   const std::function<void(std::uint16_t, std::uint64_t)>& visit);

// Runs sorted by fc_start. Throws std::runtime_error when a bin points outside the stream.
std::vector<CharacterRun> read_character_runs(const Bytes& word_document, const Bytes& table, const Fib& fib);
std::vector<ParagraphRun> read_paragraph_runs(const Bytes& word_document, const Bytes& table, const Fib& fib);

// Adds to each run with `properties_in_data` the properties kept there, in `data`, the Data stream. Throws
// std::runtime_error when they lie outside it.
void read_properties_in_data(std::vector<ParagraphRun>& runs, const Bytes& data);

// The run that holds `fc`, or nullptr.
template <typename Run>
const Run* run_at(const std::vector<Run>& runs, std::uint32_t fc) {
  auto it =
      std::upper_bound(runs.begin(), runs.end(), fc, [](std::uint32_t f, const Run& r) { return f < r.fc_start; });
  if (it == runs.begin()) return nullptr;
  --it;
  return fc < it->fc_end ? &*it : nullptr;
}

}  // namespace docpipe::doc
