#include "review_page.hpp"

#include "cross_findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "docpipe/decimal.hpp"
#include "docpipe/section_lookup.hpp"
#include "docpipe/text.hpp"
#include "labels.hpp"
#include "page_assets.hpp"
#include "page_header.hpp"

namespace docpipe::html {

namespace {

std::string anomaly_id(std::size_t index) { return "a" + std::to_string(index + 1); }

// A figure or a finding over [start, end) of one line. A finding spanning lines becomes one piece per
// line; only the first carries its id, the target of the side panel's link.
struct Mark {
  std::size_t start = 0;
  std::size_t end = 0;
  bool finding = false;  // findings wrap figures, never the other way round
  std::size_t index = 0;
  bool first = true;
};

bool opens_before(const Mark& a, const Mark& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end > b.end;  // the longer one outside
  if (a.finding != b.finding) return a.finding;
  return a.index < b.index;
}

class ReviewPage {
 public:
  ReviewPage(const Document& document, const DocumentSummary& summary, const ReviewSettings& settings)
      : d_(document),
        summary_(summary),
        settings_(settings),
        text_(decode_utf8(document.text)),
        pages_(document.blocks) {
    // Findings and figures by where they start, so that each line looks only at those that reach it.
    for (std::size_t i = 0; i < d_.anomalies.size(); ++i) by_start_.push_back({true, i});
    for (std::size_t i = 0; i < d_.metrics.size(); ++i) by_start_.push_back({false, i});
    std::stable_sort(by_start_.begin(), by_start_.end(),
                     [&](const Item& a, const Item& b) { return span_of(a).first < span_of(b).first; });
    // The first figure of each id, for the tooltips of parts that name their total.
    for (const auto& metric : d_.metrics) metric_by_id_.emplace(metric.id, &metric);
  }

  std::string render() {
    const std::string title = summary_.title.empty() ? d_.id : summary_.title;
    open_page(w_, title + " · 审阅");
    if (summary_.ok) {  // a failed document's page has no text to skip to
      w_.start("a");
      w_.attribute("class", "skip");
      w_.attribute("href", "#text");
      w_.text("跳到正文");
      w_.end();
    }
    write_header(title);
    if (summary_.ok) {
      w_.start("div");
      w_.attribute("class", "layout");
      write_outline();
      write_text();
      write_findings();
      w_.end();
    }
    close_page(w_, kReviewScript);
    return w_.finish();
  }

 private:
  void fact(std::string_view label, std::string_view value, const char* css_class = nullptr) {
    if (value.empty()) return;
    w_.element("dt", label);
    w_.start("dd");
    if (css_class) w_.attribute("class", css_class);
    w_.text(value);
    w_.end();
  }

  void write_header(const std::string& title) {
    w_.start("header");
    w_.attribute("class", "top");
    w_.start("p");
    w_.start("a");
    w_.attribute("href", "index.html");
    w_.text("← 返回总览");
    w_.end();
    w_.end();
    w_.element("h1", title);
    w_.start("dl");
    w_.attribute("class", "meta");
    fact("文档", d_.id);
    fact("地区", summary_.region);
    fact("年度", summary_.year);
    fact("落款日期", summary_.date);
    fact("发布日期", summary_.published, summary_.late ? "late" : nullptr);
    fact("公开期限", summary_.deadline);
    fact("格式", d_.format);
    fact("状态", summary_.ok ? "正常" : "处理失败");
    fact("错误", summary_.error, "no");
    w_.end();
    const auto warnings = d_.metadata.all("warning");
    if (!warnings.empty()) {
      w_.start("ul");
      w_.attribute("class", "warnings");
      w_.attribute("aria-label", "处理提示");
      for (const auto& warning : warnings) w_.element("li", warning);
      w_.end();
    }
    if (summary_.ok) {
      w_.start("ul");
      w_.attribute("class", "parts");
      w_.attribute("aria-label", "规定内容");
      for (const auto& [kind, present] : summary_.parts) {
        w_.start("li");
        w_.attribute("data-part", kind);
        write_check(w_, present);
        w_.text(" ");
        w_.text(part_label(kind));
        w_.end();
      }
      w_.end();
    }
    w_.end();
  }

