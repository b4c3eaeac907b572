#include "ruled_tables.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <sstream>

#include "docpipe/layout_tables.hpp"
#include "docpipe/safe_xml.hpp"
#include "glyph_positions.hpp"
#include "page_content.hpp"

namespace docpipe::ofd {

namespace {

// A path thinner than this (mm) across is a rule, drawn as a line or as a filled bar.
constexpr double kThinnestBar = 1.0;
// A rule shorter than this (mm) is a tick, a dash or a glyph drawn as a path, not a border.
constexpr double kShortestRule = 2.0;
// A segment whose ends differ by less than this (mm) across is level or upright.
constexpr double kStraightSlack = 0.2;
// Rules this close (points, about 0.7 mm) are one line of the grid, and a rule ending this short of another
// still meets it: producers draw a border's sides a line width apart, or stop a rule at the inner edge of another.
constexpr double kMeetingSlack = 2.0;
// A page of more rules than this is a drawing (a chart, a hatched map), not a report's table, and no pair of its
// rules is compared.
constexpr std::size_t kMostRules = 4000;
// A grid of more elementary cells than this is no table of a report (a hatched drawing, or a hostile page).
constexpr std::size_t kMostGridCells = 20000;

struct Point {
  double x = 0, y = 0;
};

// A path's subpath: its points, and whether it curves anywhere (Q, B, A).
struct Subpath {
  std::vector<Point> points;
  bool curved = false;
};

// The operands each AbbreviatedData command takes (GB/T 33190 §9.3.2); -1 for no command.
int operands_of(const std::string& token) {
  if (token.size() != 1) return -1;
  switch (token[0]) {
    case 'S':
    case 'M':
    case 'L':
      return 2;
    case 'Q':
      return 4;
    case 'B':
      return 6;
    case 'A':
      return 7;
    case 'C':
      return 0;
    default:
      return -1;
  }
}

// The subpaths of an AbbreviatedData, points through `to_page` (mm); none when it is malformed.
std::vector<Subpath> subpaths_of(const std::string& data, const Matrix& to_page) {
  std::istringstream in(data);
  std::vector<std::string> tokens;
  for (std::string token; in >> token;) tokens.push_back(token);
  std::vector<Subpath> subpaths;
  const auto place = [&](double x, double y) { return Point{to_page.x(x, y), to_page.y(x, y)}; };
  for (std::size_t i = 0; i < tokens.size();) {
    const int count = operands_of(tokens[i]);
    if (count < 0 || i + static_cast<std::size_t>(count) >= tokens.size()) return {};
    std::vector<double> values;
    for (int k = 1; k <= count; ++k) {
      const auto number = parse_numbers(tokens[i + static_cast<std::size_t>(k)]);
      if (!number || number->size() != 1) return {};
      values.push_back(number->front());
    }
    const char command = tokens[i][0];
    i += static_cast<std::size_t>(count) + 1;
    if (command == 'M' || command == 'S' || subpaths.empty()) subpaths.emplace_back();
    Subpath& current = subpaths.back();
    if (command == 'C') {
      if (!current.points.empty()) current.points.push_back(current.points.front());
      continue;
    }
    if (command != 'M' && command != 'S' && command != 'L') current.curved = true;
    // The pen ends at the command's last point, whatever it drew on the way.
    current.points.push_back(place(values[values.size() - 2], values[values.size() - 1]));
  }
  return subpaths;
}

Rule rule_in_points(bool horizontal, double at, double from, double to) {
  return {horizontal, at * kPointsPerMillimetre, std::min(from, to) * kPointsPerMillimetre,
          std::max(from, to) * kPointsPerMillimetre};
}

// The rules of one subpath: a thin one is one rule along its middle, else each level or upright side is.
void add_rules(const Subpath& subpath, std::vector<Rule>& rules) {
  if (subpath.curved || subpath.points.size() < 2) return;
  double left = subpath.points.front().x, right = left, top = subpath.points.front().y, bottom = top;
  for (const Point& p : subpath.points) {
    left = std::min(left, p.x), right = std::max(right, p.x);
    top = std::min(top, p.y), bottom = std::max(bottom, p.y);
  }
  const double width = right - left, height = bottom - top;
  if (height <= kThinnestBar && width >= kShortestRule) {
    rules.push_back(rule_in_points(true, (top + bottom) / 2, left, right));
    return;
  }
  if (width <= kThinnestBar && height >= kShortestRule) {
    rules.push_back(rule_in_points(false, (left + right) / 2, top, bottom));
    return;
  }
  for (std::size_t i = 0; i + 1 < subpath.points.size(); ++i) {
    const Point a = subpath.points[i], b = subpath.points[i + 1];
    if (std::abs(a.y - b.y) <= kStraightSlack && std::abs(a.x - b.x) >= kShortestRule) {
      rules.push_back(rule_in_points(true, (a.y + b.y) / 2, a.x, b.x));
    } else if (std::abs(a.x - b.x) <= kStraightSlack && std::abs(a.y - b.y) >= kShortestRule) {
      rules.push_back(rule_in_points(false, (a.x + b.x) / 2, a.y, b.y));
    }
  }
}

void add_path_object(const xmlNode* object, std::vector<Rule>& rules) {
  const auto boundary = parse_numbers(attribute(object, "Boundary"));
  if (!boundary || boundary->size() != 4) return;
  Matrix to_page;
  if (const auto ctm = attribute(object, "CTM"); !ctm.empty()) {
    const auto matrix = parse_matrix(ctm);
    if (!matrix) return;
    to_page = *matrix;
  }
  to_page.e += (*boundary)[0];
  to_page.f += (*boundary)[1];
  for (const Subpath& subpath : subpaths_of(text_content(child_element(object, "AbbreviatedData")), to_page))
    add_rules(subpath, rules);
}

void collect_rules(const xmlNode* node, std::vector<Rule>& rules) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "PathObject")) {
      add_path_object(child, rules);
    } else if (!is_element(child, "TextObject") && !is_element(child, "ImageObject")) {
      collect_rules(child, rules);
    }
  }
}

