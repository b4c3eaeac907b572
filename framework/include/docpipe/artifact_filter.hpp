// Removes the debris listed in artifact_rules.hpp from a report's paragraphs, recording what it removed.
// Every input plugin applies it, so that a report copied from a web page reads the same whether it
// arrives as text, Word or PDF. Header-only; a plugin that includes it links ICU (ICU::uc, ICU::i18n).
#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "docpipe/artifact_rules.hpp"

namespace docpipe {

struct KeptParagraph {
  std::size_t index = 0;  // position in the input
  std::string text;       // with inline debris (bookmarks) cut out
};

struct FilteredParagraphs {
  std::vector<KeptParagraph> kept;
  std::vector<std::pair<std::string, std::string>> metadata;  // removed.<rule> and web.* facts, in order
};

class ArtifactFilter {
 public:
  ArtifactFilter() {
    for (const auto& rule : kArtifactRules) rules_.push_back(compile(rule.pattern));
    published_ = compile(kPublishedPattern);
    source_ = compile(kSourcePattern);
    publisher_ = compile(kPublisherPattern);
  }

  // `paragraphs` are normalized, non-empty, in document order.
  FilteredParagraphs filter(const std::vector<std::string>& paragraphs) const {
    FilteredParagraphs result;
    const int count = static_cast<int>(paragraphs.size());
    std::vector<std::string> header_seen;
    for (int index = 0; index < count; ++index) {
      const bool in_header = index < kHeaderZoneLines;
      const bool in_footer = index >= count - kFooterZoneLines;
      icu::UnicodeString line = icu::UnicodeString::fromUTF8(paragraphs[index]);
      bool removed = false;
      for (std::size_t r = 0; r < std::size(kArtifactRules) && !removed; ++r) {
        const ArtifactRule& rule = kArtifactRules[r];
        if ((rule.zone == ArtifactZone::header && !in_header) || (rule.zone == ArtifactZone::footer && !in_footer)) {
          continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexMatcher> matcher(rules_[r]->matcher(line, status));  // keeps a reference to line
        if (U_FAILURE(status)) continue;
        if (rule.scope == ArtifactScope::whole_line) {
          if (!matcher->matches(status) || U_FAILURE(status)) continue;
          result.metadata.emplace_back(std::string("removed.") + rule.name, paragraphs[index]);
          if (rule.zone == ArtifactZone::header) {
            capture(*published_, line, 2, "web.published", result);
            capture(*source_, line, 2, "web.source", result);
            capture(*publisher_, line, 1, "web.publisher", result);
          }
          removed = true;
        } else {
          while (matcher->find(status) && U_SUCCESS(status)) {
            result.metadata.emplace_back(std::string("removed.") + rule.name, utf8(matcher->group(status)));
          }
          matcher->reset();
          const icu::UnicodeString replaced = matcher->replaceAll(icu::UnicodeString(), status);
          matcher.reset();
          line = replaced;
        }
      }
      if (removed) continue;
      std::string kept = trim_spaces(utf8(line));
      if (kept.empty()) continue;
      // A web page repeats the article title under its own page title.
      if (in_header) {
        if (std::find(header_seen.begin(), header_seen.end(), kept) != header_seen.end()) {
          result.metadata.emplace_back("removed.duplicate-title", kept);
          continue;
        }
        header_seen.push_back(kept);
      }
      result.kept.push_back({static_cast<std::size_t>(index), std::move(kept)});
    }
    return result;
  }

 private:
  static std::unique_ptr<icu::RegexPattern> compile(const char* pattern) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError error;
    std::unique_ptr<icu::RegexPattern> compiled(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), error, status));
    if (U_FAILURE(status)) throw std::logic_error(std::string("bad artifact pattern: ") + pattern);
    return compiled;
  }
  static std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
  }
  static std::string trim_spaces(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
  }
  static void capture(const icu::RegexPattern& pattern, const icu::UnicodeString& line, int group, const char* key,
                      FilteredParagraphs& result) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(line, status));
    if (U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status)) {
      result.metadata.emplace_back(key, trim_spaces(utf8(matcher->group(group, status))));
    }
  }

  std::vector<std::unique_ptr<icu::RegexPattern>> rules_;  // parallel to kArtifactRules
  std::unique_ptr<icu::RegexPattern> published_;
  std::unique_ptr<icu::RegexPattern> source_;
  std::unique_ptr<icu::RegexPattern> publisher_;
};

}  // namespace docpipe
