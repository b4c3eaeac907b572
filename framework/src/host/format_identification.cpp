#include "format_identification.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace docpipe::host {

namespace {

bool starts_with(std::string_view head, std::string_view magic) { return head.substr(0, magic.size()) == magic; }

bool contains(std::string_view head, std::string_view needle) { return head.find(needle) != std::string_view::npos; }

// Stream names in an OLE directory are UTF-16LE.
bool contains_utf16(std::string_view head, std::string_view ascii) {
  std::string wide;
  for (const char c : ascii) wide += c, wide += '\0';
  return contains(head, wide);
}

std::string describe_zip(std::string_view head) {
  if (contains(head, "OFD.xml") || contains(head, "Doc_0/")) return "OFD document (GB/T 33190)";
  if (contains(head, "[Content_Types].xml")) {
    if (contains(head, "xl/")) return "Excel workbook (.xlsx)";
    if (contains(head, "ppt/")) return "PowerPoint presentation (.pptx)";
    return {};  // an Office package whose parts lie beyond the sniffed bytes: input.docx decides
  }
  if (contains(head, "mimetype") && contains(head, "opendocument")) return "OpenDocument file (.odt/.ods)";
  return "ZIP archive";
}

std::string describe_ole(std::string_view head) {
  if (contains_utf16(head, "EncryptedPackage")) return "password-protected Office document (OLE compound file)";
  if (contains_utf16(head, "WordDocument")) return "legacy Word document (.doc, Word 97-2003)";
  if (contains_utf16(head, "Workbook") || contains_utf16(head, "Book")) return "legacy Excel workbook (.xls)";
  if (contains_utf16(head, "PowerPoint Document")) return "legacy PowerPoint presentation (.ppt)";
  return "legacy Office document (OLE compound file: .doc, .wps, .xls or .ppt)";
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains_ignoring_case(std::string_view head, std::string_view needle) {
  return std::search(head.begin(), head.end(), needle.begin(), needle.end(),
                     [](char a, char b) { return lower(a) == lower(b); }) != head.end();
}

// A web archive (MHTML: Word's 单个文件网页 and browsers' "save as a single file", which portals serve under
// a .doc or .mht name): a mail message's headers, a MIME version and a multipart/related body, before the
// first blank line.
bool is_web_archive(std::string_view head) {
  const auto colon = head.find(':');
  const auto first_break = head.find('\n');
  if (colon == std::string_view::npos || colon == 0 || colon > first_break) return false;
  if (!std::all_of(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(colon),
                   [](char c) { return (lower(c) >= 'a' && lower(c) <= 'z') || c == '-'; })) {
    return false;
  }
  auto headers_end = head.find("\n\n");
  if (const auto crlf = head.find("\r\n\r\n"); crlf < headers_end) headers_end = crlf;
  const std::string_view headers = head.substr(0, headers_end);
  return contains_ignoring_case(headers, "MIME-Version:") && contains_ignoring_case(headers, "multipart/related");
}

}  // namespace

IdentifiedFormat identify_unsupported_format(std::string_view head) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kMagic = {{
      {"{\\rtf", "RTF document"},
      {"\x89PNG\r\n\x1A\n", "PNG image"},
      {"\xFF\xD8\xFF", "JPEG image"},
      {"GIF87a", "GIF image"},
      {"GIF89a", "GIF image"},
      {std::string_view("II*\0", 4), "TIFF image"},
      {std::string_view("MM\0*", 4), "TIFF image"},
      {"Rar!\x1A\x07", "RAR archive"},
      {"7z\xBC\xAF\x27\x1C", "7z archive"},
      {"\x1F\x8B", "gzip archive"},
      {std::string_view("\xFD"
                        "7zXZ\0",
                        6),
       "xz archive"},
      {"BZh", "bzip2 archive"},
  }};
  for (const auto& [magic, description] : kMagic) {
    if (starts_with(head, magic)) return {std::string(description), false, {}};
  }
  if (starts_with(head, "RIFF") && head.substr(8, 4) == "WEBP") return {"WebP image", false, {}};
  if (starts_with(head, "BM") && head.size() > 18 && (head[14] == 40 || head[14] == 108 || head[14] == 124) &&
      head[15] == 0) {
    return {"BMP image", false, {}};
  }
  if (starts_with(head, "PK\x03\x04")) {
    // A bare ZIP archive named .docx or .ofd is a damaged package of that format more often than not: the
    // plugin claiming the extension says what is missing.
    std::string description = describe_zip(head);
    const bool bare = description == "ZIP archive";
    return {std::move(description), bare,
            bare ? std::vector<std::string>{".docx", ".ofd"} : std::vector<std::string>{}};
  }
  if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return {describe_ole(head), true, {}};
  if (is_web_archive(head)) return {"MHTML web archive (a single-file web page; save it as HTML or DOCX)", false, {}};
  return {};
}

}  // namespace docpipe::host
