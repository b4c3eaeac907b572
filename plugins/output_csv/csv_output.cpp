#include "csv_output.hpp"

#include "docpipe/decimal.hpp"
#include "docpipe/rendered_parts.hpp"
#include "docpipe/text.hpp"

#include <stdexcept>

namespace docpipe::csv {

namespace {

// Column names and order are part of the output contract (docs/output-formats.md):
// columns may be appended, never renamed or reordered. Each column: its name, and its header under headers=zh.
using Columns = std::vector<std::pair<std::string, std::string>>;
const Columns kDocumentColumns = {{"document", "文档"},    {"source", "来源文件"}, {"format", "格式"},
                                  {"encoding", "编码"},    {"title", "标题"},      {"region", "地区"},
                                  {"year", "年度"},        {"date", "落款日期"},   {"published", "发布日期"},
                                  {"characters", "字数"},  {"sections", "章节数"}, {"metrics", "数据项数"},
                                  {"anomalies", "问题数"}, {"status", "状态"},     {"error", "错误"},
                                  {"warnings", "提示"},    {"unit", "报告单位"},   {"sha256", "SHA-256"}};
const Columns kSectionColumns = {{"document", "文档"}, {"section", "章节"},   {"parent", "上级章节"},
                                 {"level", "层级"},    {"number", "编号"},    {"title", "标题"},
                                 {"kind", "类别"},     {"start", "起始位置"}, {"end", "结束位置"}};
const Columns kMetricColumns = {
    {"document", "文档"}, {"section", "章节"},       {"indicator", "指标"}, {"code", "指标代码"},
    {"value", "数值"},    {"value_max", "数值上限"}, {"unit", "单位"},      {"qualifier", "限定词"},
    {"text", "原文"},     {"start", "起始位置"},     {"end", "结束位置"},   {"part", "报告部分"},
    {"id", "编号"},       {"role", "角色"},          {"of", "所属总数"},    {"page", "页码"}};
const Columns kAnomalyColumns = {
    {"document", "文档"}, {"rule", "规则"},      {"severity", "严重程度"}, {"section", "章节"},     {"message", "说明"},
    {"evidence", "依据"}, {"start", "起始位置"}, {"end", "结束位置"},      {"heading", "章节标题"}, {"page", "页码"}};
const Columns kFindingColumns = {{"document", "文档"},           {"rule", "规则"},    {"severity", "严重程度"},
                                 {"other_document", "相关文档"}, {"message", "说明"}, {"evidence", "依据"},
                                 {"start", "起始位置"},          {"end", "结束位置"}, {"other_start", "相关起始位置"},
                                 {"other_end", "相关结束位置"}};
const Columns kAnnotationColumns = {{"document", "文档"},  {"layer", "层"},     {"type", "类型"},
                                    {"start", "起始位置"}, {"end", "结束位置"}, {"attributes", "属性"},
                                    {"text", "原文"}};

std::vector<std::string> header(const Columns& columns, bool chinese) {
  std::vector<std::string> names;
  for (const auto& [name, chinese_name] : columns) names.push_back(chinese ? chinese_name : name);
  return names;
}

std::string page_text(const std::optional<int>& page) { return page ? std::to_string(*page) : std::string(); }

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
  return text;
}

constexpr std::size_t kTables = 5;  // documents, sections, metrics, anomalies, annotations

}  // namespace

CsvSettings read_csv_settings(const Parameters& parameters) {
  CsvSettings settings;
  ParameterProblems problems;
  problems.collect([&] { settings.directory = output_subdirectory(parameters, "directory"); });
  const std::string& headers = parameters.string("headers");
  if (headers != "en" && headers != "zh") {
    problems.add("headers", headers, "must be en (the documented names) or zh (Chinese)");
  }
  settings.chinese_headers = headers == "zh";
  settings.options = {parameters.boolean("excel_bom"), parameters.boolean("defuse_formulas")};
  problems.throw_if_any();
  return settings;
}

CsvOutput::CsvOutput(const PluginContext& context) : CsvOutput(context, read_csv_settings(context.parameters)) {}

CsvOutput::CsvOutput(const PluginContext& context, const CsvSettings& settings)
    : documents_(context.output_directory / settings.directory / "documents.csv",
                 header(kDocumentColumns, settings.chinese_headers), settings.options),
      sections_(context.output_directory / settings.directory / "sections.csv",
                header(kSectionColumns, settings.chinese_headers), settings.options),
      metrics_(context.output_directory / settings.directory / "metrics.csv",
               header(kMetricColumns, settings.chinese_headers), settings.options),
      anomalies_(context.output_directory / settings.directory / "anomalies.csv",
                 header(kAnomalyColumns, settings.chinese_headers), settings.options),
      annotations_(context.output_directory / settings.directory / "annotations.csv",
                   header(kAnnotationColumns, settings.chinese_headers), settings.options),
      directory_(context.output_directory / settings.directory),
      settings_(settings) {}

