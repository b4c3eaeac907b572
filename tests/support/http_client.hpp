// A blocking HTTP/1.1 client on Boost.Beast for the service tests: one connection, kept alive across
// requests, to a server on the loopback interface.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace docpipe::test {

struct HttpResponse {
  unsigned status = 0;
  std::map<std::string, std::string> headers;  // field names in lower case
  std::string body;
};

class HttpClient {
 public:
  // Connects to 127.0.0.1:port; throws boost::system::system_error when it cannot.
  explicit HttpClient(unsigned short port, std::chrono::seconds timeout = std::chrono::seconds(30));
  ~HttpClient();

  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = {});
  HttpResponse get(const std::string& target) { return request("GET", target); }
  HttpResponse post(const std::string& target, const std::string& body) { return request("POST", target, body); }

 private:
  boost::asio::io_context io_;
  boost::beast::tcp_stream stream_;
  std::chrono::seconds timeout_;
};

// Sends `bytes` as they are on a new connection to 127.0.0.1:port, closes the sending side and reads the
// answer: for requests HttpClient cannot write (malformed ones). status 0 when the server answered nothing.
HttpResponse raw_request(unsigned short port, const std::string& bytes,
                         std::chrono::seconds timeout = std::chrono::seconds(30));

// Percent-encodes a query value.
std::string url_encode(const std::string& value);

}  // namespace docpipe::test
