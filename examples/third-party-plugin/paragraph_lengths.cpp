// example.paragraph_lengths: a layer the host has never heard of. For every
// paragraph block it records how many characters it has and how many of them
// are Chinese; outputs serialize the layer without knowing what it means.
#include <docpipe/docpipe.hpp>

#include <string>

namespace {

bool is_cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

class ParagraphLengths final : public docpipe::AnalysisPlugin {
 public:
  explicit ParagraphLengths(const docpipe::PluginContext& context)
      : minimum_(static_cast<std::size_t>(context.parameters.integer("minimum_characters"))),
        layer_(context.parameters.string("layer")) {}

  void analyze(docpipe::Document& document) override {
    const std::u32string text = docpipe::decode_utf8(document.text);
    auto& annotations = document.layers[layer_];
    for (const auto& block : document.blocks) {
      const std::size_t length = block.end - block.start;
      if (length < minimum_) continue;
      std::size_t chinese = 0;
      for (std::size_t i = block.start; i < block.end; ++i) chinese += is_cjk(text[i]);
      annotations.push_back({block.start,
                             block.end,
                             "paragraph",
                             {{"characters", std::to_string(length)}, {"chinese", std::to_string(chinese)}}});
    }
  }

 private:
  std::size_t minimum_;
  std::string layer_;
};

constexpr docpipe::ParameterSpec kParameters[] = {
    {"minimum_characters", docpipe::ParameterType::integer, "1", "skip paragraphs shorter than this"},
    {"layer", docpipe::ParameterType::string, "paragraph_lengths", "name of the layer to write"},
};
constexpr const char* kConsumes[] = {docpipe::layer::blocks, nullptr};
constexpr const char* kProduces[] = {"paragraph_lengths", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "example.paragraph_lengths",
    .version = "0.1.0",
    .description = "Counts the characters, and the Chinese characters, of every paragraph into a generic layer",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = kConsumes,
    .produces = kProduces,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<ParagraphLengths>,
    .create_output = nullptr,
})
