#include "ofd_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>

#include "body_blocks.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "ofd_package.hpp"
#include "ruled_tables.hpp"
#include "seal_text.hpp"
#include "stored_page.hpp"
#include "table_layout.hpp"
#include "title_lines.hpp"

namespace docpipe::ofd {

namespace {

constexpr int kScorePackage = 95;  // a zip whose first entries include OFD.xml

std::string joined(const std::vector<std::string>& values, const char* separator) {
  std::string text;
  for (const auto& value : values) text += (text.empty() ? "" : separator) + value;
  return text;
}

// One Content.xml part parsed, refused before parsing when it is missing or empty or holds too many text objects.
XmlDocument read_content(const OfdPackage& package, const std::string& part, const std::string& referred_by,
                         const PageLimits& limits) {
  const std::string bytes = package.bytes(part, referred_by);
  if (const auto objects = count_text_objects(bytes); objects > limits.max_text_objects) {
    throw std::runtime_error(
        fmt::format("{} holds {} text objects, more than the limit of {}", part, objects, limits.max_text_objects));
  }
  return parse_safe_xml(bytes, part);
}

std::string text_of(std::vector<layout::Word> words) {
  mark_spaces(words);
  std::vector<std::string> lines;
  for (const auto& line : layout::lines_of_page(std::move(words), 1)) lines.push_back(line.text);
  return joined(lines, " ");
}

// The text of a template, its lines joined.
std::string template_text(const OfdPackage& package, const std::string& part, const std::string& referred_by,
                          const PageLimits& limits) {
  const XmlDocument content = read_content(package, part, referred_by, limits);
  return text_of(words_of_content(xmlDocGetRootElement(content.get()), part));
}

// The text of each annotation (ofd:Annot) of a page's annotation part, its lines joined; the part's whole text when
// it holds no ofd:Annot.
std::vector<std::string> annotation_texts(const OfdPackage& package, const std::string& part,
                                          const PageLimits& limits) {
  const XmlDocument content = read_content(package, part, "the annotation list", limits);
  const xmlNode* root = xmlDocGetRootElement(content.get());
  std::vector<const xmlNode*> annotations = child_elements(root, "Annot");
  if (annotations.empty()) annotations.push_back(root);
  std::vector<std::string> texts;
  for (const xmlNode* annotation : annotations) {
    auto text = text_of(words_of_content(annotation, part));
    if (!text.empty()) texts.push_back(std::move(text));
  }
  return texts;
}

// Pages whose widths differ by more than this share are set differently: a landscape table among portrait pages.
constexpr double kSameWidthShare = 0.05;

// For each page, the width it is set to: pages sorted by width, a new width where one is more than a share wider
// than the narrowest page of the width before.
std::vector<std::size_t> width_classes(const std::vector<double>& page_widths) {
  std::vector<std::size_t> order(page_widths.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return page_widths[a] < page_widths[b]; });
  std::vector<std::size_t> classes(page_widths.size(), 0);
  std::size_t current = 0;
  double narrowest = order.empty() ? 0 : page_widths[order.front()];
  for (const std::size_t page : order) {
    if (page_widths[page] > narrowest * (1 + kSameWidthShare)) ++current, narrowest = page_widths[page];
    classes[page] = current;
  }
  return classes;
}

// The paragraphs of the body lines, each run of pages of one width assembled on its own and measured on the lines
// of all the pages of that width: a line is full or short against the right margin of pages like its own, and a
// landscape page's wide table made every line of the portrait pages look short, ending a paragraph at each.
// `starts`: ascending indexes of lines that open a paragraph whatever the layout says (the first line after a
// table). `table_rows`: the rows of the tables laid out from the lines (a row's cells as one line), measured with
// the body, so that a long table's narrow columns do not set the right margin. Each paragraph's first_line is its
// index in `body`.
std::vector<layout::Paragraph> paragraphs_of(const std::vector<layout::Line>& body,
                                             const std::vector<double>& page_widths,
                                             const std::vector<std::size_t>& starts,
                                             const std::vector<layout::Line>& table_rows) {
  const std::vector<std::size_t> page_classes = width_classes(page_widths);
  const auto class_of = [&](const layout::Line& line) {
    return page_classes.at(static_cast<std::size_t>(line.page - 1));
  };
  std::vector<std::size_t> classes;
  for (const auto& line : body) classes.push_back(class_of(line));
  std::map<std::size_t, std::vector<layout::Line>> measured;
  for (std::size_t i = 0; i < body.size(); ++i) measured[classes[i]].push_back(body[i]);
  for (const auto& row : table_rows) measured[class_of(row)].push_back(row);
  if (measured.size() <= 1) {
    return layout::build_paragraphs(body, starts, table_rows.empty() ? nullptr : &measured.begin()->second);
  }
  std::vector<layout::Paragraph> paragraphs;
  for (std::size_t first = 0; first < body.size();) {
    std::size_t end = first;
    while (end < body.size() && classes[end] == classes[first]) ++end;
    const std::vector<layout::Line> run(body.begin() + static_cast<std::ptrdiff_t>(first),
                                        body.begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<std::size_t> run_starts;
    for (const std::size_t start : starts) {
      if (start >= first && start < end) run_starts.push_back(start - first);
    }
    for (auto& paragraph : layout::build_paragraphs(run, run_starts, &measured[classes[first]])) {
      paragraph.first_line += first;
      paragraphs.push_back(std::move(paragraph));
    }
    first = end;
  }
  return paragraphs;
}

// A ruled table of a page, and the index of the first body line after it.
struct PlacedTable {
  int page = 0;
  RuledTable table;
  std::size_t before_line = 0;
  int last_page = 0;  // the page it ends on, once joined with its continuation (join_tables_over_page_breaks)
  std::vector<int> cell_pages = {};  // per cell of `table`: the page it is drawn on
};

// For each table, the first line of `body` that stands below it: on a later page, or on its page below its top
// (its own words were taken out of the lines, so a line of its page lower than its top is below it).
void place_tables(std::vector<PlacedTable>& tables, const std::vector<layout::Line>& body) {
  for (PlacedTable& placed : tables) {
    const auto below = std::find_if(body.begin(), body.end(), [&](const layout::Line& line) {
      return line.page > placed.page || (line.page == placed.page && (line.top + line.bottom) / 2 > placed.table.top);
    });
    placed.before_line = static_cast<std::size_t>(below - body.begin());
  }
}

// Column edges this close (points, 0.7 mm: kMeetingSlack of ruled_tables.cpp) are the same table's, drawn again.
constexpr double kSameEdgeSlack = 2.0;

bool same_column_edges(const RuledTable& a, const RuledTable& b) {
  return a.column_edges.size() == b.column_edges.size() &&
         std::equal(a.column_edges.begin(), a.column_edges.end(), b.column_edges.begin(),
                    [](double x, double y) { return std::abs(x - y) <= kSameEdgeSlack; });
}

std::vector<const RuledCell*> row_of(const RuledTable& table, int row) {
  std::vector<const RuledCell*> cells;
  for (const RuledCell& cell : table.cells) {
    if (cell.row == row) cells.push_back(&cell);
  }
  return cells;
}

bool same_texts(const std::vector<const RuledCell*>& a, const std::vector<const RuledCell*>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const RuledCell* x, const RuledCell* y) {
    return x->column == y->column && x->text == y->text;
  });
}

