// Tables an OFD page draws with ruled lines. OFD has no table object: a producer (数科, 福昕, 书生, WPS, a
// PDF-to-OFD converter) writes each cell's text as TextObjects of its own and the borders as PathObjects. The rules
// are read back into a grid, each cell's text gathered from the words inside it, and the table's cells are given
// to the document as the table cells input.docx and input.html give (table, row, column), so that analysis.metrics
// reads a figure with its row's and column's names and units.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <libxml/tree.h>

#include "docpipe/line_assembly.hpp"

namespace docpipe::ofd {

// A straight rule of a page, horizontal or vertical, in points from the page's top left corner: `at` is its y (a
// horizontal rule) or x, `from` and `to` its ends along it.
struct Rule {
  bool horizontal = true;
  double at = 0, from = 0, to = 0;
};

// The rules a page description's PathObjects draw, in any Layer, PageBlock or CompositeObject: each straight,
// level or upright segment of an AbbreviatedData path (M, S, L, C; a rectangle's four sides), Boundary origin and
// CTM applied, and a path drawn as a thin rectangle (a filled bar used as a rule) as one rule along its middle.
// Curved paths (a seal's ring) and slanted segments draw no rule; malformed paths are passed over.
std::vector<Rule> rules_of_content(const xmlNode* root);

// One cell of a ruled table: its text and its place, the row and column it starts in (a cell merged across a rule
// the producer left out spans the rows and columns after it, which hold no cell of their own, as a DOCX table's
// gridSpan and vMerge do).
struct RuledCell {
  int row = 0;
  int column = 0;
  std::string text;
};

// A ruled table of a page: where it stands (top and bottom, points) and its cells with text, top to bottom and
// left to right.
struct RuledTable {
  double top = 0, bottom = 0;  // on its page
  std::vector<RuledCell> cells;
  std::vector<double> column_edges;  // x of the grid's vertical lines, left to right (points)
};

// Takes out of `words` (one page's, points) the words inside each table the rules make, and returns the tables
// top to bottom. A grid is a table when at least two of its rows and two of its columns hold text and none of its
// cells holds an article (layout_tables.hpp: a form's layout table around the body): a page's border, a
// letterhead's red rule, a signature's underline or a box around one note make no table, and their text stays.
// `continued_edges`: the column edges of a ruled table on the page before, which a table broken over the page break
// continues here. A grid of one row drawn with those edges (within 2 pt) is taken too, though one row makes no table
// of its own: a table's last row spilled onto the next page (its 合计), which input.ofd joins to the table it ends.
std::vector<RuledTable> take_ruled_tables(const std::vector<Rule>& rules, std::vector<layout::Word>& words,
                                          const std::vector<double>& continued_edges = {});

}  // namespace docpipe::ofd
