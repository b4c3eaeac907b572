// analysis.corpus on summaries built in the test: each rule's trigger and its limits, the learned
// boilerplate, the order of findings, and the parameter checks. The end-to-end acceptance on the example
// reports is tests/e2e/corpus_end_to_end_test.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "corpus_analyzer.hpp"
#include "corpus_settings.hpp"
#include "docpipe/document_summary.hpp"
#include "docpipe/summary_codec.hpp"
#include "sqlite_store.hpp"
#include "test_support.hpp"

namespace docpipe::corpus {
namespace {

using ::testing::HasSubstr;

// Deterministic filler text: distinct Chinese characters, so that fingerprints of unrelated texts differ.
std::string filler(std::uint32_t seed, std::size_t characters) {
  std::string text;
  std::uint32_t state = seed * 2654435761u + 1;
  for (std::size_t i = 0; i < characters; ++i) {
    state = state * 1664525u + 1013904223u;
    append_utf8(text, static_cast<char32_t>(0x4E00 + (state >> 8) % 0x5000));
    if (i % 37 == 36) text += "，";
  }
  return text;
}

DocumentSummary summary_of(const std::string& id, const std::string& unit, const std::string& year,
                           const std::string& text) {
  Document document;
  document.id = id;
  document.format = "txt";
  document.text = text;
  document.metadata.set("sha256", "sha-of-" + id);
  document.metadata.set("unit", unit);
  document.metadata.set("year", year);
  return summarize(document);
}

std::vector<Finding> run(const std::vector<DocumentSummary>& summaries, CorpusSettings settings = {}) {
  CorpusAnalyzer analyzer(std::move(settings));
  for (const auto& s : summaries) analyzer.add(s);
  return analyzer.finish();
}

std::vector<Finding> of_rule(const std::vector<Finding>& findings, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : findings) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

TEST(TextFingerprints, ASharedPassageOfTheGuaranteedLengthSharesAFingerprint) {
  const std::string passage = filler(99, kGuaranteedPassage);
  const auto a = text_fingerprints(filler(1, 300) + passage + filler(2, 300));
  const auto b = text_fingerprints(filler(3, 500) + passage);
  std::set<std::uint64_t> in_a;
  for (const auto& f : a) in_a.insert(f.hash);
  EXPECT_TRUE(std::any_of(b.begin(), b.end(), [&](const TextFingerprint& f) { return in_a.count(f.hash); }));
}

TEST(TextFingerprints, IgnoreWhiteSpaceAndPunctuationAndGiveCodePointOffsets) {
  const std::string text = filler(5, 200);
  std::string spaced;
  for (const char32_t c : decode_utf8(text)) {
    append_utf8(spaced, c);
    if (c == U'，') spaced += "。 ";
  }
  const auto plain = text_fingerprints(text);
  const auto respaced = text_fingerprints(spaced);
  ASSERT_EQ(plain.size(), respaced.size());
  for (std::size_t i = 0; i < plain.size(); ++i) EXPECT_EQ(plain[i].hash, respaced[i].hash);
  const std::size_t length = count_code_points(text);
  for (const auto& f : plain) EXPECT_LE(f.end, length);
}

TEST(SummaryCodec, RoundTripsAndRefusesOtherBytes) {
  DocumentSummary s = summary_of("a.txt", "黄门镇", "2024", filler(7, 400));
  s.metrics.push_back({"legal_lectures", "法治讲座", "期", "total", 14, 10, 13});
  s.sections.push_back({"s1", 1, "一、工作开展情况"});
  const DocumentSummary back = decode_summary(encode_summary(s));
  EXPECT_EQ(encode_summary(back), encode_summary(s));
  EXPECT_EQ(back.unit, "黄门镇");
  EXPECT_EQ(back.metrics.at(0).value, 14);
  EXPECT_EQ(back.fingerprints.size(), s.fingerprints.size());
  const std::string bytes = encode_summary(s);
  EXPECT_THROW(decode_summary(bytes.substr(0, bytes.size() - 3)), std::runtime_error);
  EXPECT_THROW(decode_summary("not a summary"), std::runtime_error);
  // A store of layout 1 (digits fingerprinted as written) is still read; another layout or other constants are not.
  const std::string tag = detail::summary_tag();
  std::string layout_one = bytes;
  layout_one.replace(8, tag.size(), detail::summary_tag(1));
  EXPECT_EQ(decode_summary(layout_one).unit, "黄门镇");
  std::string layout_three = bytes;
  layout_three.replace(8, tag.size(), detail::summary_tag(3));
  EXPECT_THROW(decode_summary(layout_three), std::runtime_error);
}

TEST(CorpusRules, DuplicateSubmissionNamesTheFirstCopy) {
  const std::string text = filler(11, 600);
  std::string reformatted = text;
  reformatted.insert(0, "  \n");
  const auto findings =
      run({summary_of("a.docx", "甲镇", "2024", text), summary_of("a.txt", "甲镇", "2024", reformatted),
           summary_of("b.txt", "乙镇", "2024", filler(12, 600))});
  const auto duplicates = of_rule(findings, "duplicate-submission");
  ASSERT_EQ(duplicates.size(), 1u);
  EXPECT_EQ(duplicates[0].document, "a.txt");
  EXPECT_EQ(duplicates[0].other_document, "a.docx");
  EXPECT_TRUE(of_rule(findings, "copied-passage").empty());  // a duplicate is not copying
}

// A document of another genre (a 解读 or a news story on the report, next year's plan) quotes the report as it
// should: neither it nor the report copies the other. Sent twice, it is still found.
TEST(CorpusRules, ADocumentOfAnotherGenreNeitherCopiesNorIsCopied) {
  const std::string passage = filler(42, 120);
  const DocumentSummary report = summary_of("report.txt", "甲县人民政府", "2024", filler(1, 500) + passage);
  DocumentSummary retold = summary_of("retold.txt", "甲县司法局", "", filler(3, 100) + passage);
  EXPECT_EQ(of_rule(run({report, retold}), "copied-passage").size(), 1u);  // as reports, one copies the other
  Document interpretation;
  interpretation.id = "retold.txt";
  interpretation.format = "txt";
  interpretation.text = filler(3, 100) + passage;
  interpretation.metadata.set("unit", "甲县司法局");
  interpretation.metadata.set("genre", "interpretation");
  retold = summarize(interpretation);
  EXPECT_TRUE(retold.fingerprints.empty());
  EXPECT_TRUE(of_rule(run({report, retold}), "copied-passage").empty());
  interpretation.id = "retold-again.txt";
  EXPECT_EQ(of_rule(run({report, retold, summarize(interpretation)}), "duplicate-submission").size(), 1u);
}

TEST(CorpusRules, CopiedPassageGivesBothSpansAndNeedsTheMinimumLength) {
  const std::string passage = filler(42, 120);
  const std::string a = filler(1, 500) + passage + filler(2, 200);
  const std::string b = filler(3, 100) + passage + filler(4, 300);
  const auto findings =
      of_rule(run({summary_of("a.txt", "甲镇", "2024", a), summary_of("b.txt", "乙镇", "2024", b)}), "copied-passage");
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.document, "b.txt");
  EXPECT_EQ(f.other_document, "a.txt");
  const std::size_t a_at = count_code_points(filler(1, 500));
  const std::size_t b_at = count_code_points(filler(3, 100));
  const std::size_t length = count_code_points(passage);
  EXPECT_GE(f.start, b_at);
  EXPECT_LE(f.end, b_at + length);
  EXPECT_GE(f.other_start, a_at);
  EXPECT_LE(f.other_end, a_at + length);
  EXPECT_GE(f.end - f.start, 50u);
  EXPECT_THAT(f.evidence, HasSubstr("a.txt ["));

