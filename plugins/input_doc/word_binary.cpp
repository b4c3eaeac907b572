#include "word_binary.hpp"

#include <algorithm>
#include <stdexcept>

#include "docpipe/text.hpp"

namespace docpipe::doc {

namespace {

// FibRgFcLcb97 entries ([MS-DOC] 2.5.6), as indexes of (fc, lcb) pairs.
constexpr std::size_t kStshf = 1, kSttbfFfn = 15, kPlcfBteChpx = 12, kPlcfBtePapx = 13, kClx = 33, kPlcSpaMom = 40,
                      kDggInfo = 50, kPlcftxbxTxt = 56, kPlfLst = 73, kPlfLfo = 74;

// Compressed (8-bit) text is Windows-1252, except that bytes 0x80–0x9F map as [MS-DOC] 2.4.1 lists.
char32_t from_compressed(std::uint8_t byte) {
  static constexpr char32_t kHigh[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                         0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return byte >= 0x80 && byte <= 0x9F ? kHigh[byte - 0x80] : static_cast<char32_t>(byte);
}

}  // namespace

void Bytes::check(std::uint64_t at, std::uint64_t length) const {
  if (at > bytes_.size() || length > bytes_.size() - at) {
    throw std::runtime_error("damaged Word document: " + what_ + " points past the end of its stream (offset " +
                             std::to_string(at) + ", stream of " + std::to_string(bytes_.size()) + " bytes)");
  }
}

std::uint8_t Bytes::u8(std::uint64_t at) const {
  check(at, 1);
  return static_cast<std::uint8_t>(bytes_[at]);
}

std::uint16_t Bytes::u16(std::uint64_t at) const {
  check(at, 2);
  return static_cast<std::uint16_t>(u8(at) | (u8(at + 1) << 8));
}

std::uint32_t Bytes::u32(std::uint64_t at) const {
  check(at, 4);
  return static_cast<std::uint32_t>(u16(at)) | (static_cast<std::uint32_t>(u16(at + 2)) << 16);
}

std::string_view Bytes::slice(std::uint64_t at, std::uint64_t length) const {
  check(at, length);
  return bytes_.substr(at, length);
}

Fib read_fib(const Bytes& stream) {
  if (stream.size() < 0x20 || stream.u16(0) != kWordMagic) {
    throw std::runtime_error("not a Word document: the WordDocument stream has no FIB");
  }
  Fib fib;
  fib.n_fib = stream.u16(2);
  const std::uint16_t flags = stream.u16(0x0A);
  fib.encrypted = (flags & 0x0100) != 0;
  fib.table_1 = (flags & 0x0200) != 0;
  fib.obfuscated = (flags & 0x8000) != 0;
  if (fib.n_fib < kFirstWord97Fib) {
    throw std::runtime_error("a Word 6.0/95 document (nFib " + std::to_string(fib.n_fib) +
                             ") is not supported; save it as .docx or Word 97–2003 .doc");
  }
  if (fib.encrypted) {
    throw std::runtime_error(fib.obfuscated
                                 ? "the Word document is obfuscated (XOR-protected); save it without a password"
                                 : "the Word document is encrypted (password-protected); save it without a password");
  }
  // FibRgW97 and FibRgLw97 have their sizes in front of them (csw, cslw), so later versions that grow them read alike.
  const std::uint64_t csw = stream.u16(0x20);
  const std::uint64_t lw = 0x22 + csw * 2 + 2;
  const std::uint64_t cslw = stream.u16(lw - 2);
  if (cslw < 22) throw std::runtime_error("damaged Word document: the FIB is too short");
  fib.ccp_text = stream.u32(lw + 12);
  fib.ccp_ftn = stream.u32(lw + 16);
  fib.ccp_hdd = stream.u32(lw + 20);
  fib.ccp_atn = stream.u32(lw + 28);
  fib.ccp_edn = stream.u32(lw + 32);
  fib.ccp_txbx = stream.u32(lw + 36);
  fib.ccp_hdr_txbx = stream.u32(lw + 40);
  const std::uint64_t rg = lw + cslw * 4;
  const std::uint64_t pairs = stream.u16(rg);
  const auto pair = [&](std::size_t index) {
    return index < pairs ? FcLcb{stream.u32(rg + 2 + index * 8), stream.u32(rg + 6 + index * 8)} : FcLcb{};
  };
  fib.clx = pair(kClx);
  fib.chpx_bins = pair(kPlcfBteChpx);
  fib.papx_bins = pair(kPlcfBtePapx);
  fib.list_formats = pair(kPlfLst);
  fib.list_overrides = pair(kPlfLfo);
  fib.styles = pair(kStshf);
  fib.fonts = pair(kSttbfFfn);
  fib.shape_anchors = pair(kPlcSpaMom);
  fib.drawing = pair(kDggInfo);
  fib.text_boxes = pair(kPlcftxbxTxt);
  if (fib.clx.lcb == 0) throw std::runtime_error("damaged Word document: the FIB has no piece table (Clx)");
  return fib;
}

// SttbfFfn: cData and cbExtra (0), then per font cchData and an FFN of that many bytes, whose name (xszFfn, UTF-16,
// ended by a 0) follows 39 bytes of metrics.
std::vector<std::string> read_font_names(const Bytes& table, const Fib& fib) {
  constexpr std::uint64_t kNameAt = 39;
  std::vector<std::string> names;
  if (fib.fonts.lcb < 4) return names;
  try {
    const Bytes fonts(table.slice(fib.fonts.fc, fib.fonts.lcb), "the font table (SttbfFfn)");
    const std::uint16_t count = fonts.u16(0);
    std::uint64_t at = 4;
    for (std::uint16_t i = 0; i < count && at < fonts.size(); ++i) {
      const std::uint64_t size = fonts.u8(at);
      std::string name;
      for (std::uint64_t k = kNameAt; k + 1 < size; k += 2) {
        const std::uint16_t unit = fonts.u16(at + 1 + k);
        if (unit == 0) break;
        append_utf8(name, unit);
      }
      names.push_back(std::move(name));
      at += 1 + size;
    }
  } catch (const std::runtime_error&) {
  }
  return names;
}

std::vector<Piece> read_pieces(const Bytes& table, const Fib& fib, std::size_t word_document_size) {
  const Bytes clx(table.slice(fib.clx.fc, fib.clx.lcb), "the piece table (Clx)");
  std::uint64_t at = 0;
  // Prc entries (clxt 1) come first: property modifiers of pieces, skipped here.
  while (at < clx.size() && clx.u8(at) == 0x01) at += 3 + clx.u16(at + 1);
  if (at >= clx.size() || clx.u8(at) != 0x02) throw std::runtime_error("damaged Word document: the Clx has no Pcdt");
  const std::uint32_t lcb = clx.u32(at + 1);
  const Bytes plc(clx.slice(at + 5, lcb), "the piece table (PlcPcd)");
  if (lcb < 4 || (lcb - 4) % 12 != 0) throw std::runtime_error("damaged Word document: the PlcPcd has a wrong size");
  const std::size_t count = (lcb - 4) / 12;
  std::vector<Piece> pieces;
  pieces.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Piece piece;
    piece.cp_start = plc.u32(i * 4);
    piece.cp_end = plc.u32((i + 1) * 4);
    const std::uint32_t fc = plc.u32((count + 1) * 4 + i * 8 + 2);
    piece.compressed = (fc & 0x40000000u) != 0;
    piece.fc = piece.compressed ? (fc & 0x3FFFFFFFu) / 2 : (fc & 0x3FFFFFFFu);
    if (piece.cp_end < piece.cp_start)
      throw std::runtime_error("damaged Word document: the piece table is not in order");
    const std::uint64_t bytes = static_cast<std::uint64_t>(piece.cp_end - piece.cp_start) * (piece.compressed ? 1 : 2);
    if (piece.fc > word_document_size || bytes > word_document_size - piece.fc) {
      throw std::runtime_error("damaged Word document: a piece of text lies past the end of the WordDocument stream");
    }
    pieces.push_back(piece);
  }
  return pieces;
}

std::vector<Character> read_characters(const Bytes& stream, const std::vector<Piece>& pieces, std::uint32_t cp_end) {
  std::vector<Character> characters;
  characters.reserve(std::min<std::size_t>(cp_end, stream.size()));
  std::uint32_t cp = 0;
  for (const auto& piece : pieces) {
    if (piece.cp_start != cp || cp >= cp_end) break;  // pieces are contiguous from CP 0
    const std::uint32_t end = std::min(piece.cp_end, cp_end);
    for (std::uint32_t k = 0; k < end - piece.cp_start; ++k) {
      if (piece.compressed) {
        characters.push_back({from_compressed(stream.u8(piece.fc + k)), piece.fc + k});
        continue;
      }
      const std::uint32_t fc = piece.fc + 2 * k;
      char32_t unit = stream.u16(fc);
      // A surrogate pair spans two CPs; the second becomes part of the first.
      if (unit >= 0xD800 && unit <= 0xDBFF && k + 1 < end - piece.cp_start) {
        const char32_t low = stream.u16(fc + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          characters.push_back({0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), fc});
          characters.push_back({0, fc + 2});  // a placeholder (dropped when the text is assembled) keeps CPs aligned
          ++k;
          continue;
        }
      }
      characters.push_back({unit, fc});
    }
    cp = end;
  }
  if (cp < cp_end) throw std::runtime_error("damaged Word document: the piece table does not cover the main text");
  return characters;
}

}  // namespace docpipe::doc
