#include "http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

namespace docpipe::test {

namespace beast = boost::beast;
namespace http = beast::http;

HttpClient::HttpClient(unsigned short port, std::chrono::seconds timeout) : stream_(io_), timeout_(timeout) {
  stream_.expires_after(timeout_);
  stream_.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
}

HttpClient::~HttpClient() {
  beast::error_code ignored;
  stream_.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ignored);
}

namespace {

HttpResponse to_response(http::response<http::string_body>& message) {
  HttpResponse response;
  response.status = message.result_int();
  for (const auto& field : message) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    response.headers[name] = std::string(field.value());
  }
  response.body = std::move(message.body());
  return response;
}

}  // namespace

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const std::string& body) {
  http::request<http::string_body> request(http::string_to_verb(method), target, 11);
  request.set(http::field::host, "127.0.0.1");
  request.body() = body;
  if (method == "POST") request.prepare_payload();
  stream_.expires_after(timeout_);
  http::write(stream_, request);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(1ull << 30);
  http::read(stream_, buffer, parser);
  return to_response(parser.get());
}

HttpResponse raw_request(unsigned short port, const std::string& bytes, std::chrono::seconds timeout) {
  boost::asio::io_context io;
  beast::tcp_stream stream(io);
  stream.expires_after(timeout);
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
  beast::error_code error;
  boost::asio::write(stream, boost::asio::buffer(bytes), error);
  stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, error);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  http::read(stream, buffer, parser, error);
  if (error) return {};
  return to_response(parser.get());
}

std::string url_encode(const std::string& value) { return boost::urls::encode(value, boost::urls::unreserved_chars); }

}  // namespace docpipe::test
