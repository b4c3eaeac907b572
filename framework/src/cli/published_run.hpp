// The end both `run` and `merge` share: the pipeline run into the output directory's staging area beside its
// `.docpipe/` manifest, the outputs published only when every one was written, and the exit code that says so.
#pragma once

#include <string>
#include <vector>

#include "host/output_directory.hpp"
#include "host/pipeline_runner.hpp"
#include "host/run_manifest.hpp"
#include "run_log.hpp"

namespace docpipe::cli {

// The exit code for an --out that cannot be taken: another run holds it, it is refused (not a directory docpipe
// wrote), or it cannot be created.
int exit_code_for(const host::OutputDirectoryError& error);

// Runs `pipeline` over `inputs` with `options` into `output`'s staging area while a manifest under `header` records
// each document, as input `positions[i]` of the whole list, for a later merge or incremental run
// (`options.record` is set here); publishes the outputs when all were written. Logs the output errors and returns
// how the run ended, its exit code included; the caller logs the summary.
RunEnd run_and_publish(host::OutputDirectory& output, const host::RunManifest& header,
                       const std::string& effective_config, const host::Pipeline& pipeline,
                       const std::vector<host::InputItem>& inputs, host::RunOptions options,
                       const std::vector<std::size_t>& positions, RunLog& log);

}  // namespace docpipe::cli
