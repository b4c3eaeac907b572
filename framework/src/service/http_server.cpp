#include "http_server.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <boost/url.hpp>
#include <optional>

#include "docpipe/json_document.hpp"

namespace docpipe::service {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr std::string_view kJson = "application/json";
constexpr std::string_view kPrometheus = "text/plain; version=0.0.4; charset=utf-8";
constexpr auto kDrainTimeout = std::chrono::seconds(5);

std::string error_json(std::string_view message) {
  return boost::json::serialize(boost::json::object{{"status", "error"}, {"error", json::utf8_safe(message)}});
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

class HttpServer::Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, HttpServer& server) : stream_(std::move(socket)), server_(server) {}

  void start() { read_header(); }

  // A connection waiting for its next request closes; one with a request in progress finishes it.
  void drain() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->idle_) self->stream_.socket().close();
    });
  }

 private:
  struct Reply {
    http::status status = http::status::ok;
    std::string body;
    std::string_view content_type = kJson;
    bool retry_later = false;
  };

  void read_header() {
    idle_ = true;
    if (server_.draining_) return close();
    parser_.emplace();
    parser_->body_limit(server_.options_.max_body_bytes);
    stream_.expires_after(server_.options_.idle_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code error, std::size_t) {
                              self->idle_ = false;
                              self->on_header(error);
                            });
  }

  void on_header(beast::error_code error) {
    if (error == http::error::body_limit) return refuse_body();
    if (error) return refuse_malformed(error);
    // curl and others wait for "100 Continue" before sending a large body.
    const auto expect = parser_->get()[http::field::expect];
    if (beast::iequals(expect, "100-continue")) {
      auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
      http::async_write(stream_, *interim, [self = shared_from_this(), interim](beast::error_code error, std::size_t) {
        if (error) return self->close();
        self->read_body();
      });
      return;
    }
    read_body();
  }

  void read_body() {
    stream_.expires_after(server_.options_.idle_timeout);
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_body(error); });
  }

  void on_body(beast::error_code error) {
    if (error == http::error::body_limit) return refuse_body();
    if (error) return refuse_malformed(error);
    stream_.expires_never();
    request_ = parser_->release();
    received_ = std::chrono::steady_clock::now();
    route();
  }

  void route() {
    boost::system::result<boost::urls::url_view> target = boost::urls::parse_origin_form(request_.target());
    if (!target) return send({http::status::bad_request, error_json("malformed request target")});
    const std::string path = target->path();
    const auto method = request_.method();
    const auto only = [&](http::verb allowed) {
      if (method == allowed) return true;
      send({http::status::method_not_allowed,
            error_json(fmt::format("{} takes {} only", path, std::string(http::to_string(allowed))))});
      return false;
    };
    if (path == "/v1/documents") {
      if (only(http::verb::post)) submit_document(*target);
    } else if (path == "/v1/health") {
      if (only(http::verb::get)) send({http::status::ok, health_json()});
    } else if (path == "/v1/plugins") {
      if (only(http::verb::get)) send({http::status::ok, server_.options_.plugins_json});
    } else if (path == "/metrics") {
      if (only(http::verb::get)) send({http::status::ok, server_.metrics_.prometheus(server_.gauges()), kPrometheus});
    } else {
      send({http::status::not_found, error_json(fmt::format("no such endpoint: {}", path))});
    }
  }

  std::string health_json() const {
    const auto gauges = server_.gauges();
    return boost::json::serialize(boost::json::object{
        {"status", "ok"},
        {"version", server_.options_.version},
        {"workers", gauges.workers},
        {"busy", gauges.busy},
        {"queued", gauges.queued},
        {"draining", server_.draining_},
        {"uptime_seconds", static_cast<std::int64_t>(seconds_since(server_.started_))},
    });
  }

  void submit_document(const boost::urls::url_view& target) {
    const auto name_param = target.params().find("name");
    if (name_param == target.params().end() || (*name_param).value.empty()) {
      return send({http::status::bad_request, error_json("the query needs name=FILE (the file name, for its format)")});
    }
    name_ = (*name_param).value;
    // The name becomes the document's id in every table and file name: a control character there (a NUL,
    // a line break) would only break them.
    if (std::any_of(name_.begin(), name_.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
      return send({http::status::bad_request, error_json("name=FILE holds a control character")});
    }
    host::InputItem item{name_, name_, {}};
    // The work guard keeps the I/O thread's run() going while the document is away in a worker. The callback
    // runs on the service's dispatch thread and hands both the guard and the session on to the I/O thread: kept
    // there, they were released after the post, and once the guard went run() could return and the context
    // be destroyed before the dispatch thread dropped the last reference to the session (whose socket's strand
    // belongs to that context).
    auto work = asio::make_work_guard(stream_.get_executor());
    const bool admitted = server_.documents_.submit(
        std::move(item), std::move(request_.body()),
        [self = shared_from_this(), work = std::move(work)](host::PoolResult& result) mutable {
          const auto executor = self->stream_.get_executor();
          asio::post(executor, [self = std::move(self), work = std::move(work), result = std::move(result)]() mutable {
            self->answer_document(result);
          });
        });
    if (!admitted) {
      server_.metrics_.rejected();
      send({http::status::service_unavailable,
            error_json(fmt::format("all {} workers are busy and the queue is full; retry later",
                                   server_.documents_.workers())),
            kJson, true});
    }
  }

  void answer_document(host::PoolResult& result) {
    const Document& document = result.processed.document;
    const std::string_view outcome = result.worker_lost                      ? "failed"
                                     : document.status == DocumentStatus::ok ? "ok"
                                                                             : "error";
    const auto status = result.worker_lost                      ? http::status::internal_server_error
                        : document.status == DocumentStatus::ok ? http::status::ok
                                                                : http::status::unprocessable_entity;
    const double seconds = seconds_since(received_);
    server_.metrics_.document(outcome, seconds);
    if (status != http::status::ok) {
      fmt::print(stderr, "docpipe serve: {} {}: {}\n", static_cast<unsigned>(status), name_, document.error);
    }
    send({status, json::serialize_document(document)});
  }

  void send(Reply reply) {
    const bool keep_alive = request_.keep_alive() && !server_.draining_;
    auto response = std::make_shared<http::response<http::string_body>>(reply.status, request_.version());
    response->set(http::field::server, "docpipe/" + server_.options_.version);
    response->set(http::field::content_type, reply.content_type);
    if (reply.retry_later) response->set(http::field::retry_after, "1");
    response->keep_alive(keep_alive);
    response->body() = std::move(reply.body);
    response->prepare_payload();
    server_.metrics_.response(static_cast<unsigned>(reply.status));
    http::async_write(stream_, *response, [self = shared_from_this(), response](beast::error_code error, std::size_t) {
      if (error) return self->close();
      if (!response->keep_alive()) return self->finish();
      self->read_header();
    });
  }

  // The body is over --max-body: answer 413 at once, then read and drop what the client still sends,
  // so that closing does not reset the connection before the client has read the answer.
  void refuse_body() {
    request_ = {};
    request_.version(parser_->get().version());
    request_.keep_alive(false);
    send({http::status::payload_too_large, error_json(fmt::format("the body is over the limit of {} bytes (--max-body)",
                                                                  server_.options_.max_body_bytes))});
  }

  // A request Beast cannot parse (a garbage request line, a bad chunk, a body cut short, a header over
  // Beast's 8 KiB) is answered, so that a client or a proxy can tell it from a crash; a connection that
  // closes or times out between requests just closes.
  void refuse_malformed(beast::error_code error) {
    if (error.category() != beast::error_code(http::error::end_of_stream).category() ||
        error == http::error::end_of_stream) {
      return close();
    }
    const unsigned version = parser_->get().version();
    request_ = {};
    request_.version(version == 10 ? 10 : 11);
    request_.keep_alive(false);
    if (error == http::error::header_limit) {
      return send({http::status::request_header_fields_too_large,
                   error_json("the request line and headers are over 8 KiB (a shorter name=FILE?)")});
    }
    send({http::status::bad_request, error_json(fmt::format("malformed HTTP request: {}", error.message()))});
  }

  void finish() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(kDrainTimeout);
    discard();
  }

  void discard() {
    stream_.async_read_some(asio::buffer(sink_), [self = shared_from_this()](beast::error_code error, std::size_t) {
      if (error) return self->close();
      self->discard();
    });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  HttpServer& server_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::request<http::string_body> request_;
  std::string name_;
  std::chrono::steady_clock::time_point received_;
  std::array<char, 16384> sink_{};
  bool idle_ = false;
};

