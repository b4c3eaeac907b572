// The real `docpipe serve` binary on a free loopback port: every endpoint and status code, a crashing
// plugin, SIGTERM draining, and a bounded load test whose answers must equal `docpipe run`'s
// documents.jsonl on the same files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <csignal>
#include <future>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "http_client.hpp"
#include "server_process.hpp"
#include "test_support.hpp"

namespace docpipe::test {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

const std::string kDefaultConfig = (kSourceDir / "configs" / "default.xml").string();
const fs::path kReport = kTestData / "reports" / "000_cef3d45027b726e1.txt";

// txt -> test.misbehaving, which crashes on CRASH, hangs on HANG and sleeps a second on SLOW; its
// plugin comes from --plugin-path kTestPlugins.
std::string misbehaving_config(const TemporaryDirectory& dir) {
  write_file(dir / "misbehaving.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>bad</id><plugin>test.misbehaving</plugin></node>
      <node><id>csv</id><plugin>output.csv</plugin></node></nodes>
      <edges><edge>txt -> bad</edge><edge>bad -> csv</edge></edges></pipeline>)");
  return (dir / "misbehaving.xml").string();
}

boost::json::object parse_object(const std::string& body) { return boost::json::parse(body).as_object(); }

std::string text_of(const boost::json::value& value) { return std::string(value.as_string()); }

TEST(Serve, PostedDocumentIsAnsweredWithItsLayersAsJson) {
  ServerProcess server({"--config", kDefaultConfig, "--workers", "1"});
  HttpClient client(server.port());
  const auto response = client.post("/v1/documents?name=" + url_encode("report 000.txt"), read_file(kReport));
  ASSERT_EQ(response.status, 200u) << response.body;
  EXPECT_EQ(response.headers.at("content-type"), "application/json");
  const auto document = parse_object(response.body);
  EXPECT_EQ(text_of(document.at("id")), "report 000.txt");
  EXPECT_EQ(text_of(document.at("status")), "ok");
  EXPECT_EQ(text_of(document.at("format")), "txt");
  EXPECT_FALSE(document.at("metadata").as_array().empty());
  EXPECT_GT(document.at("sections").as_array().size(), 3u);
  EXPECT_GT(document.at("metrics").as_array().size(), 10u);
  EXPECT_TRUE(document.contains("anomalies"));
  EXPECT_TRUE(document.at("layers").as_object().contains("structure_issues"));
  EXPECT_GT(document.at("characters").as_int64(), 2000);

  // The same connection serves the next request (keep-alive), here a Word document.
  const auto docx =
      client.post("/v1/documents?name=report.docx", read_file(kTestData / "formats" / "003_f3ad0f8b935bdfdd.docx"));
  ASSERT_EQ(docx.status, 200u) << docx.body;
  EXPECT_EQ(text_of(parse_object(docx.body).at("format")), "docx");
}

TEST(Serve, UnreadableDocumentsAre422WithTheReason) {
  ServerProcess server({"--config", kDefaultConfig, "--workers", "1"});
  HttpClient client(server.port());
  const auto junk = client.post("/v1/documents?name=junk.txt", read_file(kTestData / "bad" / "binary-junk.txt"));
  EXPECT_EQ(junk.status, 422u);
  const auto error = parse_object(junk.body);
  EXPECT_EQ(text_of(error.at("status")), "error");
  EXPECT_THAT(text_of(error.at("error")), HasSubstr("input.txt: not text"));

  const auto empty = client.post("/v1/documents?name=empty.txt", "");
  EXPECT_EQ(empty.status, 422u);
  EXPECT_THAT(text_of(parse_object(empty.body).at("error")), HasSubstr("empty file"));

  const auto unknown = client.post("/v1/documents?name=blob.bin", std::string(100, '\x01'));
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_THAT(text_of(parse_object(unknown.body).at("error")), HasSubstr("unknown format"));
}

TEST(Serve, BodyOverMaxBodyIs413AndTheServerGoesOn) {
  ServerProcess server({"--config", kDefaultConfig, "--workers", "1", "--max-body", "1000"});
  {
    HttpClient client(server.port());
    const auto response = client.post("/v1/documents?name=big.txt", std::string(5000, 'a'));
    EXPECT_EQ(response.status, 413u);
    EXPECT_EQ(text_of(parse_object(response.body).at("status")), "error");
    EXPECT_THAT(text_of(parse_object(response.body).at("error")), HasSubstr("1000 bytes"));
    EXPECT_EQ(response.headers.at("connection"), "close");
  }
  HttpClient client(server.port());
  EXPECT_EQ(client.post("/v1/documents?name=small.txt", "一、工作情况\n开展法治讲座14期。").status, 200u);
}

TEST(Serve, BadRequestsGet400_404And405) {
  ServerProcess server({"--config", kDefaultConfig, "--workers", "1"});
  HttpClient client(server.port());
  EXPECT_EQ(client.post("/v1/documents", "text").status, 400u);
  EXPECT_EQ(client.get("/v1/nothing-here").status, 404u);
  EXPECT_EQ(client.get("/v1/documents?name=a.txt").status, 405u);
  EXPECT_EQ(client.post("/v1/health", "").status, 405u);
}

TEST(Serve, MalformedRequestsAreAnsweredNotDropped) {
  ServerProcess server({"--config", kDefaultConfig, "--workers", "1"});
  const auto error_of = [](const HttpResponse& response) { return text_of(parse_object(response.body).at("error")); };
  const auto garbage = raw_request(server.port(), "HELLO THERE\r\n\r\n");
  EXPECT_EQ(garbage.status, 400u);
  EXPECT_THAT(error_of(garbage), HasSubstr("malformed HTTP request"));

  const std::string cut_short =
      "POST /v1/documents?name=a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n一、工作情况";
  EXPECT_EQ(raw_request(server.port(), cut_short).status, 400u);

  const std::string bad_chunk =
      "POST /v1/documents?name=a.txt HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n";
  EXPECT_EQ(raw_request(server.port(), bad_chunk).status, 400u);

  const std::string long_name =
      "POST /v1/documents?name=" + std::string(9000, 'a') + ".txt HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab";
  const auto too_long = raw_request(server.port(), long_name);
  EXPECT_EQ(too_long.status, 431u);
  EXPECT_THAT(error_of(too_long), HasSubstr("8 KiB"));

  HttpClient client(server.port());
  const auto nul = client.post("/v1/documents?name=a%00b.txt", "一、工作情况\n开展法治讲座14期。");
  EXPECT_EQ(nul.status, 400u);
  EXPECT_THAT(error_of(nul), HasSubstr("control character"));
  // Every one of them was counted, and the server still answers.
  EXPECT_EQ(client.post("/v1/documents?name=ok.txt", "一、工作情况\n开展法治讲座14期。").status, 200u);
  const auto metrics = client.get("/metrics").body;
  EXPECT_THAT(metrics, HasSubstr("code=\"431\""));
  EXPECT_THAT(metrics, HasSubstr("code=\"400\""));
}

TEST(Serve, HealthPluginsAndMetricsEndpoints) {
  ServerProcess server({"--config", kDefaultConfig, "--workers", "2"});
  HttpClient client(server.port());

  const auto health = client.get("/v1/health");
  ASSERT_EQ(health.status, 200u);
  const auto status = parse_object(health.body);
  EXPECT_EQ(text_of(status.at("status")), "ok");
  EXPECT_EQ(status.at("workers").to_number<std::uint64_t>(), 2u);

  const auto plugins = client.get("/v1/plugins");
  ASSERT_EQ(plugins.status, 200u);
  const auto listing = parse_object(plugins.body);
  std::vector<std::string> names;
  for (const auto& plugin : listing.at("plugins").as_array()) {
    names.push_back(text_of(plugin.as_object().at("name")));
  }
  EXPECT_THAT(names, ::testing::IsSupersetOf({"input.txt", "input.docx", "input.pdf", "analysis.sections",
                                              "analysis.metrics", "analysis.anomalies", "output.json"}));
  // The served pipeline is the default config's: one entry per node, in the config's order.
  std::vector<std::string> nodes;
  for (const auto& node : listing.at("pipeline").as_array()) nodes.push_back(text_of(node.as_object().at("id")));
  const std::string config = read_file(kDefaultConfig);
  for (const auto& id : nodes) EXPECT_THAT(config, HasSubstr("<id>" + id + "</id>")) << id;
  std::size_t declared = 0;
  for (auto at = config.find("<node>"); at != std::string::npos; at = config.find("<node>", at + 1)) ++declared;
  EXPECT_EQ(nodes.size(), declared);
  EXPECT_THAT(nodes, ::testing::IsSupersetOf({"txt", "sections", "metrics", "anomalies", "json"}));

  ASSERT_EQ(client.post("/v1/documents?name=a.txt", read_file(kReport)).status, 200u);
  ASSERT_EQ(client.post("/v1/documents?name=b.txt", read_file(kTestData / "bad" / "binary-junk.txt")).status, 422u);
  const auto metrics = client.get("/metrics");
  ASSERT_EQ(metrics.status, 200u);
  EXPECT_THAT(metrics.headers.at("content-type"), HasSubstr("text/plain; version=0.0.4"));
  EXPECT_THAT(metrics.body, HasSubstr("# TYPE docpipe_documents_total counter\n"));
  EXPECT_THAT(metrics.body, HasSubstr("docpipe_documents_total{status=\"ok\"} 1\n"));
  EXPECT_THAT(metrics.body, HasSubstr("docpipe_documents_total{status=\"error\"} 1\n"));
  EXPECT_THAT(metrics.body, HasSubstr("# TYPE docpipe_request_duration_seconds histogram\n"));
  EXPECT_THAT(metrics.body, HasSubstr("docpipe_request_duration_seconds_bucket{le=\"+Inf\"} 2\n"));
  EXPECT_THAT(metrics.body, HasSubstr("docpipe_request_duration_seconds_count 2\n"));
  EXPECT_THAT(metrics.body, HasSubstr("docpipe_workers 2\n"));
  EXPECT_THAT(metrics.body, HasSubstr("docpipe_workers_busy 0\n"));
  EXPECT_THAT(metrics.body, HasSubstr("docpipe_queue_depth 0\n"));
}

TEST(Serve, CrashingPluginCostsOnlyItsRequestA500NamingThePlugin) {
  TemporaryDirectory dir;
  ServerProcess server({"--config", misbehaving_config(dir), "--plugin-path", kTestPlugins.string(), "--workers", "1",
                        "--timeout", "2"});
  HttpClient client(server.port());
  const auto crash = client.post("/v1/documents?name=crash.txt", "这份报告会让插件 CRASH 崩溃。");
  EXPECT_EQ(crash.status, 500u);
  EXPECT_THAT(text_of(parse_object(crash.body).at("error")), HasSubstr("test.misbehaving: crashed (signal 11"));
  const auto hang = client.post("/v1/documents?name=hang.txt", "这份报告会让插件 HANG 卡住。");
  EXPECT_EQ(hang.status, 500u);
  EXPECT_THAT(text_of(parse_object(hang.body).at("error")), HasSubstr("test.misbehaving: timed out after 2 s"));
  // The replaced worker serves the next document.
  EXPECT_EQ(client.post("/v1/documents?name=fine.txt", "一、工作情况\n开展法治讲座14期。").status, 200u);
  EXPECT_THAT(client.get("/metrics").body, HasSubstr("docpipe_documents_total{status=\"failed\"} 2\n"));
}

TEST(Serve, AllWorkersBusyPastTheQueueIs503WithRetryAfter) {
  TemporaryDirectory dir;
  ServerProcess server({"--config", misbehaving_config(dir), "--plugin-path", kTestPlugins.string(), "--workers", "1",
                        "--queue", "1", "--timeout", "3"});
  // One document hangs on the only worker, a second waits in the queue; a third is refused.
  auto hanging = std::async(std::launch::async,
                            [&] { return HttpClient(server.port()).post("/v1/documents?name=hang.txt", "HANG"); });
  HttpClient probe(server.port());
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (parse_object(probe.get("/v1/health").body).at("busy").to_number<std::uint64_t>() < 1 &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  auto queued = std::async(std::launch::async, [&] {
    return HttpClient(server.port()).post("/v1/documents?name=queued.txt", "一、工作情况\n开展法治讲座14期。");
  });
  while (parse_object(probe.get("/v1/health").body).at("queued").to_number<std::uint64_t>() < 1 &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const auto refused = probe.post("/v1/documents?name=refused.txt", "一、工作情况");
  EXPECT_EQ(refused.status, 503u);
  EXPECT_EQ(refused.headers.at("retry-after"), "1");
  EXPECT_EQ(text_of(parse_object(refused.body).at("status")), "error");
  EXPECT_EQ(hanging.get().status, 500u);
  EXPECT_EQ(queued.get().status, 200u);
}

TEST(Serve, SigtermFinishesTheRequestInFlightAndExitsZero) {
  TemporaryDirectory dir;
  ServerProcess server({"--config", misbehaving_config(dir), "--plugin-path", kTestPlugins.string(), "--workers", "1"});
  HttpClient probe(server.port());
  auto slow = std::async(std::launch::async, [&] {
    return HttpClient(server.port()).post("/v1/documents?name=slow.txt", "这份报告处理得很 SLOW。");
  });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (parse_object(probe.get("/v1/health").body).at("busy").to_number<std::uint64_t>() < 1 &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  server.signal(SIGTERM);
  const auto response = slow.get();
  EXPECT_EQ(response.status, 200u) << response.body;
  EXPECT_EQ(response.headers.at("connection"), "close");
  EXPECT_EQ(server.wait(), 0) << server.log();
  EXPECT_THAT(server.log(), HasSubstr("SIGTERM"));
  EXPECT_THROW(HttpClient{server.port()}, boost::system::system_error);
}

// 200 requests from 8 concurrent clients: every one answered, each answer the bytes `docpipe run`
// writes for the same file in documents.jsonl.
TEST(Serve, LoadTestAnswersEveryRequestAsRunDoes) {
  TemporaryDirectory dir;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kTestData / "reports")) names.push_back(entry.path().filename());
  for (const std::string name : {"001_45bb725d25c6ce65.docx", "003_f3ad0f8b935bdfdd.docx"}) names.push_back(name);
  std::sort(names.begin(), names.end());
  fs::create_directories(dir / "in");
  for (const auto& name : names) {
    const fs::path from =
        fs::exists(kTestData / "reports" / name) ? kTestData / "reports" / name : kTestData / "formats" / name;
    fs::copy_file(from, dir / "in" / name);
  }
  std::vector<std::string> arguments = {"run", "--config", kDefaultConfig, "--out", (dir / "out").string(), "-j", "2"};
  arguments.insert(arguments.end(), names.begin(), names.end());
  ASSERT_EQ(run_docpipe_in(dir / "in", arguments), 0);
  std::map<std::string, std::string> expected;  // by name: the line of documents.jsonl
  {
    std::istringstream lines(read_file(dir / "out" / "documents.jsonl"));
    for (std::string line; std::getline(lines, line);) expected[text_of(parse_object(line).at("id"))] = line;
  }
  ASSERT_EQ(expected.size(), names.size());
  std::map<std::string, std::string> bodies;
  for (const auto& name : names) bodies[name] = read_file(dir / "in" / name);

  ServerProcess server({"--config", kDefaultConfig, "--workers", "2", "--queue", "16"});
  constexpr int kClients = 8, kRequests = 200;
  std::mutex mutex;
  std::vector<std::string> failures;
  int answered = 0;
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      try {
        HttpClient client(server.port());
        for (int r = c; r < kRequests; r += kClients) {
          const std::string& name = names[static_cast<std::size_t>(r) % names.size()];
          const auto response = client.post("/v1/documents?name=" + url_encode(name), bodies[name]);
          std::lock_guard lock(mutex);
          ++answered;
          if (response.status != 200 || response.body != expected[name]) {
            failures.push_back(name + ": " + std::to_string(response.status));
          }
        }
      } catch (const std::exception& error) {
        std::lock_guard lock(mutex);
        failures.push_back(std::string("client failed: ") + error.what());
      }
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(answered, kRequests);
  EXPECT_THAT(failures, ::testing::IsEmpty());
  EXPECT_THAT(HttpClient(server.port()).get("/metrics").body,
              HasSubstr("docpipe_documents_total{status=\"ok\"} " + std::to_string(kRequests) + "\n"));
  server.signal(SIGTERM);
  EXPECT_EQ(server.wait(), 0);
}

}  // namespace
}  // namespace docpipe::test
