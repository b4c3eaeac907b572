// The descriptor of output.sqlite.
#include "docpipe/descriptor.hpp"
#include "sqlite_output.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"path", docpipe::ParameterType::string, "docpipe.sqlite",
     "the store's file: relative to the run's output directory, or an absolute path for a store that runs add to"},
};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "output.sqlite",
    .version = "1.0.0",
    .description = "SQLite store keyed by the documents' SHA-256: documents, sections, metrics, anomalies, corpus "
                   "summaries and findings; re-running the same files adds no rows",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<docpipe::store::SqliteOutput>,
    .check_parameters = &docpipe::check_by_parsing<docpipe::store::read_sqlite_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = &docpipe::make_summary_renderer<docpipe::store::StoreRenderer>,
    .reserved = {},
})
