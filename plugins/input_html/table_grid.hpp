// Where each cell of an HTML table stands in the grid a browser draws, by the HTML table model: a cell takes the
// first slot of its row that no cell above spans down into, and covers `colspan` columns and `rowspan` rows. The
// first <thead> is drawn on top and the first <tfoot> at the foot wherever they stand in the source. Each cell
// is then placed at its first row and column, as input.docx places a Word table's merged cells (gridSpan,
// vMerge), so analysis.metrics reads the same table the same way from either. Columns no cell starts in (drawn
// with no width) take no number.
#pragma once

#include <libxml/tree.h>

#include <map>
#include <vector>

namespace docpipe::html {

struct GridPlace {
  int row = 0;
  int column = 0;
};

struct TableGrid {
  // The table's own children in the order a browser draws them: captions, the first <thead>, the rest as they
  // stand, the first <tfoot> last.
  std::vector<const xmlNode*> drawn_order;
  std::map<const xmlNode*, GridPlace> cells;  // each <td>/<th> of this table (not of a table nested in it)
  // A table one of whose cells holds another table or a whole article, or wider than any table of figures,
  // is the page's layout: its cells are paragraphs.
  bool layout = false;
};

TableGrid lay_out_table(const xmlNode* table);

}  // namespace docpipe::html