  CorpusSettings strict;
  strict.min_passage = 200;
  EXPECT_TRUE(of_rule(run({summary_of("a.txt", "甲镇", "2024", a), summary_of("b.txt", "乙镇", "2024", b)}, strict),
                      "copied-passage")
                  .empty());
}

// A report of a later year took the passage from one of an earlier year, whatever the order of the files.
TEST(CorpusRules, ACopiedPassageIsAboutTheLaterYearsReportWhateverTheInputOrder) {
  const std::string passage = filler(42, 120);
  const std::string a = filler(1, 500) + passage + filler(2, 200);
  const std::string b = filler(3, 100) + passage + filler(4, 300);
  const auto findings =
      of_rule(run({summary_of("a.txt", "甲镇", "2024", a), summary_of("b.txt", "乙镇", "2023", b)}), "copied-passage");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].document, "a.txt");
  EXPECT_EQ(findings[0].other_document, "b.txt");
  EXPECT_GE(findings[0].start, count_code_points(filler(1, 500)));
  EXPECT_GE(findings[0].other_start, count_code_points(filler(3, 100)));
  EXPECT_LT(findings[0].other_start, count_code_points(filler(1, 500)));
  EXPECT_THAT(findings[0].message, HasSubstr("也见于b.txt（乙镇）"));
  EXPECT_THAT(findings[0].evidence, ::testing::StartsWith("a.txt ["));
}

DocumentSummary signed_on(DocumentSummary s, const std::string& date) {
  s.date = date;
  return s;
}

// A paragraph one township wrote and others took, with its figures.
const std::string kElevatorParagraph =
    "针对老旧小区加装电梯中邻里矛盾突出的问题，街道司法所会同社区法律顾问逐楼栋召开协商会23场，"
    "编印《加装电梯法律问答》，引导业主依法协商、签订协议，全年化解加装电梯纠纷41件，"
    "推动12个小区34部电梯顺利开工；同时建立楼栋调解员制度，聘请退休法官、律师等8名志愿者参与调解，"
    "做法获得群众普遍好评。";

std::vector<DocumentSummary> reversed(std::vector<DocumentSummary> batch) {
  std::reverse(batch.begin(), batch.end());
  return batch;
}

// The later year's report took the passage, whatever the order of the files, even when its unit has another year in
// the batch: that year does not have the passage, so the report is not keeping its own words.
TEST(CorpusRules, ACopiedPassageIsAboutTheLaterYearUnlessItsUnitHadThePassageBefore) {
  const std::vector<DocumentSummary> batch = {
      summary_of("nanping_2023.txt", "宁丰县南坪街道办事处", "2023",
                 filler(1, 300) + kElevatorParagraph + filler(2, 200)),
      summary_of("xihe_2023.txt", "西河镇人民政府", "2023", filler(3, 500)),
      summary_of("xihe_2024.txt", "西河镇", "2024", filler(4, 200) + kElevatorParagraph + filler(5, 300))};
  for (const auto& order : {batch, reversed(batch)}) {
    const auto findings = of_rule(run(order), "copied-passage");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].document, "xihe_2024.txt");
    EXPECT_EQ(findings[0].other_document, "nanping_2023.txt");
    EXPECT_THAT(findings[0].evidence, HasSubstr("copier: in its unit's reports since 2024, the other's since 2023"));
  }
  // A unit that had the passage the year before keeps its own words in its 2025 report: the neighbour's 2024 report,
  // which has it from 2024 only, is the copier in both pairs, and is reported once.
  const std::vector<DocumentSummary> keeping = {
      summary_of("donggang_2023.txt", "东岗镇人民政府", "2023", filler(6, 300) + kElevatorParagraph + filler(7, 200)),
      summary_of("beiqu_2024.txt", "北渠镇人民政府", "2024", filler(8, 200) + kElevatorParagraph + filler(9, 300)),
      summary_of("donggang_2025.txt", "东岗镇人民政府", "2025",
                 filler(10, 100) + kElevatorParagraph + filler(11, 300))};
  for (const auto& order : {keeping, reversed(keeping)}) {
    const auto findings = of_rule(run(order), "copied-passage");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].document, "beiqu_2024.txt");
  }
}

// Two reports of one year: the one signed later took the passage (the other was written first); the input order
// decides only when the dates do not tell.
TEST(CorpusRules, ASameYearCopyIsAboutTheReportSignedLater) {
  const auto original =
      summary_of("yunling_2024.txt", "云岭镇人民政府", "2024", filler(1, 300) + kElevatorParagraph + filler(2, 200));
  const auto copy = summary_of("taoxi_2024.txt", "宁丰县桃溪乡人民政府", "2024",
                               filler(3, 200) + kElevatorParagraph + filler(4, 300));
  for (const auto& order : {std::vector{signed_on(original, "2025-01-12"), signed_on(copy, "2025-01-20")},
                            std::vector{signed_on(copy, "2025-01-20"), signed_on(original, "2025-01-12")}}) {
    const auto findings = of_rule(run(order), "copied-passage");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].document, "taoxi_2024.txt");
    EXPECT_EQ(findings[0].other_document, "yunling_2024.txt");
    EXPECT_THAT(findings[0].evidence, HasSubstr("copier: signed 2025-01-20, the other 2025-01-12"));
  }
  // A month only beside a day of that month, or no date: the later in input order.
  for (const auto& [first_date, second_date] : {std::pair<std::string, std::string>{"2025-01", "2025-01-20"},
                                                {"", "2025-01-20"},
                                                {"2025-01-20", "2025-01-20"}}) {
    const auto findings =
        of_rule(run({signed_on(copy, first_date), signed_on(original, second_date)}), "copied-passage");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].document, "yunling_2024.txt") << first_date << " " << second_date;
    EXPECT_THAT(findings[0].evidence, HasSubstr("copier: later in input order"));
  }
}

TEST(CorpusRules, APassageInManyUnitsReportsIsBoilerplateLearnedFromTheBatch) {
  const std::string slogan = filler(77, 120);
  std::vector<DocumentSummary> batch;
  for (int unit = 0; unit < 4; ++unit) {
    batch.push_back(summary_of("u" + std::to_string(unit) + ".txt", "镇" + std::to_string(unit), "2024",
                               filler(100 + unit, 300) + slogan + filler(200 + unit, 300)));
  }
  EXPECT_TRUE(of_rule(run(batch), "copied-passage").empty());  // in 4 units' reports, above 2
  CorpusSettings tolerant;
  tolerant.boilerplate_units = 4;
  EXPECT_EQ(of_rule(run(batch, tolerant), "copied-passage").size(), 3u);  // each later report, once
}

