// copied-passage: a passage another unit's report has too. Every batch document's winnowed fingerprints go
// into one sorted index (hash -> documents), so the cost grows with the corpus as n log n, not with the
// number of pairs. A fingerprint found in the reports of many units is boilerplate (slogans, names of laws
// and plans) and is learned from the batch itself; the rest pair documents, and neighbouring shared
// fingerprints on one diagonal join into passages.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "corpus_rules.hpp"
#include "rule_ids.hpp"

namespace docpipe::corpus {

namespace {

struct IndexEntry {
  std::uint64_t hash;
  std::uint32_t document;
  std::uint32_t fingerprint;
  auto operator<=>(const IndexEntry&) const = default;
};

struct Match {
  std::uint32_t a, b;    // documents, a < b
  std::uint32_t fa, fb;  // their fingerprints
  auto operator<=>(const Match&) const = default;
};

struct Passage {
  std::uint32_t a_start, a_end, b_start, b_end;
  std::int64_t diagonal;  // b_start - a_start of the last match: copied text keeps its shape
  std::size_t fingerprints;
};

// Neighbouring shared fingerprints of one passage are at most a window apart (plus punctuation and spaces
// in between); a larger gap, or a shift of the diagonal, starts another passage.
constexpr std::int64_t kGap = 2 * static_cast<std::int64_t>(kWinnowingWindow + kShingleCharacters);
// A hash shared by more entries than this is boilerplate whatever the units: bounds the pairs of a group.
constexpr std::size_t kMaxGroup = 64;

std::size_t distinct_units(const Corpus& corpus) {
  std::set<std::uint64_t> units;
  for (std::size_t i = 0; i < corpus.batch_size; ++i) units.insert(effective_unit(corpus, i));
  return units.size();
}

std::vector<Match> shared_fingerprints(const Corpus& corpus, std::size_t boilerplate_units) {
  // A duplicate submission's passages are its first copy's.
  const std::vector<bool> repeated = duplicate_submissions(corpus);
  std::vector<IndexEntry> index;
  for (std::size_t d = 0; d < corpus.batch_size; ++d) {
    if (repeated[d]) continue;
    const auto& fingerprints = corpus.records[d].fingerprints;
    for (std::size_t f = 0; f < fingerprints.size(); ++f) {
      index.push_back({fingerprints[f].hash, static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(f)});
    }
  }
  std::sort(index.begin(), index.end());
  std::vector<Match> matches;
  std::vector<std::uint64_t> units;
  for (std::size_t begin = 0; begin < index.size();) {
    std::size_t end = begin + 1;
    while (end < index.size() && index[end].hash == index[begin].hash) ++end;
    const std::size_t size = end - begin;
    if (size >= 2 && size <= kMaxGroup) {
      units.clear();
      for (std::size_t k = begin; k < end; ++k) units.push_back(effective_unit(corpus, index[k].document));
      std::sort(units.begin(), units.end());
      const auto unit_count = static_cast<std::size_t>(std::unique(units.begin(), units.end()) - units.begin());
      if (unit_count >= 2 && unit_count <= boilerplate_units) {
        for (std::size_t x = begin; x < end; ++x) {
          for (std::size_t y = x + 1; y < end; ++y) {
            const auto& a = index[x];
            const auto& b = index[y];
            if (a.document == b.document) continue;
            if (effective_unit(corpus, a.document) == effective_unit(corpus, b.document)) continue;
            // One report twice is a duplicate submission, not copying.
            if (corpus.records[a.document].text_hash == corpus.records[b.document].text_hash) continue;
            matches.push_back({a.document, b.document, a.fingerprint, b.fingerprint});
          }
        }
      }
    }
    begin = end;
  }
  std::sort(matches.begin(), matches.end());
  return matches;
}

// Every batch document of a unit, by effective unit: a unit's other years.
using ReportsOfUnit = std::map<std::uint64_t, std::vector<std::size_t>>;

// Sorted distinct fingerprint hashes of documents, made when first asked for: only the few reports of units with a
// passage in common are ever compared this way.
class HashSets {
 public:
  explicit HashSets(const Corpus& corpus) : corpus_(corpus) {}
  const std::vector<std::uint64_t>& of(std::size_t document) {
    auto [found, inserted] = sets_.try_emplace(document);
    if (inserted) {
      for (const auto& f : corpus_.records[document].fingerprints) found->second.push_back(f.hash);
      std::sort(found->second.begin(), found->second.end());
      found->second.erase(std::unique(found->second.begin(), found->second.end()), found->second.end());
    }
    return found->second;
  }

