// output.csv: the tables analysts open in Excel, one row per document, section,
// metric, anomaly and generic annotation.
#pragma once

#include <memory>

#include "csv_table.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::csv {

class CsvOutput final : public OutputPlugin {
 public:
  explicit CsvOutput(const PluginContext& context);

  void write(const Document& document) override;
  void finish() override;

 private:
  CsvTable documents_;
  CsvTable sections_;
  CsvTable metrics_;
  CsvTable anomalies_;
  CsvTable annotations_;
};

}  // namespace docpipe::csv