TEST(CorpusRules, SameUnitReportsAreNotCopying) {
  const std::string passage = filler(42, 200);
  const auto findings = run({summary_of("2023.txt", "甲镇", "2023", filler(1, 300) + passage),
                             summary_of("2024.txt", "甲镇", "2024", passage + filler(2, 300))});
  EXPECT_TRUE(of_rule(findings, "copied-passage").empty());
}

TEST(CorpusRules, UnchangedFromPreviousYearNeedsTheShare) {
  const std::string body = filler(8, 2000);
  const std::string changed = filler(8, 1500) + filler(9, 500);  // three quarters the same
  const auto same =
      run({summary_of("2023.txt", "甲镇", "2023", body), summary_of("2024.txt", "甲镇", "2024", body + "。")});
  ASSERT_EQ(of_rule(same, "unchanged-from-previous-year").size(), 1u);
  EXPECT_EQ(of_rule(same, "unchanged-from-previous-year")[0].document, "2024.txt");
  EXPECT_EQ(of_rule(same, "unchanged-from-previous-year")[0].other_document, "2023.txt");
  const auto partly =
      run({summary_of("2023.txt", "甲镇", "2023", body), summary_of("2024.txt", "甲镇", "2024", changed)});
  EXPECT_TRUE(of_rule(partly, "unchanged-from-previous-year").empty());
  // Not consecutive years, or another unit: nothing.
  EXPECT_TRUE(of_rule(run({summary_of("a.txt", "甲镇", "2022", body), summary_of("b.txt", "甲镇", "2024", body)}),
                      "unchanged-from-previous-year")
                  .empty());
  EXPECT_TRUE(of_rule(run({summary_of("a.txt", "甲镇", "2023", body), summary_of("b.txt", "乙镇", "2024", body)}),
                      "unchanged-from-previous-year")
                  .empty());
}

DocumentSummary with_figure(DocumentSummary s, const std::string& code, double value, std::size_t at = 10) {
  s.metrics.push_back({code, "调解", "件", "", value, at, at + 3});
  return s;
}

TEST(CorpusRules, YearOverYearJumpComparesTheSameCodeByTheFactor) {
  const auto before = with_figure(summary_of("2023.txt", "甲镇", "2023", filler(1, 300)), "mediation_cases", 12);
  const auto jump =
      run({before, with_figure(summary_of("2024.txt", "甲镇", "2024", filler(2, 300)), "mediation_cases", 120)});
  const auto jumps = of_rule(jump, "year-over-year-jump");
  ASSERT_EQ(jumps.size(), 1u);
  EXPECT_EQ(jumps[0].document, "2024.txt");
  EXPECT_EQ(jumps[0].other_document, "2023.txt");
  EXPECT_THAT(jumps[0].message, HasSubstr("“调解”2023年为12件，2024年为120件，是上年的10倍"));
  EXPECT_THAT(jumps[0].evidence, HasSubstr("mediation_cases: 2024.txt [10, 13) = 120"));
  EXPECT_EQ(jumps[0].start, 10u);
  const auto growth =
      run({before, with_figure(summary_of("2024.txt", "甲镇", "2024", filler(2, 300)), "mediation_cases", 40)});
  EXPECT_TRUE(of_rule(growth, "year-over-year-jump").empty());  // ×3.3, under the factor 5
  const auto other_code =
      run({before, with_figure(summary_of("2024.txt", "甲镇", "2024", filler(2, 300)), "legal_aid", 120)});
  EXPECT_TRUE(of_rule(other_code, "year-over-year-jump").empty());
}

// A report submitted twice is one report: its second copy gets duplicate-submission and nothing else, in whichever
// order the copies come.
TEST(CorpusRules, ADuplicateSubmissionGetsNoOtherFinding) {
  const auto last_year =
      with_figure(summary_of("qingfeng_2023.txt", "青峰镇人民政府", "2023", filler(1, 300)), "inspections", 15);
  const auto report =
      with_figure(summary_of("qingfeng_2024.txt", "青峰镇人民政府", "2024", filler(2, 300)), "inspections", 150);
  auto resubmitted = report;
  resubmitted.id = "qingfeng_2024_v2.txt";
  resubmitted.sha256 = "sha-of-v2";
  for (const auto& order : {std::vector{last_year, report, resubmitted}, std::vector{resubmitted, last_year, report}}) {
    const auto findings = run(order);
    ASSERT_EQ(findings.size(), 2u);
    const std::string first_copy = order[0].id == "qingfeng_2023.txt" ? "qingfeng_2024.txt" : "qingfeng_2024_v2.txt";
    const std::string second_copy = first_copy == "qingfeng_2024.txt" ? "qingfeng_2024_v2.txt" : "qingfeng_2024.txt";
    const auto jumps = of_rule(findings, "year-over-year-jump");
    ASSERT_EQ(jumps.size(), 1u);
    EXPECT_EQ(jumps[0].document, first_copy);
    const auto duplicates = of_rule(findings, "duplicate-submission");
    ASSERT_EQ(duplicates.size(), 1u);
    EXPECT_EQ(duplicates[0].document, second_copy);
  }
}

// One township however its reports name it: a county before its name or a joint signature makes no other unit.
TEST(CorpusRules, ATownshipIsOneUnitWhateverItsReportsCallIt) {
  const auto before = with_figure(summary_of("2021.txt", "柳岸镇人民政府", "2021", filler(1, 300)), "legal_aid", 9);
  for (const std::string later : {"宁丰县柳岸镇人民政府", "柳岸镇"}) {
    const auto findings =
        run({before, with_figure(summary_of("2022.txt", later, "2022", filler(2, 300)), "legal_aid", 90)});
    EXPECT_EQ(of_rule(findings, "year-over-year-jump").size(), 1u) << later;
  }
  // A county's name ends at its first 县/区/市: 中山市东区街道 is 东区街道, not another 街道.
  const auto east = with_figure(summary_of("e.txt", "中山市东区街道办事处", "2021", filler(1, 300)), "legal_aid", 9);
  EXPECT_TRUE(of_rule(run({east, with_figure(summary_of("w.txt", "中山市西区街道办事处", "2022", filler(2, 300)),
                                             "legal_aid", 90)}),
                      "year-over-year-jump")
                  .empty());
  // A county's department stays its county's.
  const auto department = with_figure(summary_of("a.txt", "安和县司法局", "2021", filler(1, 300)), "legal_aid", 9);
  EXPECT_TRUE(of_rule(run({department,
                           with_figure(summary_of("b.txt", "平川县司法局", "2022", filler(2, 300)), "legal_aid", 90)}),
                      "year-over-year-jump")
                  .empty());
}

