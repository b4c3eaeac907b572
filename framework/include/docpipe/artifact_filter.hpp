// Removes the debris listed in artifact_rules.hpp from a report's paragraphs, recording what it removed.
// Every input plugin applies it, so that a report copied from a web page reads the same whether it
// arrives as text, Word, PDF or HTML. Header-only; a plugin that includes it links ICU (ICU::uc, ICU::i18n).
// A filter keeps its matchers between documents, and its const methods build them on first use: one instance
// serves one thread (a plugin instance), never two at once.
#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/artifact_rules.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/icu_patterns.hpp"
#include "docpipe/keyword_set.hpp"
#include "docpipe/portal_copy.hpp"
#include "docpipe/text.hpp"

namespace docpipe {

struct KeptParagraph {
  std::size_t index = 0;  // position in the input
  std::string text;       // with inline debris (bookmarks, a portal clock) cut out
};

struct FilteredParagraphs {
  std::vector<KeptParagraph> kept;
  std::vector<std::pair<std::string, std::string>> metadata;  // removed.<rule> and web.* facts, in order
};

class ArtifactFilter {
 public:
  // Nothing is built until a document needs it: the rules' keyword automaton on the first filter() (Keywords),
  // each pattern when a line first needs it (Matchers). A worker makes every input plugin of the pipeline to
  // sniff its first file, so a batch of one format paid the automaton of every other format's filter: some
  // 2.9 million instructions each, 23 million in a default pipeline's worker before its first DOCX.
  ArtifactFilter() = default;

  // False when rule `rule` (an index into kArtifactRules) cannot match `line`: a keyword it needs is missing.
  bool may_match(std::size_t rule, std::string_view line) const {
    const RuleKeywords& keywords = rule_keywords();
    return holds_keywords(keywords.all.find(line), keywords.of_rule[rule]);
  }

