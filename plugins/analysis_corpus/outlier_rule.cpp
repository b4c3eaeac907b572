// outlier: a figure far outside what the batch's other reports give for the same indicator code and unit,
// by robust statistics (median and median absolute deviation), so that the outliers themselves do not
// widen the yardstick. A figure is judged only against reports of the same level of unit and the same year: a
// county's total is the sum of its towns', a department counts its whole trade (and a department only against
// departments of its trade: a 公安局 handles more cases than an 教育局 by its nature). Groups reported by fewer
// documents than outlier_min_group are not judged.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "corpus_rules.hpp"
#include "docpipe/decimal.hpp"
#include "rule_ids.hpp"

namespace docpipe::corpus {

namespace {

// An outlier is also this many times the median, or that fraction of it.
constexpr double kTimesTheMedian = 3;

// 1.4826 MAD estimates the standard deviation of normally distributed values.
constexpr double kMadToSigma = 1.4826;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Figure {
  std::size_t document;
  const RecordMetric* metric;
};

// What a figure is compared with: the same code and measure word, in reports of one level (one trade for
// departments) and one year.
struct Group {
  std::uint32_t code_unit;
  UnitLevel level;
  std::uint32_t trade;
  int year;
  auto operator<=>(const Group&) const = default;
};

// How a message names the reports a figure was compared with: 乡镇（街道）2024年 when level and year are known,
// 司法局2024年 for departments.
std::string compared_reports(const Corpus& corpus, const Group& group) {
  std::string words;
  switch (group.level) {
    case UnitLevel::town:
      words = "乡镇（街道）";
      break;
    case UnitLevel::county:
      words = "县级政府";
      break;
    case UnitLevel::department:
      words = corpus.strings.text(group.trade);
      break;
    case UnitLevel::unknown:
      break;
  }
  if (group.year != 0) words += fmt::format("{}年", group.year);
  return words + "报告";
}

}  // namespace

std::vector<PlacedFinding> find_outliers(const Corpus& corpus, const CorpusSettings& settings) {
  // A duplicate submission is its first copy's report once more: it counts once. A report of unknown level is
  // compared with the others of unknown level only (a batch whose units cannot be read is judged as one).
  const std::vector<bool> duplicate = duplicate_submissions(corpus);
  std::map<Group, std::vector<Figure>> groups;
  for (std::size_t i = 0; i < corpus.batch_size; ++i) {
    if (duplicate[i]) continue;
    const CorpusRecord& record = corpus.records[i];
    for (const auto& m : record.metrics)
      groups[{m.code_unit, record.level, record.trade, record.year}].push_back({i, &m});
  }
  std::vector<PlacedFinding> findings;
  for (const auto& [group, figures] : groups) {
    std::set<std::size_t> documents;
    for (const auto& figure : figures) documents.insert(figure.document);
    if (documents.size() < settings.outlier_min_group) continue;
    std::vector<double> values;
    for (const auto& figure : figures) values.push_back(figure.metric->value);
    const double middle = median(values);
    for (auto& v : values) v = std::fabs(v - middle);
    const double spread = kMadToSigma * median(values);
    if (spread <= 0) continue;  // most reports give the same value: no yardstick for the others
    const std::string& key = corpus.strings.text(group.code_unit);
    const std::string code = key.substr(0, key.find('|'));
    const std::string unit = key.substr(key.find('|') + 1);
    for (const auto& figure : figures) {
      const double z = (figure.metric->value - middle) / spread;
      if (std::fabs(z) < settings.outlier_threshold) continue;
      // Where the reports agree closely (7, 7, 8, 6 …), a small spread makes an ordinary 16 look extreme: an
      // outlier is also several times the median, or a fraction of it.
      const double value = figure.metric->value;
      if (value > 0 && middle > 0 && std::max(value, middle) / std::min(value, middle) < kTimesTheMedian) continue;
      Finding f;
      f.document = corpus.records[figure.document].id;
      f.rule = rule::outlier;
      f.severity = Severity::info;
      f.message = fmt::format("{}为{}{}，远{}本批{}份{}同类指标的中位数{}{}", figure_name(corpus, *figure.metric),
                              format_decimal(figure.metric->value), unit, z > 0 ? "高于" : "低于", documents.size(),
                              compared_reports(corpus, group), format_decimal(middle), unit);
      f.evidence =
          fmt::format("{}: robust z-score {} (median {}, 1.4826 MAD {}; threshold {})", code,
                      format_decimal(std::round(z * 10) / 10), format_decimal(middle),
                      format_decimal(std::round(spread * 1000) / 1000), format_decimal(settings.outlier_threshold));
      f.start = figure.metric->start, f.end = figure.metric->end;
      findings.push_back({figure.document, std::move(f)});
    }
  }
  return findings;
}

}  // namespace docpipe::corpus
