// The structure of an OFD package (GB/T 33190 §7): OFD.xml's DocBody entries (DocInfo, DocRoot,
// Signatures), the first document's Document.xml (pages in order, templates with their z-order, fonts of
// PublicRes/DocumentRes, annotations), and the paths between them resolved inside the zip.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "docpipe/safe_xml.hpp"
#include "docpipe/zip_package.hpp"

namespace docpipe::ofd {

// A path of the package resolved against the directory of the part that names it ("Pages/Page_0/
// Content.xml" in "Doc_0/Document.xml"); a leading '/' is the package root; "." and ".." are folded.
std::string resolve_path(const std::string& base_part, const std::string& location);

struct DocumentEntry {
  std::string root;                                       // DocRoot, resolved
  std::string signatures;                                 // Signatures, resolved, or ""
  std::vector<std::pair<std::string, std::string>> info;  // DocInfo: ofd.title, ofd.author …
};

struct PageTemplate {
  std::string content;     // the template's Content.xml, resolved
  bool background = true;  // ZOrder Background (under the page) unless Foreground
};

// A MultiMedia of Type Image in PublicRes/DocumentRes: its MediaFile resolved against the resource file's BaseLoc
// (`path`) and, for writers that repeat the folder in MediaFile, against the resource file itself (`beside_res`),
// and its Format ("PNG", "JPEG", "JB2"; "" when not stated).
struct MediaFile {
  std::string path;
  std::string beside_res;
  std::string format;
};

struct DocumentLayout {
  double page_width = 210;                        // mm, from CommonData PageArea
  double page_height = 297;                       // mm, from CommonData PageArea
  std::vector<std::string> pages;                 // each page's Content.xml, resolved, in order
  std::map<std::string, PageTemplate> templates;  // by ID
  std::vector<std::string> fonts;                 // FontName of PublicRes/DocumentRes fonts
  std::vector<std::string> annotation_parts;      // page annotation parts, in page order
  std::map<std::string, MediaFile> images;        // image resources by ID
};

class OfdPackage {
 public:
  // Throws std::runtime_error for an unreadable zip, an encrypted package or a missing OFD.xml.
  OfdPackage(std::string_view bytes, ZipLimits limits);

  const std::vector<DocumentEntry>& documents() const { return documents_; }

  // The bytes of a part; throws naming the part and who refers to it when it is missing or empty (a writer that
  // failed leaves a 0-byte part, which an XML parser can only call malformed).
  std::string bytes(const std::string& name, const std::string& referred_by) const;
  // The parsed part; throws as bytes() does.
  XmlDocument part(const std::string& name, const std::string& referred_by) const;
  std::optional<std::string> read(const std::string& name) const { return zip_.read(name); }

  // Pages, templates, fonts and annotations of one document.
  DocumentLayout layout(const DocumentEntry& document) const;

  // The template parts a page uses, in paint order (background ones first); throws on an unknown ID.
  static std::vector<std::string> templates_of(const xmlNode* page_root, const DocumentLayout& layout,
                                               const std::string& page_part);
  // The width and the height in mm of a page's own Area, else the document's.
  static double width_of(const xmlNode* page_root, const DocumentLayout& layout);
  static double height_of(const xmlNode* page_root, const DocumentLayout& layout);

 private:
  // The image resources (MultiMedia of Type Image) of a PublicRes/DocumentRes part into `images`.
  static void add_images(const xmlNode* res_root, const std::string& res_part,
                         std::map<std::string, MediaFile>& images);

  ZipPackage zip_;
  std::vector<DocumentEntry> documents_;
};

}  // namespace docpipe::ofd
