// The structures of a Word 97–2003 binary document ([MS-DOC]) that lead to its text: the FIB at the start
// of the WordDocument stream, and the piece table (Clx/Pcdt/PlcPcd) in the table stream that maps
// character positions to 8-bit compressed or UTF-16 text. Every offset is checked against its stream.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe::doc {

// Little-endian reads that throw std::runtime_error naming `what` when they leave the bytes.
class Bytes {
 public:
  Bytes(std::string_view bytes, std::string what) : bytes_(bytes), what_(std::move(what)) {}
  std::uint8_t u8(std::uint64_t at) const;
  std::uint16_t u16(std::uint64_t at) const;
  std::uint32_t u32(std::uint64_t at) const;
  std::string_view slice(std::uint64_t at, std::uint64_t length) const;
  std::size_t size() const { return bytes_.size(); }

 private:
  void check(std::uint64_t at, std::uint64_t length) const;
  std::string_view bytes_;
  std::string what_;
};

struct FcLcb {
  std::uint32_t fc = 0, lcb = 0;
};

struct Fib {
  std::uint16_t n_fib = 0;
  bool encrypted = false, obfuscated = false;
  bool table_1 = false;  // fWhichTblStm: the table stream is 1Table, else 0Table
  std::uint32_t ccp_text = 0, ccp_ftn = 0, ccp_hdd = 0, ccp_atn = 0, ccp_edn = 0, ccp_txbx = 0, ccp_hdr_txbx = 0;
  FcLcb clx, chpx_bins, papx_bins, list_formats, list_overrides, styles, fonts;
  // The main text's shape anchors (PlcSpaMom), the drawing (DggInfo: OfficeArtContent) and the text-box story's
  // boxes (PlcftxbxTxt).
  FcLcb shape_anchors, drawing, text_boxes;
  // The first CP of the text-box story: it follows the main text, footnotes, headers, comments and endnotes.
  std::uint32_t text_box_story() const { return ccp_text + ccp_ftn + ccp_hdd + ccp_atn + ccp_edn; }
};

inline constexpr std::uint16_t kWordMagic = 0xA5EC;
inline constexpr std::uint16_t kFirstWord97Fib = 0xC1;

// Throws for a stream that is not a Word document, a Word 6/95 one, or an encrypted one.
Fib read_fib(const Bytes& word_document);

struct Piece {
  std::uint32_t cp_start = 0, cp_end = 0;
  std::uint32_t fc = 0;  // byte offset of the piece's first character in the WordDocument stream
  bool compressed = false;
};

// The pieces of the Clx; throws when it is malformed or a piece lies outside the WordDocument stream.
std::vector<Piece> read_pieces(const Bytes& table, const Fib& fib, std::size_t word_document_size);

// A character of the text with the stream offset that its formatting (CHPX/PAPX) is keyed by.
struct Character {
  char32_t code = 0;
  std::uint32_t fc = 0;
};

// The names of the document's fonts (SttbfFfn), by ftc; empty when it has none. A damaged table keeps the names read
// before the damage: it costs the symbol fonts' characters, not the document.
std::vector<std::string> read_font_names(const Bytes& table, const Fib& fib);

// The characters of [0, cp_end), in CP order.
std::vector<Character> read_characters(const Bytes& word_document, const std::vector<Piece>& pieces,
                                       std::uint32_t cp_end);

}  // namespace docpipe::doc
