#include "run_log.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <boost/json.hpp>

namespace docpipe::cli {

namespace json = boost::json;

namespace {

// UTC with milliseconds, the form log collectors parse without configuration.
std::string timestamp() {
  const auto now = std::chrono::system_clock::now();
  const auto milliseconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03}Z", fmt::gmtime(std::chrono::system_clock::to_time_t(now)),
                     milliseconds);
}

void emit(std::FILE* stream, json::object event) {
  json::object line;
  line["time"] = timestamp();
  for (auto& [key, value] : event) line[key] = std::move(value);
  fmt::print(stream, "{}\n", json::serialize(line));
  std::fflush(stream);
}

std::string exit_meaning(int code) {
  switch (code) {
    case kAllOk:
      return "ok";
    case kSomeDocumentsFailed:
      return "some documents failed";
    case kUsageOrConfigError:
      return "usage or config error";
    case kInterrupted:
      return "interrupted";
    case kOutputFailed:
      return "output failed";
    case kOutputDirectoryBusy:
      return "output directory in use";
    default:
      return "unknown";
  }
}

}  // namespace

RunLog::RunLog(LogFormat format, Verbosity verbosity, bool terminal, std::FILE* stream)
    : format_(format), verbosity_(verbosity), terminal_(terminal), stream_(stream) {}

void RunLog::clear_progress() {
  if (!progress_shown_) return;
  fmt::print(stream_, "\r\033[K");
  progress_shown_ = false;
}

void RunLog::start(const RunStart& start) {
  if (verbosity_ == Verbosity::quiet) return;
  if (format_ == LogFormat::json) {
    emit(stream_, {{"event", "start"},
                   {"documents", start.inputs},
                   {"workers", start.workers},
                   {"config", start.config.string()},
                   {"out", start.output_directory.string()}});
  } else if (verbosity_ == Verbosity::verbose) {
    fmt::print(stream_, "docpipe: {} documents, {} workers, config {}, output to {}\n", start.inputs, start.workers,
               start.config.string(), start.output_directory.string());
  }
}

void RunLog::document(std::size_t done, std::size_t total, const host::ProcessedDocument& processed) {
  const Document& document = processed.document;
  const bool failed = document.status != DocumentStatus::ok;
  if (format_ == LogFormat::json) {
    if (verbosity_ == Verbosity::quiet) return;
    json::object event{{"event", "document"},
                       {"index", done},
                       {"total", total},
                       {"id", document.id},
                       {"source", document.source.string()},
                       {"status", std::string(to_string(document.status))},
                       {"format", document.format},
                       {"milliseconds", processed.elapsed.count()},
                       {"worker", processed.worker}};
    if (failed) event["error"] = document.error;
    emit(stream_, std::move(event));
    return;
  }
  if (verbosity_ == Verbosity::quiet) return;
  if (failed || verbosity_ == Verbosity::verbose) {
    clear_progress();
    fmt::print(stream_, "docpipe: {} {}{} ({} ms, worker {})\n", failed ? "failed" : "ok", document.id,
               failed ? ": " + document.error : std::string(), processed.elapsed.count(), processed.worker);
  }
  if (terminal_) {
    fmt::print(stream_, "\r\033[K[{}/{}] {}", done, total, document.id);
    progress_shown_ = true;
  }
  std::fflush(stream_);
}

void RunLog::error(const std::string& message) {
  if (format_ == LogFormat::json) {
    emit(stream_, {{"event", "error"}, {"message", message}});
    return;
  }
  clear_progress();
  fmt::print(stream_, "docpipe: {}\n", message);
}

void RunLog::notice(const std::string& message) {
  if (verbosity_ == Verbosity::quiet) return;
  if (format_ == LogFormat::json) {
    emit(stream_, {{"event", "notice"}, {"message", message}});
    return;
  }
  clear_progress();
  fmt::print(stream_, "docpipe: notice: {}\n", message);
}

void RunLog::summary(const RunEnd& end) {
  const auto& summary = end.summary;
  const std::size_t ok = summary.documents - summary.failed;
  if (format_ == LogFormat::json) {
    emit(stream_, {{"event", "summary"},
                   {"documents", summary.documents},
                   {"ok", ok},
                   {"failed", summary.failed},
                   {"processed", summary.documents - summary.reused},
                   {"reused", summary.reused},
                   {"inputs", summary.inputs},
                   {"not_taken", summary.inputs - summary.documents},
                   {"interrupted", summary.interrupted},
                   {"published", end.published},
                   {"out", end.output_directory.string()},
                   {"milliseconds", end.elapsed.count()},
                   {"exit_code", end.exit_code},
                   {"outcome", exit_meaning(end.exit_code)}});
    return;
  }
  if (verbosity_ == Verbosity::quiet) return;
  clear_progress();
  std::string line = fmt::format("docpipe: {} documents, {} ok, {} failed", summary.documents, ok, summary.failed);
  if (summary.reused > 0) {
    line += fmt::format(" ({} processed, {} reused unchanged)", summary.documents - summary.reused, summary.reused);
  }
  line += fmt::format(" in {:.1f} s", static_cast<double>(end.elapsed.count()) / 1000.0);
  if (summary.interrupted) {
    line += fmt::format("; interrupted, {} of {} inputs not taken", summary.inputs - summary.documents, summary.inputs);
  }
  line += end.published ? fmt::format("; output in {}", end.output_directory.string())
                        : fmt::format("; nothing published, {} unchanged", end.output_directory.string());
  fmt::print(stream_, "{}\n", line);
}

}  // namespace docpipe::cli
