// The body of GET /v1/plugins: every plugin found (what `docpipe plugins` prints), every library
// refused, and the nodes of the pipeline being served.
#pragma once

#include <string>

#include "host/pipeline.hpp"
#include "host/plugin_registry.hpp"

namespace docpipe::service {

std::string plugins_json(const host::PluginRegistry& registry, const host::Pipeline& pipeline);

}  // namespace docpipe::service
