// A large, deterministic corpus of report-like text for benchmarks: sentences of the example reports
// recombined, with every number replaced by another of the same length.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace docpipe::bench {

std::vector<std::string> generate_corpus(std::size_t documents, std::size_t bytes_per_document);

}  // namespace docpipe::bench
