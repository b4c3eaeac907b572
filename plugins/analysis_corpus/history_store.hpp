// Earlier runs' stores (output.sqlite's docpipe.sqlite) as previous years: the summaries they kept.
#pragma once

#include <filesystem>
#include <functional>

#include "docpipe/document_summary.hpp"

namespace docpipe::corpus {

// Throws std::runtime_error naming the store when it cannot be opened read-only or has no summaries table.
void check_history_store(const std::filesystem::path& store);

// Calls `take` with every summary of the store, in sha256 order. Throws std::runtime_error naming the store
// on a read error or a summary this docpipe cannot decode.
void read_history_store(const std::filesystem::path& store, const std::function<void(DocumentSummary)>& take);

}  // namespace docpipe::corpus