bool holds_a_digit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether the first row of a table continued from the page before is a header of its own, which makes it a new
// table: a row of labels without a figure (序号 | 执法领域 | 立案数（件）), or one that opens with the first table's
// corner label (项目 | 2022年 | 2023年 under 项目 | 2023年 | 2024年), unless it repeats the first table's header
// whole, as a header repeated at the top of each page is (Word's 标题行重复), which is skipped. A row alone, which
// has no body to head (a last row spilled over the break, 合计 | — | —), is a header only by the corner label.
bool opens_with_a_header_of_its_own(const RuledTable& first, const RuledTable& next) {
  const auto header = row_of(first, 0), opening = row_of(next, 0);
  if (opening.empty() || same_texts(header, opening)) return false;
  const bool figures =
      std::any_of(opening.begin(), opening.end(), [](const RuledCell* cell) { return holds_a_digit(cell->text); });
  const bool alone = opening.size() == next.cells.size();
  const bool corner = !header.empty() && header.front()->column == 0 && opening.front()->column == 0 &&
                      header.front()->text == opening.front()->text;
  return (!figures && !alone) || corner;
}

// Joins each ruled table that a page break cut in two: a table at the top of a page, nothing of the body between it
// and a table closing the page before (the same `before_line`), drawn with the same column edges and without a
// header of its own, continues that table, its rows numbered on from the first's (a header repeated at the top of
// the page skipped). Read apart, its figures lost the header's names and units (件, 万元). Different column edges,
// or a header of its own, make a new table.
void join_tables_over_page_breaks(std::vector<PlacedTable>& tables) {
  std::vector<PlacedTable> joined_tables;
  for (PlacedTable& placed : tables) {
    if (!joined_tables.empty()) {
      PlacedTable& before = joined_tables.back();
      if (placed.page == before.last_page + 1 && placed.before_line == before.before_line &&
          same_column_edges(before.table, placed.table) &&
          !opens_with_a_header_of_its_own(before.table, placed.table)) {
        const bool repeats_the_header = same_texts(row_of(before.table, 0), row_of(placed.table, 0));
        int next_row = 0;
        for (const RuledCell& cell : before.table.cells) next_row = std::max(next_row, cell.row + 1);
        for (RuledCell& cell : placed.table.cells) {
          if (repeats_the_header && cell.row == 0) continue;
          cell.row += next_row - (repeats_the_header ? 1 : 0);
          before.table.cells.push_back(std::move(cell));
          before.cell_pages.push_back(placed.page);
        }
        before.last_page = placed.page;  // a table continued further goes on at the top of the page after
        before.table.bottom = placed.table.bottom;
        continue;
      }
    }
    placed.last_page = placed.page;
    joined_tables.push_back(std::move(placed));
  }
  tables = std::move(joined_tables);
}

