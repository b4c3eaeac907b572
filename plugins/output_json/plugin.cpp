// The descriptor of output.json.
#include "docpipe/descriptor.hpp"
#include "json_output.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"file", docpipe::ParameterType::string, "documents.jsonl",
     "file in the run's output directory that gets one JSON object per document"},
};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "output.json",
    .version = "1.0.0",
    .description = "documents.jsonl: one JSON object per document, the format docpipe serve answers with",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<docpipe::json::JsonLinesOutput>,
    .check_parameters = &docpipe::check_by_parsing<docpipe::json::read_output_file>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = &docpipe::make_renderer<docpipe::json::JsonLineRenderer>,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
