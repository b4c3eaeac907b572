#include "ofd_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "ofd_package.hpp"

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
std::vector<layout::Paragraph> paragraphs_of(const std::vector<layout::Line>& body,
                                             const std::vector<double>& page_widths) {
  const std::vector<std::size_t> page_classes = width_classes(page_widths);
  std::vector<std::size_t> classes;
  for (const auto& line : body) classes.push_back(page_classes.at(static_cast<std::size_t>(line.page - 1)));
  std::map<std::size_t, std::vector<layout::Line>> measured;
  for (std::size_t i = 0; i < body.size(); ++i) measured[classes[i]].push_back(body[i]);
  if (measured.size() <= 1) return layout::build_paragraphs(body);
  std::vector<layout::Paragraph> paragraphs;
  for (std::size_t first = 0; first < body.size();) {
    std::size_t end = first;
    while (end < body.size() && classes[end] == classes[first]) ++end;
    const std::vector<layout::Line> run(body.begin() + static_cast<std::ptrdiff_t>(first),
                                        body.begin() + static_cast<std::ptrdiff_t>(end));
    for (auto& paragraph : layout::build_paragraphs(run, {}, &measured[classes[first]]))
      paragraphs.push_back(std::move(paragraph));
    first = end;
  }
  return paragraphs;
}

}  // namespace

OfdSettings read_ofd_settings(const Parameters& parameters) {
  OfdSettings settings;
  ParameterProblems problems;
  problems.collect([&] { settings.limits = read_zip_limits(parameters); });
  problems.collect([&] {
    settings.page_limits.max_text_objects = static_cast<std::size_t>(integer_in_range(
        parameters, "max_text_objects_per_page", 1, 10'000'000, "TextObjects in one page description"));
  });
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
  std::vector<std::string> without_text;
  std::set<std::string> templates_read;
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
    // Text drawn turned across the page (a site's name as a watermark) would be glued into the line it crosses.
    std::vector<std::string> turned;
    auto words = words_of_content(root, layout.pages[index], &turned);
    for (auto& text : turned) document.metadata.add("removed.rotated-text", std::move(text));
    if (words.empty()) {
      without_text.push_back(std::to_string(page));
      continue;
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
  if (!without_text.empty()) document.metadata.set("ofd.pages_without_text", joined(without_text, ","));
  if (lines.empty()) {
    throw std::runtime_error(fmt::format(
        "no text on any of the {} pages of the OFD (scanned images, or text drawn as paths)", layout.pages.size()));
  }
  if (!without_text.empty()) {
    document.metadata.add("warning", "no text on page(s) " + joined(without_text, ","));
  }

  // OFD carries official documents laid out by GB/T 9704, whose margins hold all of their furniture.
  const layout::Furniture furniture = layout::remove_furniture(lines, heights, layout::kOfficialMarginShare);
  for (const auto& [key, value] : furniture.removed) document.metadata.add(key, value);
  std::vector<SourceParagraph> source;
  for (const auto& paragraph : paragraphs_of(furniture.body, widths)) {
    Block hints;
    hints.page = paragraph.page;
    source.push_back({paragraph.text, std::move(hints)});
  }
  add_paragraphs(document, source, remove_artifacts_ ? &filter_ : nullptr);
  if (document.text.empty()) throw std::runtime_error("the OFD holds no text");
}

}  // namespace docpipe::ofd