// The central bank's branch is one unit whether its name keeps the bank's (中国人民银行宁丰县支行) or an earlier run
// stored it without (宁丰县支行), and a city's 中心支行 is its 分行 renamed in 2023. Another bank's branch in the same
// county, or the central bank's in another county, is another unit.
TEST(CorpusRules, TheCentralBanksBranchIsOneUnitWhateverItsBanksNameAndItsRename) {
  const auto pairs = [](const std::string& earlier, const std::string& later) {
    const auto before = with_figure(summary_of("2023.txt", earlier, "2023", filler(1, 300)), "legal_aid", 9);
    const auto after = with_figure(summary_of("2024.txt", later, "2024", filler(2, 300)), "legal_aid", 90);
    return of_rule(run({before, after}), "year-over-year-jump").size() == 1;
  };
  EXPECT_TRUE(pairs("宁丰县支行", "中国人民银行宁丰县支行"));
  EXPECT_TRUE(pairs("中国人民银行宁丰县支行", "宁丰县支行"));
  EXPECT_TRUE(pairs("中国人民银行榆城市中心支行", "中国人民银行榆城市分行"));
  EXPECT_TRUE(pairs("榆城市中心支行", "中国人民银行榆城市分行"));
  EXPECT_FALSE(pairs("中国农业银行宁丰县支行", "中国人民银行宁丰县支行"));
  EXPECT_FALSE(pairs("宁丰农商行城关支行", "中国人民银行城关支行"));
  EXPECT_FALSE(pairs("宁丰县支行", "中国人民银行安和县支行"));
  EXPECT_FALSE(pairs("中国农业银行榆城市中心支行", "中国农业银行榆城市分行"));
}

// Figures pair by their words when both years give them as often, else by code and unit when each year gives
// one: reworded indicators still pair, an extra mention pairs nothing wrongly.
TEST(CorpusRules, YearOverYearFiguresPairByWordsThenByCode) {
  auto reworded = summary_of("2023.txt", "甲镇", "2023", filler(2, 300));
  reworded.metrics.push_back({"legal_aid", "办理法律援助案件", "件", "", 90, 10, 13});
  auto before = summary_of("2022.txt", "甲镇", "2022", filler(1, 300));
  before.metrics.push_back({"legal_aid", "镇司法所协助办理法律援助案件", "件", "", 9, 10, 13});
  EXPECT_EQ(of_rule(run({before, reworded}), "year-over-year-jump").size(), 1u);
  auto lectures_before = summary_of("2022.txt", "甲镇", "2022", filler(1, 300));
  lectures_before.metrics.push_back({"legal_lectures", "开展法治讲座", "期", "", 30, 10, 13});
  auto lectures_now = summary_of("2023.txt", "甲镇", "2023", filler(2, 300));
  lectures_now.metrics.push_back({"legal_lectures", "开展法治讲座", "期", "", 2, 10, 13});
  lectures_now.metrics.push_back({"legal_lectures", "开展法治讲座", "期", "", 36, 40, 43});
  EXPECT_TRUE(of_rule(run({lectures_before, lectures_now}), "year-over-year-jump").empty());
}

// One figure a year of one broad code pairs only when its words carry over: 法律援助 does, 普法宣传活动 and 宪法宣讲
// are two activities.
TEST(CorpusRules, YearOverYearPairsSingleFiguresOnlyWhenTheirWordsCarryOver) {
  auto aid_before = summary_of("2023.txt", "甲镇", "2023", filler(1, 300));
  aid_before.metrics.push_back({"legal_aid", "镇司法所协助办理法律援助案件", "件", "", 9, 10, 13});
  auto aid_now = summary_of("2024.txt", "甲镇", "2024", filler(2, 300));
  aid_now.metrics.push_back({"legal_aid", "办理法律援助案件", "件", "", 90, 10, 13});
  EXPECT_EQ(of_rule(run({aid_before, aid_now}), "year-over-year-jump").size(), 1u);
  auto events_before = summary_of("2023.txt", "甲镇", "2023", filler(1, 300));
  events_before.metrics.push_back({"publicity_events", "开展普法宣传活动", "场", "", 36, 10, 13});
  auto events_now = summary_of("2024.txt", "甲镇", "2024", filler(2, 300));
  events_now.metrics.push_back({"publicity_events", "组织宪法宣讲", "场", "", 6, 10, 13});
  EXPECT_TRUE(of_rule(run({events_before, events_now}), "year-over-year-jump").empty());
}

TEST(CorpusRules, OutlierByMedianAndMadWithAMinimumGroup) {
  std::vector<DocumentSummary> batch;
  const double rates[] = {92, 93, 94, 95, 96, 97, 93.5, 94.5, 95.5};
  for (std::size_t i = 0; i < std::size(rates); ++i) {
    batch.push_back(
        with_figure(summary_of(std::to_string(i) + ".txt", "甲" + std::to_string(i) + "镇", "2024", filler(i, 100)),
                    "mediation_success_rate", rates[i]));
  }
  batch.push_back(with_figure(summary_of("z.txt", "某镇", "2024", filler(50, 100)), "mediation_success_rate", 300));
  const auto outliers = of_rule(run(batch), "outlier");
  ASSERT_EQ(outliers.size(), 1u);
  EXPECT_EQ(outliers[0].document, "z.txt");
  EXPECT_THAT(outliers[0].message, HasSubstr("远高于本批"));
  EXPECT_THAT(outliers[0].message, HasSubstr("“调解”为"));
  CorpusSettings large_groups;
  large_groups.outlier_min_group = 20;
  EXPECT_TRUE(of_rule(run(batch, large_groups), "outlier").empty());
  // Reports agreeing closely make a small spread: 16 beside a median of 7 is far by z, yet ordinary.
  std::vector<DocumentSummary> close;
  const double sessions[] = {7, 7, 8, 6, 7, 8, 6, 16};
  for (std::size_t i = 0; i < std::size(sessions); ++i) {
    close.push_back(
        with_figure(summary_of(std::to_string(i) + ".txt", "甲" + std::to_string(i) + "镇", "2024", filler(i, 100)),
                    "legal_training", sessions[i]));
  }
  EXPECT_TRUE(of_rule(run(close), "outlier").empty());
}

