#include "ofd_package.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

#include "glyph_positions.hpp"

namespace docpipe::ofd {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::pair<std::string, std::string>> document_info(const xmlNode* info) {
  static constexpr std::pair<const char*, const char*> kFields[] = {
      {"Title", "ofd.title"},       {"Author", "ofd.author"},        {"Subject", "ofd.subject"},
      {"Abstract", "ofd.abstract"}, {"CreationDate", "ofd.created"}, {"ModDate", "ofd.modified"},
      {"Creator", "ofd.creator"},   {"DocID", "ofd.doc_id"}};
  std::vector<std::pair<std::string, std::string>> values;
  for (const auto& [element, key] : kFields) {
    if (const auto value = trimmed(text_content(child_element(info, element))); !value.empty())
      values.emplace_back(key, value);
  }
  for (const xmlNode* datum : child_elements(child_element(info, "CustomDatas"), "CustomData")) {
    const auto name = attribute(datum, "Name");
    if (!name.empty()) values.emplace_back("ofd.custom." + name, trimmed(text_content(datum)));
  }
  return values;
}

// The width (side 2) or height (side 3) of an Area's or PageArea's PhysicalBox ("x y width height").
double box_side(const xmlNode* area, std::size_t side, double fallback) {
  const auto box = parse_numbers(text_content(child_element(area, "PhysicalBox")));
  return box && box->size() == 4 && (*box)[side] > 0 ? (*box)[side] : fallback;
}

}  // namespace

std::string resolve_path(const std::string& base_part, const std::string& location) {
  std::string path = trimmed(location);
  std::replace(path.begin(), path.end(), '\\', '/');
  std::string joined =
      !path.empty() && path.front() == '/'
          ? path.substr(1)
          : base_part.substr(0, base_part.rfind('/') == std::string::npos ? 0 : base_part.rfind('/') + 1) + path;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const auto end = std::min(joined.find('/', start), joined.size());
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string resolved;
  for (const auto& segment : segments) resolved += (resolved.empty() ? "" : "/") + segment;
  return resolved;
}

OfdPackage::OfdPackage(std::string_view bytes, ZipLimits limits) : zip_(bytes, limits, "OFD package") {
  // GM/T 0099 encryption lists its encrypted parts in an Encryptions entry next to OFD.xml.
  for (const auto& name : zip_.names()) {
    if (lower(name).find("encryption") != std::string::npos)
      throw std::runtime_error("the OFD package is encrypted (" + name + "); export it without encryption");
  }
  const XmlDocument main = part("OFD.xml", "the package");
  const xmlNode* root = xmlDocGetRootElement(main.get());
  if (!is_element(root, "OFD")) throw std::runtime_error("not an OFD package: OFD.xml has no ofd:OFD root");
  for (const xmlNode* body : child_elements(root, "DocBody")) {
    DocumentEntry entry;
    const auto root_location = trimmed(text_content(child_element(body, "DocRoot")));
    if (!root_location.empty()) entry.root = resolve_path("OFD.xml", root_location);
    const auto signatures = trimmed(text_content(child_element(body, "Signatures")));
    if (!signatures.empty()) entry.signatures = resolve_path("OFD.xml", signatures);
    entry.info = document_info(child_element(body, "DocInfo"));
    documents_.push_back(std::move(entry));
  }
  if (documents_.empty()) throw std::runtime_error("not an OFD document: OFD.xml has no DocBody");
  if (documents_.front().root.empty()) {
    throw std::runtime_error(documents_.front().signatures.empty()
                                 ? "not an OFD document: the DocBody has no DocRoot"
                                 : "the OFD package holds only signatures, no document (DocBody without DocRoot)");
  }
}

std::string OfdPackage::bytes(const std::string& name, const std::string& referred_by) const {
  auto bytes = zip_.read(name);
  if (!bytes) throw std::runtime_error("broken OFD package: " + name + ", named by " + referred_by + ", is missing");
  if (bytes->find_first_not_of(" \t\r\n") == std::string::npos) {
    throw std::runtime_error("broken OFD package: " + name + ", named by " + referred_by + ", is empty (" +
                             std::to_string(bytes->size()) + " bytes)");
  }
  return std::move(*bytes);
}

XmlDocument OfdPackage::part(const std::string& name, const std::string& referred_by) const {
  return parse_safe_xml(bytes(name, referred_by), name);
}

