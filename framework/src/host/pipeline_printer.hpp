// `docpipe validate --print`: the effective pipeline as one self-contained XML config.
#pragma once

#include <string>

#include "pipeline.hpp"
#include "pipeline_config.hpp"

namespace docpipe::host {

// The config after `extends`, overrides, "+"/"^" lists, additions and removals: no `extends`, every list
// written out in full, plugin paths absolute. Each value set by a config carries a comment naming the
// configs that set it, base first, so an analyst sees where an override came from. Validating and running
// the result is the same as validating and running `config`.
std::string print_effective_config(const PipelineConfig& config, const Pipeline& pipeline);

}  // namespace docpipe::host