// A table of the body, ruled or laid out from its words' alignment, as the cells it gives the document: where it
// stands among the prose lines (the first after it), and its page and top, which order tables before one line.
struct BodyTable {
  std::size_t before_line = 0;
  int page = 0;
  double top = 0;
  std::vector<SourceParagraph> cells;
};

SourceParagraph cell_block(std::string text, int row, int column, int page) {
  Block hints;
  hints.kind = BlockKind::table_cell;
  hints.row = row;
  hints.column = column;
  hints.page = page;
  return {std::move(text), std::move(hints)};
}

SourceParagraph note_block(std::string text, int page) {
  Block hints;
  hints.page = page;
  return {std::move(text), std::move(hints)};
}

BodyTable body_table(const PlacedTable& placed) {
  BodyTable table{placed.before_line, placed.page, placed.table.top, {}};
  for (std::size_t i = 0; i < placed.table.cells.size(); ++i) {
    const RuledCell& cell = placed.table.cells[i];
    table.cells.push_back(cell_block(cell.text, cell.row, cell.column, placed.cell_pages.at(i)));
  }
  return table;
}

// The body's paragraphs with the tables' cells where the tables stand: the ruled tables (take_ruled_tables), and
// the tables whose lines line up in columns without a grid of rules around them (a table ruled only between its
// rows, or by rules that miss its columns), laid out as input.pdf lays out a PDF page's (table_layout.hpp). A table
// ends the paragraph above it, and the line after it opens one.
std::vector<SourceParagraph> body_blocks(const std::vector<layout::Line>& body, const std::vector<double>& widths,
                                         std::vector<PlacedTable>& ruled) {
  std::vector<layout::Line> prose, table_rows;
  std::vector<BodyTable> tables;
  std::vector<std::size_t> starts;
  prose.reserve(body.size());
  std::size_t at = 0;
  for (const pdf::LaidOutTable& laid_out : pdf::find_tables(body)) {
    for (const pdf::LineSpan& span : laid_out.spans) {
      prose.insert(prose.end(), body.begin() + static_cast<std::ptrdiff_t>(at),
                   body.begin() + static_cast<std::ptrdiff_t>(span.begin));
      if (&span == &laid_out.spans.front()) {
        BodyTable table{prose.size(), body[span.begin].page, body[span.begin].top, {}};
        for (const pdf::LaidOutCell& cell : laid_out.cells) {
          // A note spanning the table between its rows (备注：…2件) is a paragraph of the text there, as in a PDF.
          table.cells.push_back(cell.note ? note_block(cell.text, cell.page)
                                          : cell_block(cell.text, cell.row, cell.column, cell.page));
        }
        tables.push_back(std::move(table));
      }
      starts.push_back(prose.size());
      pdf::add_table_rows(body, span, table_rows);
      at = span.end;
    }
  }
  prose.insert(prose.end(), body.begin() + static_cast<std::ptrdiff_t>(at), body.end());
  place_tables(ruled, prose);
  join_tables_over_page_breaks(ruled);
  for (const PlacedTable& placed : ruled) {
    starts.push_back(placed.before_line);
    tables.push_back(body_table(placed));
  }
  std::stable_sort(tables.begin(), tables.end(), [](const BodyTable& a, const BodyTable& b) {
    return std::tie(a.before_line, a.page, a.top) < std::tie(b.before_line, b.page, b.top);
  });
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

  std::vector<SourceParagraph> blocks;
  std::size_t next_table = 0;
  const auto add_tables_before = [&](std::size_t line) {
    for (; next_table < tables.size() && tables[next_table].before_line <= line; ++next_table) {
      for (SourceParagraph& cell : tables[next_table].cells) {
        if (cell.hints.kind == BlockKind::table_cell) cell.hints.table = static_cast<int>(next_table);
        blocks.push_back(std::move(cell));
      }
    }
  };
  for (const auto& paragraph : paragraphs_of(prose, widths, starts, table_rows)) {
    add_tables_before(paragraph.first_line);
    Block hints;
    hints.page = paragraph.page;
    blocks.push_back({paragraph.text, std::move(hints)});
  }
  add_tables_before(prose.size());
  return blocks;
}