  // The heading tree as nested lists; every section (preamble and closing too) has an entry.
  void write_outline() {
    w_.start("nav");
    w_.attribute("class", "outline");
    w_.attribute("aria-label", "目录");
    w_.element("h2", "目录");
    // Each section's children in document order, found once: a volume of thousands of headings would
    // otherwise scan every section for the children of each.
    std::unordered_map<std::string_view, std::vector<const Section*>> children;
    for (const auto& section : d_.sections) children[section.parent].push_back(&section);
    write_outline_level(children, "");
    w_.end();
  }

  void write_outline_level(const std::unordered_map<std::string_view, std::vector<const Section*>>& children,
                           std::string_view parent) {
    const auto found = children.find(parent);
    if (found == children.end()) return;
    w_.start("ol");
    for (const Section* section : found->second) {
      w_.start("li");
      w_.start("a");
      w_.attribute("href", "#" + section->id);
      w_.attribute("data-section", section->id);
      w_.text(section_label(*section));
      w_.end();
      write_outline_level(children, section->id);
      w_.end();
    }
    w_.end();
  }

  static std::string section_label(const Section& section) {
    if (!section.title.empty() || !section.number.empty()) return section.number + section.title;
    if (std::find(section.kinds.begin(), section.kinds.end(), part::preamble) != section.kinds.end()) return "开头";
    if (std::find(section.kinds.begin(), section.kinds.end(), part::closing) != section.kinds.end()) return "结尾";
    return section.id;
  }

  void write_text() {
    w_.start("main");
    w_.attribute("class", "text");
    w_.attribute("id", "text");
    w_.attribute("tabindex", "-1");
    std::vector<std::size_t> order(d_.sections.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const Section& x = d_.sections[a];
      const Section& y = d_.sections[b];
      return x.start != y.start ? x.start < y.start : x.level < y.level;
    });
    std::vector<const Section*> open;
    std::size_t next = 0;
    std::set<std::size_t> placed_points;
    std::size_t line_start = 0;
    while (line_start <= text_.size()) {
      std::size_t line_end = text_.find(U'\n', line_start);
      if (line_end == std::u32string::npos) line_end = text_.size();
      while (!open.empty() && open.back()->end <= line_start) close_section(open);
      const Section* heading = nullptr;
      while (next < order.size() && d_.sections[order[next]].start < std::max(line_end, line_start + 1)) {
        const Section& section = d_.sections[order[next++]];
        while (!open.empty() && open.back()->end <= section.start) close_section(open);
        w_.start("section");
        w_.attribute("id", section.id);
        w_.attribute("aria-label", section_label(section));
        open.push_back(&section);
        if (section.level > 0 && section.start >= line_start) heading = &section;
      }
      write_line(line_start, line_end, heading);
      if (line_end >= text_.size()) break;
      line_start = line_end + 1;
    }
    while (!open.empty()) close_section(open);
    w_.end();
  }

  void close_section(std::vector<const Section*>& open) {
    w_.end();
    open.pop_back();
  }

  // A heading line is a heading element when it holds only the heading; a run-in heading ("1、全面部署。
  // 严格落实……") stays a paragraph.
  void write_line(std::size_t start, std::size_t end, const Section* heading) {
    std::size_t first = start;
    while (first < end && (text_[first] == U' ' || text_[first] == U'\u3000' || text_[first] == U'\t')) ++first;
    std::vector<Mark> marks = marks_in(start, end);
    if (first == end && marks.empty()) return;
    const std::size_t heading_length =
        heading ? decode_utf8(heading->number).size() + decode_utf8(heading->title).size() : 0;
    const bool is_heading = heading && end - first <= heading_length + 2;
    const std::string element = is_heading ? "h" + std::to_string(std::min(heading->level + 1, 6)) : "p";
    w_.start(element.c_str());
    if (const auto page = pages_.page_at(first)) {
      w_.attribute("data-page", std::to_string(*page));
      w_.start("span");
      w_.attribute("class", "page");
      w_.attribute("title", fmt::format("第{}页", *page));
      w_.text(std::to_string(*page));
      w_.end();
    }
    write_marked(start, end, marks);
    w_.end();
  }