// Disjoint sets over indexes, for rules that meet and for elementary cells that merge.
class DisjointSets {
 public:
  explicit DisjointSets(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<std::size_t> parent_;
};

bool meet(const Rule& a, const Rule& b) {
  if (a.horizontal == b.horizontal) return false;
  return b.at >= a.from - kMeetingSlack && b.at <= a.to + kMeetingSlack && a.at >= b.from - kMeetingSlack &&
         a.at <= b.to + kMeetingSlack;
}

// The rules that meet one another, each group a candidate grid.
std::vector<std::vector<Rule>> networks_of(const std::vector<Rule>& rules) {
  DisjointSets sets(rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    for (std::size_t j = i + 1; j < rules.size(); ++j) {
      if (meet(rules[i], rules[j])) sets.join(i, j);
    }
  }
  std::map<std::size_t, std::vector<Rule>> groups;
  for (std::size_t i = 0; i < rules.size(); ++i) groups[sets.find(i)].push_back(rules[i]);
  std::vector<std::vector<Rule>> networks;
  for (auto& [root, group] : groups) networks.push_back(std::move(group));
  return networks;
}

// The distinct positions of the rules of one direction, those within kMeetingSlack taken as one.
std::vector<double> lines_of(const std::vector<Rule>& rules, bool horizontal) {
  std::vector<double> positions;
  for (const Rule& rule : rules) {
    if (rule.horizontal == horizontal) positions.push_back(rule.at);
  }
  std::sort(positions.begin(), positions.end());
  std::vector<double> lines;
  for (const double at : positions) {
    if (lines.empty() || at - lines.back() > kMeetingSlack) lines.push_back(at);
  }
  return lines;
}

// A grid of ruled lines: the y of its horizontal lines, the x of its vertical ones, and for each elementary cell
// (row-major) the cell it belongs to once the cells no rule parts are merged.
struct Grid {
  std::vector<double> ys, xs;
  std::vector<std::size_t> cell_of;
  std::size_t rows() const { return ys.size() - 1; }
  std::size_t columns() const { return xs.size() - 1; }
  bool holds(double x, double y) const { return x > xs.front() && x < xs.back() && y > ys.front() && y < ys.back(); }
};

// Whether a rule of `rules` in direction `horizontal` lies along `at` and crosses `middle` (a cell side's middle).
bool ruled(const std::vector<Rule>& rules, bool horizontal, double at, double middle) {
  return std::any_of(rules.begin(), rules.end(), [&](const Rule& rule) {
    return rule.horizontal == horizontal && std::abs(rule.at - at) <= kMeetingSlack && rule.from <= middle &&
           rule.to >= middle;
  });
}

// Whether `xs` are `edges`, each within kMeetingSlack: the same table's columns, drawn again.
bool same_edges(const std::vector<double>& xs, const std::vector<double>& edges) {
  return xs.size() == edges.size() && std::equal(xs.begin(), xs.end(), edges.begin(), [](double x, double edge) {
           return std::abs(x - edge) <= kMeetingSlack;
         });
}

// The grid a network of rules draws. Two rows and two columns at least: a lone rule, an underline or a frame around a
// page is none; one row only with the column edges of the table it continues (`continued_edges`).
std::optional<Grid> grid_of(const std::vector<Rule>& network, const std::vector<double>& continued_edges) {
  Grid grid{lines_of(network, true), lines_of(network, false), {}};
  const bool one_row_continued = grid.ys.size() == 2 && same_edges(grid.xs, continued_edges);
  if ((grid.ys.size() < 3 && !one_row_continued) || grid.xs.size() < 3 ||
      grid.rows() * grid.columns() > kMostGridCells) {
    return std::nullopt;
  }
  DisjointSets cells(grid.rows() * grid.columns());
  for (std::size_t r = 0; r < grid.rows(); ++r) {
    const double middle_y = (grid.ys[r] + grid.ys[r + 1]) / 2;
    for (std::size_t c = 0; c < grid.columns(); ++c) {
      const double middle_x = (grid.xs[c] + grid.xs[c + 1]) / 2;
      if (c + 1 < grid.columns() && !ruled(network, false, grid.xs[c + 1], middle_y))
        cells.join(r * grid.columns() + c, r * grid.columns() + c + 1);
      if (r + 1 < grid.rows() && !ruled(network, true, grid.ys[r + 1], middle_x))
        cells.join(r * grid.columns() + c, (r + 1) * grid.columns() + c);
    }
  }
  for (std::size_t i = 0; i < grid.rows() * grid.columns(); ++i) grid.cell_of.push_back(cells.find(i));
  return grid;
}

bool holds_a_digit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether two figures stand apart on one line of a cell, more than a character between them (38 and 43 in one cell):
// the rules drawn do not part the text written, whose columns lie elsewhere, and the grid is not the table's. A
// label spread across its cell (合    计) is no figure, and stays one cell's text.
bool holds_figures_apart(const std::vector<layout::Word>& words) {
  for (const auto& row : layout::rows_of(words)) {
    for (std::size_t k = 0; k + 1 < row.size(); ++k) {
      const layout::Word& word = words[row[k]];
      const layout::Word& next = words[row[k + 1]];
      if (next.left - word.right > word.bottom - word.top && holds_a_digit(word.text) && holds_a_digit(next.text))
        return true;
    }
  }
  return false;
}

// The text of a cell's words: its lines, top to bottom, joined as a paragraph's are.
std::string cell_text(std::vector<layout::Word> words) {
  mark_spaces(words);
  std::string text;
  for (const auto& line : layout::lines_of_page(words, 0, layout::Cells::keep_together))
    layout::append_joined(text, line.text);
  return text;
}

// Ranks of `values` among their distinct values: the rows and columns that start a cell with text, numbered
// without the rows and columns of the grid that hold none (a rule drawn twice, a spacer row).
std::map<std::size_t, int> ranks_of(const std::vector<std::size_t>& values) {
  std::map<std::size_t, int> ranks;
  for (const std::size_t value : values) ranks[value] = 0;
  int rank = 0;
  for (auto& [value, r] : ranks) r = rank++;
  return ranks;
}

// The table a grid makes of the words inside it (indexes into `words`), if it is one. `misses_the_columns` is set when
// it is none because a cell holds figures apart: the rules drawn are not the columns written.
std::optional<RuledTable> table_of(const Grid& grid, const std::vector<layout::Word>& words,
                                   const std::vector<std::size_t>& inside, bool* misses_the_columns = nullptr) {
  const std::size_t fewest_rows = grid.rows() == 1 ? 1 : 2;  // one: a row continuing a table (grid_of)
  std::map<std::size_t, std::vector<layout::Word>> words_of_cell;
  for (const std::size_t i : inside) {
    const layout::Word& word = words[i];
    const double x = (word.left + word.right) / 2, y = (word.top + word.bottom) / 2;
    const auto row =
        static_cast<std::size_t>(std::upper_bound(grid.ys.begin(), grid.ys.end(), y) - grid.ys.begin() - 1);
    const auto column =
        static_cast<std::size_t>(std::upper_bound(grid.xs.begin(), grid.xs.end(), x) - grid.xs.begin() - 1);
    words_of_cell[grid.cell_of[row * grid.columns() + column]].push_back(word);
  }
  // A merged cell starts at its first elementary cell (row-major), the smallest index of those it merges.
  std::map<std::size_t, std::size_t> start_of;
  for (std::size_t i = 0; i < grid.cell_of.size(); ++i) start_of.try_emplace(grid.cell_of[i], i);
  std::vector<std::size_t> rows, columns;
  std::vector<std::pair<std::size_t, std::string>> texts;  // (first elementary cell, text)
  bool article = false;
  std::size_t number_cells = 0;
  for (auto& [cell, cell_words] : words_of_cell) {
    if (holds_figures_apart(cell_words)) {
      if (misses_the_columns != nullptr) *misses_the_columns = true;
      return std::nullopt;
    }
    std::string text = cell_text(std::move(cell_words));
    if (text.empty()) continue;
    const std::size_t start = start_of.at(cell);
    rows.push_back(start / grid.columns());
    columns.push_back(start % grid.columns());
    const std::u32string visible = decode_utf8(text);
    std::u32string compact;
    for (const char32_t c : visible) {
      if (layout_tables::is_visible(c)) compact.push_back(c);
    }
    article = article || layout_tables::holds_an_article({compact.size(), 1});
    number_cells += layout_tables::holds_a_number(compact) ? 1 : 0;
    texts.emplace_back(start, std::move(text));
  }
  const auto row_ranks = ranks_of(rows), column_ranks = ranks_of(columns);
  if (row_ranks.size() < fewest_rows || column_ranks.size() < 2 || layout_tables::lays_out_text(article, number_cells))
    return std::nullopt;
  std::sort(texts.begin(), texts.end());
  RuledTable table{grid.ys.front(), grid.ys.back(), {}, grid.xs};
  for (auto& [start, text] : texts) {
    table.cells.push_back(
        {row_ranks.at(start / grid.columns()), column_ranks.at(start % grid.columns()), std::move(text)});
  }
  return table;
}

// The white running down the words of a grid whose vertical rules miss its columns, as a share of their type height:
// wider than the space between two Latin words (a third of it, mark_spaces), as narrow as the padding of a table
// fitted to what it holds (Word's and WPS's autofit: 2024年 | 同比 under half a character apart).
constexpr double kLeastWrittenColumnGap = 0.4;

// The grid's rows with the columns its words are written in, for a grid whose vertical rules miss them (a producer
// that drew the table's borders where the table was laid out before its columns were fitted to their text: 327 and
// +21 in one ruled cell): its columns part at each stripe of white no word of any row crosses, kLeastWrittenColumnGap
// of a line wide at least; cells stay merged down where a horizontal rule is missing. None when the words leave no
// such stripe.
std::optional<Grid> grid_of_written_columns(const Grid& drawn, const std::vector<Rule>& network,
                                            const std::vector<layout::Word>& words,
                                            const std::vector<std::size_t>& inside) {
  std::vector<std::pair<double, double>> extents;
  std::vector<double> heights;
  for (const std::size_t i : inside) {
    extents.emplace_back(words[i].left, words[i].right);
    heights.push_back(words[i].bottom - words[i].top);
  }
  if (extents.empty()) return std::nullopt;
  std::sort(extents.begin(), extents.end());
  std::sort(heights.begin(), heights.end());
  const double least_gap = kLeastWrittenColumnGap * heights[heights.size() / 2];
  Grid grid{drawn.ys, {drawn.xs.front()}, {}};
  double reach = extents.front().second;
  for (const auto& [left, right] : extents) {
    if (left - reach > least_gap) grid.xs.push_back((left + reach) / 2);
    reach = std::max(reach, right);
  }
  grid.xs.push_back(drawn.xs.back());
  if (grid.columns() < 2 || grid.rows() * grid.columns() > kMostGridCells) return std::nullopt;
  DisjointSets cells(grid.rows() * grid.columns());
  for (std::size_t r = 0; r + 1 < grid.rows(); ++r) {
    for (std::size_t c = 0; c < grid.columns(); ++c) {
      if (!ruled(network, true, grid.ys[r + 1], (grid.xs[c] + grid.xs[c + 1]) / 2))
        cells.join(r * grid.columns() + c, (r + 1) * grid.columns() + c);
    }
  }
  for (std::size_t i = 0; i < grid.rows() * grid.columns(); ++i) grid.cell_of.push_back(cells.find(i));
  return grid;
}

}  // namespace

