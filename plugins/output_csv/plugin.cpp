// The descriptor of output.csv.
#include "csv_output.hpp"
#include "docpipe/descriptor.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"excel_bom", docpipe::ParameterType::boolean, "true",
     "start each file with a UTF-8 byte-order mark so that Excel shows Chinese correctly"},
    {"directory", docpipe::ParameterType::string, "", "subdirectory of the run's output directory for the tables"},
    {"defuse_formulas", docpipe::ParameterType::boolean, "true",
     "prefix a cell that begins with =, +, -, @, tab or carriage return with ' so that spreadsheets do not run it "
     "as a formula (CSV injection)"},
    {"headers", docpipe::ParameterType::string, "en", "column headers: en (the documented names) or zh (Chinese)"},
};

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
    .check_parameters = &docpipe::check_by_parsing<docpipe::csv::read_csv_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = &docpipe::make_renderer<docpipe::csv::CsvRenderer>,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