  std::vector<Mark> marks_in(std::size_t start, std::size_t end) {
    std::vector<Mark> marks;
    // The piece of [from, to) on this line; a point, or a span whose piece here is empty (it lies on the
    // line break), is shown where it starts, once.
    const auto take = [&](std::size_t from, std::size_t to, bool finding, std::size_t index) {
      const std::size_t piece_start = std::max(from, start);
      const std::size_t piece_end = std::min(to, end);
      const bool first = !placed(finding, index);
      if (piece_start < piece_end) {
        marks.push_back({piece_start, piece_end, finding, index, first});
      } else if (first && from >= start && from <= end) {
        marks.push_back({from, from, finding, index, true});
      } else {
        return;
      }
      placed_.insert({finding, index});
    };
    while (next_item_ < by_start_.size() && span_of(by_start_[next_item_]).first <= end) {
      reaching_.push_back(by_start_[next_item_++]);
    }
    for (const auto& item : reaching_) {
      const auto [from, to] = span_of(item);
      take(from, to, item.first, item.second);
    }
    // Lines come in order: an item that starts and ends by this line's end has nothing left for later lines.
    std::erase_if(reaching_, [&](const Item& item) { return span_of(item).second <= end; });
    std::sort(marks.begin(), marks.end(), opens_before);
    return marks;
  }

  using Item = std::pair<bool, std::size_t>;  // (is a finding, index in its layer)

  std::pair<std::size_t, std::size_t> span_of(const Item& item) const {
    if (item.first) {
      const Anomaly& a = d_.anomalies[item.second];
      return {std::min(a.start, text_.size()), std::min(a.end, text_.size())};
    }
    const Metric& m = d_.metrics[item.second];
    return {m.start, std::min(m.end, text_.size())};
  }

  bool placed(bool finding, std::size_t index) const { return placed_.count({finding, index}) != 0; }

  // The line's text with its marks nested properly: a mark that would cross the end of the one it
  // starts in is cut there and continued after it.
  void write_marked(std::size_t start, std::size_t end, const std::vector<Mark>& marks) {
    std::multiset<Mark, decltype(&opens_before)> pending(marks.begin(), marks.end(), &opens_before);
    std::vector<Mark> open;
    std::size_t at = start;
    const auto emit = [&](std::size_t to) {
      if (to > at) w_.text(encode_utf8(std::u32string_view(text_).substr(at, to - at)));
      at = std::max(at, to);
    };
    while (true) {
      const std::size_t next_close = open.empty() ? SIZE_MAX : open.back().end;
      const std::size_t next_open = pending.empty() ? SIZE_MAX : pending.begin()->start;
      if (next_close == SIZE_MAX && next_open == SIZE_MAX) break;
      if (next_close <= next_open) {
        emit(next_close);
        w_.end();
        open.pop_back();
        continue;
      }
      Mark mark = *pending.begin();
      pending.erase(pending.begin());
      emit(mark.start);
      if (!open.empty() && mark.end > open.back().end) {
        Mark rest = mark;
        rest.start = open.back().end;
        rest.first = false;
        pending.insert(rest);
        mark.end = open.back().end;
      }
      open_mark(mark);
      if (mark.start == mark.end && mark.finding) {
        w_.text("⚑");
        w_.end();
        continue;
      }
      if (mark.start == mark.end) {
        w_.end();
        continue;
      }
      open.push_back(mark);
    }
    emit(end);
  }