void OfdPackage::add_images(const xmlNode* res_root, const std::string& res_part,
                            std::map<std::string, MediaFile>& images) {
  // MediaFile paths are relative to the Res's BaseLoc folder ("Res"), itself relative to the resource file; some
  // writers put the folder in the MediaFile path as well, which is then found beside the resource file. Nothing is
  // read here: a born-digital page never needs its images.
  const auto base = trimmed(attribute(res_root, "BaseLoc"));
  const std::string folder = base.empty() ? res_part : resolve_path(res_part, base) + "/";
  for (const xmlNode* media : child_elements(child_element(res_root, "MultiMedias"), "MultiMedia")) {
    const auto type = lower(attribute(media, "Type"));
    const auto file = trimmed(text_content(child_element(media, "MediaFile")));
    if ((!type.empty() && type != "image") || file.empty()) continue;
    images[attribute(media, "ID")] = {resolve_path(folder, file), resolve_path(res_part, file),
                                      trimmed(attribute(media, "Format"))};
  }
}

DocumentLayout OfdPackage::layout(const DocumentEntry& document) const {
  DocumentLayout result;
  const XmlDocument parsed = part(document.root, "OFD.xml");
  const xmlNode* root = xmlDocGetRootElement(parsed.get());
  if (!is_element(root, "Document"))
    throw std::runtime_error("broken OFD package: " + document.root + " is not an ofd:Document");
  const xmlNode* common = child_element(root, "CommonData");
  result.page_width = box_side(child_element(common, "PageArea"), 2, result.page_width);
  result.page_height = box_side(child_element(common, "PageArea"), 3, result.page_height);

  for (const xmlNode* page_template : child_elements(common, "TemplatePage")) {
    result.templates[attribute(page_template, "ID")] = {
        resolve_path(document.root, attribute(page_template, "BaseLoc")),
        attribute(page_template, "ZOrder") != "Foreground"};
  }
  for (const char* resources : {"PublicRes", "DocumentRes"}) {
    for (const xmlNode* location : child_elements(common, resources)) {
      const auto name = resolve_path(document.root, text_content(location));
      if (!zip_.read(name)) continue;  // resources hold fonts and images; text reads without them
      const XmlDocument res = part(name, document.root);
      const xmlNode* res_root = xmlDocGetRootElement(res.get());
      for (const xmlNode* font : child_elements(child_element(res_root, "Fonts"), "Font")) {
        if (const auto font_name = attribute(font, "FontName"); !font_name.empty()) result.fonts.push_back(font_name);
      }
      add_images(res_root, name, result.images);
    }
  }
  for (const xmlNode* page : child_elements(child_element(root, "Pages"), "Page")) {
    const auto location = attribute(page, "BaseLoc");
    if (location.empty())
      throw std::runtime_error("broken OFD package: a page of " + document.root + " has no BaseLoc");
    result.pages.push_back(resolve_path(document.root, location));
  }
  if (result.pages.empty()) throw std::runtime_error("the OFD document " + document.root + " has no pages");

  if (const auto annotations = trimmed(text_content(child_element(root, "Annotations"))); !annotations.empty()) {
    const auto list_part = resolve_path(document.root, annotations);
    if (zip_.read(list_part)) {
      const XmlDocument list = part(list_part, document.root);
      for (const xmlNode* page : child_elements(xmlDocGetRootElement(list.get()), "Page")) {
        const auto file = trimmed(text_content(child_element(page, "FileLoc")));
        if (!file.empty()) result.annotation_parts.push_back(resolve_path(list_part, file));
      }
    }
  }
  return result;
}

std::vector<std::string> OfdPackage::templates_of(const xmlNode* page_root, const DocumentLayout& layout,
                                                  const std::string& page_part) {
  std::vector<std::string> background, foreground;
  for (const xmlNode* use : child_elements(page_root, "Template")) {
    const auto id = attribute(use, "TemplateID");
    const auto found = layout.templates.find(id);
    if (found == layout.templates.end())
      throw std::runtime_error("broken OFD package: " + page_part + " uses template " + id + ", which is not defined");
    const auto z_order = attribute(use, "ZOrder");
    const bool under = z_order.empty() ? found->second.background : z_order != "Foreground";
    (under ? background : foreground).push_back(found->second.content);
  }
  background.insert(background.end(), foreground.begin(), foreground.end());
  return background;
}

double OfdPackage::width_of(const xmlNode* page_root, const DocumentLayout& layout) {
  return box_side(child_element(page_root, "Area"), 2, layout.page_width);
}

double OfdPackage::height_of(const xmlNode* page_root, const DocumentLayout& layout) {
  return box_side(child_element(page_root, "Area"), 3, layout.page_height);
}

}  // namespace docpipe::ofd