  // Whether rule `rule` takes `line` whole, as filter() judges a line (its keywords first, its step limit): its
  // matcher is compiled once a filter, as filter()'s are (lines_the_rule_takes, for every document of a worker).
  bool takes_whole_line(std::size_t rule, std::string_view line) const {
    if (!may_match(rule, line)) return false;
    if (!matchers_) matchers_ = std::make_unique<Matchers>();
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<std::int32_t>(line.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::RegexMatcher& matcher = matchers_->rule(rule, text);  // holds `text` until the next reset
    return matcher.matches(status) && U_SUCCESS(status);
  }

  // Utf8::well_formed: the caller knows every paragraph to be (normalize_paragraph's output always is).
  using Utf8 = Utf8State;

  // `paragraphs` are normalized, non-empty, in document order. `table_cells`, when given, says which of them
  // are table cells: a table near the top repeats its cells, which are no title repeated.
  FilteredParagraphs filter(const std::vector<std::string>& paragraphs, Utf8 utf8_state = Utf8::unchecked,
                            const std::vector<bool>* table_cells = nullptr) const {
    // One matcher per pattern, compiled on first use and reset for each line, never rebuilt.
    if (!matchers_) matchers_ = std::make_unique<Matchers>();
    Matchers& matchers = *matchers_;
    const RuleKeywords& keywords = rule_keywords();
    FilteredParagraphs result;
    const int count = static_cast<int>(paragraphs.size());
    std::vector<std::pair<std::string, std::size_t>> header_seen;  // a line, and how many were kept before it
    KeywordSet::Hits hits;                                         // storage reused line after line
    for (int index = 0; index < count; ++index) {
      // Chrome does not use up the header: the zone is the first lines of text that are not debris.
      const bool in_header = static_cast<int>(result.kept.size()) < kHeaderZoneLines;
      const bool in_footer = index >= count - kFooterZoneLines;
      const bool in_trailer = index >= count - kTrailerZoneLines;
      // The line as UTF-8 for the keyword tests, and as UTF-16 for ICU only once a rule's keywords are all
      // there: most lines never need it. Text that is not well-formed UTF-8 takes the conversion (and its
      // U+FFFD replacements) as before.
      std::string_view text = paragraphs[index];
      std::string replaced_text;  // what `text` views once an inline rule has cut something out
      icu::UnicodeString line;
      bool converted = false;
      const auto convert = [&] {
        if (!converted) line = icu::UnicodeString::fromUTF8(paragraphs[index]), converted = true;
      };
      if (utf8_state == Utf8::unchecked && !is_well_formed_utf8(text)) convert();
      // Which keywords of all rules `text` holds: one pass over the line, made when a rule in its zone first
      // asks, made again after a cut changes the line.
      bool hits_current = false;
      const auto may_match_text = [&](std::size_t r) {
        if (!hits_current) {
          keywords.all.find(text, hits);
          hits_current = true;
        }
        return holds_keywords(hits, keywords.of_rule[r]);
      };
      bool removed = false;
      bool rest_of_page = false;
      for (std::size_t r = 0; r < std::size(kArtifactRules) && !removed; ++r) {
        const ArtifactRule& rule = kArtifactRules[r];
        if ((rule.zone == ArtifactZone::header && !in_header) || (rule.zone == ArtifactZone::footer && !in_footer) ||
            (rule.zone == ArtifactZone::trailer && !in_trailer)) {
          continue;
        }
        if (!may_match_text(r)) continue;  // the pattern cannot match: no need to run it
        convert();
        icu::RegexMatcher& matcher = matchers.rule(r, line);  // keeps a reference to line
        UErrorCode status = U_ZERO_ERROR;
        if (rule.scope != ArtifactScope::inline_token) {
          // A match that runs out of steps is no match: the line stays text rather than hang the worker.
          if (!matcher.matches(status) || U_FAILURE(status)) continue;
          result.metadata.emplace_back(std::string("removed.") + rule.name, paragraphs[index]);
          if (rule.zone == ArtifactZone::header) record_facts(matchers, line, result);
          removed = true;
          rest_of_page = rule.scope == ArtifactScope::rest_of_page;
        } else {
          bool found = false;
          while (matcher.find(status) && U_SUCCESS(status)) {
            found = true;
            result.metadata.emplace_back(std::string("removed.") + rule.name, utf8(matcher.group(status)));
          }
          if (!found) continue;
          matcher.reset();
          status = U_ZERO_ERROR;
          const icu::UnicodeString replaced = matcher.replaceAll(icu::UnicodeString(), status);
          if (U_SUCCESS(status)) {
            line = replaced, replaced_text = utf8(line), text = replaced_text, hits_current = false;
          }
        }
      }
      if (rest_of_page) {
        for (int later = index + 1; later < count; ++later) {
          result.metadata.emplace_back("removed.web-related", paragraphs[later]);
        }
        break;
      }
      if (removed) continue;
      std::string kept = trim_spaces(converted ? utf8(line) : text);
      if (kept.empty()) continue;
      // A web page repeats the article title under its own page title. A sentence (…。) is no title: a body
      // paragraph pasted twice near the top stays, for analysis.anomalies' repeated-paragraph to question. A
      // 信函式 official document names its issuer over the 发文字号 and opens the title with the name again
      // (平阳县人民政府 / 平政函〔2024〕11号 / 平阳县人民政府 / 关于…的报告): that name is the title's first line, not
      // a repeat.
      // A repeat is one only right after the line it repeats: a short report's signature (青岚县白石镇人民政府)
      // may name the issuer its title opens with, within the first lines.
      // A numbered heading is no title either: a table of contents of a few entries typed over the body lists its
      // first heading (一、主要工作) again a line or two before the body does.
      if (in_header && !(table_cells && (*table_cells)[static_cast<std::size_t>(index)]) &&
          kept.find("。") == std::string::npos && heading_marker_length(decode_utf8(kept)) == 0) {
        constexpr std::size_t kFarthestRepeat = 4;  // kept lines after the first
        const auto seen = std::find_if(header_seen.begin(), header_seen.end(),
                                       [&](const auto& earlier) { return earlier.first == kept; });
        // A name over a date signs (a short cover letter's 青岭县柳川镇人民政府 / 2024年1月12日): no repeat.
        const bool signs = index + 1 < count && (parse_date(decode_utf8(trim_spaces(paragraphs[index + 1]))) ||
                                                 parse_year_month(decode_utf8(trim_spaces(paragraphs[index + 1]))));
        if (!opens_a_letters_title(result.kept, kept) && seen != header_seen.end() &&
            result.kept.size() - seen->second <= kFarthestRepeat && !signs) {
          result.metadata.emplace_back("removed.duplicate-title", kept);
          continue;
        }
        header_seen.emplace_back(kept, result.kept.size());
      }
      result.kept.push_back({static_cast<std::size_t>(index), std::move(kept)});
    }
    return result;
  }

 private:
  using MatcherPointer = std::unique_ptr<icu::RegexMatcher>;

  // The filter's matchers, each compiled on first use with its step limit.
  class Matchers {
   public:
    icu::RegexMatcher& rule(std::size_t r, const icu::UnicodeString& line) {
      return reset(rules_[r], kArtifactRules[r].pattern, line);
    }
    icu::RegexMatcher& published(const icu::UnicodeString& line) { return reset(published_, kPublishedPattern, line); }
    icu::RegexMatcher& issued(const icu::UnicodeString& line) { return reset(issued_, kIssuedPattern, line); }
    icu::RegexMatcher& updated(const icu::UnicodeString& line) { return reset(updated_, kUpdatedPattern, line); }
    icu::RegexMatcher& source(const icu::UnicodeString& line) { return reset(source_, kSourcePattern, line); }
    icu::RegexMatcher& publisher(const icu::UnicodeString& line) { return reset(publisher_, kPublisherPattern, line); }
    icu::RegexMatcher& index_number(const icu::UnicodeString& line) {
      return reset(index_number_, kIndexNumberPattern, line);
    }

   private:
    static icu::RegexMatcher& reset(MatcherPointer& matcher, const char* pattern, const icu::UnicodeString& line) {
      if (!matcher) matcher = compile(pattern);
      matcher->reset(line);
      return *matcher;
    }
    std::array<MatcherPointer, std::size(kArtifactRules)> rules_;  // parallel to kArtifactRules
    MatcherPointer published_, issued_, updated_, source_, publisher_, index_number_;
  };

  // Groups of alternatives (kArtifactRuleKeywords' syntax): every group needs one of its alternatives. An
  // alternative is an index into the keyword set shared by all rules.
  using Keywords = std::vector<std::vector<std::size_t>>;
  // Adds the keywords `spec` names to `words` (once each, however many rules need them).
  static Keywords parse_keywords(std::string_view spec, std::vector<std::string>& words) {
    Keywords groups;
    while (!spec.empty()) {
      const std::string_view group = spec.substr(0, spec.find(' '));
      spec.remove_prefix(std::min(spec.size(), group.size() + 1));
      if (group.empty()) continue;
      std::vector<std::size_t>& alternatives = groups.emplace_back();
      const auto add = [&](const std::string& word) {
        if (word.empty()) return;
        const auto known = std::find(words.begin(), words.end(), word);
        alternatives.push_back(static_cast<std::size_t>(known - words.begin()));
        if (known == words.end()) words.push_back(word);
      };
      std::string word;
      for (std::size_t i = 0; i < group.size(); ++i) {
        if (group[i] == '\\' && i + 1 < group.size()) {
          word += group[++i];  // `\|` is the bar itself, not a separator
        } else if (group[i] == '|') {
          add(std::exchange(word, {}));
        } else {
          word += group[i];
        }
      }
      add(word);
    }
    return groups;
  }
  static bool holds_keywords(const KeywordSet::Hits& hits, const Keywords& groups) {
    return std::all_of(groups.begin(), groups.end(), [&](const std::vector<std::size_t>& alternatives) {
      return std::any_of(alternatives.begin(), alternatives.end(), [&](std::size_t word) { return hits.test(word); });
    });
  }

  static MatcherPointer compile(const char* pattern) {
    UErrorCode status = U_ZERO_ERROR;
    auto matcher = compile_matcher(pattern, 0, status);
    if (U_FAILURE(status) || !matcher) throw std::logic_error(std::string("bad artifact pattern: ") + pattern);
    matcher->setTimeLimit(kArtifactMatchStepLimit, status);
    return matcher;
  }
  static std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
  }
  // The issuer's name of a 信函式 letterhead again, over the title: the 发文字号 stands shortly before (with 签发人
  // beside it, as a report to a superior sets it, or in a cell of its own), the same name stands in the letterhead
  // above it, and the line is no title itself (a web page's title repeated under a 文号 is). A joint letterhead
  // stacks its issuers above 文件, and a title may restate them a line each (中共…委员会 / …人民政府 / 文件 /
  // 青发〔2025〕2号 / 中共…委员会 / …人民政府 / 关于…的报告): after the number they are the title's subject, the
  // second as much as the first.
  static bool opens_a_letters_title(const std::vector<KeptParagraph>& kept, const std::string& line) {
    if (line.find("报告") != std::string::npos || line.find("关于") != std::string::npos) return false;
    const auto number = document_number_above(kept);
    if (!number) return false;
    constexpr std::size_t kLetterheadLines = 4;  // the issuers stacked over 文件, or the one issuer and 签发人
    const auto letterhead = kept.begin() + static_cast<std::ptrdiff_t>(*number - std::min(*number, kLetterheadLines));
    const auto named_in_letterhead = [&](const std::string& text) {
      return std::any_of(letterhead, kept.begin() + static_cast<std::ptrdiff_t>(*number),
                         [&](const KeptParagraph& earlier) { return earlier.text == text; });
    };
    for (std::size_t k = *number + 1; k < kept.size(); ++k) {
      const std::string& between = kept[k].text;
      if (!between.starts_with("签发人") && !named_in_letterhead(between)) return false;
    }
    return named_in_letterhead(line);
  }
  // The last kept line that is a 发文字号 (平政函〔2024〕11号, 签发人 beside it or not), among the last few: 签发人 in
  // a cell of its own and a joint letterhead's issuers restated under it may follow it.
  static std::optional<std::size_t> document_number_above(const std::vector<KeptParagraph>& kept) {
    constexpr std::size_t kFarthestNumber = 4;
    for (std::size_t back = 1; back <= kFarthestNumber && back <= kept.size(); ++back) {
      std::string_view number = kept[kept.size() - back].text;
      if (const auto signer = number.find("签发人"); signer != std::string_view::npos) {
        number = number.substr(0, signer);
        while (!number.empty() && (number.back() == ' ' || number.back() == '\t')) number.remove_suffix(1);
      }
      if (is_document_number(number)) return kept.size() - back;
    }
    return std::nullopt;
  }
  // A 发文字号 on a line of its own: 平政函〔2024〕11号 (a year in brackets, a number, 号).
  static bool is_document_number(std::string_view line) {
    constexpr std::size_t kLongestDocumentNumber = 60;  // bytes: about 20 characters
    if (line.size() > kLongestDocumentNumber || !line.ends_with("号")) return false;
    for (const std::string_view open : {"〔", "[", "［"}) {
      const auto at = line.find(open);
      if (at == std::string_view::npos || at + open.size() + 4 > line.size()) continue;
      const std::string_view year = line.substr(at + open.size(), 4);
      if (std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    }
    return false;
  }
  static std::string trim_spaces(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
  }
  // The publication, issue and update dates, source, publisher and index number a removed header line states.
  static void record_facts(Matchers& matchers, const icu::UnicodeString& line, FilteredParagraphs& result) {
    capture(matchers.published(line), "web.published", result);
    capture(matchers.issued(line), "web.issued", result);
    capture(matchers.updated(line), "web.updated", result);
    capture(matchers.source(line), "web.source", result, &line);
    capture(matchers.publisher(line), "web.publisher", result, &line);
    capture(matchers.index_number(line), "web.index_number", result);
  }
  // `line`, when given, is the line the matcher reads: an organ's value (a publisher's, a source's) that is a place
  // alone takes the department a page's cell set apart after it (青石县 司法局), as one name.
  static void capture(icu::RegexMatcher& matcher, const char* key, FilteredParagraphs& result,
                      const icu::UnicodeString* line = nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    if (matcher.find(status) && U_SUCCESS(status)) {
      std::string value = trim_spaces(utf8(matcher.group(1, status)));
      if (U_SUCCESS(status) && line != nullptr) {
        const std::int32_t end = matcher.end(1, status);
        if (U_SUCCESS(status)) value += department_after_place(value, utf8(line->tempSubString(end)));
      }
      if (!U_SUCCESS(status) || value.empty()) return;
      // One row a fact: a page that states it twice (发布日期 in its record and 发布时间 on its info line, the same
      // date) records it once; a different value is another fact and stays, in the page's order.
      std::pair<std::string, std::string> fact(key, as_iso_date(key, value));
      if (std::find(result.metadata.begin(), result.metadata.end(), fact) == result.metadata.end())
        result.metadata.push_back(std::move(fact));
    }
  }
  // The department's name that follows a place's (`place` 青石县, `rest` " 司法局 [ 发布日期 ] …"), a cell having
  // set them apart with spaces; empty when `place` is no place alone or no department's name follows it.
  static std::string department_after_place(const std::string& place, std::string_view rest) {
    if (!portal_copy::detail::is_place(decode_utf8(place))) return {};
    const std::u32string text = decode_utf8(rest);
    std::size_t first = 0;
    while (first < text.size() && (text[first] == U' ' || text[first] == U'\u3000' || text[first] == U'\u00a0'))
      ++first;
    if (first == 0) return {};  // glued to the place, it is no word of its own
    const std::size_t end = text.find_first_of(U" \u3000\u00a0\t|｜:：[【［]】］", first);
    const std::u32string_view word = std::u32string_view(text).substr(first, end - first);
    return portal_copy::detail::is_department(word) ? encode_utf8(word) : std::string();
  }
  // A date read from a page (2025年01月08日, 2025/1/16) in ISO, as every input sets web.published where it reads a date
  // itself; one that is no calendar date stays as written, for the sections' check to report.
  static std::string as_iso_date(std::string_view key, const std::string& value) {
    if (key != "web.published" && key != "web.issued" && key != "web.updated") return value;
    const auto date = parse_date(decode_utf8(value));
    return date ? to_iso(*date) : value;
  }

  struct RuleKeywords {
    std::vector<Keywords> of_rule;  // parallel to kArtifactRules
    KeywordSet all;                 // every rule's keywords
  };
  const RuleKeywords& rule_keywords() const {
    if (!rule_keywords_) {
      auto built = std::make_unique<RuleKeywords>();
      std::vector<std::string> words;
      for (const char* keywords : kArtifactRuleKeywords) built->of_rule.push_back(parse_keywords(keywords, words));
      built->all = KeywordSet(std::move(words));
      rule_keywords_ = std::move(built);
    }
    return *rule_keywords_;
  }

  mutable std::unique_ptr<RuleKeywords> rule_keywords_;  // made by the first filter() or may_match() call
  mutable std::unique_ptr<Matchers> matchers_;           // made by the first filter() call
};

// Which of `lines` the rule named `name` takes whole, as filter() judges a line (its step limit too; its zone is
// the caller's to keep): for a plugin that mends a copy's lines before the filter runs and must know what the rules
// take a neighbour for (a WeChat dateline under a title), with no second copy of the rule's pattern. A line without
// the rule's keywords is not matched (`filter`'s may_match), and the rule's matcher is the filter's, compiled once;
// a name no rule has takes none, and a name several entries share takes what any of them takes.
inline std::vector<bool> lines_the_rule_takes(const ArtifactFilter& filter, std::string_view name,
                                              const std::vector<std::string_view>& lines) {
  std::vector<bool> taken(lines.size(), false);
  // A name may head several entries (web-bracketed-info's labels are two): a line any of them takes is taken.
  for (std::size_t index = 0; index < std::size(kArtifactRules); ++index) {
    const ArtifactRule& rule = kArtifactRules[index];
    if (name != rule.name || rule.scope == ArtifactScope::inline_token) continue;
    for (std::size_t i = 0; i < lines.size(); ++i) taken[i] = taken[i] || filter.takes_whole_line(index, lines[i]);
  }
  return taken;
}

}  // namespace docpipe