std::vector<Rule> rules_of_content(const xmlNode* root) {
  std::vector<Rule> rules;
  if (root != nullptr) collect_rules(root, rules);
  return rules;
}

std::vector<RuledTable> take_ruled_tables(const std::vector<Rule>& rules, std::vector<layout::Word>& words,
                                          const std::vector<double>& continued_edges) {
  std::vector<RuledTable> tables;
  if (rules.size() > kMostRules) return tables;
  std::vector<bool> taken(words.size(), false);
  for (const auto& network : networks_of(rules)) {
    const auto grid = grid_of(network, continued_edges);
    if (!grid) continue;
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!taken[i] && grid->holds((words[i].left + words[i].right) / 2, (words[i].top + words[i].bottom) / 2))
        inside.push_back(i);
    }
    bool misses_the_columns = false;
    auto table = table_of(*grid, words, inside, &misses_the_columns);
    if (!table && misses_the_columns) {
      if (const auto written = grid_of_written_columns(*grid, network, words, inside))
        table = table_of(*written, words, inside);
    }
    if (!table) continue;
    for (const std::size_t i : inside) taken[i] = true;
    tables.push_back(std::move(*table));
  }
  std::vector<layout::Word> kept;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!taken[i]) kept.push_back(std::move(words[i]));
  }
  words = std::move(kept);
  std::sort(tables.begin(), tables.end(), [](const RuledTable& a, const RuledTable& b) { return a.top < b.top; });
  return tables;
}

}  // namespace docpipe::ofd
