#include "config_hash.hpp"

#include <fmt/format.h>

#include "content_hash.hpp"
#include "docpipe/descriptor.hpp"

namespace docpipe::host {

namespace {

// Values may hold any character; escaping the separators keeps one fact per line unambiguous.
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%' || c == '\t' || c == '\n' || c == '\r' || c == '\x1f') {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

struct ValueText {
  std::string operator()(const std::string& value) const { return "string\t" + escaped(value); }
  std::string operator()(std::int64_t value) const { return fmt::format("integer\t{}", value); }
  // 17 significant digits: the same double always prints the same, and different doubles differently.
  std::string operator()(double value) const { return fmt::format("number\t{:.17g}", value); }
  std::string operator()(bool value) const { return value ? "boolean\ttrue" : "boolean\tfalse"; }
  std::string operator()(const std::vector<std::string>& values) const {
    std::string out = "list";
    for (const auto& value : values) out += "\t" + escaped(value);
    return out;
  }
};

std::string node_ids(const Pipeline& pipeline, const std::vector<std::size_t>& nodes) {
  std::string out;
  for (const std::size_t node : nodes) out += "\t" + escaped(pipeline.nodes[node].id);
  return out;
}

}  // namespace

std::string canonical_pipeline_text(const Pipeline& pipeline) {
  std::string out = "docpipe-pipeline 1\n";
  for (const auto& node : pipeline.nodes) {
    const auto& descriptor = *node.plugin.descriptor;
    out += fmt::format("node\t{}\t{}\t{}\t{}\n", escaped(node.id), escaped(descriptor.name),
                       escaped(descriptor.version ? descriptor.version : ""), to_string(node.kind()));
    for (const auto& [name, value] : node.parameters.values()) {
      out += fmt::format("parameter\t{}\t{}\n", escaped(name), std::visit(ValueText{}, value));
    }
  }
  for (const auto& [input, route] : pipeline.routes) {
    const std::string& id = pipeline.nodes[input].id;
    out += fmt::format("analyses\t{}{}\n", escaped(id), node_ids(pipeline, route.analyses));
    out += fmt::format("outputs\t{}{}\n", escaped(id), node_ids(pipeline, route.outputs));
    out += fmt::format("corpora\t{}{}\n", escaped(id), node_ids(pipeline, route.corpora));
  }
  for (const auto& [corpus, outputs] : pipeline.corpus_outputs) {
    out += fmt::format("findings\t{}{}\n", escaped(pipeline.nodes[corpus].id), node_ids(pipeline, outputs));
  }
  for (const auto& rule : pipeline.policy.disabled) out += "disabled\t" + escaped(rule) + "\n";
  for (const auto& [rule, severity] : pipeline.policy.severities) {
    out += fmt::format("severity\t{}\t{}\n", escaped(rule), to_string(severity));
  }
  return out;
}

std::string config_hash(const Pipeline& pipeline) { return sha256_hex(canonical_pipeline_text(pipeline)); }

}  // namespace docpipe::host
