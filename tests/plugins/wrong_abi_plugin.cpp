// Test fixture: a library built for a future ABI. The host must refuse it
// without reading anything past the version.
#include "docpipe/descriptor.hpp"

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion + 41,
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
})
