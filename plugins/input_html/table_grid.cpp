#include "table_grid.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

#include "page_blocks.hpp"

namespace docpipe::html {

namespace {

// The HTML standard's limits: no browser draws more, and a page's rowspan="9999" or colspan="99999" must cost
// no more than they do.
constexpr int kMostColumnsSpanned = 1000;
constexpr int kMostRowsSpanned = 65534;
constexpr int kFarthestColumn = 1 << 30;
// Spans down are tracked this far across; a cell further right is placed past every span, as it is anyway.
constexpr int kWidestGrid = 1000;
// No report prints a table of figures wider than this (input.pdf reads at most 32 columns): a wider one is the
// page's layout or junk, and its cells are read as paragraphs.
constexpr std::size_t kWidestTableOfFigures = 64;

bool is_row_group(std::string_view name) { return name == "thead" || name == "tbody" || name == "tfoot"; }
bool is_cell(std::string_view name) { return name == "td" || name == "th"; }

// The HTML standard's rules for parsing a non-negative integer: spaces, an optional +, digits, anything after
// them ignored. Missing, negative or not a number: the attribute's default. Never beyond `most`.
int span_attribute(const xmlNode* cell, const char* name, int fallback, int most) {
  const std::string value = attribute(cell, name);
  std::size_t at = value.find_first_not_of(" \t\r\n\f");
  if (at == std::string::npos) return fallback;
  if (value[at] == '+') ++at;
  if (at >= value.size() || !std::isdigit(static_cast<unsigned char>(value[at]))) return fallback;
  int number = 0;
  for (; at < value.size() && std::isdigit(static_cast<unsigned char>(value[at])); ++at) {
    number = std::min(most, number * 10 + (value[at] - '0'));
  }
  return number;
}

// The visible code points of the text under a node, counted only until they pass `enough`: a layout table
// nested many deep is measured once per level, never read whole at each.
std::size_t visible_text_beyond(const xmlNode* node, std::size_t enough) {
  std::size_t count = 0;
  for (const xmlNode* child = node->children; child != nullptr && count <= enough; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      count += child->content == nullptr ? 0 : visible_code_points(reinterpret_cast<const char*>(child->content));
    } else if (child->type == XML_ELEMENT_NODE) {
      count += visible_text_beyond(child, enough - count);
    }
  }
  return count;
}

// The text under a node, up to `enough` bytes: enough to see how a paragraph ends.
void gather_text(const xmlNode* node, std::string& text, std::size_t enough) {
  for (const xmlNode* child = node->children; child != nullptr && text.size() < enough; child = child->next) {
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content != nullptr) {
      text += reinterpret_cast<const char*>(child->content);
    } else if (child->type == XML_ELEMENT_NODE && element_name(child) != "script" && element_name(child) != "style") {
      gather_text(child, text, enough);
    }
  }
}

// Whether a paragraph's text closes a sentence (。！？ before any trailing spaces).
bool ends_a_sentence(const xmlNode* paragraph) {
  constexpr std::size_t kEnough = 4096;  // bytes: a paragraph longer than this is counted by its length anyway
  std::string text;
  gather_text(paragraph, text, kEnough);
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const std::string_view space : {" ", "\t", "\r", "\n", "\xC2\xA0", "\xE3\x80\x80"}) {
      if (text.ends_with(space)) text.resize(text.size() - space.size()), trimmed = true;
    }
  }
  return text.ends_with("。") || text.ends_with("！") || text.ends_with("？");
}

// The paragraph elements under a cell (not inside a table nested in it) and how many of them close a sentence.
void count_paragraphs(const xmlNode* node, int& paragraphs, int& sentences) {
  static constexpr std::array<std::string_view, 11> kParagraphs = {"p",  "div", "h1", "h2",      "h3",        "h4",
                                                                   "h5", "h6",  "li", "section", "blockquote"};
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    const std::string name = element_name(child);
    if (name.empty() || name == "table") continue;
    if (std::find(kParagraphs.begin(), kParagraphs.end(), name) == kParagraphs.end()) {
      count_paragraphs(child, paragraphs, sentences);
      continue;
    }
    if (visible_text_beyond(child, 0) == 0) continue;
    ++paragraphs;
    sentences += ends_a_sentence(child);
  }
}

