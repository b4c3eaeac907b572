// The parameters of analysis.corpus, parsed and checked once.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "docpipe/parameters.hpp"

namespace docpipe::corpus {

struct CorpusSettings {
  std::size_t min_passage = 50;       // copied-passage: code points a shared passage must span
  std::size_t boilerplate_units = 2;  // copied-passage: text in more units' reports than this is boilerplate...
  double boilerplate_share = 0.05;    // ...or in more than this share of the batch's units
  double unchanged_share = 0.8;       // unchanged-from-previous-year: share of identical fingerprints
  double jump_factor = 5;             // year-over-year-jump: ratio of the larger value to the smaller
  double outlier_threshold = 5;       // outlier: robust z-score, |x - median| / (1.4826 MAD)
  std::size_t outlier_min_group = 8;  // outlier: documents that must report a code before it is judged
  std::vector<std::string> history;   // earlier stores (docpipe.sqlite) whose documents are previous years
};

// Throws ParameterError listing every bad value (also the descriptor's parameter check).
CorpusSettings read_corpus_settings(const Parameters& parameters);

}  // namespace docpipe::corpus
