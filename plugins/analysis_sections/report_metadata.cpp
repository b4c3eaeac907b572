#include "report_metadata.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/text.hpp"
#include "part_classifier.hpp"

namespace docpipe::sections {

namespace {

// Administrative units below the province, as reports name themselves.
constexpr const char* kCountyAndTownPattern =
    R"((\p{Han}{2,10}?(?:自治县|自治旗|县|市|区|旗))?(\p{Han}{1,5}?(?:镇|乡|街道|苏木)))";
constexpr const char* kCountyPattern =
    R"((\p{Han}{2,10}?(?:自治县|自治旗|县|市|区|旗))(?:人民政府|政府|委员会|党委|$))";
// Words around a unit's name in titles and signatures that are not part of it.
constexpr const char* kNoisePattern = R"(关于|\d{4}\s*年度?|[(（][^)）]*[)）])";

const std::u32string_view kTitleWords[] = {U"报告", U"总结", U"情况"};
const std::u32string_view kIssuerSuffixes[] = {U"人民政府", U"政府",   U"党委",   U"党工委", U"委员会",
                                               U"办公室",   U"办事处", U"司法所", U"司法局", U"局",
                                               U"街道",     U"镇",     U"乡"};

std::unique_ptr<icu::RegexPattern> compile(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError error;
  return std::unique_ptr<icu::RegexPattern>(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), error, status));
}

std::string group(icu::RegexMatcher& matcher, int index) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  if (matcher.start(index, status) >= 0 && U_SUCCESS(status)) matcher.group(index, status).toUTF8String(out);
  return out;
}

bool has_sentence_punctuation(std::u32string_view line) {
  return line.find_first_of(U"。，；！？,;") != std::u32string_view::npos;
}

}  // namespace

Region find_region(const std::vector<std::string>& texts) {
  static const auto county_and_town = compile(kCountyAndTownPattern);
  static const auto county_only = compile(kCountyPattern);
  static const auto noise = compile(kNoisePattern);
  Region region;
  for (const auto& text : texts) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString original = icu::UnicodeString::fromUTF8(text);  // matchers keep a reference to their input
    std::unique_ptr<icu::RegexMatcher> cleaner(noise->matcher(original, status));
    const icu::UnicodeString cleaned = cleaner->replaceAll(icu::UnicodeString(), status);
    std::unique_ptr<icu::RegexMatcher> matcher(county_and_town->matcher(cleaned, status));
    if (matcher->find(status) && U_SUCCESS(status)) {
      if (region.county.empty()) region.county = group(*matcher, 1);
      if (region.town.empty()) region.town = group(*matcher, 2);
    } else if (region.county.empty()) {
      std::unique_ptr<icu::RegexMatcher> county(county_only->matcher(cleaned, status));
      if (county->find(status) && U_SUCCESS(status)) region.county = group(*county, 1);
    }
    if (!region.county.empty() && !region.town.empty()) break;
  }
  return region;
}

std::string find_title(const std::vector<std::u32string>& paragraphs) {
  constexpr std::size_t kTitleLines = 3;
  constexpr std::size_t kLongestTitleLine = 60;
  std::u32string title;
  for (std::size_t i = 0; i < paragraphs.size() && i < kTitleLines; ++i) {
    const auto& line = paragraphs[i];
    if (line.size() > kLongestTitleLine || has_sentence_punctuation(line) || line.back() == U'：' ||
        line.back() == U':')
      break;
    title += line;
    if (std::any_of(std::begin(kTitleWords), std::end(kTitleWords),
                    [&](std::u32string_view word) { return line.find(word) != std::u32string::npos; })) {
      return encode_utf8(title);
    }
  }
  // No line names the report: the first line, if it reads as a title.
  if (!paragraphs.empty() && paragraphs[0].size() <= kLongestTitleLine && !has_sentence_punctuation(paragraphs[0])) {
    return encode_utf8(paragraphs[0]);
  }
  return {};
}

std::optional<int> find_report_year(const std::u32string& title, const std::vector<std::u32string>& preamble) {
  if (const auto years = years_written(title); !years.empty()) return years.front();
  for (const auto& paragraph : preamble) {
    if (const auto years = years_written(paragraph); !years.empty()) return years.front();
  }
  return std::nullopt;
}

bool looks_like_date(std::u32string_view line) {
  constexpr std::size_t kLongestDate = 20;
  if (line.empty() || line.size() > kLongestDate) return false;
  std::size_t digits = 0;
  for (const char32_t c : line) {
    const bool digit = (c >= U'0' && c <= U'9') || chinese_digit_value(c) >= 0 || c == U'十';
    digits += digit;
    if (!digit && std::u32string_view(U"年月日号-./．/ ").find(c) == std::u32string_view::npos) return false;
  }
  return digits >= 5;
}

bool looks_like_issuer(std::u32string_view line) {
  constexpr std::size_t kLongestIssuer = 30;
  if (line.empty() || line.size() > kLongestIssuer || has_sentence_punctuation(line)) return false;
  if (line.find(U'：') != std::u32string_view::npos || line.find(U':') != std::u32string_view::npos) return false;
  return std::any_of(std::begin(kIssuerSuffixes), std::end(kIssuerSuffixes), [&](std::u32string_view suffix) {
    return line.size() > suffix.size() && line.substr(line.size() - suffix.size()) == suffix;
  });
}

}  // namespace docpipe::sections