HttpServer::HttpServer(asio::io_context& io, DocumentService& documents, ServerOptions options)
    : io_(io), documents_(documents), options_(std::move(options)), acceptor_(io) {
  acceptor_.open(options_.listen.protocol());
  acceptor_.set_option(tcp::acceptor::reuse_address(true));
  acceptor_.bind(options_.listen);
  acceptor_.listen(asio::socket_base::max_listen_connections);
}

HttpServer::~HttpServer() = default;

void HttpServer::start() { accept(); }

void HttpServer::accept() {
  acceptor_.async_accept(asio::make_strand(io_), [this](beast::error_code error, tcp::socket socket) {
    if (error) {
      if (error == asio::error::operation_aborted || !acceptor_.is_open()) return;
      fmt::print(stderr, "docpipe serve: cannot accept a connection: {}\n", error.message());
    } else {
      std::erase_if(sessions_, [](const std::weak_ptr<Session>& session) { return session.expired(); });
      auto session = std::make_shared<Session>(std::move(socket), *this);
      sessions_.push_back(session);
      session->start();
    }
    if (!draining_) accept();
  });
}

void HttpServer::drain() {
  draining_ = true;
  beast::error_code ignored;
  acceptor_.close(ignored);
  for (const auto& weak : sessions_) {
    if (auto session = weak.lock()) session->drain();
  }
}

PoolGauges HttpServer::gauges() const {
  const auto connections = std::count_if(sessions_.begin(), sessions_.end(),
                                         [](const std::weak_ptr<Session>& session) { return !session.expired(); });
  return {documents_.workers(), documents_.busy(), documents_.queued(), static_cast<std::size_t>(connections)};
}

}  // namespace docpipe::service
