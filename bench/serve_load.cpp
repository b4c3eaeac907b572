// docpipe_serve_load PORT CLIENTS REQUESTS FILE...: posts the files round-robin to a running
// `docpipe serve` on 127.0.0.1:PORT from CLIENTS keep-alive connections, REQUESTS in all, and prints
// requests/s and p50/p99 latency. Exit 1 when any request is not answered 200.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;
using Clock = std::chrono::steady_clock;

namespace {

struct Upload {
  std::string target;
  std::string body;
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream content;
  content << stream.rdbuf();
  return content.str();
}

double percentile(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(rank, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    fmt::print(stderr, "usage: docpipe_serve_load PORT CLIENTS REQUESTS FILE...\n");
    return 2;
  }
  const auto port = static_cast<unsigned short>(std::stoi(argv[1]));
  const int clients = std::stoi(argv[2]);
  const int requests = std::stoi(argv[3]);
  std::vector<Upload> uploads;
  for (int i = 4; i < argc; ++i) {
    const std::filesystem::path file = argv[i];
    uploads.push_back({"/v1/documents?name=" + file.filename().string(), read_file(file)});
  }

  std::atomic<int> next{0}, failed{0};
  std::mutex mutex;
  std::vector<double> latencies;
  const auto started = Clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&] {
      try {
        boost::asio::io_context io;
        beast::tcp_stream stream(io);
        stream.connect({boost::asio::ip::make_address("127.0.0.1"), port});
        beast::flat_buffer buffer;
        for (int r = next++; r < requests; r = next++) {
          const Upload& upload = uploads[static_cast<std::size_t>(r) % uploads.size()];
          http::request<http::string_body> request(http::verb::post, upload.target, 11);
          request.set(http::field::host, "127.0.0.1");
          request.body() = upload.body;
          request.prepare_payload();
          const auto sent = Clock::now();
          http::write(stream, request);
          http::response<http::string_body> response;
          http::read(stream, buffer, response);
          const double seconds = std::chrono::duration<double>(Clock::now() - sent).count();
          if (response.result_int() != 200) ++failed;
          std::lock_guard lock(mutex);
          latencies.push_back(seconds);
        }
      } catch (const std::exception& error) {
        fmt::print(stderr, "client: {}\n", error.what());
        ++failed;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
  std::sort(latencies.begin(), latencies.end());
  fmt::print("clients={} requests={} failed={} seconds={:.2f} requests_per_second={:.1f} p50_ms={:.1f} p99_ms={:.1f}\n",
             clients, latencies.size(), failed.load(), elapsed, static_cast<double>(latencies.size()) / elapsed,
             percentile(latencies, 0.50) * 1000, percentile(latencies, 0.99) * 1000);
  return failed.load() == 0 ? 0 : 1;
}
