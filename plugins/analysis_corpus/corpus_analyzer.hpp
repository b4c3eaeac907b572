// analysis.corpus: the bundled corpus plugin. Keeps a compact record of every document and, at the end,
// runs the five rules over the batch and the history stores.
#pragma once

#include <unordered_set>

#include "corpus_records.hpp"
#include "corpus_settings.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::corpus {

class CorpusAnalyzer final : public CorpusPlugin {
 public:
  explicit CorpusAnalyzer(const PluginContext& context);
  explicit CorpusAnalyzer(CorpusSettings settings);

  void add(const DocumentSummary& summary) override;
  std::vector<Finding> finish() override;

 private:
  CorpusSettings settings_;
  Corpus corpus_;
  std::unordered_set<std::string> batch_sha256_;  // a store's copy of a batch document is not its previous year
  std::unordered_set<std::string> batch_ids_;     // a store's document of the same id is named with its store
};

}  // namespace docpipe::corpus
