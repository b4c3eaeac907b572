// A document survives the trip from a worker process to the host unchanged.
#include <gtest/gtest.h>

#include "document_codec.hpp"

namespace docpipe::host {
namespace {

TEST(DocumentCodec, EveryFieldRoundTrips) {
  ProcessedDocument processed;
  processed.input_node = 2;
  Document& d = processed.document;
  d.id = "sub/r.txt", d.source = "in/sub/r.txt", d.format = "pdf", d.encoding = "";
  d.metadata.add("removed.page-number", "— 1 —");
  d.metadata.add("removed.page-number", "— 2 —");
  d.text = "一、工作情况\n开展法治讲座14期。";
  d.blocks.push_back({BlockKind::table_cell, 0, 6, 1, "一、", 3, 0, 1, 2, "Heading 1"});
  d.blocks.push_back(
      {BlockKind::paragraph, 7, 17, std::nullopt, "", std::nullopt, std::nullopt, std::nullopt, std::nullopt, ""});
  d.sections.push_back({"s1", "", 1, "一、", "工作情况", {"achievements", "plan"}, 0, 17});
  d.metrics.push_back(
      {"m1", "s1", "法治讲座", "legal_lectures", 14, 16.5, "期", "余", "14期", 13, 16, "achievements", "total", "", 4});
  d.metrics.push_back({"m2", "s1", "", "", 0.1, std::nullopt, "%", "", "0.1%", 1, 2, "", "rate", "m1", std::nullopt});
  d.anomalies.push_back({"rate-mismatch", Severity::error, "s1", "化解率不符", "93%", 5, 9, "工作情况", 2});
  d.layers["structure_issues"].push_back({0, 2, "duplicate-number", {{"level", "1"}, {"number", "二、"}}});
  d.layers["empty"];
  d.status = DocumentStatus::error;
  d.error = "input.pdf: something";

  const ProcessedDocument back = decode_processed_document(encode_processed_document(processed));
  EXPECT_EQ(back.input_node, processed.input_node);
  const Document& b = back.document;
  EXPECT_EQ(b.id, d.id);
  EXPECT_EQ(b.source, d.source);
  EXPECT_EQ(b.format, d.format);
  EXPECT_EQ(b.metadata.entries(), d.metadata.entries());
  EXPECT_EQ(b.text, d.text);
  ASSERT_EQ(b.blocks.size(), 2u);
  EXPECT_EQ(b.blocks[0].kind, BlockKind::table_cell);
  EXPECT_EQ(b.blocks[0].heading_level, 1);
  EXPECT_EQ(b.blocks[0].page, 3);
  EXPECT_EQ(b.blocks[0].column, 2);
  EXPECT_EQ(b.blocks[0].style, "Heading 1");
  EXPECT_FALSE(b.blocks[1].row.has_value());
  ASSERT_EQ(b.sections.size(), 1u);
  EXPECT_EQ(b.sections[0].kinds, d.sections[0].kinds);
  ASSERT_EQ(b.metrics.size(), 2u);
  EXPECT_EQ(b.metrics[0].value_max, 16.5);
  EXPECT_EQ(b.metrics[1].value, 0.1);
  EXPECT_FALSE(b.metrics[1].value_max.has_value());
  EXPECT_EQ(b.metrics[0].id, "m1");
  EXPECT_EQ(b.metrics[0].role, "total");
  EXPECT_EQ(b.metrics[0].page, 4);
  EXPECT_EQ(b.metrics[1].role, "rate");
  EXPECT_EQ(b.metrics[1].of, "m1");
  EXPECT_FALSE(b.metrics[1].page.has_value());
  EXPECT_EQ(b.anomalies[0].severity, Severity::error);
  EXPECT_EQ(b.anomalies[0].message, "化解率不符");
  EXPECT_EQ(b.anomalies[0].heading, "工作情况");
  EXPECT_EQ(b.anomalies[0].page, 2);
  EXPECT_EQ(b.layers.at("structure_issues")[0].attributes, d.layers.at("structure_issues")[0].attributes);
  EXPECT_TRUE(b.layers.count("empty"));
  EXPECT_EQ(b.status, DocumentStatus::error);
  EXPECT_EQ(b.error, d.error);
}

TEST(DocumentCodec, TheCorpusSummaryTravelsWithTheDocument) {
  ProcessedDocument processed;
  processed.input_node = 0;
  processed.document.id = "r.txt";
  processed.document.text =
      "黄门镇2024年法治建设工作报告。举办法治讲座14期，发放宣传资料9600余份，开展法律咨询286人次。";
  processed.document.metadata.set("sha256", std::string(64, 'a'));
  processed.document.metadata.set("unit", "黄门镇");
  processed.summary = summarize(processed.document);
  const ProcessedDocument back = decode_processed_document(encode_processed_document(processed));
  ASSERT_TRUE(back.summary.has_value());
  EXPECT_EQ(back.summary->sha256, std::string(64, 'a'));
  EXPECT_EQ(back.summary->unit, "黄门镇");
  EXPECT_EQ(back.summary->fingerprints.size(), processed.summary->fingerprints.size());
  EXPECT_FALSE(decode_processed_document(encode_processed_document(ProcessedDocument{})).summary.has_value());
}

// The host writes a run's records from the worker's bytes: they must be what encoding the document alone
// (without its rendered outputs, which no record holds) gives.
TEST(DocumentCodec, AWorkersMessageKeepsTheDocumentsRecord) {
  ProcessedDocument processed;
  processed.input_node = 1;
  processed.document.id = "r.txt";
  processed.document.text = "举办法治讲座14期。";
  processed.document.metadata.set("sha256", std::string(64, 'b'));
  processed.summary = summarize(processed.document);
  const std::string alone = encode_processed_document(processed);
  processed.rendered = {{3, "<document/>"}, {5, std::string("\0\1 bytes", 8)}};
  const ProcessedDocument back = decode_worker_result(encode_processed_document(processed));
  EXPECT_EQ(back.record, alone);
  ASSERT_EQ(back.rendered.size(), 2U);
  EXPECT_EQ(back.rendered[1].bytes, std::string("\0\1 bytes", 8));
  EXPECT_EQ(back.document.text, processed.document.text);
  processed.rendered.clear();
  EXPECT_EQ(decode_worker_result(alone).record, alone);          // nothing rendered: the whole message
  EXPECT_TRUE(decode_processed_document(alone).record.empty());  // a replayed record is encoded again
}

// The host keeps a worker's message as the record without copying the text again, unless the rendered part is
// most of it: then the record is copied out, so the buffer of a large rendered piece is not kept alive with it.
TEST(DocumentCodec, TheRecordKeepsTheMessagesBufferUnlessTheRenderedPartIsMostOfIt) {
  ProcessedDocument processed;
  processed.input_node = 1;
  processed.document.id = "r.txt";
  processed.document.text = std::string(4000, 'x');
  const std::string alone = encode_processed_document(processed);

  processed.rendered = {{3, "xml/r.xml"}};
  std::string small_tail = encode_processed_document(processed);
  const char* buffer = small_tail.data();
  const ProcessedDocument kept = decode_worker_result(std::move(small_tail));
  EXPECT_EQ(kept.record, alone);
  EXPECT_EQ(kept.record.data(), buffer);

  processed.rendered = {{3, std::string(100000, 'p')}};
  std::string large_tail = encode_processed_document(processed);
  buffer = large_tail.data();
  const ProcessedDocument copied = decode_worker_result(std::move(large_tail));
  EXPECT_EQ(copied.record, alone);
  EXPECT_NE(copied.record.data(), buffer);
  EXPECT_LT(copied.record.capacity(), 2 * alone.size());
}

TEST(DocumentCodec, ATruncatedMessageIsAnErrorNotACrash) {
  ProcessedDocument processed;
  processed.document.text = std::string(1000, 'x');
  const std::string bytes = encode_processed_document(processed);
  for (std::size_t cut : {0ul, 5ul, bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_THROW(decode_processed_document(std::string_view(bytes).substr(0, cut)), std::runtime_error) << cut;
  }
}

}  // namespace
}  // namespace docpipe::host
