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
  std::function<void(std::size_t, std::size_t, const ProcessedDocument&)> progress;
  // A descriptor that becomes readable when the run should stop taking documents (WorkerPool::stop_when_readable).
  int stop_descriptor = -1;
  // Documents this run does not process but takes as an earlier run recorded them (a merge of shards,
  // --skip-unchanged): `reusable(i)` says whether input i is one, `replay(i)` loads its record. Replayed
  // documents reach the outputs and the corpus stage in input order, exactly like processed ones.
  std::function<bool(std::size_t)> reusable;
  std::function<ProcessedDocument(std::size_t)> replay;
  // Called in input order with every document delivered, processed or replayed (input index, document):
  // how a run records its manifest (run_manifest.hpp).
  std::function<void(std::size_t, const ProcessedDocument&)> record;
};

struct RunSummary {
  std::size_t inputs = 0;     // documents the run was given
  std::size_t documents = 0;  // documents processed and written: all inputs unless interrupted
  std::size_t failed = 0;
  std::size_t reused = 0;    // of `documents`, replayed from an earlier run's records rather than processed
  std::size_t findings = 0;  // the corpus stage's, after the policies
  bool interrupted = false;  // stopped through stop_descriptor before every input was taken
  std::vector<std::string> output_errors;  // an output plugin that failed to write or finish
};

// Creates the output plugins, processes every input on `workers` worker processes, and finishes the
// outputs (after an interruption too: the tables then hold the documents done). Throws only when an
// output plugin or a worker cannot be started, or a record cannot be replayed.
RunSummary run_pipeline(const Pipeline& pipeline, const std::vector<InputItem>& inputs, const RunOptions& options);

}  // namespace docpipe::host
