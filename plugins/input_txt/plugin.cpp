// The descriptor of input.txt.
#include "docpipe/descriptor.hpp"
#include "txt_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"fallback_encoding", docpipe::ParameterType::string, "GB18030",
     "encoding assumed when a file has no BOM and is neither UTF-8 nor UTF-16 (GB18030 also reads GBK and GB2312)"},
    {"max_invalid_ratio", docpipe::ParameterType::number, "0.05",
     "share of undecodable or control characters above which the file is an error rather than text"},
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
    {"max_blocks", docpipe::ParameterType::integer, "200000",
     "most paragraphs one document may have; a file with more is an error (bounds memory on hostile input)"},
};
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"txt", "text", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.txt",
    .version = "1.0.0",
    .description = "Plain-text reports: detects UTF-8, UTF-16 and GB18030/GBK, normalizes, removes web and Word debris",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::txt::TxtInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::txt::read_txt_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
