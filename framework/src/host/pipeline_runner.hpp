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
#include "worker_pool.hpp"

namespace docpipe::host {

struct RunOptions {
  std::filesystem::path output_directory = "out";
  std::size_t workers = 1;         // worker processes
  std::size_t reorder_window = 0;  // finished documents held for in-order delivery; 0: four per worker
  ProcessingLimits limits;
  IsolationLimits isolation;
  // Called in input order after each document reaches the outputs (done, total, document).
  std::function<void(std::size_t, std::size_t, const Document&)> progress;
};

struct RunSummary {
  std::size_t documents = 0;
  std::size_t failed = 0;
  std::vector<std::string> output_errors;  // an output plugin that failed to write or finish
};

// Creates the output plugins, processes every input on `workers` worker processes, and finishes the
// outputs. Throws only when an output plugin or a worker cannot be started.
RunSummary run_pipeline(const Pipeline& pipeline, const std::vector<InputItem>& inputs, const RunOptions& options);

}  // namespace docpipe::host
