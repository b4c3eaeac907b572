#include "pipeline_printer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "docpipe/descriptor.hpp"

namespace docpipe::host {

namespace {

std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A comment may not hold "--".
std::string comment(std::string text) {
  for (auto at = text.find("--"); at != std::string::npos; at = text.find("--", at)) text.replace(at, 2, "- -");
  return "<!-- " + text + " -->";
}

// "configs/default.xml sets; configs/counties/a.xml appends": who wrote a value, base first.
std::string origin(const ParameterSetting& setting) {
  const auto verb = [](const std::string& text) {
    const auto first = text.find_first_not_of(" \t\n");
    if (first != std::string::npos && text[first] == '+') return "appends";
    if (first != std::string::npos && text[first] == '^') return "puts first";
    return "sets";
  };
  const std::string& first = setting.inherited.empty() ? setting.value : setting.inherited.front();
  std::string text = std::string(verb(first)) == "sets" ? "" : "the default; ";
  for (std::size_t i = 0; i < setting.inherited.size(); ++i) {
    text += fmt::format("{} {}; ", setting.inherited_from[i].string(), verb(setting.inherited[i]));
  }
  return text + fmt::format("{} {}", setting.defined_in.string(), verb(setting.value));
}

// A resolved list, one entry per line. A first entry that itself starts with "+" or "^" gets an empty
// entry before it, so that it is read as an entry and not as "append" / "put first".
std::string list_text(const std::vector<std::string>& items, const std::string& indent) {
  if (items.empty()) return "";
  std::string text = (items.front().front() == '+' || items.front().front() == '^') ? ";" : "";
  for (const auto& item : items) text += "\n" + indent + "  " + escaped(item);
  return text + "\n" + indent;
}

std::string value_text(const ParameterValue& value, const ParameterSetting& setting, const std::string& indent) {
  if (const auto* items = std::get_if<std::vector<std::string>>(&value)) return list_text(*items, indent);
  if (const auto* text = std::get_if<std::string>(&value)) return escaped(*text);
  return escaped(setting.value);  // numbers and booleans as written: they parse to the same value
}

}  // namespace

std::string print_effective_config(const PipelineConfig& config, const Pipeline& pipeline) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  std::string chain;
  for (const auto& file : config.files) chain += (chain.empty() ? "" : ", extended by ") + file.string();
  out += comment("The effective pipeline of " + chain + " (printed by docpipe validate)") + "\n<pipeline>\n";
  if (!config.plugin_paths.empty()) {
    out += "  <plugin-paths>\n";
    for (const auto& path : config.plugin_paths) out += fmt::format("    <path>{}</path>\n", escaped(path.string()));
    out += "  </plugin-paths>\n";
  }
  const auto& policy = pipeline.policy;
  if (!config.policies.empty()) {
    out += "  <policies>\n";
    for (const auto& [name, setting] : config.policies) {
      std::vector<std::string> items;
      if (name == "disabled_rules") items.assign(policy.disabled.begin(), policy.disabled.end());
      if (name == "severities") {
        for (const auto& [rule, level] : policy.severities) items.push_back(rule + "=" + std::string(to_string(level)));
      }
      out += fmt::format("    {}\n    <{}>{}</{}>\n", comment(origin(setting)), name, list_text(items, "    "), name);
    }
    out += "  </policies>\n";
  }
  out += "  <nodes>\n";
  for (const auto& node : config.nodes) {
    const auto bound = std::find_if(pipeline.nodes.begin(), pipeline.nodes.end(),
                                    [&](const PipelineNode& n) { return n.id == node.id; });
    out += fmt::format("    <node>\n      {}\n      <id>{}</id>\n      <plugin>{}</plugin>\n",
                       comment("defined in " + node.defined_in.string()), escaped(node.id), escaped(node.plugin));
    if (!node.parameters.empty()) {
      out += "      <parameters>\n";
      for (const auto& [name, setting] : node.parameters) {
        const auto& value = bound->parameters.values().at(name);
        out += fmt::format("        {}\n        <{}>{}</{}>\n", comment(origin(setting)), name,
                           value_text(value, setting, "        "), name);
      }
      out += "      </parameters>\n";
    }
    out += "    </node>\n";
  }
  out += "  </nodes>\n  <edges>\n";
  for (const auto& edge : config.edges) {
    out += fmt::format("    <edge>{} -> {}</edge>\n", escaped(edge.from), escaped(edge.to));
  }
  out += "  </edges>\n</pipeline>\n";
  return out;
}

}  // namespace docpipe::host