// An image covering less of its page than this is a seal, an emblem or a logo, not the scan of the page: a page of
// nothing else is a page without text, as before OCR, rather than a seal read for text.
constexpr double kLeastScanShare = 0.1;

// The scan of a page without text: its largest image, when that covers a share of the page (mm).
std::optional<PlacedImage> scan_of(const xmlNode* page_root, double page_width, double page_height) {
  auto image = largest_image(page_root);
  if (image && image->area() < kLeastScanShare * page_width * page_height) return std::nullopt;
  return image;
}

// The image format a warning names: the MultiMedia's Format, else the file's extension.
std::string format_name(const MediaFile& media) {
  std::string format = media.format;
  if (format.empty()) {
    const auto dot = media.path.rfind('.');
    if (dot != std::string::npos && media.path.find('/', dot) == std::string::npos) format = media.path.substr(dot + 1);
  }
  if (format.empty()) return "unknown format";
  std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return std::toupper(c); });
  return format;
}

// The bytes of an image resource: at its path, else beside its resource file; nullopt when at neither.
std::optional<std::string> image_bytes(const OfdPackage& package, const MediaFile& media) {
  if (auto bytes = package.read(media.path)) return bytes;
  return package.read(media.beside_res);
}

// OCR's lines, in points from the image's top left, moved to where the image is printed on the page and scaled by
// `scale` (the dpi they were read at over the image's printed dpi: 1 but for rounding).
std::vector<layout::Line> placed_on_page(std::vector<layout::Line> lines, const PlacedImage& scan, double scale) {
  const double left = scan.left * kPointsPerMillimetre, top = scan.top * kPointsPerMillimetre;
  for (auto& line : lines) {
    line.left = left + line.left * scale;
    line.right = left + line.right * scale;
    line.top = top + line.top * scale;
    line.bottom = top + line.bottom * scale;
    line.type_height *= scale;
  }
  return lines;
}

}  // namespace

OfdInput::ScanReading OfdInput::read_scan(const OfdPackage& package, const DocumentLayout& layout,
                                          const PlacedImage& scan, int page, ocr::OcrRun& run,
                                          std::vector<std::string>& undecodable) {
  const auto media = layout.images.find(scan.resource);
  if (media == layout.images.end()) {
    undecodable.push_back(fmt::format("{} (image resource {} is not declared)", page, scan.resource));
    return {};
  }
  if (!run.admit(page)) return {};
  std::optional<std::string> bytes;
  try {
    bytes = image_bytes(package, media->second);
  } catch (const std::runtime_error& error) {  // oversized, or a zip bomb: the page is not read, the rest is
    undecodable.push_back(fmt::format("{} ({}: {})", page, media->second.path, error.what()));
    return {};
  }
  if (!bytes) {
    undecodable.push_back(fmt::format("{} ({} is missing)", page, media->second.path));
    return {};
  }
  const ocr::EngineModule& engine = engine_.module();
  std::vector<ocr::PageImagePtr> stored;
  try {
    stored = engine.pages_of_image_file(*bytes);
  } catch (const std::runtime_error&) {  // JBIG2 (JB2), or a format Leptonica does not read
    undecodable.push_back(fmt::format("{} ({}, {})", page, format_name(media->second), media->second.path));
    return {};
  }
  // The image's dots per inch as printed: its pixels over its Boundary's height. A scan measures 150 to 600.
  const double measured = stored.front()->height() / (scan.height / 25.4);
  const int dpi = ocr::credible_dpi(measured);
  auto recognised = ocr::recognise_stored_page(run, engine, *stored.front(), dpi, page);
  // A Boundary that gives no credible resolution (an image squeezed into a small box) says nothing of where the
  // text lies: the lines stay on the image's own page, as input.image reads it.
  if (std::abs(dpi - measured) >= 1) return {std::move(recognised.lines), recognised.height};
  return {placed_on_page(std::move(recognised.lines), scan, dpi / measured), 0};
}

