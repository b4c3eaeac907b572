// Paragraph styles (styles.xml), read along their basedOn chain: the numbering a style carries, and the
// heading level its name ("heading 2", "标题 2") or outline level gives.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include <libxml/tree.h>

namespace docpipe::docx {

// The tab stops of paragraph properties (w:tabs) at their positions: true for one with a leader (dots, a rule), false
// for one without or one cleared (w:val="clear").
std::map<int, bool> tab_stops_in(const xmlNode* paragraph_properties);

// w:b in run properties: true or false when it is there, nothing when it is not.
std::optional<bool> bold_in(const xmlNode* run_properties);
// A toggle property (w:b, w:vanish) in run properties: true or false when it is there, nothing when it is not.
std::optional<bool> toggle_in(const xmlNode* run_properties, const char* name);

class Styles {
 public:
  Styles() = default;
  explicit Styles(const xmlNode* styles_root);

  std::optional<int> heading_level(const std::string& style_id) const;
  std::optional<std::pair<int, int>> numbering(const std::string& style_id) const;  // numId, ilvl
  std::string name(const std::string& style_id) const;
  // Whether a paragraph style is one of a table of contents' (toc 1 … toc 9, 目录 1, TOC Heading).
  bool is_contents(const std::string& style_id) const;
  // Whether a character style hides its text (w:vanish).
  bool hides(const std::string& character_style_id) const {
    return hidden_character_styles_.contains(character_style_id);
  }
  // Whether a character style sets its text in superscript (w:vertAlign: a footnote reference's style).
  bool raises(const std::string& character_style_id) const {
    return superscript_character_styles_.contains(character_style_id);
  }
  const std::string& default_paragraph_style() const { return default_paragraph_; }
  // Whether a paragraph style (along its basedOn chain) or a character style sets its text bold (w:b).
  bool bold_paragraph(const std::string& style_id) const;
  // Whether a paragraph style (along its basedOn chain) hides its text (w:vanish): a reviser's notes kept in the file.
  bool hidden_paragraph(const std::string& style_id) const;
  // The positions of the tab stops with a leader (dots, a rule) a paragraph style sets, along its basedOn chain: a
  // style may clear a stop its base sets (w:tab w:val="clear").
  std::set<int> leader_tab_stops(const std::string& style_id) const;
  // Whether a character style is Word's for a content control's placeholder (placeholder_styles.hpp).
  bool marks_placeholder(const std::string& character_style_id) const {
    return placeholder_character_styles_.contains(character_style_id);
  }
  bool bold_characters(const std::string& character_style_id) const {
    return bold_character_styles_.contains(character_style_id);
  }

  // What a paragraph of the style takes from it, as the calls above answer: looked up along the basedOn chain once a
  // style and document, not five times a paragraph (a report's thousands of paragraphs use a handful of styles).
  struct ParagraphStyle {
    std::string name;
    std::optional<int> heading_level;
    std::optional<std::pair<int, int>> numbering;  // numId, ilvl
    bool bold = false;
    bool hidden = false;
    bool contents = false;
  };
  const ParagraphStyle& paragraph_style(const std::string& style_id) const;

 private:
  struct Style {
    std::string name;
    std::string based_on;
    std::optional<int> outline_level;  // 0-based, as written
    std::optional<int> num_id;
    std::optional<int> ilvl;
    std::optional<bool> bold;       // w:b in the style's run properties, when it says
    std::optional<bool> hidden;     // w:vanish likewise
    std::map<int, bool> tab_stops;  // position → whether it has a leader; cleared stops as false
  };
  const Style* find(const std::string& id) const;

  std::map<std::string, Style> styles_;
  std::set<std::string> hidden_character_styles_;
  std::set<std::string> bold_character_styles_;
  std::set<std::string> superscript_character_styles_;
  std::set<std::string> placeholder_character_styles_;
  std::string default_paragraph_;
  mutable std::unordered_map<std::string, ParagraphStyle> paragraph_styles_;  // filled as paragraphs ask
};

}  // namespace docpipe::docx
