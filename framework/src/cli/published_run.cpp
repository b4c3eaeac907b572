#include "published_run.hpp"

#include <optional>

namespace docpipe::cli {

int exit_code_for(const host::OutputDirectoryError& error) {
  switch (error.kind()) {
    case host::OutputDirectoryError::Kind::busy:
      return kOutputDirectoryBusy;
    case host::OutputDirectoryError::Kind::refused:
      return kUsageOrConfigError;
    case host::OutputDirectoryError::Kind::failed:
      return kOutputFailed;
  }
  return kOutputFailed;
}

RunEnd run_and_publish(host::OutputDirectory& output, const host::RunManifest& header,
                       const std::string& effective_config, const host::Pipeline& pipeline,
                       const std::vector<host::InputItem>& inputs, host::RunOptions options,
                       const std::vector<std::size_t>& positions, RunLog& log) {
  std::optional<host::ManifestWriter> state;  // created with the outputs: failing to, it fails like them
  options.output_directory = output.staging();
  options.record = [&](std::size_t i, const host::ProcessedDocument& processed) {
    state->add(positions[i], processed);
  };

  RunEnd end;
  end.output_directory = output.published();
  try {
    state.emplace(output.staging(), header, effective_config);
    end.summary = host::run_pipeline(pipeline, inputs, options);
    try {
      state->finish();
    } catch (const std::exception& error) {
      end.summary.output_errors.push_back(error.what());
    }
    for (const auto& error : end.summary.output_errors) log.error(error);
    if (end.summary.output_errors.empty()) {
      output.publish();
      end.published = true;
    }
  } catch (const std::exception& error) {
    log.error(error.what());
  }

  if (!end.published) {
    end.exit_code = kOutputFailed;
  } else if (end.summary.interrupted) {
    end.exit_code = kInterrupted;
  } else {
    end.exit_code = end.summary.failed > 0 ? kSomeDocumentsFailed : kAllOk;
  }
  return end;
}

}  // namespace docpipe::cli