OfdSettings read_ofd_settings(const Parameters& parameters) {
  OfdSettings settings;
  ParameterProblems problems;
  problems.collect([&] { settings.limits = read_zip_limits(parameters); });
  problems.collect([&] {
    settings.page_limits.max_text_objects = static_cast<std::size_t>(integer_in_range(
        parameters, "max_text_objects_per_page", 1, 10'000'000, "TextObjects in one page description"));
  });
  problems.collect([&] { settings.ocr = ocr::read_ocr_settings(parameters); });
  problems.throw_if_any();
  return settings;
}

OfdInput::OfdInput(const PluginContext& context)
    : settings_(read_ofd_settings(context.parameters)),
      remove_artifacts_(context.parameters.boolean("remove_artifacts")) {}

int OfdInput::sniff(std::string_view head) const {
  if (head.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return 0;
  return head.find("OFD.xml") != std::string_view::npos ? kScorePackage : 0;
}

void OfdInput::read(std::string_view bytes, Document& document) {
  const OfdPackage package(bytes, settings_.limits);
  document.format = "ofd";
  document.encoding = "UTF-8";
  const DocumentEntry& main = package.documents().front();
  for (const auto& [key, value] : main.info) document.metadata.add(key, value);
  // Several DocBody entries: the first is the document; the others (attachments, versions) are recorded.
  if (package.documents().size() > 1) {
    document.metadata.set("ofd.documents", std::to_string(package.documents().size()));
    for (std::size_t i = 1; i < package.documents().size(); ++i) {
      const auto& other = package.documents()[i];
      std::string title;
      for (const auto& [key, value] : other.info) {
        if (key == "ofd.title") title = " (" + value + ")";
      }
      document.metadata.add("ofd.unread_document",
                            (other.root.empty() ? "DocBody without DocRoot" : other.root) + title);
    }
  }

  const DocumentLayout layout = package.layout(main);
  document.metadata.set("ofd.pages", std::to_string(layout.pages.size()));
  std::set<std::string> fonts(layout.fonts.begin(), layout.fonts.end());
  if (!fonts.empty()) document.metadata.set("ofd.fonts", joined({fonts.begin(), fonts.end()}, ", "));

  std::vector<layout::Line> lines;
  std::vector<double> widths, heights;
  std::vector<std::string> without_text, unread, undecodable;
  bool scans_unread_without_ocr = false;
  ocr::OcrRun run(settings_.ocr, engine_);
  std::set<std::string> templates_read;
  std::size_t overprinted = 0;  // words of simulated bold's second pass
  std::vector<PlacedTable> tables;
  for (std::size_t index = 0; index < layout.pages.size(); ++index) {
    const int page = static_cast<int>(index) + 1;
    const XmlDocument content = read_content(package, layout.pages[index], main.root, settings_.page_limits);
    const xmlNode* root = xmlDocGetRootElement(content.get());
    widths.push_back(OfdPackage::width_of(root, layout));
    heights.push_back(OfdPackage::height_of(root, layout) * kPointsPerMillimetre);
    // Template text (letterheads, rules, "此页无正文") repeats on the pages that use it: furniture.
    for (const auto& part : OfdPackage::templates_of(root, layout, layout.pages[index])) {
      if (!templates_read.insert(part).second) continue;
      const auto text = template_text(package, part, layout.pages[index], settings_.page_limits);
      if (!text.empty()) document.metadata.add("removed.template", text);
    }
    // Text drawn turned across the page or pale over it (a site's name as a watermark) would be glued into the
    // line it crosses.
    SetAsideText set_aside;
    auto words = words_of_content(root, layout.pages[index], &set_aside);
    for (auto& text : set_aside.turned) document.metadata.add("removed.rotated-text", std::move(text));
    for (auto& text : set_aside.faint) document.metadata.add("removed.watermark-text", std::move(text));
    if (auto off_page = take_off_page(words, widths.back() * kPointsPerMillimetre, heights.back()); !off_page.empty()) {
      document.metadata.add("removed.off-page-text", text_of(std::move(off_page)));
    }
    // A seal drawn as text: its ring is set aside as turned text; its upright glyphs and its inner word go too.
    if (auto seal = take_seal_text(words, set_aside.turned_glyphs); !seal.empty())
      document.metadata.add("removed.seal-text", std::move(seal));
    overprinted += drop_overprints(words);
    if (words.empty()) {
      without_text.push_back(std::to_string(page));
      // A page of no text drawing an image of some size is a scanned page (a paper report scanned into OFD).
      const auto scan = scan_of(root, widths.back(), heights.back() / kPointsPerMillimetre);
      if (scan && !settings_.ocr.enabled) scans_unread_without_ocr = true;
      ScanReading reading;
      if (scan && settings_.ocr.enabled) reading = read_scan(package, layout, *scan, page, run, undecodable);
      if (reading.lines.empty()) {
        unread.push_back(std::to_string(page));
        continue;
      }
      if (reading.page_height > 0) heights.back() = reading.page_height;
      lines.insert(lines.end(), std::make_move_iterator(reading.lines.begin()),
                   std::make_move_iterator(reading.lines.end()));
      continue;
    }
    // A table's cells, drawn as text objects of their own inside ruled borders, are read as cells, not lines.
    // A table ruled on the page before may end here in a row of its own (its 合计), drawn with the same columns.
    const std::vector<double> continued_edges =
        !tables.empty() && tables.back().page == page - 1 ? tables.back().table.column_edges : std::vector<double>{};
    for (auto& table : take_ruled_tables(rules_of_content(root), words, continued_edges)) {
      const std::vector<int> cell_pages(table.cells.size(), page);
      tables.push_back({page, std::move(table), 0, page, cell_pages});
    }
    mark_spaces(words);
    auto page_lines = layout::lines_of_page(std::move(words), page);
    lines.insert(lines.end(), std::make_move_iterator(page_lines.begin()), std::make_move_iterator(page_lines.end()));
  }
  // Stamps, watermarks and other annotations are drawn over the page, not part of its text: an entry each, so
  // that a page number and a seal's text on one page stay apart.
  for (const auto& part : layout.annotation_parts) {
    if (!package.read(part)) continue;
    for (const auto& text : annotation_texts(package, part, settings_.page_limits))
      document.metadata.add("removed.annotation", text);
  }
  if (!main.signatures.empty()) {
    std::size_t signatures = 0;
    if (package.read(main.signatures)) {
      const XmlDocument list = package.part(main.signatures, "OFD.xml");
      signatures = child_elements(xmlDocGetRootElement(list.get()), "Signature").size();
    }
    document.metadata.set("ofd.signatures", std::to_string(signatures));
  }
  if (overprinted > 0) document.metadata.set("ofd.overprinted_words", std::to_string(overprinted));
  if (!without_text.empty()) document.metadata.set("ofd.pages_without_text", joined(without_text, ","));
  run.record(document.metadata);
  const std::string not_decoded =
      undecodable.empty() ? ""
                          : "the scanned image of page(s) " + joined(undecodable, ", ") +
                                " cannot be read for OCR (a PNG, JPEG or TIFF in the package is; JBIG2 is not decoded)";
  if (lines.empty() && tables.empty()) {
    std::string why;
    if (scans_unread_without_ocr) why += "; OCR is switched off (ocr=false)";
    if (!not_decoded.empty()) why += "; " + not_decoded;
    if (const auto limit = run.limit_reached(); !limit.empty()) why += "; " + limit;
    if (why.empty() && run.used()) why = ", and OCR recognised none";
    throw std::runtime_error(
        fmt::format("no text on any of the {} pages of the OFD (scanned images, or text drawn as paths){}",
                    layout.pages.size(), why));
  }
  if (!not_decoded.empty()) document.metadata.add("warning", not_decoded);
  if (!unread.empty()) document.metadata.add("warning", "no text on page(s) " + joined(unread, ","));

  // OFD carries official documents laid out by GB/T 9704, whose margins hold all of their furniture.
  layout::Furniture furniture = layout::remove_furniture(lines, heights, layout::kOfficialMarginShare);
  for (const auto& [key, value] : furniture.removed) document.metadata.add(key, value);
  // A title wrapped over two lines of its type is one paragraph, as in a PDF of the same page (title_lines.hpp).
  pdf::join_wrapped_title_tail(furniture.body);
  add_paragraphs(document, body_blocks(furniture.body, widths, tables), remove_artifacts_ ? &filter_ : nullptr);
  if (document.text.empty()) throw std::runtime_error("the OFD holds no text");
}

}  // namespace docpipe::ofd
