#include "overview_page.hpp"

#include <fmt/format.h>
#include <algorithm>

#include <map>
#include <set>

#include "docpipe/decimal.hpp"
#include "labels.hpp"
#include "page_assets.hpp"
#include "page_header.hpp"

namespace docpipe::html {

namespace {

std::string_view finding_label(std::string_view finding) {
  if (finding == "error") return "有错误";
  if (finding == "warning") return "有警告";
  if (finding == "info") return "仅提示";
  return "无问题";
}

class OverviewPage {
 public:
  OverviewPage(const std::vector<DocumentSummary>& documents, const std::vector<Finding>* findings,
               const ReviewSettings& settings)
      : documents_(documents), findings_(findings), settings_(settings) {
    // A cross-report finding counts for the document it is about, beside that document's own anomalies: a
    // report that repeats last year's is no report without problems.
    if (findings_ == nullptr) return;
    for (const auto& f : *findings_) {
      Counts& counts = cross_counts_[f.document];
      ++(f.severity == Severity::error     ? counts.errors
         : f.severity == Severity::warning ? counts.warnings
                                           : counts.infos);
    }
  }

  std::string render() {
    open_page(w_, "法治政府建设年度报告 · 审阅总览");
    w_.start("header");
    w_.attribute("class", "top");
    w_.element("h1", "法治政府建设年度报告 · 审阅总览");
    w_.element("p", fmt::format("共{}份报告。点击列名排序；点击标题打开审阅页。", documents_.size()));
    w_.end();
    w_.start("main");
    w_.start("section");
    w_.attribute("class", "overview");
    w_.attribute("aria-labelledby", "documents-heading");
    w_.start("h2");
    w_.attribute("id", "documents-heading");
    w_.text("报告一览");
    w_.end();
    write_filters();
    write_documents();
    w_.end();
    write_indicators();
    if (findings_ != nullptr) {
      PageNames pages;
      for (const auto& d : documents_) pages.emplace(d.id, d.page);
      write_cross_findings(w_, *findings_, pages);
    }
    w_.end();
    close_page(w_, kOverviewScript);
    return w_.finish();
  }

 private:
  void write_filter(const char* key, std::string_view label, const std::set<std::string>& values,
                    std::string_view (*describe)(std::string_view)) {
    w_.start("label");
    w_.text(label);
    w_.text(" ");
    w_.start("select");
    w_.attribute("data-filter", key);
    // 全部 is "*": "" is the value of the documents whose region or year is unknown (（未知）).
    w_.start("option");
    w_.attribute("value", "*");
    w_.text("全部");
    w_.end();
    for (const auto& value : values) {
      w_.start("option");
      w_.attribute("value", value);
      w_.text(describe ? describe(value) : std::string_view(value.empty() ? "（未知）" : value));
      w_.end();
    }
    w_.end();
    w_.end();
  }

  void write_filters() {
    std::set<std::string> regions, years, findings;
    for (const auto& d : documents_) regions.insert(d.region), years.insert(d.year), findings.insert(finding_of(d));
    w_.start("div");
    w_.attribute("class", "filters");
    w_.attribute("role", "search");
    write_filter("region", "地区", regions, nullptr);
    write_filter("year", "年度", years, nullptr);
    write_filter("finding", "问题", findings, &finding_label);
    w_.end();
  }

  // A scrolling overview table with its caption, left in its header's row.
  void start_table_and_header(const char* id, std::string_view caption) {
    w_.start("div");
    w_.attribute("class", "scroll");
    w_.start("table");
    w_.attribute("class", "overview");
    w_.attribute("id", id);
    w_.element("caption", caption);
    w_.start("thead");
    w_.start("tr");
  }

  void header_cell(std::string_view label) {
    w_.start("th");
    w_.attribute("scope", "col");
    w_.start("button");
    w_.attribute("type", "button");
    w_.attribute("data-column", std::to_string(column_++));
    w_.text(label);
    w_.end();
    w_.end();
  }

  void cell(std::string_view text, std::string_view sort = {}, const char* css_class = nullptr) {
    w_.start("td");
    if (css_class) w_.attribute("class", css_class);
    if (!sort.empty()) w_.attribute("data-sort", sort);
    w_.text(text);
    w_.end();
  }

  void number_cell(std::size_t n) { cell(std::to_string(n), {}, "number"); }

