// input.doc: Word 97–2003 binary documents (.doc, .dot) and WPS Office .wps files, which are the same
// format under another name; content sniffing, not the extension, decides.
#pragma once

#include <boost/dll/shared_library.hpp>

#include <cstdint>

#include "compound_file.hpp"
#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::doc {

// The largest stream read, from `max_stream_megabytes`; throws ParameterError when out of range.
std::uint64_t read_max_stream_bytes(const Parameters& parameters);

class DocInput final : public InputPlugin {
 public:
  explicit DocInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  // The compound-file module (compound_file.hpp), loaded on the first call. Throws std::runtime_error when it
  // cannot be.
  const CompoundFileReader& reader();

  // Declared first so that it is destroyed last: the reader's code lives in the library.
  boost::dll::shared_library reader_library_;
  const CompoundFileReader* reader_ = nullptr;
  std::uint64_t max_stream_bytes_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::doc