// A cell of more text or more lines than any table of figures puts in one (an old portal's layout cell around
// the report, its paragraphs parted by <br>), or of a short report's paragraphs: more of them than a cell of
// figures holds, several closing a sentence (a title, a date line, the text, a signature in <p>s of one cell).
bool holds_an_article(const xmlNode* cell) {
  constexpr std::size_t kLongestDataCell = 300;  // visible code points
  constexpr int kMostDataCellBreaks = 4;
  constexpr int kMostDataCellParagraphs = 4;
  constexpr int kFewestReportSentences = 3;
  int breaks = 0;
  for (const xmlNode* child = cell->children; child != nullptr; child = child->next) {
    breaks += element_name(child) == "br";
  }
  if (breaks > kMostDataCellBreaks || visible_text_beyond(cell, kLongestDataCell) > kLongestDataCell) return true;
  int paragraphs = 0, sentences = 0;
  count_paragraphs(cell, paragraphs, sentences);
  return paragraphs > kMostDataCellParagraphs && sentences >= kFewestReportSentences;
}

// A table of one column whose cells together hold more text than a table of figures puts in a cell: an old
// portal's layout setting the title, the info line and each paragraph of the report in a row of its own
// (<tr><td>　　全年审查…</td></tr>). A table of figures has two columns at least: a label and its figure.
bool sets_paragraphs_in_rows(const TableGrid& grid) {
  constexpr std::size_t kLongestDataCell = 300;  // visible code points, as for one cell
  std::size_t text = 0;
  for (const auto& [cell, place] : grid.cells) {
    if (place.column != 0) return false;
    text += visible_text_beyond(cell, kLongestDataCell);
  }
  return grid.cells.size() > 1 && text > kLongestDataCell;
}

bool holds_a_table(const xmlNode* node) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (element_name(child) == "table" || holds_a_table(child)) return true;
  }
  return false;
}

std::vector<const xmlNode*> in_drawn_order(const xmlNode* table) {
  const xmlNode* head = nullptr;
  const xmlNode* foot = nullptr;
  for (const xmlNode* child = table->children; child != nullptr; child = child->next) {
    const std::string name = element_name(child);
    if (name == "thead" && head == nullptr) head = child;
    if (name == "tfoot" && foot == nullptr) foot = child;
  }
  std::vector<const xmlNode*> order;
  for (const xmlNode* child = table->children; child != nullptr; child = child->next) {
    if (element_name(child) == "caption") order.push_back(child);
  }
  if (head != nullptr) order.push_back(head);
  for (const xmlNode* child = table->children; child != nullptr; child = child->next) {
    if (child != head && child != foot && element_name(child) != "caption") order.push_back(child);
  }
  if (foot != nullptr) order.push_back(foot);
  return order;
}

// Lays out the rows of one row group. A browser's parser wraps rows standing directly in the table in a row
// group of their own, and cells standing outside any row in a row of their own (libxml2 leaves both as written).
class GridBuilder {
 public:
  explicit GridBuilder(TableGrid& grid) : grid_(grid) {}

  void row_group(const std::vector<std::vector<const xmlNode*>>& rows) {
    const int group_end = first_row_ + static_cast<int>(rows.size());
    for (const auto& cells : rows) place_row(cells, group_end);
    // A cell never spans down out of its row group.
    first_row_ = group_end;
    covered_until_.clear();
  }