// A county's total is the sum of its towns' and a department counts its whole trade: a figure is judged against
// reports of its own level of unit and its own year only, and a duplicate submission counts once.
TEST(CorpusRules, OutliersCompareReportsOfOneLevelAndOneYear) {
  const char* towns[] = {"青桥镇人民政府", "宁丰县白鹭镇人民政府", "柳岸镇", "宁丰县东门街道办事处",
                         "石湾乡人民政府", "北渠镇人民政府",       "南坪乡", "西河街道办事处",
                         "红岭镇人民政府"};
  const double mediated[] = {64, 72, 55, 91, 48, 80, 66, 73, 59};
  const double lectures[] = {5, 6, 4, 8, 6, 7, 5, 6, 4};
  std::vector<DocumentSummary> batch;
  for (std::size_t i = 0; i < std::size(towns); ++i) {
    auto s = summary_of("town" + std::to_string(i) + ".txt", towns[i], "2024", filler(i, 200));
    s.metrics.push_back({"mediation_cases", "人民调解组织排查调处矛盾纠纷", "件", "", mediated[i], 10, 14});
    s.metrics.push_back({"legal_lectures", "法治讲座", "场", "", lectures[i], 20, 22});
    batch.push_back(s);
  }
  auto county = summary_of("county.txt", "宁丰县人民政府", "2024", filler(30, 200));
  county.metrics.push_back({"mediation_cases", "人民调解组织排查调处矛盾纠纷", "件", "", 2318, 10, 14});
  auto justice = summary_of("sifaju.txt", "宁丰县司法局", "2024", filler(31, 200));
  justice.metrics.push_back({"legal_lectures", "法治讲座", "场", "", 42, 20, 22});
  auto last_year = summary_of("taohe_2023.txt", "桃河乡人民政府", "2023", filler(32, 200));
  last_year.metrics.push_back({"legal_lectures", "法治讲座", "场", "", 45, 20, 22});
  batch.insert(batch.end(), {county, justice, last_year});
  EXPECT_TRUE(of_rule(run(batch), "outlier").empty());

  // A township's 48 lectures beside its peers' 4 to 8 is one, however often it was submitted.
  auto taohe = summary_of("taohe_2024.txt", "宁丰县桃河乡人民政府", "2024", filler(33, 200));
  taohe.metrics.push_back({"legal_lectures", "法治讲座", "场", "", 48, 20, 22});
  auto taohe_again = taohe;
  taohe_again.id = "taohe_2024_v2.txt";
  batch.insert(batch.end(), {taohe, taohe_again});
  const auto outliers = of_rule(run(batch), "outlier");
  ASSERT_EQ(outliers.size(), 1u);
  EXPECT_EQ(outliers[0].document, "taohe_2024.txt");
  EXPECT_EQ(outliers[0].message, "“法治讲座”为48场，远高于本批10份乡镇（街道）2024年报告同类指标的中位数6场");
}

// A department counts its own trade: a 公安局's thousands of penalty cases are no outlier beside an 教育局's three.
// Departments are compared with departments of their trade in other places (the batch of several counties).
TEST(CorpusRules, DepartmentsAreComparedWithinTheirTrade) {
  const std::vector<std::pair<std::string, double>> departments = {
      {"公安局", 2416},   {"教育局", 3},       {"人社局", 12},     {"市场监督管理局", 326}, {"生态环境局", 36},
      {"自然资源局", 48}, {"交通运输局", 186}, {"卫生健康局", 22}, {"农业农村局", 15},      {"水利局", 8}};
  std::vector<DocumentSummary> batch;
  for (std::size_t i = 0; i < departments.size(); ++i) {
    auto s = summary_of("d" + std::to_string(i) + ".txt", "青川县" + departments[i].first, "2024", filler(i, 200));
    s.region = "青川县";
    s.metrics.push_back({"penalty_cases", "办理行政处罚案件", "件", "", departments[i].second, 10, 14});
    batch.push_back(s);
  }
  EXPECT_TRUE(of_rule(run(batch), "outlier").empty());

  // Ten counties' 司法局: one far above the others is still an outlier, named among its trade.
  const char* counties[] = {"青川县", "江口县", "临江县", "白沙县", "宁丰县",
                            "安和县", "石门县", "南坪县", "北渠县", "红岭县"};
  const double lectures[] = {5, 6, 4, 8, 6, 7, 5, 6, 4, 48};
  std::vector<DocumentSummary> justice;
  for (std::size_t i = 0; i < std::size(counties); ++i) {
    auto s = summary_of("j" + std::to_string(i) + ".txt", std::string(counties[i]) + "司法局", "2024", filler(i, 200));
    s.region = counties[i];
    s.metrics.push_back({"legal_lectures", "法治讲座", "场", "", lectures[i], 20, 22});
    justice.push_back(s);
  }
  const auto outliers = of_rule(run(justice), "outlier");
  ASSERT_EQ(outliers.size(), 1u);
  EXPECT_EQ(outliers[0].document, "j9.txt");
  EXPECT_EQ(outliers[0].message, "“法治讲座”为48场，远高于本批10份司法局2024年报告同类指标的中位数6场");
  EXPECT_EQ(department_trade("榆城市桑湖区应急管理局", "榆城市桑湖区"), "应急管理局");
  EXPECT_EQ(department_trade("县档案馆", ""), "县档案馆");                // no region, no listed bureau
  EXPECT_EQ(department_trade("湖北省宁丰县水利局", "宁丰县"), "水利局");  // the province before the place
}

// A vertically managed organ is of its kind's trade, whether its name gives its place's level word or not: customs
// are compared with customs, a statistics 调查队 with its like, not each organ with itself alone.
TEST(CorpusRules, VerticallyManagedOrgansAreComparedWithinTheirKind) {
  EXPECT_EQ(department_trade("青溪海关", ""), "海关");
  EXPECT_EQ(department_trade("宁丰县海关", "宁丰县"), "海关");
  EXPECT_EQ(department_trade("宁丰调查队", ""), "调查队");
  EXPECT_EQ(department_trade("安澜县调查队", "安澜县"), "调查队");
  EXPECT_EQ(department_trade("榆城海事局", ""), "海事局");
  EXPECT_EQ(department_trade("榆城市海事局", "榆城市"), "海事局");
  EXPECT_EQ(department_trade("榆城监管分局", ""), "金融监管分局");
  EXPECT_EQ(department_trade("宁丰县税务局城关税务分局", "宁丰县"), "税务分局");
  EXPECT_EQ(department_trade("榆城市税务局第一稽查局", "榆城市"), "税务稽查局");
  EXPECT_EQ(department_trade("宁丰县支行", "宁丰县"), "人民银行支行");
  EXPECT_EQ(department_trade("榆城市分行", "榆城市"), "人民银行分行");
  EXPECT_EQ(department_trade("宁丰监管支局", ""), "金融监管支局");
  EXPECT_EQ(department_trade("云岭调查总队", ""), "调查总队");
  EXPECT_EQ(department_trade("宁丰县税务局", "宁丰县"), "税务局");  // a place's own bureau, as before
  EXPECT_EQ(department_trade("宁丰县气象局", "宁丰县"), "气象局");
  // A town's 司法所 is compared with the others', however its name gives the town and the bureau above it.
  EXPECT_EQ(department_trade("青禾县柳溪镇司法所", "青禾县柳溪镇"), "司法所");
  EXPECT_EQ(department_trade("青禾县司法局柳溪司法所", "青禾县"), "司法所");
  EXPECT_EQ(department_trade("中国人民银行宁丰县支行", "宁丰县"), "人民银行支行");  // the bank named before its branch
  EXPECT_EQ(department_trade("中国人民银行榆城市中心支行", "榆城市"), "人民银行支行");
  // A market regulator's branch stays a market regulator's.
  EXPECT_EQ(department_trade("榆城市市场监督管理局桑湖分局", "榆城市"), "市场监督管理局");
  EXPECT_NE(department_trade("桑湖市场监管分局", ""), "金融监管分局");
  EXPECT_EQ(unit_level("青溪海关"), UnitLevel::department);
  EXPECT_EQ(unit_level("宁丰县支行"), UnitLevel::department);
  EXPECT_EQ(unit_level("榆城市分行"), UnitLevel::department);
  EXPECT_EQ(unit_level("中国人民银行宁丰县支行"), UnitLevel::department);
  EXPECT_EQ(unit_level("青禾县柳溪镇司法所"), UnitLevel::department);

  // Ten customs, some named with their place's level word: one far above the others is an outlier among 海关.
  const char* customs[] = {"青溪海关", "江口海关", "临江海关", "白沙海关", "宁丰县海关",
                           "安和海关", "石门海关", "南坪海关", "北渠海关", "红岭海关"};
  const double lectures[] = {5, 6, 4, 8, 6, 7, 5, 6, 4, 48};
  std::vector<DocumentSummary> batch;
  for (std::size_t i = 0; i < std::size(customs); ++i) {
    auto s = summary_of("c" + std::to_string(i) + ".txt", customs[i], "2024", filler(i, 200));
    s.metrics.push_back({"legal_lectures", "法治讲座", "场", "", lectures[i], 20, 22});
    batch.push_back(s);
  }
  const auto outliers = of_rule(run(batch), "outlier");
  ASSERT_EQ(outliers.size(), 1u);
  EXPECT_EQ(outliers[0].document, "c9.txt");
  EXPECT_EQ(outliers[0].message, "“法治讲座”为48场，远高于本批10份海关2024年报告同类指标的中位数6场");
}

