#include "corpus_analyzer.hpp"

#include <algorithm>

#include "corpus_rules.hpp"
#include "history_store.hpp"
#include "rule_ids.hpp"

namespace docpipe::corpus {

namespace {

int rule_rank(const std::string& rule_id) {
  static constexpr const char* kOrder[] = {rule::duplicate_submission, rule::copied_passage,
                                           rule::unchanged_from_previous_year, rule::year_over_year_jump,
                                           rule::outlier};
  for (int i = 0; i < 5; ++i) {
    if (rule_id == kOrder[i]) return i;
  }
  return 5;
}

}  // namespace

CorpusAnalyzer::CorpusAnalyzer(const PluginContext& context)
    : CorpusAnalyzer(read_corpus_settings(context.parameters)) {}

CorpusAnalyzer::CorpusAnalyzer(CorpusSettings settings) : settings_(std::move(settings)) {
  // A store that is not there fails the run at its start, not after every document was read.
  for (const auto& store : settings_.history) check_history_store(store);
}

void CorpusAnalyzer::add(const DocumentSummary& summary) {
  if (!summary.sha256.empty()) batch_sha256_.insert(summary.sha256);
  batch_ids_.insert(summary.id);
  corpus_.add(summary, false);
}

std::vector<Finding> CorpusAnalyzer::finish() {
  for (const auto& store : settings_.history) {
    read_history_store(store, [&](DocumentSummary summary) {
      if (batch_sha256_.count(summary.sha256) != 0) return;
      // Last year's file often has this year's name: a finding must not name one id for two documents.
      if (batch_ids_.count(summary.id) != 0) summary.id += " (" + store + ")";
      corpus_.add(summary, true);
    });
  }
  std::vector<PlacedFinding> placed = find_duplicate_submissions(corpus_);
  for (auto* rule : {&find_copied_passages, &find_previous_year_changes, &find_outliers}) {
    auto more = (*rule)(corpus_, settings_);
    placed.insert(placed.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  // A duplicate submission is the first copy's report again: that is its one finding, the first copy gets the rest.
  const std::vector<bool> duplicate = duplicate_submissions(corpus_);
  std::erase_if(placed, [&](const PlacedFinding& p) {
    return duplicate[p.document] && p.finding.rule != rule::duplicate_submission;
  });
  // Input order of the document, then rule, then place: the same for every -j and every run.
  std::stable_sort(placed.begin(), placed.end(), [](const PlacedFinding& x, const PlacedFinding& y) {
    const auto key = [](const PlacedFinding& p) {
      return std::make_tuple(p.document, rule_rank(p.finding.rule), p.finding.start, p.finding.end,
                             std::cref(p.finding.other_document), p.finding.other_start);
    };
    return key(x) < key(y);
  });
  std::vector<Finding> findings;
  findings.reserve(placed.size());
  for (auto& p : placed) findings.push_back(std::move(p.finding));
  return findings;
}

}  // namespace docpipe::corpus
