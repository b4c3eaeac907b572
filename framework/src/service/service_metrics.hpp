// What `GET /metrics` reports, in the Prometheus text exposition format (version 0.0.4): documents by
// outcome, HTTP responses by code, a latency histogram of document requests, and the pool's gauges.
// Touched only from the server's I/O thread, so it needs no lock.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace docpipe::service {

struct PoolGauges {
  std::size_t workers = 0;
  std::size_t busy = 0;
  std::size_t queued = 0;
  std::size_t connections = 0;
};

class ServiceMetrics {
 public:
  // A document request answered: status "ok", "error" (the document was unreadable) or "failed"
  // (its worker crashed or timed out); seconds from the request's last byte to the answer.
  void document(std::string_view status, double seconds);
  // A document request refused with 503 (it is counted, but not timed).
  void rejected() { ++documents_.find("rejected")->second; }
  void response(unsigned code) { ++responses_[code]; }

  std::string prometheus(const PoolGauges& gauges) const;

 private:
  static constexpr std::array<double, 12> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
  std::map<std::string, std::uint64_t, std::less<>> documents_{{"ok", 0}, {"error", 0}, {"failed", 0}, {"rejected", 0}};
  std::map<unsigned, std::uint64_t> responses_;
  std::array<std::uint64_t, kBuckets.size()> bucket_counts_{};
  std::uint64_t count_ = 0;
  double sum_ = 0;
};

}  // namespace docpipe::service
