// A compact binary form of a processed document, for handing it from a worker process to the host.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "document_processor.hpp"
#include "input_collector.hpp"

namespace docpipe::host {

std::string encode_processed_document(const ProcessedDocument& processed);

// Throws std::runtime_error on a truncated or malformed message.
ProcessedDocument decode_processed_document(std::string_view bytes);

// A worker's message, decoded, with its bytes up to the rendered outputs kept as the document's `record`:
// those are what encode_processed_document makes of the document without them.
ProcessedDocument decode_worker_result(std::string message);

// A job for a worker: the item, and its bytes when they came with the job (a served request) rather
// than from a file the worker reads itself.
struct WorkerJob {
  InputItem item;
  std::optional<std::string> bytes;
};

std::string encode_worker_job(const InputItem& item, const std::optional<std::string>& bytes);

// Throws std::runtime_error on a truncated or malformed message.
WorkerJob decode_worker_job(std::string_view message);

}  // namespace docpipe::host
