// `docpipe serve`: the pipeline's input and analysis plugins behind an HTTP API, on worker processes.
#include <fmt/format.h>

#include <boost/asio.hpp>
#include <csignal>
#include <thread>

#include "commands.hpp"
#include "host/config_error.hpp"
#include "host/pipeline_loader.hpp"
#include "service/document_service.hpp"
#include "service/http_server.hpp"
#include "service/plugins_json.hpp"

namespace docpipe::cli {

namespace {

namespace asio = boost::asio;

// "ADDR:PORT", with IPv6 addresses in brackets ("[::1]:8080"); throws std::invalid_argument.
asio::ip::tcp::endpoint parse_listen(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("expected ADDR:PORT");
  std::string address = text.substr(0, colon);
  if (address.size() >= 2 && address.front() == '[' && address.back() == ']')
    address = address.substr(1, address.size() - 2);
  const std::string port = text.substr(colon + 1);
  std::size_t used = 0;
  const unsigned long number = port.empty() ? 70000 : std::stoul(port, &used);
  if (used != port.size() || number > 65535) throw std::invalid_argument("the port is not a number from 0 to 65535");
  boost::system::error_code error;
  const auto ip = asio::ip::make_address(address, error);
  if (error) throw std::invalid_argument(fmt::format("'{}' is not an IP address", address));
  return {ip, static_cast<unsigned short>(number)};
}

struct StopOnExit {
  explicit StopOnExit(service::DocumentService& to_stop) : documents(to_stop) {}
  StopOnExit(const StopOnExit&) = delete;
  StopOnExit& operator=(const StopOnExit&) = delete;
  ~StopOnExit() { documents.stop(); }
  service::DocumentService& documents;
};

}  // namespace

int serve_command(const ServeArguments& arguments) {
  asio::ip::tcp::endpoint listen;
  try {
    listen = parse_listen(arguments.listen);
  } catch (const std::exception& error) {
    fmt::print(stderr, "docpipe serve: --listen {}: {}\n", arguments.listen, error.what());
    return kUsageOrConfigError;
  }
  host::LoadedPipeline loaded;
  try {
    // GET /plugins lists every plugin found, as `docpipe plugins` does.
    loaded = load_pipeline(arguments.pipeline, host::PluginLoading::every_plugin);
  } catch (const host::ConfigError& error) {
    fmt::print(stderr, "docpipe: invalid pipeline:\n{}\n", error.what());
    return kUsageOrConfigError;
  }
  for (const auto& notice : loaded.registry.notices()) fmt::print(stderr, "docpipe: notice: {}\n", notice);

  const host::IsolationLimits isolation = isolation_limits(arguments.pipeline);
  host::ProcessingLimits processing;
  processing.max_file_bytes = arguments.max_body_bytes;
  processing.corpus_summaries = false;  // a request is one document: no corpus stage runs
  processing.render_outputs = false;    // and the answer is JSON: no output node writes it
  const std::size_t workers = worker_count(arguments.pipeline);

  service::ServerOptions options;
  options.listen = listen;
  options.max_body_bytes = arguments.max_body_bytes;
  options.version = DOCPIPE_VERSION;
  options.plugins_json = service::plugins_json(loaded.registry, loaded.pipeline);

  try {
    // Workers fork before the I/O thread's sockets and signal handlers exist.
    service::DocumentService documents(loaded.pipeline, processing, isolation, workers, arguments.queue);
    asio::io_context io(1);
    // The dispatch thread may still be destroying the last answer's callback, which holds a strand of `io`:
    // it is stopped before `io` goes, however this scope is left.
    const StopOnExit stop_documents_first{documents};
    service::HttpServer server(io, documents, options);
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& error, int signal) {
      if (error) return;
      fmt::print(stderr, "docpipe serve: {}: no new connections; finishing the requests in flight\n",
                 signal == SIGTERM ? "SIGTERM" : "SIGINT");
      server.drain();
    });
    server.start();
    const auto bound = server.local_endpoint();
    fmt::print(stderr, "docpipe serve: listening on http://{}:{} ({} workers)\n",
               bound.address().is_v6() ? "[" + bound.address().to_string() + "]" : bound.address().to_string(),
               bound.port(), workers);
    std::fflush(stderr);
    io.run();
    fmt::print(stderr, "docpipe serve: stopped\n");
  } catch (const boost::system::system_error& error) {
    fmt::print(stderr, "docpipe serve: cannot listen on {}: {}\n", arguments.listen, error.code().message());
    return kUsageOrConfigError;
  } catch (const std::exception& error) {
    fmt::print(stderr, "docpipe serve: {}\n", error.what());
    return kUsageOrConfigError;
  }
  return kAllOk;
}

}  // namespace docpipe::cli
