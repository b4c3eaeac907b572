#include "artifact_filter.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "artifact_rules.hpp"

namespace docpipe::txt {

namespace {

std::unique_ptr<icu::RegexPattern> compile(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError error;
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), error, status));
  if (U_FAILURE(status)) throw std::logic_error(std::string("bad artifact pattern: ") + pattern);
  return compiled;
}

icu::UnicodeString unicode(const std::string& text) { return icu::UnicodeString::fromUTF8(text); }

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string trim_spaces(std::string text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

}  // namespace

struct ArtifactFilter::Patterns {
  std::vector<std::unique_ptr<icu::RegexPattern>> rules;  // parallel to kArtifactRules
  std::unique_ptr<icu::RegexPattern> published = compile(kPublishedPattern);
  std::unique_ptr<icu::RegexPattern> source = compile(kSourcePattern);
  std::unique_ptr<icu::RegexPattern> publisher = compile(kPublisherPattern);
};

ArtifactFilter::ArtifactFilter() : patterns_(std::make_unique<Patterns>()) {
  for (const auto& rule : kArtifactRules) patterns_->rules.push_back(compile(rule.pattern));
}
ArtifactFilter::~ArtifactFilter() = default;
ArtifactFilter::ArtifactFilter(ArtifactFilter&&) noexcept = default;
ArtifactFilter& ArtifactFilter::operator=(ArtifactFilter&&) noexcept = default;

FilteredLines ArtifactFilter::filter(const std::vector<std::string>& lines) const {
  FilteredLines result;
  const int count = static_cast<int>(lines.size());
  std::vector<std::string> header_seen;

  const auto capture = [&](const icu::RegexPattern& pattern, const icu::UnicodeString& line, int group,
                           const char* key) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(line, status));
    if (U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status)) {
      result.metadata.emplace_back(key, trim_spaces(utf8(matcher->group(group, status))));
    }
  };

  for (int index = 0; index < count; ++index) {
    const bool in_header = index < kHeaderZoneLines;
    const bool in_footer = index >= count - kFooterZoneLines;
    icu::UnicodeString line = unicode(lines[index]);
    bool removed = false;
    for (std::size_t r = 0; r < std::size(kArtifactRules) && !removed; ++r) {
      const ArtifactRule& rule = kArtifactRules[r];
      if ((rule.zone == ArtifactZone::header && !in_header) || (rule.zone == ArtifactZone::footer && !in_footer))
        continue;
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> matcher(patterns_->rules[r]->matcher(line, status));
      if (U_FAILURE(status)) continue;
      if (rule.scope == ArtifactScope::whole_line) {
        if (!matcher->matches(status) || U_FAILURE(status)) continue;
        result.metadata.emplace_back(std::string("removed.") + rule.name, lines[index]);
        if (rule.zone == ArtifactZone::header) {
          capture(*patterns_->published, line, 2, "web.published");
          capture(*patterns_->source, line, 2, "web.source");
          capture(*patterns_->publisher, line, 1, "web.publisher");
        }
        removed = true;
      } else {
        while (matcher->find(status) && U_SUCCESS(status)) {
          result.metadata.emplace_back(std::string("removed.") + rule.name, utf8(matcher->group(status)));
        }
        matcher->reset();
        line = matcher->replaceAll(icu::UnicodeString(), status);
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
    result.kept.push_back(std::move(kept));
  }
  return result;
}

}  // namespace docpipe::txt
