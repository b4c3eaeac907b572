// Automatic list numbering of a Word binary document ([MS-DOC] 2.9.147 PlfLst with its LSTF and LVL
// entries, 2.9.150 PlfLfo): a paragraph's ilfo names an LFO, whose lsid names a list; each level has a
// start, a number format (MSONFC) and a number text with level placeholders ("%1、" stored as "\0、").
// Rendered like input.docx renders numbering.xml: lower levels restart, tab and space suffixes become a space.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "word_binary.hpp"

namespace docpipe::doc {

class ListNumbering {
 public:
  ListNumbering() = default;
  // Throws std::runtime_error when the structures point outside the table stream.
  ListNumbering(const Bytes& table, const Fib& fib);

  // Advances the counter of (ilfo, ilvl) and renders the label with its suffix; "" for no list or a bullet.
  std::string next_label(int ilfo, int level);

 private:
  struct Level {
    int start = 1;
    std::uint8_t format = 0;  // MSONFC
    std::u16string text;      // number text; code units below 9 are level placeholders
    std::uint8_t follow = 0;  // 0 tab, 1 space, 2 nothing
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };

  std::map<std::int32_t, std::vector<Level>> lists_;  // by lsid
  std::vector<std::int32_t> overrides_;               // LFO index → lsid
  std::map<std::int32_t, Counters> counters_;         // by lsid
};

}  // namespace docpipe::doc
