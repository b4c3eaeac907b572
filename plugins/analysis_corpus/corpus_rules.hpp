// The rules of analysis.corpus, one function each (docs/analysis-corpus.md). Each returns its findings with
// the batch index of the document they are about, so that the stage can order them by input order.
#pragma once

#include <cstddef>
#include <vector>

#include "corpus_records.hpp"
#include "corpus_settings.hpp"
#include "docpipe/findings.hpp"

namespace docpipe::corpus {

struct PlacedFinding {
  std::size_t document = 0;  // index into Corpus::records (a batch document)
  Finding finding;
};

// For each batch document, whether an earlier document of the batch has its text (up to white space): a duplicate
// submission. Such a document is that report once more: it gets duplicate-submission and no other finding, and
// counts once among the reports (copied passages, outliers).
std::vector<bool> duplicate_submissions(const Corpus& corpus);
std::vector<PlacedFinding> find_duplicate_submissions(const Corpus& corpus);
std::vector<PlacedFinding> find_copied_passages(const Corpus& corpus, const CorpusSettings& settings);
// unchanged-from-previous-year and year-over-year-jump: both compare a unit's report with its previous year's.
std::vector<PlacedFinding> find_previous_year_changes(const Corpus& corpus, const CorpusSettings& settings);
std::vector<PlacedFinding> find_outliers(const Corpus& corpus, const CorpusSettings& settings);

// A unit for comparing reports: the interned unit, or for a report that names none, a number of its own
// (it is nobody else's report).
inline std::uint64_t effective_unit(const Corpus& corpus, std::size_t index) {
  const auto unit = corpus.records[index].unit;
  return unit != 0 ? unit : (std::uint64_t{1} << 32) + index;
}

}  // namespace docpipe::corpus
