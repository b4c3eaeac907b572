// The winnower hashes shingles four at a time and keeps each window's minimum in a monotonic queue; its
// fingerprints must stay exactly those of the plain definition (stores and golden outputs hold them).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "docpipe/document_summary.hpp"

namespace docpipe {
namespace {

// FNV-1a over the code point's four bytes, step by step.
std::uint64_t plain_fnv1a(std::uint64_t hash, char32_t code_point) {
  for (int shift = 0; shift < 32; shift += 8) {
    hash ^= (static_cast<std::uint32_t>(code_point) >> shift) & 0xFF;
    hash *= detail::kFnvPrime;
  }
  return hash;
}

TEST(Winnowing, TheFoldedHashStepEqualsFnv1aForEveryCodePoint) {
  std::uint64_t hash = detail::kFnvOffset;
  for (char32_t c = 0; c <= 0x10FFFF; c += (c < 0x20000 ? 1 : 97)) {
    ASSERT_EQ(detail::fnv1a(hash, c), plain_fnv1a(hash, c)) << static_cast<std::uint32_t>(c);
    hash = plain_fnv1a(hash, c);
  }
}

// The definition, one shingle at a time: every window of kWinnowingWindow shingles selects its rightmost
// minimum, unless it is the one selected last; fewer shingles than a window are one window. Digits are all 0, and a
// shingle of fewer than four characters besides 0s is none.
std::vector<TextFingerprint> reference_fingerprints(std::string_view text) {
  struct Kept {
    char32_t character;
    std::uint32_t offset;
  };
  std::vector<Kept> kept;
  std::uint32_t offset = 0;
  for_each_code_point(text, [&](char32_t c) {
    if (!detail::is_space(c) && !detail::is_punctuation(c)) kept.push_back({c >= U'0' && c <= U'9' ? U'0' : c, offset});
    ++offset;
  });
  std::vector<TextFingerprint> shingles;
  for (std::size_t i = 0; i + kShingleCharacters <= kept.size(); ++i) {
    // Figures with fewer than four other characters are no shingle: they read 0000… in every report.
    constexpr std::ptrdiff_t kFewestWordCharacters = 4;
    if (std::count_if(kept.begin() + i, kept.begin() + i + kShingleCharacters,
                      [](const Kept& k) { return k.character == U'0'; }) +
            kFewestWordCharacters >
        static_cast<std::ptrdiff_t>(kShingleCharacters)) {
      continue;
    }
    std::uint64_t hash = detail::kFnvOffset;
    for (std::size_t k = 0; k < kShingleCharacters; ++k) hash = plain_fnv1a(hash, kept[i + k].character);
    shingles.push_back({hash, kept[i].offset, kept[i + kShingleCharacters - 1].offset + 1});
  }
  std::vector<TextFingerprint> selected;
  std::size_t last = static_cast<std::size_t>(-1);
  const auto select = [&](std::size_t first, std::size_t width) {
    std::size_t best = first;
    for (std::size_t i = first; i < first + width; ++i) {
      if (shingles[i].hash <= shingles[best].hash) best = i;
    }
    if (best != last) last = best, selected.push_back(shingles[best]);
  };
  if (!shingles.empty() && shingles.size() < kWinnowingWindow) select(0, shingles.size());
  for (std::size_t end = kWinnowingWindow; end <= shingles.size(); ++end)
    select(end - kWinnowingWindow, kWinnowingWindow);
  return selected;
}

std::string random_text(std::mt19937& random, std::size_t length) {
  // Few distinct characters and repeated runs make equal shingles, so ties in a window are common; two
  // characters beyond U+FFFF (CJK extension B, as in names) take the hash's general path.
  static const std::vector<std::string> pieces = {"法", "治", "政", "府", "建", "设", "年", "度",
                                                  "报", "告", "，", "。", " ",  "\n", "1",  "2",
                                                  "a",  "B",  "、", "（", "）", "全", "𠀀", "𪚥"};
  std::string text;
  while (text.size() < length) {
    const auto& piece = pieces[random() % pieces.size()];
    const std::size_t repeat = random() % 8 == 0 ? 1 + random() % 40 : 1;
    for (std::size_t k = 0; k < repeat; ++k) text += piece;
  }
  return text;
}

void expect_same(const std::vector<TextFingerprint>& got, const std::vector<TextFingerprint>& want,
                 const std::string& text) {
  ASSERT_EQ(got.size(), want.size()) << text.size() << " bytes";
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].hash, want[i].hash) << i;
    EXPECT_EQ(got[i].start, want[i].start) << i;
    EXPECT_EQ(got[i].end, want[i].end) << i;
  }
}

