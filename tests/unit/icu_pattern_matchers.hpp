// Matchers for the tests of docpipe/icu_patterns.hpp: a pattern compiled by ICU as written, and as the SDK compiles
// it (its \p{Han} and bracket expressions' \d spelled out), so the tests can compare what the two match.
#pragma once

#include <gtest/gtest.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

#include "docpipe/icu_patterns.hpp"

namespace docpipe::testing_icu {

inline std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

inline std::unique_ptr<icu::RegexMatcher> as_icu_compiles_it(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  auto matcher = std::make_unique<icu::RegexMatcher>(icu::UnicodeString::fromUTF8(pattern), 0, status);
  EXPECT_TRUE(U_SUCCESS(status)) << pattern;
  return matcher;
}

inline std::unique_ptr<icu::RegexMatcher> spelled_out(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  auto matcher = docpipe::compile_matcher(pattern, 0, status);
  EXPECT_TRUE(U_SUCCESS(status) && matcher) << pattern;
  return matcher;
}

}  // namespace docpipe::testing_icu
