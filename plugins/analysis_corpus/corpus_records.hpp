// What analysis.corpus keeps of each document: the summary cut down to what its rules read, with repeated
// strings (units, indicator keys) interned, so that 100,000 documents fit in memory.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "docpipe/document_summary.hpp"

namespace docpipe::corpus {

// Numbers for strings: equal strings get equal numbers, the first one 1 (0 stands for none).
class Interner {
 public:
  std::uint32_t id(const std::string& text);
  const std::string& text(std::uint32_t id) const { return texts_.at(id - 1); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> texts_;
};

struct RecordMetric {
  std::uint32_t key = 0;        // interned "code|unit|indicator": what a figure counts
  std::uint32_t code_unit = 0;  // interned "code|unit": the outlier rule's group; pairs years' single figures
  double value = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// The level of government a report speaks for: a figure is only comparable with reports of the same level (a
// county's 2,318 mediated disputes are the sum of its towns', a 市场监管局's penalties are its whole trade).
enum class UnitLevel : std::uint8_t {
  unknown,     // no unit named, or one of no level below (a province, a prefecture, 鹤龙街)
  town,        // 镇, 乡, 街道, 苏木 (their government or office)
  county,      // a 县, 区, 市 or 旗 government, no town in its name
  department,  // a 局, 委, 办 … of any place (安和县司法局, 柳岸镇司法所)
};

// The level of a unit as its metadata names it (docs/analysis-sections.md, "The reporting unit").
UnitLevel unit_level(const std::string& unit);

// The trade a department works in: a common bureau's one name whatever its reports call it (宁丰县市场监管局 and
// 安和县市场监督管理局 are 市场监督管理局, 上海市公安局浦东分局 is 公安局), else its name after its place (湖北省宁丰县
// 水利局 in 宁丰县 is 水利局), else the whole name. A 公安局's penalties are not an 教育局's: departments are compared
// with those of their trade only.
std::string department_trade(const std::string& unit, const std::string& region);

struct CorpusRecord {
  std::string id;
  std::string sha256;
  std::string format;
  std::uint32_t unit = 0;  // interned; 0 when the report names none
  UnitLevel level = UnitLevel::unknown;
  std::uint32_t trade = 0;  // interned: a department's office without its place (司法局); 0 at other levels
  int year = 0;             // 0 when unknown
  std::string date;         // the signature date, YYYY-MM-DD or YYYY-MM; empty when unknown
  bool from_history = false;
  std::uint64_t text_hash = 0;
  std::vector<TextFingerprint> fingerprints;
  std::vector<RecordMetric> metrics;
};

struct Corpus {
  Interner strings;
  std::vector<CorpusRecord> records;  // the batch in input order, then the history's documents
  std::size_t batch_size = 0;         // records before this index are the batch's

  void add(const DocumentSummary& summary, bool from_history);
};

// The indicator a figure's key names (code|unit|indicator): the report's words for what it counts.
std::string indicator_of(const Corpus& corpus, const RecordMetric& metric);

// How a finding names what a figure counts: the report's own words in quotes (“法律援助案件”), else 指标 and its
// code. A reviewer reads the words; the evidence keeps the code.
std::string figure_name(const Corpus& corpus, const RecordMetric& metric);

// "2024" -> 2024; anything but a plausible four-digit year -> 0.
int parse_year(const std::string& text);

}  // namespace docpipe::corpus