  void open_mark(const Mark& mark) {
    if (mark.finding) {
      const Anomaly& a = d_.anomalies[mark.index];
      const std::string severity(to_string(a.severity));
      w_.start("mark");
      if (mark.first) {
        w_.attribute("id", anomaly_id(mark.index));
        w_.attribute("tabindex", "-1");
      }
      w_.attribute("class", "anomaly " + severity);
      w_.attribute("data-anomaly", anomaly_id(mark.index));
      w_.attribute("data-rule", a.rule);
      w_.attribute("data-severity", severity);
      w_.attribute("title", fmt::format("{}：{}", severity_label(a.severity), a.message));
      return;
    }
    const Metric& m = d_.metrics[mark.index];
    w_.start("span");
    w_.attribute("class", "metric");
    w_.attribute("data-metric", m.id);
    w_.attribute("data-code", m.code);
    w_.attribute("data-role", m.role);
    if (!m.of.empty()) w_.attribute("data-of", m.of);
    w_.attribute("title", metric_tooltip(m));
  }

  std::string metric_tooltip(const Metric& m) const {
    std::string value = format_decimal(m.value);
    if (m.value_max) value += "～" + format_decimal(*m.value_max);
    std::string code = "（无）";
    if (!m.code.empty()) {
      const std::string_view label = settings_.indicator_label(m.code);
      code = label == m.code ? m.code : fmt::format("{}（{}）", label, m.code);
    }
    std::string tip = fmt::format("指标：{}\n类别：{}\n数值：{}\n单位：{}",
                                  m.indicator.empty() ? "（未识别）" : m.indicator, code, value, m.unit);
    if (!m.qualifier.empty()) tip += "\n限定：" + m.qualifier;
    tip += fmt::format("\n角色：{}", role_label(m.role));
    if (!m.of.empty()) {
      const auto total = metric_by_id_.find(m.of);
      if (total != metric_by_id_.end()) tip += fmt::format("（属于{}）", total->second->text);
    }
    return tip;
  }

  void write_findings() {
    w_.start("aside");
    w_.attribute("class", "findings");
    w_.attribute("aria-label", "发现的问题");
    w_.element("h2", fmt::format("问题（{}）", d_.anomalies.size()));
    if (d_.anomalies.empty()) w_.element("p", "未发现问题。");
    if (!d_.anomalies.empty()) {
      w_.element("p", "↑↓ 或 j/k 在问题间移动。");
      w_.start("ol");
      for (std::size_t i = 0; i < d_.anomalies.size(); ++i) {
        const Anomaly& a = d_.anomalies[i];
        w_.start("li");
        w_.attribute("class", std::string(to_string(a.severity)));
        w_.start("a");
        w_.attribute("href", "#" + anomaly_id(i));
        w_.attribute("data-target", anomaly_id(i));
        w_.attribute("data-rule", a.rule);
        w_.start("span");
        w_.attribute("class", "severity");
        w_.text(severity_label(a.severity));
        w_.end();
        w_.text(" " + a.message);
        w_.end();
        std::string place = a.heading;
        if (a.page) place += (place.empty() ? "" : " · ") + fmt::format("第{}页", *a.page);
        if (!place.empty()) {
          w_.start("div");
          w_.attribute("class", "place");
          w_.text(place);
          w_.end();
        }
        w_.end();
      }
      w_.end();
    }
    write_cross_findings_placeholder(w_);  // filled when the corpus stage's findings are known
    w_.end();
  }

  const Document& d_;
  const DocumentSummary& summary_;
  const ReviewSettings& settings_;
  std::u32string text_;
  PageIndex pages_;  // one lookup per line: indexed, not a scan of every block
  HtmlWriter w_;
  std::set<std::pair<bool, std::size_t>> placed_;
  std::vector<Item> by_start_;  // every finding and figure, by start
  std::unordered_map<std::string_view, const Metric*> metric_by_id_;
  std::size_t next_item_ = 0;   // the first of by_start_ no line has reached yet
  std::vector<Item> reaching_;  // reached, and possibly not done with
};

}  // namespace

std::string render_review_page(const Document& document, const DocumentSummary& summary,
                               const ReviewSettings& settings) {
  return ReviewPage(document, summary, settings).render();
}

}  // namespace docpipe::html
