// The paragraph styles of a Word binary document ([MS-DOC] 2.9.271 STSH, its STDs), as far as sections need
// them: the heading level a style gives, from its built-in identity (sti 1–9 are Heading 1–9), its name
// ("heading 2", "标题 2") or its outline level (sprmPOutLvl), followed through istdBase as input.docx follows
// basedOn.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "properties.hpp"
#include "word_binary.hpp"

namespace docpipe::doc {

class StyleSheet {
 public:
  StyleSheet() = default;
  // A damaged stylesheet keeps the styles read before the damage: it costs heading hints, not the document.
  StyleSheet(const Bytes& table, const Fib& fib);

  // 1–9 for a heading style, nullopt for any other style or an unknown istd.
  std::optional<int> heading_level(int istd) const;
  // A table of contents' style: the built-in toc 1–9 (sti 19–27), or one named so (contents_lines.hpp: 目录 1,
  // WPSOffice手动目录 1, TOC Heading).
  bool is_contents(int istd) const;
  // Whether a style hides its text (sprmCFVanish in its UpxChpx, followed through istdBase): a reviser's 内部批注
  // character or paragraph style. nullopt when no style along the chain says.
  std::optional<bool> hides_text(int istd) const;
  // The list (ilfo) and level (ilvl) a paragraph style numbers its paragraphs in (sprmPIlfo, sprmPIlvl in its
  // UpxPapx, followed through istdBase: a level set nearer the style wins, wherever the list is set); nullopt when
  // none along the chain sets a list.
  std::optional<std::pair<int, int>> list_of(int istd) const;
  // The level (sprmPIlvl) a paragraph style sets, nearest along its istdBase chain.
  std::optional<int> level_of(int istd) const;
  // Gives each paragraph that sets no list of its own its style's, and its style's level unless it sets one, also
  // to a paragraph that sets its list but not its level.
  void number_by_style(std::vector<ParagraphRun>& paragraphs) const;
  // Whether a character style is Word's for a content control's placeholder (placeholder_styles.hpp): the text a
  // control showed before anything was entered, kept in the style when the control became plain text.
  bool marks_placeholder(int istd) const;

 private:
  struct Style {
    int sti = 0;                       // built-in identity
    int base = 0;                      // istdBase
    bool paragraph = false;            // stk 1
    std::string name;                  // UTF-8
    std::optional<int> outline_level;  // 0-based, as written
    std::optional<int> list, level;    // sprmPIlfo, sprmPIlvl
    std::optional<bool> hidden;        // sprmCFVanish in its character properties
  };
  const Style* find(int istd) const;
  void read(const Bytes& sheet);

  std::vector<std::optional<Style>> styles_;  // by istd; empty slots are nullopt
};

}  // namespace docpipe::doc
