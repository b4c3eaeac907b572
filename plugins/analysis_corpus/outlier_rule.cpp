// outlier: a figure far outside what the batch's other reports give for the same indicator code and unit,
// by robust statistics (median and median absolute deviation), so that the outliers themselves do not
// widen the yardstick. Groups reported by fewer documents than outlier_min_group are not judged.
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

}  // namespace

std::vector<PlacedFinding> find_outliers(const Corpus& corpus, const CorpusSettings& settings) {
  std::map<std::uint32_t, std::vector<Figure>> groups;  // by code|unit
  for (std::size_t i = 0; i < corpus.batch_size; ++i) {
    for (const auto& m : corpus.records[i].metrics) groups[m.code_unit].push_back({i, &m});
  }
  std::vector<PlacedFinding> findings;
  for (const auto& [code_unit, figures] : groups) {
    std::set<std::size_t> documents;
    for (const auto& figure : figures) documents.insert(figure.document);
    if (documents.size() < settings.outlier_min_group) continue;
    std::vector<double> values;
    for (const auto& figure : figures) values.push_back(figure.metric->value);
    const double middle = median(values);
    for (auto& v : values) v = std::fabs(v - middle);
    const double spread = kMadToSigma * median(values);
    if (spread <= 0) continue;  // most reports give the same value: no yardstick for the others
    const std::string& key = corpus.strings.text(code_unit);
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
      f.message = fmt::format("{}为{}{}，远{}本批{}份报告同类指标的中位数{}{}", figure_name(corpus, *figure.metric),
                              format_decimal(figure.metric->value), unit, z > 0 ? "高于" : "低于", documents.size(),
                              format_decimal(middle), unit);
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
