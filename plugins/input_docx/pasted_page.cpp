#include "pasted_page.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "docpipe/dates.hpp"
#include "docpipe/portal_copy.hpp"
#include "docpipe/safe_xml.hpp"
#include "docpipe/text.hpp"

namespace docpipe::docx {

namespace {

struct LinkCount {
  std::size_t linked = 0;
  std::size_t unlinked = 0;
};

void count_link_text(const xmlNode* node, bool in_link, LinkCount& count) {
  for (const xmlNode* child = node ? node->children : nullptr; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || is_element(child, "del") || is_element(child, "instrText")) continue;
    if (is_element(child, "t")) {
      for (const char32_t c : decode_utf8(text_content(child))) {
        if (c == U' ' || c == U'\u3000' || c == U'\u00a0') continue;
        ++(in_link ? count.linked : count.unlinked);
      }
      continue;
    }
    const bool link =
        is_element(child, "hyperlink") ||
        (is_element(child, "fldSimple") && attribute(child, "instr").find("HYPERLINK") != std::string::npos);
    count_link_text(child, in_link || link, count);
  }
}

bool holds_sentence(std::string_view text) { return text.find("。") != std::string_view::npos; }

std::string_view trimmed_view(std::string_view text) {
  constexpr std::string_view kSpaces = " \t";
  const std::size_t first = text.find_first_not_of(kSpaces);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpaces) - first + 1);
}

// The actions under a WeChat article a paragraph each (分享 / 点赞 / 在看): how many from `i` on, if two or more, or 0.
std::size_t wechat_actions_at(const std::vector<SourceParagraph>& paragraphs, std::size_t i) {
  std::size_t k = i;
  // A table's cells keep their hints: a column of one-word cells (推荐 / 推荐) is the table's, no action bar.
  while (k < paragraphs.size() && paragraphs[k].hints.kind != BlockKind::table_cell &&
         portal_copy::is_wechat_action(paragraphs[k].text)) {
    ++k;
  }
  return k - i >= 2 ? k - i : 0;
}

}  // namespace

bool all_link(const xmlNode* node) {
  LinkCount count;
  count_link_text(node, false, count);
  return count.linked > 0 && count.unlinked == 0;
}

bool is_record_table(const std::vector<std::vector<std::string>>& rows) {
  std::size_t labels = 0;
  for (const auto& row : rows) {
    labels += static_cast<std::size_t>(std::count_if(
        row.begin(), row.end(), [](const std::string& cell) { return portal_copy::is_record_label(cell); }));
  }
  return labels >= 2;
}

Facts mend_pasted_page(std::vector<SourceParagraph>& paragraphs) {
  Facts facts;
  const auto first_sentence = std::find_if(paragraphs.begin(), paragraphs.end(),
                                           [](const SourceParagraph& p) { return holds_sentence(p.text); });
  const std::size_t head_end = static_cast<std::size_t>(first_sentence - paragraphs.begin());
  std::vector<SourceParagraph> mended;
  mended.reserve(paragraphs.size() + 1);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    SourceParagraph& paragraph = paragraphs[i];
    const bool in_head = i < head_end && paragraph.hints.kind != BlockKind::table_cell;
    const std::string_view next = i + 1 < head_end ? std::string_view(paragraphs[i + 1].text) : std::string_view{};
    if (!in_head) {
      mended.push_back(std::move(paragraph));
    } else if (portal_copy::is_column_name(paragraph.text) && portal_copy::is_whole_report_title(decode_utf8(next))) {
      facts.emplace_back("removed.web-column", paragraph.text);
    } else if (const std::size_t info = portal_copy::glued_info_line_at(paragraph.text);
               info != std::string_view::npos) {
      SourceParagraph info_line{paragraph.text.substr(info), Block{}};
      paragraph.text.resize(info);
      mended.push_back(std::move(paragraph));
      mended.push_back(std::move(info_line));
    } else if (const auto organ_date = i > 0 ? portal_copy::organ_and_stamped_date(paragraph.text) : std::nullopt) {
      facts.emplace_back("removed.web-organ-date", paragraph.text);
      facts.emplace_back("web.published", to_iso(*organ_date));
    } else if (const auto date = i > 0 ? portal_copy::stamped_date_alone(paragraph.text) : std::nullopt) {
      facts.emplace_back("removed.web-bare-date", paragraph.text);
      facts.emplace_back("web.published", to_iso(*date));
    } else {
      mended.push_back(std::move(paragraph));
    }
  }
  paragraphs = std::move(mended);
  return facts;
}

Facts mend_wechat_article(std::vector<SourceParagraph>& paragraphs, const ArtifactFilter& filter) {
  Facts facts;
  const auto sentence = [](const SourceParagraph& p) { return holds_sentence(p.text); };
  const std::size_t head_end =
      static_cast<std::size_t>(std::find_if(paragraphs.begin(), paragraphs.end(), sentence) - paragraphs.begin());
  if (head_end == paragraphs.size()) return facts;  // no text to tell the article's chrome from
  const std::size_t tail_begin =
      paragraphs.size() -
      static_cast<std::size_t>(std::find_if(paragraphs.rbegin(), paragraphs.rend(), sentence) - paragraphs.rbegin());
  std::vector<std::string_view> head;
  for (std::size_t i = 0; i < head_end; ++i) head.push_back(trimmed_view(paragraphs[i].text));
  const std::vector<bool> datelines = lines_the_rule_takes(filter, "wechat-dateline", head);
  // The views in `head` are read only at and after the paragraph in hand, which is not yet moved.
  std::vector<SourceParagraph> mended;
  mended.reserve(paragraphs.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const bool in_head = i < head_end && paragraphs[i].hints.kind != BlockKind::table_cell;
    if (in_head && portal_copy::is_account_over_title(head, datelines, i)) {
      facts.emplace_back("removed.wechat-account", paragraphs[i].text);
    } else if (in_head && head[i] == "原创" && i + 1 < head_end && datelines[i + 1]) {
      // 原创 over the dateline: the mark WeChat sets before the account's name, one line with it.
      SourceParagraph dateline = std::move(paragraphs[i + 1]);
      dateline.text = "原创 " + std::string(trimmed_view(dateline.text));
      mended.push_back(std::move(dateline));
      ++i;
    } else if (const std::size_t actions = i >= tail_begin ? wechat_actions_at(paragraphs, i) : 0; actions > 0) {
      // The action bar a paragraph each (分享 / 点赞 / 在看 / 写留言): one line, the wechat-actions rule's.
      SourceParagraph bar{std::string(trimmed_view(paragraphs[i].text)), Block{}};
      for (std::size_t k = i + 1; k < i + actions; ++k) bar.text.append(" ").append(trimmed_view(paragraphs[k].text));
      mended.push_back(std::move(bar));
      i += actions - 1;
    } else {
      mended.push_back(std::move(paragraphs[i]));
    }
  }
  paragraphs = std::move(mended);
  return facts;
}

}  // namespace docpipe::docx
