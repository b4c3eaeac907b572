// Test fixture: a library whose static constructor crashes as it is loaded, before the host can read its
// descriptor. The host must list it as refused and carry on (it is built into its own directory so that
// only the tests about it load it).
#include <csignal>

#include "docpipe/descriptor.hpp"

namespace {

struct CrashOnLoad {
  CrashOnLoad() { std::raise(SIGSEGV); }
};
const CrashOnLoad crash_on_load;

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.crashing_constructor",
    .version = "1.0.0",
    .description = "crashes while the library loads",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = nullptr,
})