// A common bureau is one trade under its full and its short name: ten counties' market regulators are compared
// together however each names itself, a branch of a city's bureau is that bureau's trade, and a 公安局 is still
// never judged among 教育局s.
TEST(CorpusRules, ABureausShortAndFullNamesAreOneTrade) {
  const char* counties[] = {"青川县", "江口县", "临江县", "白沙县", "宁丰县",
                            "安和县", "石门县", "南坪县", "北渠县", "红岭县"};
  const char* names[] = {"市场监管局",     "市场监督管理局", "市监局",         "市场监督管理局", "市场监管局",
                         "市场监督管理局", "市场监管局",     "市场监督管理局", "市场监管局",     "市场监督管理局"};
  const double inspections[] = {120, 135, 110, 140, 125, 130, 118, 128, 122, 1300};
  std::vector<DocumentSummary> market;
  for (std::size_t i = 0; i < std::size(counties); ++i) {
    auto s = summary_of("m" + std::to_string(i) + ".txt", std::string(counties[i]) + names[i], "2024", filler(i, 200));
    s.region = counties[i];
    s.metrics.push_back({"inspections", "开展执法检查", "次", "", inspections[i], 20, 24});
    market.push_back(s);
  }
  const auto outliers = of_rule(run(market), "outlier");
  ASSERT_EQ(outliers.size(), 1u);
  EXPECT_EQ(outliers[0].document, "m9.txt");
  EXPECT_THAT(outliers[0].message, HasSubstr("远高于本批10份市场监督管理局2024年报告同类指标"));

  // Nine counties' 教育局 and one 公安局: the 公安局's thousands of cases are judged against no 教育局.
  std::vector<DocumentSummary> mixed;
  const double cases[] = {3, 4, 2, 5, 3, 4, 3, 2, 4, 2416};
  for (std::size_t i = 0; i < std::size(counties); ++i) {
    auto s = summary_of("x" + std::to_string(i) + ".txt", std::string(counties[i]) + (i == 9 ? "公安局" : "教育局"),
                        "2024", filler(i + 20, 200));
    s.region = counties[i];
    s.metrics.push_back({"penalty_cases", "办理行政处罚案件", "件", "", cases[i], 10, 14});
    mixed.push_back(s);
  }
  EXPECT_TRUE(of_rule(run(mixed), "outlier").empty());

  EXPECT_EQ(department_trade("宁丰县人社局", "宁丰县"), department_trade("安和县人力资源和社会保障局", "安和县"));
  EXPECT_EQ(department_trade("宁丰县人力社保局", "宁丰县"), "人力资源和社会保障局");  // as 杭州's districts write it
  EXPECT_EQ(department_trade("宁丰县住建局", "宁丰县"), "住房和城乡建设局");
  EXPECT_EQ(department_trade("宁丰县城管局", "宁丰县"), "综合行政执法局");
  EXPECT_EQ(department_trade("县司法局", ""), "司法局");  // a listed bureau is known without its region
  EXPECT_EQ(department_trade("广州市公安局增城区分局", "增城区"), "公安局");
  EXPECT_EQ(department_trade("榆城市生态环境局桑湖分局", "桑湖区"), "生态环境局");
  EXPECT_EQ(department_trade("榆城市桑湖区公安分局", "榆城市桑湖区"), "公安局");
  EXPECT_EQ(department_trade("宁丰县教育局", "宁丰县"), "教育局");
  // A field of its own before a listed name makes another bureau.
  EXPECT_EQ(department_trade("宁丰县交通运输综合行政执法局", "宁丰县"), "交通运输综合行政执法局");
  EXPECT_EQ(department_trade("宁丰县森林公安局", "宁丰县"), "森林公安局");
}

// The bureaus whose names the 2018 reform merged or reports shorten are one trade each: a county's 教育和体育局
// with another's 教育局, a city's 卫生健康委员会 with a county's 卫健局. A trade of bureaus and commissions alike is
// named for its field (发展改革部门), not for one of its members' names.
TEST(CorpusRules, MergedAndShortenedBureausAreOneTrade) {
  const auto same_trade = [](std::initializer_list<const char*> names, const char* trade) {
    for (const char* name : names) EXPECT_EQ(department_trade(std::string("宁丰县") + name, "宁丰县"), trade) << name;
  };
  same_trade({"教育局", "教育和体育局", "教育体育局", "教体局"}, "教育局");
  same_trade({"卫生健康局", "卫健局", "卫生健康委员会", "卫健委"}, "卫生健康部门");
  same_trade({"文化和旅游局", "文旅局", "文化广电和旅游局", "文化广电旅游局", "文化广播电视和旅游局", "文广旅局"},
             "文化和旅游局");
  // A county's bureau named by the fields it merged, culture's first and tourism among them; not a law enforcement
  // bureau of those fields.
  same_trade({"文化广电体育和旅游局", "文化旅游体育局", "文体广电和旅游局", "文化旅游广电局"}, "文化和旅游局");
  EXPECT_EQ(department_trade("宁丰县文化旅游市场综合执法局", "宁丰县"), "文化旅游市场综合执法局");
  same_trade({"应急管理局", "应急局"}, "应急管理局");
  same_trade({"医疗保障局", "医保局"}, "医疗保障局");
  same_trade({"交通运输局", "交通局"}, "交通运输局");
  same_trade({"农业农村局", "农业农村委员会"}, "农业农村部门");
  same_trade({"发展和改革局", "发改局", "发展和改革委员会", "发改委"}, "发展改革部门");
  // Still not a trade by a name's tail alone: a field before the listed name is another bureau.
  EXPECT_EQ(department_trade("宁丰县交通运输综合行政执法局", "宁丰县"), "交通运输综合行政执法局");
  EXPECT_EQ(department_trade("宁丰县体育局", "宁丰县"), "体育局");

  // Nine cities' health commissions and one county's 卫健局 are one group, named for the field.
  const char* cities[] = {"青川市", "江口市", "临江市", "白沙县", "宁丰县",
                          "安和县", "石门县", "南坪县", "北渠县", "红岭县"};
  const char* names[] = {"卫生健康委员会", "卫健委", "卫生健康委员会", "卫生健康局", "卫健局",
                         "卫生健康局",     "卫健局", "卫生健康局",     "卫生健康局", "卫健局"};
  const double checks[] = {40, 45, 38, 42, 44, 41, 39, 43, 40, 420};
  std::vector<DocumentSummary> health;
  for (std::size_t i = 0; i < std::size(cities); ++i) {
    auto s = summary_of("h" + std::to_string(i) + ".txt", std::string(cities[i]) + names[i], "2024", filler(i, 200));
    s.region = cities[i];
    s.metrics.push_back({"inspections", "开展卫生监督检查", "次", "", checks[i], 20, 26});
    health.push_back(s);
  }
  const auto outliers = of_rule(run(health), "outlier");
  ASSERT_EQ(outliers.size(), 1u);
  EXPECT_EQ(outliers[0].document, "h9.txt");
  EXPECT_THAT(outliers[0].message, HasSubstr("远高于本批10份卫生健康部门2024年报告同类指标"));
}

