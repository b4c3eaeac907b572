// The descriptor of output.csv.
#include "csv_output.hpp"
#include "docpipe/descriptor.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"excel_bom", docpipe::ParameterType::boolean, "true",
     "start each file with a UTF-8 byte-order mark so that Excel shows Chinese correctly"},
    {"directory", docpipe::ParameterType::string, "", "subdirectory of the run's output directory for the tables"},
};

std::string check_directory(const docpipe::Parameters& parameters) {
  return docpipe::output_subdirectory(parameters, "directory");
}

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "output.csv",
    .version = "1.0.0",
    .description = "RFC 4180 tables: documents, sections, metrics, anomalies, annotations (UTF-8, written atomically)",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<docpipe::csv::CsvOutput>,
    .check_parameters = &docpipe::check_by_parsing<check_directory>,
    .rules = nullptr,
    .reserved = {},
})
