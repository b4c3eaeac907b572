// output.csv: RFC 4180 quoting and the fixed table contract.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "csv_output.hpp"
#include "csv_table.hpp"
#include "test_support.hpp"

namespace docpipe::csv {
namespace {

TEST(CsvQuoting, PlainFieldsAreNotQuoted) { EXPECT_EQ(quote_field("黄门镇"), "黄门镇"); }
TEST(CsvQuoting, CommasForceQuotes) { EXPECT_EQ(quote_field("a,b"), "\"a,b\""); }
TEST(CsvQuoting, QuotesAreDoubled) { EXPECT_EQ(quote_field("say \"hi\""), "\"say \"\"hi\"\"\""); }
TEST(CsvQuoting, LineBreaksForceQuotes) {
  EXPECT_EQ(quote_field("a\nb"), "\"a\nb\"");
  EXPECT_EQ(quote_field("a\rb"), "\"a\rb\"");
}
TEST(CsvQuoting, ChineseCommaNeedsNoQuotes) { EXPECT_EQ(quote_field("甲，乙"), "甲，乙"); }

PluginContext csv_context(const std::filesystem::path& out, bool bom, bool defuse = true,
                          const std::string& headers = "en") {
  PluginContext context;
  context.output_directory = out;
  context.parameters.set("excel_bom", bom);
  context.parameters.set("directory", std::string(""));
  context.parameters.set("defuse_formulas", defuse);
  context.parameters.set("headers", headers);
  return context;
}

TEST(CsvDefusing, FormulaStartsGetAnApostrophe) {
  for (const std::string start : {"=", "+", "-", "@", "\t", "\r"}) {
    EXPECT_EQ(defuse_formula(start + "SUM(A1)"), "'" + start + "SUM(A1)") << start;
  }
  EXPECT_EQ(defuse_formula("黄门镇=1"), "黄门镇=1");
  EXPECT_EQ(defuse_formula("120"), "120");
  EXPECT_EQ(defuse_formula(""), "");
}

// A decrease (同比-8.7%) is a negative value: a number to a spreadsheet, never a formula.
TEST(CsvDefusing, NegativeNumbersStayNumbers) {
  EXPECT_EQ(defuse_formula("-8.7"), "-8.7");
  EXPECT_EQ(defuse_formula("-12"), "-12");
  EXPECT_EQ(defuse_formula("-8.7%"), "'-8.7%");
  EXPECT_EQ(defuse_formula("-1+2"), "'-1+2");
  EXPECT_EQ(defuse_formula("-"), "'-");
  EXPECT_EQ(defuse_formula("-.5"), "'-.5");
  EXPECT_EQ(defuse_formula("-5."), "'-5.");
  // A table's 增减 cell keeps its thousands commas and its plus sign; a comma out of place is no number.
  EXPECT_EQ(defuse_formula("-5,570"), "-5,570");
  EXPECT_EQ(defuse_formula("+318"), "+318");
  EXPECT_EQ(defuse_formula("+1,234,567.5"), "+1,234,567.5");
  EXPECT_EQ(defuse_formula("-1,23"), "'-1,23");
  EXPECT_EQ(defuse_formula("-12,3456"), "'-12,3456");
  EXPECT_EQ(defuse_formula("-1234,567"), "'-1234,567");
  EXPECT_EQ(defuse_formula("-,567"), "'-,567");
  EXPECT_EQ(defuse_formula("+"), "'+");
  EXPECT_EQ(defuse_formula("+1+cmd"), "'+1+cmd");
}

TEST(CsvOutput, TablesAppearOnlyOnFinish) {
  test::TemporaryDirectory dir;
  CsvOutput output(csv_context(dir.path(), true));
  Document document;
  document.id = "r.txt";
  output.write(document);
  EXPECT_FALSE(std::filesystem::exists(dir / "documents.csv"));
  output.finish();
  EXPECT_TRUE(std::filesystem::exists(dir / "documents.csv"));
  EXPECT_FALSE(std::filesystem::exists(dir / "documents.csv.partial"));
}

TEST(CsvOutput, ExcelBomIsOnByDefaultAndCanBeSwitchedOff) {
  test::TemporaryDirectory with, without;
  for (auto [dir, bom] : {std::pair{&with, true}, std::pair{&without, false}}) {
    CsvOutput output(csv_context(dir->path(), bom));
    output.finish();
  }
  EXPECT_EQ(test::read_file(with / "documents.csv").rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_EQ(test::read_file(without / "documents.csv").rfind("document,", 0), 0u);
}

TEST(CsvOutput, HeadersFollowTheOutputContract) {
  test::TemporaryDirectory dir;
  CsvOutput(csv_context(dir.path(), false)).finish();
  EXPECT_EQ(test::read_file(dir / "documents.csv"),
            "document,source,format,encoding,title,region,year,date,published,characters,sections,metrics,anomalies,"
            "status,error,warnings,unit,sha256\r\n");
  EXPECT_EQ(test::read_file(dir / "sections.csv"), "document,section,parent,level,number,title,kind,start,end\r\n");
  EXPECT_THAT(test::read_file(dir / "metrics.csv"),
              ::testing::StartsWith("document,section,indicator,code,value,value_max,unit,qualifier,text,start,end"));
  EXPECT_EQ(test::read_file(dir / "anomalies.csv"),
            "document,rule,severity,section,message,evidence,start,end,heading,page\r\n");
  EXPECT_THAT(test::read_file(dir / "metrics.csv"), ::testing::EndsWith(",part,id,role,of,page\r\n"));
  // findings.csv only from a node a corpus stage feeds.
  EXPECT_FALSE(std::filesystem::exists(dir / "findings.csv"));
}

TEST(CsvOutput, FindingsTableHasBothDocumentsAndBothSpans) {
  test::TemporaryDirectory dir;
  CsvOutput output(csv_context(dir.path(), false));
  output.write_findings(
      {{"b.txt", "copied-passage", Severity::warning, "a.txt", "a passage", "b [1, 60) = a [5, 64)", 1, 60, 5, 64},
       {"a.txt", "duplicate-submission", Severity::warning, "a.docx", "same", "", 0, 0, 0, 0}});
  output.finish();
  EXPECT_EQ(test::read_file(dir / "findings.csv"),
            "document,rule,severity,other_document,message,evidence,start,end,other_start,other_end\r\n"
            "b.txt,copied-passage,warning,a.txt,a passage,\"b [1, 60) = a [5, 64)\",1,60,5,64\r\n"
            "a.txt,duplicate-submission,warning,a.docx,same,,,,,\r\n");
}

TEST(CsvOutput, ChineseHeadersOnRequest) {
  test::TemporaryDirectory dir;
  CsvOutput(csv_context(dir.path(), false, true, "zh")).finish();
  EXPECT_EQ(test::read_file(dir / "anomalies.csv"),
            "文档,规则,严重程度,章节,说明,依据,起始位置,结束位置,章节标题,页码\r\n");
  EXPECT_THAT(test::read_file(dir / "metrics.csv"), ::testing::HasSubstr("指标,指标代码,数值"));
  EXPECT_THROW(CsvOutput(csv_context(dir.path(), false, true, "fr")), std::invalid_argument);
}

// A title starting with "=" reaches every table that carries it (documents, sections, anomalies' heading)
// as text, not as a formula; with defuse_formulas off it is written as it is.
TEST(CsvOutput, FormulaLikeCellsAreDefusedInEveryTableUnlessSwitchedOff) {
  for (const bool defuse : {true, false}) {
    test::TemporaryDirectory dir;
    CsvOutput output(csv_context(dir.path(), false, defuse));
    Document d;
    d.id = "r.txt";
    d.text = "=HYPERLINK(1)\n-5件";
    d.metadata.set("title", "=HYPERLINK(1)");
    d.sections.push_back({"s1", "", 1, "", "=HYPERLINK(1)", {"achievements"}, 0, 17});
    d.metrics.push_back({"m1", "s1", "=HYPERLINK(1)", "", 5, std::nullopt, "件", "", "-5件", 14, 17, "achievements"});
    d.anomalies.push_back({"r", Severity::error, "s1", "@m", "+e", 0, 1, "=HYPERLINK(1)", std::nullopt});
    d.layers["x"].push_back({0, 1, "=t", {}});
    output.write(d);
    output.finish();
    const std::string quote = defuse ? "'" : "";
    for (const char* table : {"documents.csv", "sections.csv", "metrics.csv", "anomalies.csv", "annotations.csv"}) {
      const auto rows = test::read_csv(dir / table);
      ASSERT_EQ(rows.size(), 2u) << table;
      for (const auto& field : rows[1]) {
        if (defuse)
          EXPECT_TRUE(field.empty() || std::string_view("=+-@").find(field[0]) == std::string_view::npos)
              << table << ": " << field;
      }
    }
    EXPECT_EQ(test::read_csv(dir / "documents.csv")[1][4], quote + "=HYPERLINK(1)");
    EXPECT_EQ(test::read_csv(dir / "sections.csv")[1][5], quote + "=HYPERLINK(1)");
    EXPECT_EQ(test::read_csv(dir / "metrics.csv")[1][8], quote + "-5件");
    const auto anomalies = test::read_csv(dir / "anomalies.csv");
    EXPECT_EQ(anomalies[1][test::column(anomalies, "heading")], quote + "=HYPERLINK(1)");
    EXPECT_EQ(anomalies[1][test::column(anomalies, "message")], quote + "@m");
  }
}

TEST(CsvOutput, WritesLayerRowsWithPlainDecimalsAndCodePointOffsets) {
  test::TemporaryDirectory dir;
  CsvOutput output(csv_context(dir.path(), false));
  Document d;
  d.id = "r.txt";
  d.text = "资金1.27亿元";
  d.metrics.push_back({"m1", "s1", "资金", "", 127000000, std::nullopt, "元", "", "1.27亿元", 2, 8, "achievements"});
  d.sections.push_back({"s1", "", 1, "一、", "工作情况, 成效", {"achievements", "shortcomings"}, 0, 8});
  d.layers["lengths"].push_back({0, 2, "span", {{"chars", "2"}}});
  output.write(d);
  output.finish();
  const auto metrics = test::read_csv(dir / "metrics.csv");
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[1][test::column(metrics, "value")], "127000000");
  EXPECT_EQ(metrics[1][test::column(metrics, "start")], "2");
  const auto sections = test::read_csv(dir / "sections.csv");
  EXPECT_EQ(sections[1][test::column(sections, "title")], "工作情况, 成效");
  EXPECT_EQ(sections[1][test::column(sections, "kind")], "achievements;shortcomings");
  const auto annotations = test::read_csv(dir / "annotations.csv");
  EXPECT_EQ(annotations[1][test::column(annotations, "text")], "资金");
  EXPECT_EQ(annotations[1][test::column(annotations, "attributes")], "chars=2");
}

TEST(CsvOutput, FailedDocumentsGetARowButNoLayerRows) {
  test::TemporaryDirectory dir;
  CsvOutput output(csv_context(dir.path(), false));
  Document d;
  d.id = "bad.txt";
  d.status = DocumentStatus::error;
  d.error = "input.txt: not text";
  d.sections.push_back({"s1", "", 1, "一、", "半成品", {}, 0, 1});
  output.write(d);
  output.finish();
  const auto documents = test::read_csv(dir / "documents.csv");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1][test::column(documents, "status")], "error");
  EXPECT_EQ(documents[1][test::column(documents, "error")], "input.txt: not text");
  EXPECT_EQ(test::read_csv(dir / "sections.csv").size(), 1u);
}

}  // namespace
}  // namespace docpipe::csv
