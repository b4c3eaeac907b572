// output.csv: the tables analysts open in Excel, one row per document, section,
// metric, anomaly and generic annotation.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "csv_table.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::csv {

struct CsvSettings {
  std::string directory;  // under the run's output directory
  bool chinese_headers = false;
  CsvOptions options;
};
// The settings from the node's parameters; throws ParameterError (also the descriptor's parameter check).
CsvSettings read_csv_settings(const Parameters& parameters);

class CsvOutput final : public OutputPlugin {
 public:
  explicit CsvOutput(const PluginContext& context);
  CsvOutput(const PluginContext& context, const CsvSettings& settings);

  void write(const Document& document) override;
  // `rendered`: the document's rows for each table, made by a CsvRenderer in a worker.
  void write_rendered(const Document& document, std::string_view rendered) override;
  void finish() override;
  // findings.csv: written only by a node downstream of a corpus node.
  void write_findings(const std::vector<Finding>& findings) override;

 private:
  // The document's rows for each table, in the order of the tables below.
  void append(const std::vector<std::string_view>& rows);

  CsvTable documents_;
  CsvTable sections_;
  CsvTable metrics_;
  CsvTable anomalies_;
  CsvTable annotations_;
  std::filesystem::path directory_;
  CsvSettings settings_;
  std::optional<CsvTable> findings_;
};

// A document's rows for every table, made in the worker that processed it.
class CsvRenderer final : public OutputRenderer {
 public:
  explicit CsvRenderer(const PluginContext& context);
  std::string render(const Document& document) override;

 private:
  CsvOptions options_;
};

}  // namespace docpipe::csv
