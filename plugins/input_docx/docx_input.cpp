#include "docx_input.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <stdexcept>

#include "body_reader.hpp"
#include "docpipe/converted_lines.hpp"
#include "docpipe/flattened_record.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/safe_xml.hpp"
#include "pasted_page.hpp"

namespace docpipe::docx {

namespace {

constexpr int kScorePackage = 90;   // a zip holding word/ parts
constexpr int kScoreFlatXml = 85;   // pkg:package or w:wordDocument
constexpr int kScoreOtherZip = 20;  // an Office package whose part list is beyond the sniffed bytes
// Links above the first sentence that tell a page pasted from the browser (its menu, breadcrumb, column) from a
// report typed in Word, which may link a law's name or two.
constexpr std::size_t kLinksOfAPastedPage = 3;

// The parts of one document, however it was stored; owns the parsed XML.
struct Parts {
  std::vector<XmlDocument> owned;
  const xmlNode* body = nullptr;
  const xmlNode* styles = nullptr;
  const xmlNode* numbering = nullptr;
};

std::string resolve_target(const std::string& base_directory, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return base_directory + target;
}

// The target of the relationship of `type_suffix` in a .rels part, or "".
std::string relationship_target(const xmlNode* rels, const std::string& type_suffix) {
  for (const xmlNode* relationship : child_elements(rels, "Relationship")) {
    const std::string type = attribute(relationship, "Type");
    if (type.size() >= type_suffix.size() &&
        type.compare(type.size() - type_suffix.size(), type_suffix.size(), type_suffix) == 0) {
      return attribute(relationship, "Target");
    }
  }
  return {};
}

const xmlNode* parse_part(Parts& parts, const ZipPackage& package, const std::string& name) {
  const auto bytes = package.read(name);
  if (!bytes) return nullptr;
  parts.owned.push_back(parse_safe_xml(*bytes, name));
  return xmlDocGetRootElement(parts.owned.back().get());
}

Parts package_parts(const ZipPackage& package) {
  Parts parts;
  std::string main_part = "word/document.xml";
  if (const xmlNode* rels = parse_part(parts, package, "_rels/.rels")) {
    const std::string target = relationship_target(rels, "/officeDocument");
    if (!target.empty()) main_part = resolve_target("", target);
  }
  const xmlNode* document = parse_part(parts, package, main_part);
  if (document == nullptr) throw std::runtime_error("not a Word document: the package has no " + main_part);
  parts.body = child_element(document, "body");
  const std::string directory = main_part.substr(0, main_part.rfind('/') + 1);
  const std::string file = main_part.substr(main_part.rfind('/') + 1);
  std::string styles = directory + "styles.xml", numbering = directory + "numbering.xml";
  if (const xmlNode* rels = parse_part(parts, package, directory + "_rels/" + file + ".rels")) {
    if (const auto target = relationship_target(rels, "/styles"); !target.empty())
      styles = resolve_target(directory, target);
    if (const auto target = relationship_target(rels, "/numbering"); !target.empty())
      numbering = resolve_target(directory, target);
  }
  if (const xmlNode* root = parse_part(parts, package, styles)) parts.styles = root;
  if (const xmlNode* root = parse_part(parts, package, numbering)) parts.numbering = root;
  return parts;
}

// Flat OPC (Word's "XML document", pkg:package) or Word 2003 XML (w:wordDocument).
Parts flat_parts(std::string_view bytes) {
  Parts parts;
  parts.owned.push_back(parse_safe_xml(bytes, "document"));
  const xmlNode* root = xmlDocGetRootElement(parts.owned.back().get());
  if (is_element(root, "package")) {
    for (const xmlNode* part : child_elements(root, "part")) {
      const xmlNode* data = child_element(part, "xmlData");
      const xmlNode* content = data ? data->children : nullptr;
      while (content != nullptr && content->type != XML_ELEMENT_NODE) content = content->next;
      const std::string name = attribute(part, "name");
      if (name == "/word/document.xml") parts.body = child_element(content, "body");
      if (name == "/word/styles.xml") parts.styles = content;
      if (name == "/word/numbering.xml") parts.numbering = content;
    }
  } else if (is_element(root, "wordDocument")) {
    parts.body = child_element(root, "body");
    parts.styles = child_element(root, "styles");
  } else if (is_element(root, "document")) {
    parts.body = child_element(root, "body");
  }
  if (parts.body == nullptr) throw std::runtime_error("not a Word document: no body in the XML");
  return parts;
}

}  // namespace

DocxSettings read_docx_settings(const Parameters& parameters) {
  DocxSettings settings;
  ParameterProblems problems;
  problems.collect([&] { settings.limits = read_zip_limits(parameters); });
  problems.collect([&] {
    settings.max_label_characters = static_cast<std::size_t>(
        integer_in_range(parameters, "max_label_characters", 1, 100'000, "characters of one list label"));
  });
  problems.collect([&] {
    settings.max_blocks = static_cast<std::size_t>(
        integer_in_range(parameters, "max_blocks", 1, 100'000'000, "paragraphs of one document"));
  });
  problems.throw_if_any();
  return settings;
}

DocxInput::DocxInput(const PluginContext& context)
    : settings_(read_docx_settings(context.parameters)),
      remove_artifacts_(context.parameters.boolean("remove_artifacts")) {}

int DocxInput::sniff(std::string_view head) const {
  if (head.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    if (head.find("word/") != std::string_view::npos) return kScorePackage;
    // Other zips (OFD, archives, other Office files) are not Word documents: leave them to the host's verdict.
    return head.find("[Content_Types].xml") != std::string_view::npos ? kScoreOtherZip : 0;
  }
  const std::string_view start = head.substr(0, 4096);
  if (start.find("<pkg:package") != std::string_view::npos || start.find("<w:wordDocument") != std::string_view::npos ||
      (start.find("<w:document") != std::string_view::npos &&
       start.find("wordprocessingml") != std::string_view::npos)) {
    return kScoreFlatXml;
  }
  return 0;
}

void DocxInput::read(std::string_view bytes, Document& document) {
  std::optional<ZipPackage> package;
  Parts parts;
  // Word writes a password-protected .docx (and the old binary .doc) as an OLE compound file.
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    throw std::runtime_error(bytes.find("EncryptedPackage") != std::string_view::npos
                                 ? "the document is encrypted (password-protected); save it without a password"
                                 : "a legacy binary Word document (.doc) is not supported; save it as .docx");
  }
  if (bytes.substr(0, 2) == "PK") {
    package.emplace(bytes, settings_.limits, "DOCX package");
    parts = package_parts(*package);
    document.format = "docx";
    if (package->read_leniently()) {
      document.metadata.add("warning", "the package is inconsistent (bytes after its end?) and was read leniently");
    }
  } else {
    parts = flat_parts(bytes);
    document.format = "docx-xml";
  }
  document.encoding = "UTF-8";

  const Styles styles(parts.styles);
  Numbering numbering(parts.numbering, settings_.max_label_characters);
  BodyReader reader(styles, numbering, settings_.max_blocks);
  reader.set_drop_link_bars(remove_artifacts_);
  auto source = reader.read(parts.body);
  if (const std::size_t joined = reflow_converted_lines(source, document); joined > 0) {
    document.metadata.set("reflowed_line_breaks", std::to_string(joined));
  }
  if (reader.imported_chunks() > 0) {
    document.metadata.add("warning", fmt::format("{} imported chunk(s) (w:altChunk: another document pasted in as a "
                                                 "whole) not read",
                                                 reader.imported_chunks()));
  }

  if (const auto& objects = reader.embedded_objects(); !objects.empty()) {
    document.metadata.add("warning", fmt::format("{} embedded object(s) (OLE: {}) not read: the document shows only "
                                                 "their picture",
                                                 objects.size(), fmt::join(objects, ", ")));
  }
  for (const auto& line : reader.contents_lines()) document.metadata.add("removed.table-of-contents", line);
  for (const auto& mark : reader.footnote_marks()) document.metadata.add("removed.footnote-mark", mark);
  // A page pasted from the browser: its rows of links go, and its title's neighbours are mended.
  if (remove_artifacts_) {
    for (const auto& bar : reader.link_bars()) document.metadata.add("removed.web-link-bar", bar);
    if (!reader.link_bars().empty() || reader.links_above_text() >= kLinksOfAPastedPage) {
      for (const auto& [key, value] : mend_pasted_page(source)) document.metadata.add(key, value);
    }
    for (const auto& [key, value] : mend_wechat_article(source, filter_)) document.metadata.add(key, value);
    // A page flattened to one line at its top and pasted so ([ 发布日期 ] … [ 来源 ] … 青石县2024年…报告 2024年，…):
    // the fields, the title and the text are lines of their own, as input.txt and input.html read them.
    split_a_flattened_record(source, filter_);
  }

  add_paragraphs(document, source, remove_artifacts_ ? &filter_ : nullptr, settings_.max_blocks);
  if (document.text.empty()) {
    // Pages scanned and pasted into Word as pictures: say so, and what to do.
    std::size_t images = 0;
    if (package) {
      for (const auto& name : package->names()) images += name.starts_with("word/media/") ? 1 : 0;
    }
    if (images > 0) {
      throw std::runtime_error(
          fmt::format("the document holds no text, only {} image(s): probably scanned pages "
                      "pasted in; give docpipe the scan itself (PDF or images) to OCR it",
                      images));
    }
    throw std::runtime_error("the document holds no text");
  }
}

}  // namespace docpipe::docx
