// The descriptor of output.xml.
#include "docpipe/descriptor.hpp"
#include "xml_output.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"directory", docpipe::ParameterType::string, "xml",
     "subdirectory of the run's output directory for the XML files"},
};

std::string check_directory(const docpipe::Parameters& parameters) {
  return docpipe::output_subdirectory(parameters, "directory");
}

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "output.xml",
    .version = "1.0.0",
    .description = "One XML file per document (namespace urn:docpipe:document:1, docs/schema/docpipe.xsd)",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<docpipe::xml::XmlOutput>,
    .check_parameters = &docpipe::check_by_parsing<check_directory>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = &docpipe::make_renderer<docpipe::xml::XmlRenderer>,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