  void write_documents() {
    // The parts from a document that was read: a failed one (the first file of a batch, often) has none.
    std::vector<std::string> parts;
    for (const auto& d : documents_) {
      if (parts.empty()) parts = part_kinds(d);
    }
    start_table_and_header("documents", "每份报告的规定内容、发布时间和问题数（含跨报告发现）");
    column_ = 0;
    for (const char* label : {"地区/单位", "年度", "标题", "状态", "发布日期（期限）"}) header_cell(label);
    for (const auto& kind : parts) header_cell(part_label(kind));
    for (const char* label : {"错误", "警告", "提示", "数据项"}) header_cell(label);
    w_.end();
    w_.end();
    w_.start("tbody");
    for (const auto& d : documents_) {
      w_.start("tr");
      w_.attribute("data-document", d.id);
      w_.attribute("data-region", d.region);
      w_.attribute("data-year", d.year);
      w_.attribute("data-finding", finding_of(d));
      cell(d.author.empty() ? "（未知）" : d.author, d.author);
      cell(d.year, d.year);
      w_.start("td");
      w_.attribute("data-sort", d.title.empty() ? d.id : d.title);
      w_.start("a");
      w_.attribute("href", d.page);
      w_.text(d.title.empty() ? d.id : d.title);
      w_.end();
      w_.end();
      cell(d.ok ? "正常" : "失败：" + d.error, d.ok ? "ok" : "error", d.ok ? nullptr : "no");
      const std::string& made_public = d.published.empty() ? d.date : d.published;
      std::string publication = made_public.empty() ? "（未知）" : made_public;
      if (!d.deadline.empty()) publication += "（" + d.deadline + "）";
      cell(publication, made_public, d.late ? "late" : nullptr);
      // A document that could not be read has no parts and no counts: a dash, not ✘ and 0.
      for (const auto& kind : parts) {
        if (!d.ok) {
          cell("—", "-1");
          continue;
        }
        const auto found = std::find_if(d.parts.begin(), d.parts.end(), [&](const auto& p) { return p.first == kind; });
        const bool present = found != d.parts.end() && found->second;
        w_.start("td");
        w_.attribute("data-sort", present ? "1" : "0");
        write_check(w_, present);
        w_.end();
      }
      const Counts counts = counts_of(d);
      for (const std::size_t count : {counts.errors, counts.warnings, counts.infos, d.figures}) {
        if (d.ok) {
          number_cell(count);
        } else {
          cell("—", "-1", "number");
        }
      }
      w_.end();
    }
    w_.end();
    w_.end();
    w_.end();
  }

  struct Counts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
  };

  Counts counts_of(const DocumentSummary& d) const {
    Counts counts{d.errors, d.warnings, d.infos};
    if (const auto cross = cross_counts_.find(d.id); cross != cross_counts_.end()) {
      counts.errors += cross->second.errors;
      counts.warnings += cross->second.warnings;
      counts.infos += cross->second.infos;
    }
    return counts;
  }

  // The strongest problem of a row, its cross-report findings included (the 问题 filter).
  std::string finding_of(const DocumentSummary& d) const {
    if (!d.ok) return "error";
    const Counts counts = counts_of(d);
    if (counts.errors > 0) return "error";
    if (counts.warnings > 0) return "warning";
    if (counts.infos > 0) return "info";
    return "none";
  }

  static std::vector<std::string> part_kinds(const DocumentSummary& any) {
    std::vector<std::string> kinds;
    for (const auto& [kind, present] : any.parts) kinds.push_back(kind);
    return kinds;
  }

  // Indicator codes as columns: each document's sum over its totals and standalone figures.
  void write_indicators() {
    std::set<std::pair<std::string, std::string>> columns;
    for (const auto& d : documents_) {
      for (const auto& [key, sum] : d.sums) columns.insert(key);
    }
    w_.start("section");
    w_.attribute("class", "overview");
    w_.attribute("aria-labelledby", "indicators-heading");
    w_.start("h2");
    w_.attribute("id", "indicators-heading");
    w_.text("指标对比");
    w_.end();
    w_.element("p",
               "每格为该报告中同一指标的总数与独立数值之和；分项和比率（含倍数）不计入，避免重复计算；工作计划中的目标"
               "值和存在的不足中的数字不计入。");
    start_table_and_header("indicators", "指标（单位）");
    w_.start("th");
    w_.attribute("scope", "col");
    w_.text("报告");
    w_.end();
    for (const auto& [code, unit] : columns) {
      w_.start("th");
      w_.attribute("scope", "col");
      w_.attribute("data-code", code);
      w_.attribute("title", code);
      w_.text(fmt::format("{}（{}）", settings_.indicator_label(code), unit));
      w_.end();
    }
    w_.end();
    w_.end();
    w_.start("tbody");
    for (const auto& d : documents_) {
      w_.start("tr");
      w_.attribute("data-document", d.id);
      w_.start("th");
      w_.attribute("scope", "row");
      w_.text(d.author.empty() ? d.id : d.author + " " + d.year);
      w_.end();
      for (const auto& key : columns) {
        const auto found = d.sums.find(key);
        w_.start("td");
        w_.attribute("class", "number");
        w_.attribute("data-code", key.first);
        if (found != d.sums.end()) w_.text(format_decimal(found->second));
        w_.end();
      }
      w_.end();
    }
    w_.end();
    w_.end();
    w_.end();
    w_.end();
  }

  const std::vector<DocumentSummary>& documents_;
  const std::vector<Finding>* findings_;
  const ReviewSettings& settings_;
  std::map<std::string, Counts> cross_counts_;  // by document id
  HtmlWriter w_;
  std::size_t column_ = 0;
};

}  // namespace

std::string render_overview_page(const std::vector<DocumentSummary>& documents, const std::vector<Finding>* findings,
                                 const ReviewSettings& settings) {
  return OverviewPage(documents, findings, settings).render();
}

}  // namespace docpipe::html
