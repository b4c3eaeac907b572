// example.paragraph_lengths: a layer the host has never heard of. For every
// paragraph block it records how many characters it has and how many of them
// are Chinese; outputs serialize the layer without knowing what it means.
// A paragraph longer than maximum_characters is also reported as a finding
// (an anomaly with the plugin's own rule id), so a county's <policies> can
// switch it off or re-level it like any bundled rule.
#include <docpipe/docpipe.hpp>

#include <string>

namespace {

constexpr const char* kLongParagraph = "example-long-paragraph";

bool is_cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

struct Settings {
  std::size_t minimum = 1;
  std::size_t maximum = 0;
  std::string layer;
};

// One parser for the descriptor's check and the constructor: what validates cannot fail at run time.
Settings read_settings(const docpipe::Parameters& parameters) {
  docpipe::ParameterProblems problems;
  Settings settings;
  problems.collect([&] {
    settings.minimum = static_cast<std::size_t>(docpipe::integer_in_range(parameters, "minimum_characters", 1, 100000));
  });
  problems.collect([&] {
    settings.maximum =
        static_cast<std::size_t>(docpipe::integer_in_range(parameters, "maximum_characters", 1, 1000000));
  });
  settings.layer = parameters.string("layer");
  if (settings.layer.empty() ||
      settings.layer.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
    problems.add("layer", settings.layer, "a layer name is lower-case letters, digits and '_'");
  }
  problems.throw_if_any();
  return settings;
}

class ParagraphLengths final : public docpipe::AnalysisPlugin {
 public:
  explicit ParagraphLengths(const docpipe::PluginContext& context) : settings_(read_settings(context.parameters)) {}

  void analyze(docpipe::Document& document) override {
    const std::u32string text = docpipe::decode_utf8(document.text);
    auto& annotations = document.layers[settings_.layer];
    for (const auto& block : document.blocks) {
      const std::size_t length = block.end - block.start;
      if (length < settings_.minimum) continue;
      std::size_t chinese = 0;
      for (std::size_t i = block.start; i < block.end; ++i) chinese += is_cjk(text[i]);
      annotations.push_back({block.start,
                             block.end,
                             "paragraph",
                             {{"characters", std::to_string(length)}, {"chinese", std::to_string(chinese)}}});
      if (length > settings_.maximum) {
        // How a plugin reports a warning about a document: a finding with its own rule id.
        document.anomalies.push_back({kLongParagraph, docpipe::Severity::warning, "",
                                      "段落过长：" + std::to_string(length) + "字",
                                      docpipe::encode_utf8(text.substr(block.start, 20)), block.start, block.end});
      }
    }
  }

 private:
  Settings settings_;
};

constexpr docpipe::ParameterSpec kParameters[] = {
    {"minimum_characters", docpipe::ParameterType::integer, "1", "skip paragraphs shorter than this"},
    {"maximum_characters", docpipe::ParameterType::integer, "1000",
     "report a paragraph longer than this (rule example-long-paragraph)"},
    {"layer", docpipe::ParameterType::string, "paragraph_lengths", "name of the layer to write"},
};
constexpr const char* kConsumes[] = {docpipe::layer::blocks, nullptr};
constexpr const char* kProduces[] = {"paragraph_lengths", docpipe::layer::anomalies, nullptr};
constexpr const char* kRules[] = {kLongParagraph, nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "example.paragraph_lengths",
    .version = "0.2.0",
    .description = "Counts the characters, and the Chinese characters, of every paragraph into a generic layer",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = kConsumes,
    .produces = kProduces,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<ParagraphLengths>,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<read_settings>,
    .rules = kRules,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
