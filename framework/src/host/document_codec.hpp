// A compact binary form of a processed document, for handing it from a worker process to the host.
#pragma once

#include <string>
#include <string_view>

#include "document_processor.hpp"

namespace docpipe::host {

std::string encode_processed_document(const ProcessedDocument& processed);

// Throws std::runtime_error on a truncated or malformed message.
ProcessedDocument decode_processed_document(std::string_view bytes);

}  // namespace docpipe::host
