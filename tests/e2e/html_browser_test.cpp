// output.html in a real browser: the CLI runs the default pipeline on the five example reports, then
// headless Chromium loads every page from file:// and the test reads the DOM after the pages' scripts
// ran. Screenshots land in the build tree (screenshots/). Skipped only when Chromium is not installed
// (scripts/setup.sh --with-browser installs it; CI does).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "test_support.hpp"

namespace docpipe {
namespace {

const std::filesystem::path kScreenshots = DOCPIPE_SCREENSHOT_DIR;

std::string find_chromium() {
  for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (std::filesystem::exists(candidate)) return candidate;
  }
  return {};
}

class Browser {
 public:
  explicit Browser(std::string binary) : binary_(std::move(binary)) {}

  // Loads `page` and returns what --dump-dom prints once its scripts have run, with stderr (console).
  test::CommandResult dump_dom(const std::filesystem::path& page) const { return run({"--dump-dom", url(page)}); }

  test::CommandResult screenshot(const std::filesystem::path& page, const std::filesystem::path& png) const {
    return run({"--screenshot=" + png.string(), "--window-size=1400,1000", "--hide-scrollbars", url(page)});
  }

 private:
  static std::string url(const std::filesystem::path& page) { return "file://" + page.string(); }

  // Bounded: a browser that hangs is killed after 60 s and the test fails instead of CI hanging.
  test::CommandResult run(std::vector<std::string> arguments) const {
    std::vector<std::string> command = {"-k",
                                        "5",
                                        "60",
                                        binary_,
                                        "--headless",
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--disable-extensions",
                                        "--enable-logging=stderr",
                                        "--v=0",
                                        "--user-data-dir=" + profile_.path().string()};
    command.insert(command.end(), arguments.begin(), arguments.end());
    return test::run_command("timeout", command);
  }

  std::string binary_;
  test::TemporaryDirectory profile_;
};

// Rows of a CSV table by their document column.
using Rows = std::vector<std::vector<std::string>>;
std::map<std::string, Rows> by_document(const Rows& table) {
  std::map<std::string, Rows> rows;
  for (std::size_t i = 1; i < table.size(); ++i) rows[table[i][0]].push_back(table[i]);
  return rows;
}

Rows rows_of(const std::map<std::string, Rows>& rows, const std::string& document) {
  const auto found = rows.find(document);
  return found == rows.end() ? Rows{} : found->second;
}

// Whether the rendered DOM holds `markup` (a plain find: printing a whole page on failure helps nobody).
bool has(const std::string& dom, const std::string& markup) { return dom.find(markup) != std::string::npos; }

void expect_scripts_ran_cleanly(const test::CommandResult& result, const std::string& page) {
  EXPECT_EQ(result.exit_code, 0) << page << ": " << result.err;
  EXPECT_TRUE(has(result.out, "data-ready=\"1\"")) << page << ": the page's script did not finish";
  // The attribute the error trap sets, not the trap's own source text.
  EXPECT_FALSE(has(result.out, "data-script-errors=\"")) << page << ": script errors";
  // Chromium logs a page's console messages (uncaught errors included) as CONSOLE(…) on stderr.
  EXPECT_FALSE(has(result.err, "CONSOLE")) << page << ": " << result.err;
}

TEST(HtmlInBrowser, EveryPageOfTheFiveExamplesRendersWithEveryFigureFindingAndSectionMarked) {
  const std::string chromium = find_chromium();
  if (chromium.empty()) {
    GTEST_SKIP() << "chromium is not installed (scripts/setup.sh --with-browser installs it); "
                    "the HTML pages were not checked in a browser";
  }
  test::TemporaryDirectory dir;
  const auto out = dir / "out";
  const auto run = test::run_docpipe({"run", "--config", (test::kSourceDir / "configs" / "default.xml").string(),
                                      "--out", out.string(), (test::kTestData / "reports").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto html = std::filesystem::canonical(out / "html");
  const Browser browser(chromium);

  const auto overview = browser.dump_dom(html / "index.html");
  expect_scripts_ran_cleanly(overview, "index.html");
  const auto documents = test::read_csv(out / "documents.csv");
  ASSERT_EQ(documents.size(), 6u);

  const auto metrics_table = test::read_csv(out / "metrics.csv");
  const auto id_column = test::column(metrics_table, "id");
  const auto metrics = by_document(metrics_table);
  const auto anomalies = by_document(test::read_csv(out / "anomalies.csv"));
  const auto sections = by_document(test::read_csv(out / "sections.csv"));
  for (std::size_t row = 1; row < documents.size(); ++row) {
    const std::string id = documents[row][0];
    const std::string page = id + ".html";
    const auto expect_marked = [&](const std::string& dom, const std::string& markup) {
      EXPECT_TRUE(has(dom, markup)) << page << " lacks " << markup;
    };
    expect_marked(overview.out, "data-document=\"" + id + "\"");
    const auto dom = browser.dump_dom(html / page);
    expect_scripts_ran_cleanly(dom, page);
    const Rows metric_rows = rows_of(metrics, id);
    EXPECT_FALSE(metric_rows.empty()) << id;
    for (const auto& metric : metric_rows) expect_marked(dom.out, "data-metric=\"" + metric[id_column] + "\"");
    const Rows anomaly_rows = rows_of(anomalies, id);
    for (std::size_t i = 0; i < anomaly_rows.size(); ++i) {
      const std::string anomaly = "a" + std::to_string(i + 1);
      expect_marked(dom.out, "<mark id=\"" + anomaly + "\"");
      expect_marked(dom.out, "data-anomaly=\"" + anomaly + "\" data-rule=\"" + anomaly_rows[i][1] + "\"");
      expect_marked(dom.out, "href=\"#" + anomaly + "\"");
    }
    for (const auto& section : rows_of(sections, id)) {
      expect_marked(dom.out, "href=\"#" + section[1] + "\"");  // the outline
      expect_marked(dom.out, "<section id=\"" + section[1] + "\"");
    }
  }

  // The overview, and the review page with the most serious findings.
  const auto weight = [&](const std::string& id) {
    std::size_t w = 0;
    for (const auto& row : rows_of(anomalies, id)) w += row[2] == "error" ? 100 : row[2] == "warning" ? 10 : 1;
    return w;
  };
  std::string busiest = documents[1][0];
  for (const auto& [id, rows] : anomalies) {
    if (weight(id) > weight(busiest)) busiest = id;
  }
  std::filesystem::create_directories(kScreenshots);
  const struct { std::string page, png; } shots[] = {{"index.html", "overview.png"}, {busiest + ".html", "review.png"}};
  for (const auto& shot : shots) {
    std::filesystem::remove(kScreenshots / shot.png);
    const auto result = browser.screenshot(html / shot.page, kScreenshots / shot.png);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(std::filesystem::exists(kScreenshots / shot.png)) << shot.png;
  }
}

}  // namespace
}  // namespace docpipe
