// A web page as a flat list of text blocks: what libxml2's HTML parser makes of the page, cut at
// block-level elements and <br>, with what each block's markup says (links, bold, centring, headings,
// table cells) and the block-level elements enclosing it. Scripts, styles and forms carry no text.
#pragma once

#include <libxml/HTMLparser.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docpipe::html {

struct PageBlock {
  std::string text;                    // UTF-8, line breaks already spaces; not yet normalized
  std::size_t characters = 0;          // code points that are not spaces
  std::size_t link_characters = 0;     // of those, inside <a>
  std::size_t bold_characters = 0;     // inside <strong>/<b>
  std::vector<const xmlNode*> owners;  // enclosing block-level elements, outermost first
  int heading_tag = 0;                 // n for a block in <hn>
  int outline_level = 0;               // n of Word's mso-outline-level:n on the block's element (1..9), else 0
  bool centred = false;                // align=center, text-align:center or <center>
  bool after_blank_line = false;       // a line of preformatted text (<pre>) with an empty line before it
  bool after_line_break = false;       // cut from the block before it by a <br>, not by an element's end
  // A cell of a table of figures (all its text one block): the table among them, and the row and column the
  // cell starts at in the table's grid (table_grid.hpp).
  std::optional<int> table, row, column;
  double link_density() const {
    return characters == 0 ? 0.0 : static_cast<double>(link_characters) / static_cast<double>(characters);
  }
};

struct PageLink {
  std::string text;
  std::string href;
};

struct ParsedPage {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> tree{nullptr, &xmlFreeDoc};  // owns the nodes blocks point to
  std::vector<PageBlock> blocks;                                              // in document order
  std::vector<PageLink> links;
  std::vector<std::pair<std::string, std::string>> meta;  // <meta name|http-equiv, content>, names lower-case
  std::string title;                                      // <title>
  std::string publish_time;                               // a WeChat article's <em id="publish_time">
  // Each <time datetime="…"> element's datetime, with the number of blocks before it (where it stands).
  std::vector<std::pair<std::size_t, std::string>> time_elements;
  std::vector<std::string> scripts;  // the text of each inline <script>
  std::vector<std::string> styles;   // the text of each <style>
  bool password_field = false;       // an <input type="password">: a login form
  // What the page shows that is no text of its own, each as its source is written: the documents it embeds
  // (<iframe>, <embed>, <object>), its <frame>s, its <img>s.
  std::vector<std::string> embedded, frames, images;
  std::vector<std::string> footnote_marks;  // the <sup> marks dropped from the text (1, [2], ①)
};

// Parses a page already converted to UTF-8. Throws when libxml2 makes nothing of it.
ParsedPage parse_page(const std::string& utf8);

// The lower-case value of an element's attribute, or "".
std::string attribute(const xmlNode* element, const char* name);

// The lower-case name of an element, or "" for any other node.
std::string element_name(const xmlNode* node);

// The code points of a text that are not spaces (nor ideographic or no-break spaces).
std::size_t visible_code_points(std::string_view utf8);

}  // namespace docpipe::html