// A city bureau's 分局 named for a district is the bureau's trade; one named for a duty of its own (社保, 交警,
// 森林) is not a district's share of the bureau's work and is a trade of its own, as is a 大队.
TEST(CorpusRules, ABranchNamedForADutyIsItsOwnTrade) {
  EXPECT_EQ(department_trade("榆城市人社局社保分局", "榆城市"), "人力资源和社会保障局社会保险分局");
  EXPECT_EQ(department_trade("榆城市公安局交警分局", "榆城市"), "公安局交通警察分局");
  EXPECT_EQ(department_trade("榆城市公安局森林分局", "榆城市"), "公安局森林分局");
  EXPECT_EQ(department_trade("榆城市公安局交警大队", "榆城市"), "公安局交通警察大队");
  EXPECT_EQ(department_trade("榆城市人社局桑湖分局", "桑湖区"), "人力资源和社会保障局");
  EXPECT_EQ(department_trade("防城港市公安局港口分局", "港口区"), "公安局");  // 港口区 is a district
}

// A duty branch spelled short or in full is one trade: its bureau by its trade, its duty in full.
TEST(CorpusRules, ADutyBranchsShortAndFullNamesAreOneTrade) {
  const auto same_trade = [](const char* a, const char* b) {
    EXPECT_EQ(department_trade(a, "榆城市"), department_trade(b, "榆城市")) << a << " / " << b;
  };
  same_trade("榆城市人社局社保分局", "榆城市人力资源和社会保障局社会保险分局");
  same_trade("榆城市人力社保局社保分局", "榆城市人力资源社会保障局社会保险分局");
  same_trade("榆城市公安局交警分局", "榆城市公安局交通警察分局");
  same_trade("榆城市医保局医保分局", "榆城市医疗保障局医疗保障分局");
  same_trade("榆城市自然资源和规划局不动产分局", "榆城市自然资源局不动产登记分局");
  EXPECT_EQ(department_trade("榆城市自然资源局不动产登记分局", "榆城市"), "自然资源局不动产登记分局");
  // Two duties stay two trades, and a duty branch is never its bureau's trade.
  EXPECT_NE(department_trade("榆城市公安局交警分局", "榆城市"), department_trade("榆城市公安局森林分局", "榆城市"));
  EXPECT_NE(department_trade("榆城市人社局社保分局", "榆城市"), "人力资源和社会保障局");
}

// A traffic police formation reports under its bureau's name or its own short one (宁丰县公安局交通警察大队,
// 宁丰县公安局交警大队, 宁丰县交警大队): one trade per formation, a county's 大队 and a city's 支队 apart, and neither
// the 公安局's trade nor another formation's (消防救援大队, 交通管理大队 under a name of its own).
TEST(CorpusRules, ATrafficPoliceFormationsNamesAreOneTrade) {
  for (const char* unit : {"宁丰县公安局交通警察大队", "宁丰县公安局交警大队", "宁丰县交警大队", "宁丰县交通警察大队",
                           "县公安局交警大队"}) {
    EXPECT_EQ(department_trade(unit, "宁丰县"), "公安局交通警察大队") << unit;
  }
  for (const char* unit : {"榆城市公安局交通警察支队", "榆城市公安局交警支队", "榆城市交警支队"}) {
    EXPECT_EQ(department_trade(unit, "榆城市"), "公安局交通警察支队") << unit;
  }
  // A city's 支队 keeps a 大队 in each county it serves, named after the place: a county's traffic police.
  EXPECT_EQ(department_trade("榆城市公安局交通警察支队桑湖大队", "榆城市"), "公安局交通警察大队");
  EXPECT_EQ(department_trade("榆城市交警支队桑湖大队", "榆城市"), "公安局交通警察大队");
  // One named for its duty is the city's own: no county's traffic police.
  for (const char* unit : {"榆城市公安局交通警察支队高速公路大队", "榆城市公安局交警支队直属一大队",
                           "榆城市公安局交通警察支队车辆管理大队"}) {
    EXPECT_NE(department_trade(unit, "榆城市"), "公安局交通警察大队") << unit;
  }
  EXPECT_EQ(department_trade("宁丰县消防救援大队", "宁丰县"), "消防救援大队");
  EXPECT_EQ(department_trade("宁丰县公安局", "宁丰县"), "公安局");
  EXPECT_EQ(department_trade("榆城市公安局交警分局", "榆城市"), "公安局交通警察分局");  // a branch, not a formation
}

// A duty's word anywhere in a branch's qualifier makes a duty branch (高速公路交警, 轨道交通, 首都机场), unless the
// qualifier ends as a district's or a street's name does (港口区, 铁西区, 交通路): a district named so is a district.
TEST(CorpusRules, ADutyWordAnywhereInTheQualifierNamesADutyButADistrictStaysADistrict) {
  EXPECT_EQ(department_trade("榆城市公安局高速公路交警分局", "榆城市"), "公安局高速公路交通警察分局");
  EXPECT_EQ(department_trade("榆城市公安局高速公路交通警察分局", "榆城市"), "公安局高速公路交通警察分局");
  EXPECT_EQ(department_trade("榆城市公安局轨道交通分局", "榆城市"), "公安局轨道交通分局");
  EXPECT_EQ(department_trade("榆城市公安局首都机场分局", "榆城市"), "公安局首都机场分局");
  EXPECT_EQ(department_trade("榆城市公安局高速公路分局", "榆城市"), "公安局高速公路分局");
  // Districts and streets whose names hold a duty's word.
  EXPECT_EQ(department_trade("防城港市公安局港口区分局", "港口区"), "公安局");
  EXPECT_EQ(department_trade("榆城市公安局铁西区分局", "铁西区"), "公安局");
  EXPECT_EQ(department_trade("榆城市公安局交通路分局", "榆城市"), "公安局");
  EXPECT_EQ(department_trade("榆城市公安局森林区分局", "森林区"), "公安局");
  EXPECT_EQ(department_trade("榆城市生态环境局林业新区分局", "林业新区"), "生态环境局");
  EXPECT_EQ(department_trade("榆城市公安局桑湖分局", "桑湖区"), "公安局");
}

