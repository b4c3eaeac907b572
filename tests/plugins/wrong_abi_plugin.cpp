// Test fixture: a library built for ABI 1, the previous release, whose descriptor had neither
// check_parameters nor the reserved padding. The host must refuse it, saying to rebuild, without reading
// anything past the version.
#include "docpipe/descriptor.hpp"

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = 1,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.wrong_abi",
    .version = "9.9.9",
    .description = "built against another SDK",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
