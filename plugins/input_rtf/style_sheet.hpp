// The paragraph styles of an RTF `\stylesheet`: each style's name and outline level, so that a paragraph of style
// `\s2` is a heading of level 2 when its style says `\outlinelevel1` or is named `heading 2` / `标题 2`.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace docpipe::rtf {

struct Style {
  std::string name;
  std::optional<int> outline_level;  // 0-based, as `\outlinelevelN` writes it
};

// The stylesheet entry being read. At namespace scope: clang cannot construct a nested class with default member
// initializers (std::optional::emplace) inside the enclosing class's definition.
struct StyleEntry {
  std::optional<int> number;
  Style style;
  bool name_ended = false;
  bool paragraph_style = true;  // false for `\csN`, `\dsN`, `\tsN`
};

class StyleSheet {
 public:
  // One entry of the stylesheet group is read at a time: begun by its `{`, given its words and name, ended by `}`.
  void begin_entry();
  void paragraph_style(int number);  // `\sN`; a character, section or table style (`\csN`…) is not recorded
  void other_style();
  void outline_level(int level);
  void name_text(std::string_view utf8);  // up to the `;` that ends the name
  void end_entry();

  // The heading level (1-based) of paragraphs of style `number`, if it is a heading style.
  std::optional<int> heading_level(int number) const;
  std::string name(int number) const;

 private:
  std::optional<StyleEntry> entry_;
  std::map<int, Style> styles_;
};

// An outline level as RTF writes it (0 = level 1, 9 = body text) as a heading level, if it is one.
std::optional<int> heading_level_of_outline(int outline_level);

}  // namespace docpipe::rtf