void CsvOutput::write_findings(const std::vector<Finding>& findings) {
  if (!findings_) {
    findings_.emplace(directory_ / "findings.csv", header(kFindingColumns, settings_.chinese_headers),
                      settings_.options);
  }
  for (const auto& f : findings) {
    const bool spanned = f.end > f.start;
    const bool other_spanned = f.other_end > f.other_start;
    findings_->add_row({f.document, f.rule, std::string(to_string(f.severity)), f.other_document, f.message, f.evidence,
                        spanned ? std::to_string(f.start) : "", spanned ? std::to_string(f.end) : "",
                        other_spanned ? std::to_string(f.other_start) : "",
                        other_spanned ? std::to_string(f.other_end) : ""});
  }
}

namespace {

// The document's rows for the five tables, in that order.
std::vector<std::string> document_rows(const Document& d, const CsvOptions& options) {
  const bool defuse = options.defuse_formulas;
  CsvRows documents(kDocumentColumns.size(), defuse), sections(kSectionColumns.size(), defuse),
      metrics(kMetricColumns.size(), defuse), anomalies(kAnomalyColumns.size(), defuse),
      annotations(kAnnotationColumns.size(), defuse);
  const bool ok = d.status == DocumentStatus::ok;
  const auto count = [&](std::size_t n) { return ok ? std::to_string(n) : std::string(); };
  const auto& m = d.metadata;
  documents.add({d.id, d.source.generic_string(), d.format, d.encoding, m.get("title"), m.get("region"), m.get("year"),
                 m.get("date"), m.get("published"), count(count_code_points(d.text)), count(d.sections.size()),
                 count(d.metrics.size()), count(d.anomalies.size()), std::string(to_string(d.status)), d.error,
                 joined(m.all("warning"), "; "), m.get("unit"), m.get("sha256")});
  // A failed document's layers may be half-made; its documents row says why instead.
  if (ok) {
    for (const auto& s : d.sections) {
      sections.add({d.id, s.id, s.parent, std::to_string(s.level), s.number, s.title, joined(s.kinds, ";"),
                    std::to_string(s.start), std::to_string(s.end)});
    }
    for (const auto& x : d.metrics) {
      metrics.add({d.id, x.section, x.indicator, x.code, format_decimal(x.value),
                   x.value_max ? format_decimal(*x.value_max) : std::string(), x.unit, x.qualifier, x.text,
                   std::to_string(x.start), std::to_string(x.end), x.part, x.id, x.role, x.of, page_text(x.page)});
    }
    for (const auto& a : d.anomalies) {
      anomalies.add({d.id, a.rule, std::string(to_string(a.severity)), a.section, a.message, a.evidence,
                     std::to_string(a.start), std::to_string(a.end), a.heading, page_text(a.page)});
    }
    if (!d.layers.empty()) {
      const CodePointIndex index(d.text);
      for (const auto& [layer, layer_annotations] : d.layers) {
        for (const auto& a : layer_annotations) {
          std::string attributes;
          for (const auto& [key, value] : a.attributes) {
            attributes += (attributes.empty() ? "" : "; ") + key + "=" + value;
          }
          annotations.add({d.id, layer, a.type, std::to_string(a.start), std::to_string(a.end), attributes,
                           std::string(slice_code_points(d.text, index, a.start, a.end))});
        }
      }
    }
  }
  return {documents.take(), sections.take(), metrics.take(), anomalies.take(), annotations.take()};
}

}  // namespace

void CsvOutput::write(const Document& d) {
  const std::vector<std::string> rows = document_rows(d, settings_.options);
  append({rows.begin(), rows.end()});
}

void CsvOutput::write_rendered(const Document& /*document*/, std::string_view rendered) {
  append(unpack_parts(rendered, kTables));
}

void CsvOutput::append(const std::vector<std::string_view>& rows) {
  documents_.append(rows[0]);
  sections_.append(rows[1]);
  metrics_.append(rows[2]);
  anomalies_.append(rows[3]);
  annotations_.append(rows[4]);
}

CsvRenderer::CsvRenderer(const PluginContext& context) : options_(read_csv_settings(context.parameters).options) {}

std::string CsvRenderer::render(const Document& document) { return pack_parts(document_rows(document, options_)); }

void CsvOutput::finish() {
  documents_.commit();
  sections_.commit();
  metrics_.commit();
  anomalies_.commit();
  annotations_.commit();
  if (findings_) findings_->commit();
}

}  // namespace docpipe::csv
