// unchanged-from-previous-year and year-over-year-jump: a unit's report beside its own report of the year
// before, found in the batch or in the history stores.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "corpus_rules.hpp"
#include "docpipe/decimal.hpp"
#include "docpipe/text.hpp"
#include "rule_ids.hpp"

namespace docpipe::corpus {

namespace {

std::vector<std::uint64_t> hash_set(const CorpusRecord& record) {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(record.fingerprints.size());
  for (const auto& f : record.fingerprints) hashes.push_back(f.hash);
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

std::size_t common(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

std::string percent(double share) { return fmt::format("{}%", static_cast<int>(std::floor(share * 100 + 1e-9))); }

// Figures of one document by what they count, in text order.
template <typename Key>
std::map<std::uint32_t, std::vector<const RecordMetric*>> grouped(const CorpusRecord& record, Key key) {
  std::map<std::uint32_t, std::vector<const RecordMetric*>> figures;
  for (const auto& m : record.metrics) figures[key(m)].push_back(&m);
  return figures;
}

// Whether two indicators share a run of three characters (法律援助 in 镇司法所协助办理法律援助案件 and 办理法律援助
// 案件; not 开展普法宣传活动 and 组织宪法宣讲, two activities one broad code holds).
bool share_words(const std::string& a, const std::string& b) {
  constexpr std::size_t kRun = 3;
  const std::u32string x = decode_utf8(a), y = decode_utf8(b);
  if (x.size() < kRun || y.size() < kRun) return x == y;
  for (std::size_t i = 0; i + kRun <= x.size(); ++i) {
    if (y.find(std::u32string_view(x).substr(i, kRun)) != std::u32string::npos) return true;
  }
  return false;
}

// Which figure of the year before each figure is measured against. By what the figure counts in the report's
// words (code, unit and indicator) when both years give that as often (the k-th with the k-th): a mention more
// or less in one year (开展法治讲座2期 beside 36期) would pair the wrong two. Else by code and unit alone when each
// year gives exactly one such figure and their words still share a run of three characters (镇司法所协助办理法律援助
// 案件9件, 办理法律援助案件90件).
std::vector<std::pair<const RecordMetric*, const RecordMetric*>> paired_figures(const Corpus& corpus,
                                                                                const CorpusRecord& now,
                                                                                const CorpusRecord& before) {
  const auto by_words = [](const RecordMetric& m) { return m.key; };
  const auto by_code = [](const RecordMetric& m) { return m.code_unit; };
  const auto earlier_words = grouped(before, by_words), current_words = grouped(now, by_words);
  const auto earlier_codes = grouped(before, by_code), current_codes = grouped(now, by_code);
  std::vector<std::pair<const RecordMetric*, const RecordMetric*>> pairs;
  std::map<std::uint32_t, std::size_t> seen;
  for (const auto& m : now.metrics) {
    const std::size_t occurrence = seen[m.key]++;
    const auto found = earlier_words.find(m.key);
    if (found != earlier_words.end() && found->second.size() == current_words.at(m.key).size()) {
      pairs.emplace_back(&m, found->second[occurrence]);
      continue;
    }
    const auto same_code = earlier_codes.find(m.code_unit);
    if (same_code != earlier_codes.end() && same_code->second.size() == 1 &&
        current_codes.at(m.code_unit).size() == 1 && found == earlier_words.end() &&
        share_words(indicator_of(corpus, m), indicator_of(corpus, *same_code->second.front()))) {
      pairs.emplace_back(&m, same_code->second.front());
    }
  }
  return pairs;
}

void add_jumps(const Corpus& corpus, std::size_t current, std::size_t previous, const CorpusSettings& settings,
               std::vector<PlacedFinding>& findings) {
  const CorpusRecord& now = corpus.records[current];
  const CorpusRecord& before = corpus.records[previous];
  for (const auto& [figure, earlier] : paired_figures(corpus, now, before)) {
    const RecordMetric& m = *figure;
    const RecordMetric& old = *earlier;
    if (!(m.value > 0 && old.value > 0)) continue;
    const double factor = std::max(m.value, old.value) / std::min(m.value, old.value);
    if (factor < settings.jump_factor) continue;
    const std::string& key = corpus.strings.text(m.key);
    const std::string code = key.substr(0, key.find('|'));
    const std::string unit = corpus.strings.text(m.code_unit).substr(code.size() + 1);
    Finding f;
    f.document = now.id;
    f.rule = rule::year_over_year_jump;
    f.severity = Severity::warning;
    f.other_document = before.id;
    const std::string times = format_decimal(std::round(factor * 10) / 10);
    f.message =
        fmt::format("{}{}年为{}{}，{}年为{}{}，{}", figure_name(corpus, m), before.year, format_decimal(old.value),
                    unit, now.year, format_decimal(m.value), unit,
                    m.value > old.value ? fmt::format("是上年的{}倍", times) : fmt::format("仅为上年的1/{}", times));
    f.evidence = fmt::format("{}: {} [{}, {}) = {}; {} [{}, {}) = {}", code, now.id, m.start, m.end,
                             format_decimal(m.value), before.id, old.start, old.end, format_decimal(old.value));
    f.start = m.start, f.end = m.end, f.other_start = old.start, f.other_end = old.end;
    findings.push_back({current, std::move(f)});
  }
}

}  // namespace

std::vector<PlacedFinding> find_previous_year_changes(const Corpus& corpus, const CorpusSettings& settings) {
  std::map<std::pair<std::uint32_t, int>, std::vector<std::size_t>> by_unit_year;  // batch first, then history
  for (std::size_t i = 0; i < corpus.records.size(); ++i) {
    const CorpusRecord& r = corpus.records[i];
    if (r.unit != 0 && r.year != 0) by_unit_year[{r.unit, r.year}].push_back(i);
  }
  std::vector<PlacedFinding> findings;
  for (std::size_t i = 0; i < corpus.batch_size; ++i) {
    const CorpusRecord& now = corpus.records[i];
    if (now.unit == 0 || now.year == 0) continue;
    const auto candidates = by_unit_year.find({now.unit, now.year - 1});
    if (candidates == by_unit_year.end()) continue;
    // Of several reports of the year before (one report in two formats), the closest is the previous one.
    const auto hashes = hash_set(now);
    std::size_t previous = candidates->second.front();
    std::size_t best_common = 0;
    for (const std::size_t candidate : candidates->second) {
      const std::size_t shared = common(hashes, hash_set(corpus.records[candidate]));
      if (shared > best_common) best_common = shared, previous = candidate;
    }
    const CorpusRecord& before = corpus.records[previous];
    if (!hashes.empty()) {
      const double share = static_cast<double>(best_common) / static_cast<double>(hashes.size());
      if (share >= settings.unchanged_share) {
        Finding f;
        f.document = now.id;
        f.rule = rule::unchanged_from_previous_year;
        f.severity = Severity::warning;
        f.other_document = before.id;
        f.message = fmt::format("{}的文字与{}{}年的报告（{}）相同", percent(share), corpus.strings.text(now.unit),
                                before.year, before.id);
        f.evidence = fmt::format("{} of {} text fingerprints of {} ({}) are in {} ({})", best_common, hashes.size(),
                                 now.id, now.year, before.id, before.year);
        findings.push_back({i, std::move(f)});
      }
    }
    add_jumps(corpus, i, previous, settings, findings);
  }
  return findings;
}

}  // namespace docpipe::corpus
