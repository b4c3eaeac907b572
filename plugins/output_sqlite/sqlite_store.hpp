// DocumentStore on SQLite: one file, one transaction per run (committed by commit(); a run that stops
// before leaves the store as it was).
#pragma once

#include <filesystem>
#include <memory>

#include "document_store.hpp"

namespace docpipe::store {

// Opens (creating it and its tables when needed) the store at `path` and begins the run's transaction.
// Throws std::runtime_error naming the file.
std::unique_ptr<DocumentStore> open_sqlite_store(const std::filesystem::path& path);

}  // namespace docpipe::store