TEST(Winnowing, RowsOfFiguresAloneShareNoFingerprint) {
  // Two reports' tables of figures typed as text (a TXT table: no cells, so the prose's rule makes every digit 0):
  // they have nothing in common, and a long run of digits must not make a copied passage of them.
  const std::string first = "东岭镇依法行政考核得分情况如下。50.99% | 27.81% | 13.26% | 7.94% | 100.00% | 88.12%";
  const std::string second = "西河街道行政执法案件统计如下。12175 | 94929 | 30811 | 4410 | 142325 | 2024";
  std::set<std::uint64_t> hashes;
  for (const auto& f : text_fingerprints(first)) hashes.insert(f.hash);
  for (const auto& f : text_fingerprints(second)) EXPECT_FALSE(hashes.contains(f.hash)) << f.start;
  EXPECT_FALSE(text_fingerprints(second).empty());  // its words still have theirs
}

TEST(Winnowing, EqualsTheDefinitionOnRandomTextsOfEveryLength) {
  std::mt19937 random(20261202);
  for (std::size_t length : {0, 1, 15, 16, 17, 47, 48, 49, 63, 64, 79, 80, 81, 200, 1000, 5000, 40000}) {
    for (int round = 0; round < 8; ++round) {
      const std::string text = random_text(random, length);
      expect_same(text_fingerprints(text), reference_fingerprints(text), text);
    }
  }
}

TEST(Winnowing, EqualsTheDefinitionOnOneCharacterRepeatedWhereEveryHashTies) {
  for (std::size_t count : {16, 40, 47, 48, 100, 1000}) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += "法";
    expect_same(text_fingerprints(text), reference_fingerprints(text), text);
  }
}

// A report made from last year's by updating its years and figures keeps every fingerprint.
TEST(Winnowing, FiguresAndYearsUpdatedKeepTheFingerprints) {
  const std::string last_year =
      "2023年，我镇扎实推进法治政府建设，组织专题学法5次，开展执法检查23次，提供法律咨询31件，调解矛盾纠纷86起，"
      "成功调解84起，调解成功率97.7%。镇党委召开专题会议研究法治政府建设工作3次，落实第一责任人职责。";
  const std::string this_year =
      "2024年，我镇扎实推进法治政府建设，组织专题学法6次，开展执法检查27次，提供法律咨询35件，调解矛盾纠纷90起，"
      "成功调解88起，调解成功率97.8%。镇党委召开专题会议研究法治政府建设工作4次，落实第一责任人职责。";
  const auto hashes = [](const std::string& text) {
    std::vector<std::uint64_t> out;
    for (const auto& f : text_fingerprints(text)) out.push_back(f.hash);
    return out;
  };
  EXPECT_EQ(hashes(this_year), hashes(last_year));
  EXPECT_NE(hashes(this_year), hashes("我镇扎实推进法治政府建设，组织专题学法活动，开展执法检查工作，提供法律咨询服务，"
                                      "调解各类矛盾纠纷，落实第一责任人职责，镇党委专题研究法治政府建设工作。"));
}

TEST(Winnowing, SummarizeUsesTheSameFingerprints) {
  std::mt19937 random(7);
  Document document;
  document.text = random_text(random, 3000);
  const DocumentSummary summary = summarize(document);
  expect_same(summary.fingerprints, reference_fingerprints(document.text), document.text);
  std::uint64_t identity = detail::kFnvOffset;
  for_each_code_point(document.text, [&](char32_t c) {
    if (!detail::is_space(c)) identity = plain_fnv1a(identity, c);
  });
  EXPECT_EQ(summary.text_hash, identity);
}

}  // namespace
}  // namespace docpipe
