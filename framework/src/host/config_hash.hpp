// The identity of a pipeline's configuration, for a run's manifest: shards may only be merged, and an
// earlier run's results only reused, when this is equal. It hashes the validated pipeline, not the config
// files: every node with its plugin and that plugin's version, every parameter's resolved value (defaults
// included), the routes and the policies. So two configs that say the same thing in other files, other
// syntaxes or other places on disk hash the same, and any change that can change a result does not.
#pragma once

#include <string>

#include "pipeline.hpp"

namespace docpipe::host {

// The canonical text that is hashed: one line per fact, in the pipeline's order.
std::string canonical_pipeline_text(const Pipeline& pipeline);

// SHA-256 of canonical_pipeline_text, as 64 lowercase hex digits.
std::string config_hash(const Pipeline& pipeline);

}  // namespace docpipe::host
