// RTF's paragraphs, cells and rows as the SDK's source paragraphs: a paragraph's hand-made line breaks judged as
// input.docx and input.doc judge them, its list label put before its text, and a table either as table-cell blocks
// or, when it only lays out the report (layout_tables.hpp), as the report's paragraphs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "docpipe/paragraph_intake.hpp"

namespace docpipe::rtf {

// A paragraph as the reader ended it: its lines (split at `\line`), the label its list wrote (`\listtext`), what its
// properties said.
struct EndedParagraph {
  std::vector<std::string> lines{std::string()};
  std::string label;
  std::optional<int> heading_level;
  std::string style;
  bool all_bold = false;

  bool shows_text() const;
};

class TextAssembly {
 public:
  // A paragraph outside any table; closes the table before it.
  void add_paragraph(EndedParagraph paragraph);
  // A paragraph of the cell being read (`\intbl`), ended by `\par` or by the cell's own end.
  void add_cell_paragraph(EndedParagraph paragraph);
  void end_cell();
  // The row ends; `edges` are its cells' right boundaries (`\cellxN`), which place a merged cell's neighbours.
  void end_row(const std::vector<int>& edges = {});

  // Everything read, the last table closed.
  std::vector<SourceParagraph> finish();
  int tables() const { return tables_; }

 private:
  using Cell = std::vector<EndedParagraph>;
  struct Row {
    std::vector<Cell> cells;
    std::vector<int> edges;
  };

  void place(EndedParagraph paragraph);
  void close_table();
  void add_cells(const std::vector<Row>& rows);

  std::vector<SourceParagraph> out_;
  Cell cell_;
  std::vector<Cell> row_;
  std::vector<Row> rows_;
  int tables_ = 0;
};

}  // namespace docpipe::rtf