// A report whose level cannot be read (no unit named) is judged among the others of unknown level: a batch whose
// units cannot be read is judged as one, as before.
TEST(CorpusRules, ReportsOfUnknownLevelAreJudgedAmongThemselves) {
  std::vector<DocumentSummary> batch;
  const double lectures[] = {5, 6, 4, 8, 6, 7, 5, 6, 4, 48};
  for (std::size_t i = 0; i < std::size(lectures); ++i) {
    auto s = summary_of(std::to_string(i) + ".txt", "", "2024", filler(i, 200));
    s.metrics.push_back({"legal_lectures", "法治讲座", "场", "", lectures[i], 20, 22});
    batch.push_back(s);
  }
  auto county = summary_of("county.txt", "宁丰县人民政府", "2024", filler(40, 200));
  county.metrics.push_back({"legal_lectures", "法治讲座", "场", "", 5, 20, 22});
  batch.push_back(county);
  const auto outliers = of_rule(run(batch), "outlier");
  ASSERT_EQ(outliers.size(), 1u);
  EXPECT_EQ(outliers[0].document, "9.txt");
  EXPECT_THAT(outliers[0].message, HasSubstr("远高于本批10份2024年报告同类指标"));
}

TEST(CorpusRecords, TheLevelOfAUnitComesFromTheEndOfItsName) {
  EXPECT_EQ(unit_level("宁丰县柳岸镇人民政府"), UnitLevel::town);
  EXPECT_EQ(unit_level("柳岸镇"), UnitLevel::town);
  EXPECT_EQ(unit_level("宁丰县人民政府东门街道办事处"), UnitLevel::town);
  EXPECT_EQ(unit_level("东乌珠穆沁旗额吉淖尔苏木"), UnitLevel::town);
  EXPECT_EQ(unit_level("宁丰县人民政府"), UnitLevel::county);
  EXPECT_EQ(unit_level("柳湾区"), UnitLevel::county);
  EXPECT_EQ(unit_level("安和市人民政府"), UnitLevel::county);
  EXPECT_EQ(unit_level("宁丰县司法局"), UnitLevel::department);
  EXPECT_EQ(unit_level("宁丰县市场监督管理局"), UnitLevel::department);
  EXPECT_EQ(unit_level("宁丰县发展和改革委员会"), UnitLevel::department);
  EXPECT_EQ(unit_level("宁丰县人民政府办公室"), UnitLevel::department);
  EXPECT_EQ(unit_level("柳岸镇司法所"), UnitLevel::department);
  EXPECT_EQ(unit_level(""), UnitLevel::unknown);
  EXPECT_EQ(unit_level("安和省"), UnitLevel::unknown);
}

TEST(CorpusRules, FindingsFollowInputOrderWhateverTheRule) {
  const std::string text = filler(11, 600);
  const auto findings = run({summary_of("x.txt", "甲镇", "2023", text), summary_of("y.txt", "甲镇", "2024", text),
                             summary_of("z.txt", "甲镇", "2024", text)});
  ASSERT_FALSE(findings.empty());
  std::vector<std::string> documents;
  for (const auto& f : findings) documents.push_back(f.document);
  EXPECT_TRUE(std::is_sorted(documents.begin(), documents.end()));
}

TEST(CorpusRules, AHistoryStoresDocumentIsThePreviousYearAndNamedWithItsStoreWhenItsIdRecurs) {
  test::TemporaryDirectory dir;
  const auto store_path = dir / "last-year.sqlite";
  {
    Document last_year;
    last_year.id = "r.txt";
    last_year.source = "r.txt";
    last_year.text = filler(1, 300);
    last_year.metadata.set("sha256", "sha-2023");
    last_year.metadata.set("unit", "甲镇");
    last_year.metadata.set("year", "2023");
    Metric m;
    m.code = "mediation_cases", m.indicator = "调解", m.unit = "件", m.value = 12, m.start = 10, m.end = 13;
    last_year.metrics.push_back(m);
    auto store = store::open_sqlite_store(store_path);
    const DocumentSummary summary = summarize(last_year);
    store->put_document("sha-2023", last_year, encode_summary(summary));
    store->commit();
  }
  CorpusSettings settings;
  settings.history = {store_path.string()};
  const auto findings =
      of_rule(run({with_figure(summary_of("r.txt", "甲镇", "2024", filler(2, 300)), "mediation_cases", 120)}, settings),
              "year-over-year-jump");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].document, "r.txt");
  EXPECT_EQ(findings[0].other_document, "r.txt (" + store_path.string() + ")");
}

TEST(CorpusSettingsCheck, BadValuesAreParameterProblems) {
  Parameters parameters;
  parameters.set("min_passage", std::int64_t{0});
  parameters.set("boilerplate_units", std::int64_t{2});
  parameters.set("boilerplate_share", 1.5);
  parameters.set("unchanged_share", 0.8);
  parameters.set("jump_factor", 1.0);
  parameters.set("outlier_threshold", 5.0);
  parameters.set("outlier_min_group", std::int64_t{2});
  parameters.set("history", std::vector<std::string>{});
  try {
    read_corpus_settings(parameters);
    FAIL() << "accepted";
  } catch (const ParameterError& error) {
    std::vector<std::string> names;
    for (const auto& p : error.problems()) names.push_back(p.parameter);
    EXPECT_THAT(
        names, ::testing::UnorderedElementsAre("min_passage", "boilerplate_share", "jump_factor", "outlier_min_group"));
  }
}

// The config check already refuses it (exit 2); the stage refuses it too, should the file go in between.
TEST(CorpusSettingsCheck, AMissingHistoryStoreIsAParameterProblem) {
  Parameters parameters;
  for (const auto& [name, value] : std::vector<std::pair<const char*, std::int64_t>>{
           {"min_passage", 60}, {"boilerplate_units", 3}, {"outlier_min_group", 5}}) {
    parameters.set(name, value);
  }
  parameters.set("boilerplate_share", 0.5);
  parameters.set("unchanged_share", 0.8);
  parameters.set("jump_factor", 5.0);
  parameters.set("outlier_threshold", 5.0);
  parameters.set("history", std::vector<std::string>{"/nonexistent/docpipe.sqlite"});
  try {
    read_corpus_settings(parameters);
    FAIL() << "accepted";
  } catch (const std::exception& error) {
    EXPECT_THAT(error.what(), HasSubstr("/nonexistent/docpipe.sqlite"));
    EXPECT_THAT(error.what(), HasSubstr("no such file"));
  }
}

TEST(CorpusSettingsCheck, AMissingHistoryStoreFailsWhenTheStageStarts) {
  CorpusSettings settings;
  settings.history = {"/nonexistent/docpipe.sqlite"};
  try {
    CorpusAnalyzer analyzer(settings);
    FAIL() << "accepted";
  } catch (const std::runtime_error& error) {
    EXPECT_THAT(error.what(), HasSubstr("history store '/nonexistent/docpipe.sqlite': no such file"));
  }
}

}  // namespace
}  // namespace docpipe::corpus