 private:
  const Corpus& corpus_;
  std::map<std::size_t, std::vector<std::uint64_t>> sets_;
};

// The earliest year in which the passage [start, end) of `document` is in its unit's reports: that report's year,
// or an earlier one of the unit's reports in the batch that has most of the passage's fingerprints too (a 2025
// report keeping its 2023 words). 0 when the report names no year.
int first_year_of_passage(const Corpus& corpus, const ReportsOfUnit& reports_of_unit, HashSets& hash_sets,
                          std::size_t document, std::uint32_t start, std::uint32_t end) {
  int first = corpus.records[document].year;
  if (first == 0) return 0;
  std::vector<std::uint64_t> passage;
  for (const auto& f : corpus.records[document].fingerprints) {
    if (f.start >= start && f.end <= end) passage.push_back(f.hash);
  }
  if (passage.empty()) return first;
  for (const std::size_t other : reports_of_unit.at(effective_unit(corpus, document))) {
    const int year = corpus.records[other].year;
    if (other == document || year == 0 || year >= first) continue;
    const auto& hashes = hash_sets.of(other);
    const auto kept = std::count_if(passage.begin(), passage.end(), [&](std::uint64_t hash) {
      return std::binary_search(hashes.begin(), hashes.end(), hash);
    });
    if (2 * static_cast<std::size_t>(kept) >= passage.size()) first = year;
  }
  return first;
}

// A signature date (YYYY-MM-DD, or YYYY-MM when the signature names only the month) against another: -1 earlier,
// 1 later, 0 when they do not tell (either missing or malformed, equal, or one is only the month the other falls in).
int compare_dates(const std::string& x, const std::string& y) {
  const auto well_formed = [](const std::string& d) {
    if (d.size() != 7 && d.size() != 10) return false;
    for (std::size_t i = 0; i < d.size(); ++i) {
      const bool dash = i == 4 || i == 7;
      if (dash ? d[i] != '-' : !std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    }
    return true;
  };
  if (!well_formed(x) || !well_formed(y)) return 0;
  if (const int month = x.compare(0, 7, y, 0, 7); month != 0) return month < 0 ? -1 : 1;
  if (x.size() != 10 || y.size() != 10) return 0;
  const int day = x.compare(y);
  return day < 0 ? -1 : day > 0 ? 1 : 0;
}

// Which report of the pair took the passage from the other: the one whose unit has it from a later year (a 2024
// report that took a paragraph of a neighbour's 2023 one; a unit's earlier report having the passage too means the
// report may be keeping its own words). When the years do not tell (the same year, or a year unknown), the report
// signed later, since the other was written first; only when the dates do not tell either, the later in input order.
struct Copier {
  bool is_a = false;
  std::string because;  // for the evidence
};

Copier copier_of(const Corpus& corpus, const ReportsOfUnit& reports_of_unit, HashSets& hash_sets, std::uint32_t a,
                 std::uint32_t b, const Passage& p) {
  const int first_a = first_year_of_passage(corpus, reports_of_unit, hash_sets, a, p.a_start, p.a_end);
  const int first_b = first_year_of_passage(corpus, reports_of_unit, hash_sets, b, p.b_start, p.b_end);
  if (first_a != 0 && first_b != 0 && first_a != first_b) {
    return {first_a > first_b, fmt::format("in its unit's reports since {}, the other's since {}",
                                           std::max(first_a, first_b), std::min(first_a, first_b))};
  }
  const std::string& date_a = corpus.records[a].date;
  const std::string& date_b = corpus.records[b].date;
  if (const int order = compare_dates(date_a, date_b); order != 0) {
    return {order > 0,
            fmt::format("signed {}, the other {}", order > 0 ? date_a : date_b, order > 0 ? date_b : date_a)};
  }
  return {false, "later in input order"};
}

// The finding is about the copier (copier_of); both spans are given.
PlacedFinding passage_finding(const Corpus& corpus, const Copier& copier, std::uint32_t a, std::uint32_t b,
                              const Passage& p) {
  const bool a_is_later = copier.is_a;
  const std::uint32_t about = a_is_later ? a : b;
  const CorpusRecord& later = corpus.records[about];
  const CorpusRecord& earlier = corpus.records[a_is_later ? b : a];
  const std::size_t start = a_is_later ? p.a_start : p.b_start, end = a_is_later ? p.a_end : p.b_end;
  const std::size_t other_start = a_is_later ? p.b_start : p.a_start, other_end = a_is_later ? p.b_end : p.a_end;
  Finding f;
  f.document = later.id;
  f.rule = rule::copied_passage;
  f.severity = Severity::warning;
  f.other_document = earlier.id;
  const auto unit_name = [&](const CorpusRecord& r) {
    return r.unit != 0 ? corpus.strings.text(r.unit) : std::string("未署名单位");
  };
  f.message = fmt::format("一段{}字的内容也见于{}（{}）", end - start, earlier.id, unit_name(earlier));
  f.evidence = fmt::format("{} [{}, {}) = {} [{}, {}); {} shared fingerprints; copier: {}", later.id, start, end,
                           earlier.id, other_start, other_end, p.fingerprints, copier.because);
  f.start = start, f.end = end, f.other_start = other_start, f.other_end = other_end;
  return {about, std::move(f)};
}

}  // namespace

std::vector<PlacedFinding> find_copied_passages(const Corpus& corpus, const CorpusSettings& settings) {
  const std::size_t units = distinct_units(corpus);
  const std::size_t boilerplate_units =
      std::max(settings.boilerplate_units, static_cast<std::size_t>(std::floor(settings.boilerplate_share * units)));
  const std::vector<Match> matches = shared_fingerprints(corpus, boilerplate_units);
  ReportsOfUnit reports_of_unit;
  for (std::size_t d = 0; d < corpus.batch_size; ++d) reports_of_unit[effective_unit(corpus, d)].push_back(d);
  HashSets hash_sets(corpus);
  std::vector<PlacedFinding> findings;
  // A passage of one document found in several other reports (one unit's years, or a few units that all
  // have it) is reported once, against the first of them in input order: matches come sorted by that.
  std::map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> reported;
  const auto flush = [&](const Match& pair, const Passage& p) {
    const std::size_t length = std::min(p.a_end - p.a_start, p.b_end - p.b_start);
    if (length < settings.min_passage) return;
    const Copier copier = copier_of(corpus, reports_of_unit, hash_sets, pair.a, pair.b, p);
    PlacedFinding placed = passage_finding(corpus, copier, pair.a, pair.b, p);
    auto& spans = reported[static_cast<std::uint32_t>(placed.document)];
    for (const auto& [start, end] : spans) {
      if (placed.finding.start < end && start < placed.finding.end) return;
    }
    spans.emplace_back(placed.finding.start, placed.finding.end);
    findings.push_back(std::move(placed));
  };
  std::optional<Passage> open;
  Match pair{};
  for (const Match& m : matches) {
    const auto& fa = corpus.records[m.a].fingerprints[m.fa];
    const auto& fb = corpus.records[m.b].fingerprints[m.fb];
    const std::int64_t diagonal = static_cast<std::int64_t>(fb.start) - static_cast<std::int64_t>(fa.start);
    const bool same_pair = open && m.a == pair.a && m.b == pair.b;
    if (same_pair && static_cast<std::int64_t>(fa.start) <= static_cast<std::int64_t>(open->a_end) + kGap &&
        std::llabs(diagonal - open->diagonal) <= kGap) {
      open->a_end = std::max(open->a_end, fa.end);
      open->b_start = std::min(open->b_start, fb.start);
      open->b_end = std::max(open->b_end, fb.end);
      open->diagonal = diagonal;
      ++open->fingerprints;
      continue;
    }
    if (open) flush(pair, *open);
    pair = m;
    open = Passage{fa.start, fa.end, fb.start, fb.end, diagonal, 1};
  }
  if (open) flush(pair, *open);
  return findings;
}

}  // namespace docpipe::corpus
