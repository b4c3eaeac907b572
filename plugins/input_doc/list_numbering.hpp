// Automatic list numbering of a Word binary document ([MS-DOC] 2.9.147 PlfLst with its LSTF and LVL
// entries, 2.9.150 PlfLfo with its LFOData): a paragraph's ilfo names an LFO, whose lsid names a list; each level has a
// start, a number format (MSONFC) and a number text with level placeholders ("%1、" stored as "\0、"). An LFO may
// override a level's start (LFOLVL fStartAt) or redefine the level (fFormatting), as a w:num's lvlOverride does in
// numbering.xml. Rendered like input.docx renders numbering.xml: the numbers are kept per list, whichever LFO a
// paragraph names, an LFO's start overrides restart them where it is first used, lower levels restart (unless the
// level's fNoRestart and ilvlRestartLim say after which levels it runs on), a legal level (fLegal) writes the numbers
// it shows in decimal, tab and space suffixes become a space.
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
    bool legal = false;       // fLegal: every number the text shows is written in decimal (1.1, not 壹.1)
    // fNoRestart: the level restarts only after a level more significant than restart_limit (ilvlRestartLim).
    bool no_restart = false;
    int restart_limit = 0;
  };
  struct Override {
    std::int32_t lsid = 0;
    std::map<int, int> starts;    // level → its start (fStartAt)
    std::map<int, Level> levels;  // level → its redefinition (fFormatting)
    bool applied = false;         // its starts have restarted the list's numbers
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };

  static Level read_level(const Bytes& table, std::uint64_t& at);
  void read_overrides(const Bytes& table, const FcLcb& plf);
  // Whether a paragraph of level `used` restarts the numbers of the deeper `level`.
  static bool restarts(const Level& level, int used);

  std::map<std::int32_t, std::vector<Level>> lists_;  // by lsid
  std::vector<Override> overrides_;                   // by LFO index (ilfo - 1)
  std::map<std::int32_t, Counters> counters_;         // by lsid
};

}  // namespace docpipe::doc
