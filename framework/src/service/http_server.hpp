// The HTTP side of `docpipe serve`, on Boost.Beast: one I/O thread accepts connections, reads requests
// (bodies up to --max-body), answers the small endpoints at once and hands documents to the
// DocumentService, whose worker processes do the work. Routes: POST /v1/documents?name=FILE,
// GET /v1/health, GET /v1/plugins, GET /metrics (docs/architecture.md, "The service").
#pragma once

#include <boost/asio.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "document_service.hpp"
#include "service_metrics.hpp"

namespace docpipe::service {

struct ServerOptions {
  boost::asio::ip::tcp::endpoint listen;
  std::uint64_t max_body_bytes = 64ull << 20;
  std::chrono::seconds idle_timeout{60};  // a connection silent this long is closed
  std::string version;                    // reported by /v1/health
  std::string plugins_json;               // the body of GET /v1/plugins
};

class HttpServer {
 public:
  // Binds and listens at once (throws boost::system::system_error when it cannot).
  HttpServer(boost::asio::io_context& io, DocumentService& documents, ServerOptions options);
  ~HttpServer();

  boost::asio::ip::tcp::endpoint local_endpoint() const { return acceptor_.local_endpoint(); }

  void start();
  // Stops accepting; idle connections close now, busy ones after their answer. The io_context runs
  // out of work once the last answer is written.
  void drain();

 private:
  class Session;
  friend class Session;

  void accept();
  PoolGauges gauges() const;

  boost::asio::io_context& io_;
  DocumentService& documents_;
  ServerOptions options_;
  boost::asio::ip::tcp::acceptor acceptor_;
  ServiceMetrics metrics_;
  std::vector<std::weak_ptr<Session>> sessions_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  bool draining_ = false;
};

}  // namespace docpipe::service
