// The typed annotation layers over a document's normalized text. Every offset is
// a Unicode code-point offset into Document::text, end exclusive.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docpipe {

// Names of the layers plugins declare they consume and produce.
namespace layer {
inline constexpr const char* text = "text";
inline constexpr const char* blocks = "blocks";
inline constexpr const char* sections = "sections";
inline constexpr const char* metrics = "metrics";
inline constexpr const char* anomalies = "anomalies";
// A generic layer analysis.sections produces and analysis.anomalies consumes: numbering problems and
// unreadable dates (annotation types duplicate-number, number-gap, out-of-order, orphan-heading,
// missing-marker, malformed-date).
inline constexpr const char* structure_issues = "structure_issues";
}  // namespace layer

// The kinds of a section: the parts an annual report must have (规定, 2019), and the two around them.
namespace part {
inline constexpr const char* achievements = "achievements";
inline constexpr const char* shortcomings = "shortcomings";
inline constexpr const char* leadership = "leadership";
inline constexpr const char* plan = "plan";
inline constexpr const char* other = "other";
inline constexpr const char* preamble = "preamble";
inline constexpr const char* closing = "closing";
}  // namespace part

enum class BlockKind { paragraph, heading, table_cell };

inline std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::paragraph:
      return "paragraph";
    case BlockKind::heading:
      return "heading";
    case BlockKind::table_cell:
      return "table-cell";
  }
  return "paragraph";
}

// A span of the text as the source laid it out, with what the input format knew about it.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::size_t start = 0;
  std::size_t end = 0;
  std::optional<int> heading_level;  // from a heading style or outline level
  std::string numbering_label;       // an automatic numbering label, as rendered ("一、")
  std::optional<int> page;           // 1-based, for paged formats
  std::optional<int> table;          // table cells: 0-based table, row and column
  std::optional<int> row;
  std::optional<int> column;
  std::string style;  // the source's style name, if any
};

struct Section {
  std::string id;
  std::string parent;  // empty for top-level sections
  int level = 0;       // 0 for preamble and closing, 1.. for headings
  std::string number;  // the marker as written ("一、", "（二）")
  std::string title;
  std::vector<std::string> kinds;  // achievements, shortcomings, leadership, plan, other, preamble, closing
  std::size_t start = 0;
  std::size_t end = 0;
};

// What a figure is to the figures around it (docs/analysis-metrics.md, "Totals and their parts").
namespace role {
inline constexpr const char* total = "total";  // has parts listed after it (其中/包括/分别为, 占)
inline constexpr const char* part = "part";    // one item of a total's breakdown; Metric::of names the total
inline constexpr const char* rate = "rate";    // a percentage; Metric::of names the total it is computed from
inline constexpr const char* value = "value";  // a standalone figure
// A figure of an earlier period given for comparison (受理87件（2022年为104件）): never a total, a part or the
// count of a rate, and not summed with the year's own.
inline constexpr const char* previous = "previous";
// A figure that states a change against an earlier period (同比增长15%, 较上年增加16件; docpipe/changes.hpp):
// never a total, a part or the count of a rate, and not summed with the year's own.
inline constexpr const char* change = "change";
// A figure of a span of several years that runs to the report's (“十三五”期间累计办理2,310件, 2021年以来, 近五年):
// never a total, a part or the count of a rate, and not summed with the year's own.
inline constexpr const char* cumulative = "cumulative";
}  // namespace role

struct Metric {
  std::string id;       // stable and unique within the document ("m12": the 12th figure in text order)
  std::string section;  // id of the innermost section holding the metric
  std::string indicator;
  std::string code;
  double value = 0;
  std::optional<double> value_max;
  std::string unit;
  std::string qualifier;
  std::string text;  // the exact words of the figure
  std::size_t start = 0;
  std::size_t end = 0;
  std::string part;                // kind of the enclosing level-1 section (a plan's figure is a target)
  std::string role = role::value;  // total, part, rate, value, previous, change or cumulative (namespace role)
  std::string of;                  // parts and rates: the id of the total they belong to, else empty
  std::optional<int> page;         // 1-based page of the block holding the figure, for paged formats
};

enum class Severity { info, warning, error };

inline std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "info";
}

struct Anomaly {
  std::string rule;
  Severity severity = Severity::warning;
  std::string section;
  std::string message;
  std::string evidence;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string heading;      // the title of `section`, so that a reader can place the finding
  std::optional<int> page;  // 1-based page where the evidence starts, for paged formats
};

// An annotation in a layer the host need not know: third-party plugins add
// these, and every output serializes them.
struct Annotation {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string type;
  std::vector<std::pair<std::string, std::string>> attributes;
};

}  // namespace docpipe
