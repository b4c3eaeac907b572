#include "csv_output.hpp"

#include "docpipe/decimal.hpp"
#include "docpipe/output_paths.hpp"
#include "docpipe/text.hpp"

namespace docpipe::csv {

namespace {

// Column names and order are part of the output contract (docs/output-formats.md):
// columns may be appended, never renamed or reordered.
const std::vector<std::string> kDocumentColumns = {
    "document",  "source",     "format",   "encoding", "title",     "region", "year",  "date",
    "published", "characters", "sections", "metrics",  "anomalies", "status", "error", "warnings"};
const std::vector<std::string> kSectionColumns = {"document", "section", "parent", "level", "number",
                                                  "title",    "kind",    "start",  "end"};
const std::vector<std::string> kMetricColumns = {"document", "section",   "indicator", "code",  "value", "value_max",
                                                 "unit",     "qualifier", "text",      "start", "end",   "part"};
const std::vector<std::string> kAnomalyColumns = {"document", "rule",     "severity", "section",
                                                  "message",  "evidence", "start",    "end"};
const std::vector<std::string> kAnnotationColumns = {"document", "layer", "type", "start", "end", "attributes", "text"};

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
  return text;
}

std::filesystem::path table_path(const PluginContext& context, const char* name) {
  return output_subdirectory(context.output_directory, "directory", context.parameters.string("directory")) / name;
}

}  // namespace

CsvOutput::CsvOutput(const PluginContext& context)
    : documents_(table_path(context, "documents.csv"), kDocumentColumns, context.parameters.boolean("excel_bom")),
      sections_(table_path(context, "sections.csv"), kSectionColumns, context.parameters.boolean("excel_bom")),
      metrics_(table_path(context, "metrics.csv"), kMetricColumns, context.parameters.boolean("excel_bom")),
      anomalies_(table_path(context, "anomalies.csv"), kAnomalyColumns, context.parameters.boolean("excel_bom")),
      annotations_(table_path(context, "annotations.csv"), kAnnotationColumns,
                   context.parameters.boolean("excel_bom")) {}

void CsvOutput::write(const Document& d) {
  const bool ok = d.status == DocumentStatus::ok;
  const auto count = [&](std::size_t n) { return ok ? std::to_string(n) : std::string(); };
  const auto& m = d.metadata;
  documents_.add_row({d.id, d.source.generic_string(), d.format, d.encoding, m.get("title"), m.get("region"),
                      m.get("year"), m.get("date"), m.get("published"), count(count_code_points(d.text)),
                      count(d.sections.size()), count(d.metrics.size()), count(d.anomalies.size()),
                      std::string(to_string(d.status)), d.error, joined(m.all("warning"), "; ")});
  // A failed document's layers may be half-made; its documents row says why instead.
  if (!ok) return;
  for (const auto& s : d.sections) {
    sections_.add_row({d.id, s.id, s.parent, std::to_string(s.level), s.number, s.title, joined(s.kinds, ";"),
                       std::to_string(s.start), std::to_string(s.end)});
  }
  for (const auto& x : d.metrics) {
    metrics_.add_row({d.id, x.section, x.indicator, x.code, format_decimal(x.value),
                      x.value_max ? format_decimal(*x.value_max) : std::string(), x.unit, x.qualifier, x.text,
                      std::to_string(x.start), std::to_string(x.end), x.part});
  }
  for (const auto& a : d.anomalies) {
    anomalies_.add_row({d.id, a.rule, std::string(to_string(a.severity)), a.section, a.message, a.evidence,
                        std::to_string(a.start), std::to_string(a.end)});
  }
  if (d.layers.empty()) return;
  const CodePointIndex index(d.text);
  for (const auto& [layer, annotations] : d.layers) {
    for (const auto& a : annotations) {
      std::string attributes;
      for (const auto& [key, value] : a.attributes) attributes += (attributes.empty() ? "" : "; ") + key + "=" + value;
      annotations_.add_row({d.id, layer, a.type, std::to_string(a.start), std::to_string(a.end), attributes,
                            std::string(slice_code_points(d.text, index, a.start, a.end))});
    }
  }
}

void CsvOutput::finish() {
  documents_.commit();
  sections_.commit();
  metrics_.commit();
  anomalies_.commit();
  annotations_.commit();
}

}  // namespace docpipe::csv
