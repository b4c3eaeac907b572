// Paragraph styles (styles.xml), read along their basedOn chain: the numbering a style carries, and the
// heading level its name ("heading 2", "标题 2") or outline level gives.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include <libxml/tree.h>

namespace docpipe::docx {

class Styles {
 public:
  Styles() = default;
  explicit Styles(const xmlNode* styles_root);

  std::optional<int> heading_level(const std::string& style_id) const;
  std::optional<std::pair<int, int>> numbering(const std::string& style_id) const;  // numId, ilvl
  std::string name(const std::string& style_id) const;
  // Whether a character style hides its text (w:vanish).
  bool hides(const std::string& character_style_id) const {
    return hidden_character_styles_.contains(character_style_id);
  }
  const std::string& default_paragraph_style() const { return default_paragraph_; }

 private:
  struct Style {
    std::string name;
    std::string based_on;
    std::optional<int> outline_level;  // 0-based, as written
    std::optional<int> num_id;
    std::optional<int> ilvl;
  };
  const Style* find(const std::string& id) const;

  std::map<std::string, Style> styles_;
  std::set<std::string> hidden_character_styles_;
  std::string default_paragraph_;
};

}  // namespace docpipe::docx
