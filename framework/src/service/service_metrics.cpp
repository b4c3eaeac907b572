#include "service_metrics.hpp"

#include <fmt/format.h>

#include "docpipe/decimal.hpp"

namespace docpipe::service {

void ServiceMetrics::document(std::string_view status, double seconds) {
  auto found = documents_.find(status);
  if (found == documents_.end()) found = documents_.emplace(std::string(status), 0).first;
  ++found->second;
  for (std::size_t k = 0; k < kBuckets.size(); ++k) {
    if (seconds <= kBuckets[k]) ++bucket_counts_[k];
  }
  ++count_;
  sum_ += seconds;
}

std::string ServiceMetrics::prometheus(const PoolGauges& gauges) const {
  std::string out;
  const auto header = [&](std::string_view name, std::string_view type, std::string_view help) {
    out += fmt::format("# HELP {} {}\n# TYPE {} {}\n", name, help, name, type);
  };
  header("docpipe_documents_total", "counter",
         "Documents processed, by outcome (ok, error: unreadable, failed: worker lost).");
  for (const auto& [status, count] : documents_)
    out += fmt::format("docpipe_documents_total{{status=\"{}\"}} {}\n", status, count);
  header("docpipe_http_responses_total", "counter", "HTTP responses, by status code.");
  for (const auto& [code, count] : responses_)
    out += fmt::format("docpipe_http_responses_total{{code=\"{}\"}} {}\n", code, count);
  header("docpipe_request_duration_seconds", "histogram", "Time from a document request's last byte to its answer.");
  for (std::size_t k = 0; k < kBuckets.size(); ++k) {
    out += fmt::format("docpipe_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", format_decimal(kBuckets[k]),
                       bucket_counts_[k]);
  }
  out += fmt::format("docpipe_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", count_);
  out += fmt::format("docpipe_request_duration_seconds_sum {}\n", format_decimal(sum_));
  out += fmt::format("docpipe_request_duration_seconds_count {}\n", count_);
  header("docpipe_workers", "gauge", "Worker processes.");
  out += fmt::format("docpipe_workers {}\n", gauges.workers);
  header("docpipe_workers_busy", "gauge", "Worker processes with a document.");
  out += fmt::format("docpipe_workers_busy {}\n", gauges.busy);
  header("docpipe_queue_depth", "gauge", "Documents waiting for a worker.");
  out += fmt::format("docpipe_queue_depth {}\n", gauges.queued);
  header("docpipe_connections", "gauge", "Open client connections.");
  out += fmt::format("docpipe_connections {}\n", gauges.connections);
  return out;
}

}  // namespace docpipe::service