  // A column no cell starts in has no width of its own in the browser (it lies under cells spanning it, as
  // the 999 columns a colspan="1000" adds do): it takes no number, so the cells right of it keep their order
  // and their alignment with the rows above and below.
  void close_empty_columns() {
    std::sort(starts_.begin(), starts_.end());
    starts_.erase(std::unique(starts_.begin(), starts_.end()), starts_.end());
    for (auto& placed : grid_.cells) {
      const auto at = std::lower_bound(starts_.begin(), starts_.end(), placed.second.column);
      placed.second.column = static_cast<int>(at - starts_.begin());
    }
    grid_.layout = grid_.layout || starts_.size() > kWidestTableOfFigures;
  }

 private:
  void place_row(const std::vector<const xmlNode*>& cells, int group_end) {
    int column = 0;
    for (const xmlNode* cell : cells) {
      while (column < static_cast<int>(covered_until_.size()) && covered_until_[column] > row_) ++column;
      grid_.cells[cell] = {row_, column};
      starts_.push_back(column);
      const int columns = std::max(1, span_attribute(cell, "colspan", 1, kMostColumnsSpanned));
      const int rowspan = span_attribute(cell, "rowspan", 1, kMostRowsSpanned);
      // rowspan="0" spans the rest of the row group.
      const int rows = rowspan == 0 ? group_end - row_ : std::min(rowspan, group_end - row_);
      const int tracked_end = std::min(column + columns, kWidestGrid);
      if (tracked_end > static_cast<int>(covered_until_.size())) covered_until_.resize(tracked_end, 0);
      for (int spanned = column; spanned < tracked_end; ++spanned) covered_until_[spanned] = row_ + rows;
      column = std::min(column + columns, kFarthestColumn);
    }
    ++row_;
  }

  // The columns cells start in: a column no cell starts in is drawn with no width of its own.
  std::vector<int> starts_;
  TableGrid& grid_;
  int first_row_ = 0;
  int row_ = 0;
  std::vector<int> covered_until_;  // by column: the row a cell spanning down from above frees it at
};

// The rows of a row group (or of the rows standing directly in the table): each <tr>, and each run of cells
// outside a <tr>.
void collect_rows(const xmlNode* child, std::vector<std::vector<const xmlNode*>>& rows, bool& in_loose_row) {
  const std::string name = element_name(child);
  if (name == "tr") {
    rows.emplace_back();
    for (const xmlNode* cell = child->children; cell != nullptr; cell = cell->next) {
      if (is_cell(element_name(cell))) rows.back().push_back(cell);
    }
    in_loose_row = false;
  } else if (is_cell(name)) {
    if (!in_loose_row) rows.emplace_back();
    rows.back().push_back(child);
    in_loose_row = true;
  } else if (child->type == XML_ELEMENT_NODE) {
    in_loose_row = false;
  }
}

}  // namespace

TableGrid lay_out_table(const xmlNode* table) {
  TableGrid grid;
  grid.drawn_order = in_drawn_order(table);
  GridBuilder builder(grid);
  std::vector<std::vector<const xmlNode*>> loose_rows;
  bool in_loose_row = false;
  for (const xmlNode* child : grid.drawn_order) {
    if (!is_row_group(element_name(child))) {
      collect_rows(child, loose_rows, in_loose_row);
      continue;
    }
    builder.row_group(std::exchange(loose_rows, {}));
    in_loose_row = false;
    std::vector<std::vector<const xmlNode*>> rows;
    bool in_group_loose_row = false;
    for (const xmlNode* row = child->children; row != nullptr; row = row->next) {
      collect_rows(row, rows, in_group_loose_row);
    }
    builder.row_group(rows);
  }
  builder.row_group(loose_rows);
  builder.close_empty_columns();
  for (const auto& placed : grid.cells) {
    grid.layout = grid.layout || holds_a_table(placed.first) || holds_an_article(placed.first);
  }
  grid.layout = grid.layout || sets_paragraphs_in_rows(grid);
  return grid;
}

}  // namespace docpipe::html
