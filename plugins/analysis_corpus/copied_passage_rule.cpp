// copied-passage: a passage another unit's report has too. Every batch document's winnowed fingerprints go
// into one sorted index (hash -> documents), so the cost grows with the corpus as n log n, not with the
// number of pairs. A fingerprint found in the reports of many units is boilerplate (slogans, names of laws
// and plans) and is learned from the batch itself; the rest pair documents, and neighbouring shared
// fingerprints on one diagonal join into passages.
#include <fmt/format.h>

#include <algorithm>
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

// The later report is the one the finding is about: the later report year when both name one and they
// differ, else the later in input order. Not by year when the later report's unit has other years in the batch:
// its passage may be its own from an earlier year, shared with the other report (a 2025 report keeping its 2023
// words, which a neighbour's 2024 report took). Both spans are given.
PlacedFinding passage_finding(const Corpus& corpus, const std::map<std::uint64_t, std::size_t>& reports_of_unit,
                              std::uint32_t a, std::uint32_t b, const Passage& p) {
  const bool a_is_later = corpus.records[a].year != 0 && corpus.records[b].year != 0 &&
                          corpus.records[a].year > corpus.records[b].year &&
                          reports_of_unit.at(effective_unit(corpus, a)) == 1;
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
  f.evidence = fmt::format("{} [{}, {}) = {} [{}, {}); {} shared fingerprints", later.id, start, end, earlier.id,
                           other_start, other_end, p.fingerprints);
  f.start = start, f.end = end, f.other_start = other_start, f.other_end = other_end;
  return {about, std::move(f)};
}

}  // namespace

std::vector<PlacedFinding> find_copied_passages(const Corpus& corpus, const CorpusSettings& settings) {
  const std::size_t units = distinct_units(corpus);
  const std::size_t boilerplate_units =
      std::max(settings.boilerplate_units, static_cast<std::size_t>(std::floor(settings.boilerplate_share * units)));
  const std::vector<Match> matches = shared_fingerprints(corpus, boilerplate_units);
  std::map<std::uint64_t, std::size_t> reports_of_unit;
  for (std::size_t d = 0; d < corpus.batch_size; ++d) ++reports_of_unit[effective_unit(corpus, d)];
  std::vector<PlacedFinding> findings;
  // A passage of one document found in several other reports (one unit's years, or a few units that all
  // have it) is reported once, against the first of them in input order: matches come sorted by that.
  std::map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> reported;
  const auto flush = [&](const Match& pair, const Passage& p) {
    const std::size_t length = std::min(p.a_end - p.a_start, p.b_end - p.b_start);
    if (length < settings.min_passage) return;
    PlacedFinding placed = passage_finding(corpus, reports_of_unit, pair.a, pair.b, p);
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
