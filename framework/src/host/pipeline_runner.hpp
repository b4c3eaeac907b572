// Runs a validated pipeline over a batch of inputs.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "document_processor.hpp"
#include "input_collector.hpp"
#include "pipeline.hpp"

namespace docpipe::host {

struct RunOptions {
  std::filesystem::path output_directory = "out";
  std::size_t threads = 1;
  std::size_t reorder_window = 0;  // 0: four documents per thread
  ProcessingLimits limits;
  // Called in input order after each document reaches the outputs (done, total, document).
  std::function<void(std::size_t, std::size_t, const Document&)> progress;
};

struct RunSummary {
  std::size_t documents = 0;
  std::size_t failed = 0;
  std::vector<std::string> output_errors;  // an output plugin that failed to write or finish
};

// Creates the output plugins, processes every input on `threads` workers, and
// finishes the outputs. Throws only when an output plugin cannot be created.
RunSummary run_pipeline(const Pipeline& pipeline, const std::vector<InputItem>& inputs, const RunOptions& options);

}  // namespace docpipe::host
