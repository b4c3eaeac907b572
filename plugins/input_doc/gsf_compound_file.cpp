// docpipe-ole-reader.so: libgsf behind the interface of compound_file.hpp.
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-utils.h>

#include <stdexcept>

#include "compound_file.hpp"
#include "docpipe/descriptor.hpp"

namespace docpipe::doc {

namespace {

struct GObjectRelease {
  void operator()(void* object) const {
    if (object != nullptr) g_object_unref(object);
  }
};
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectRelease>;

void ignore_message(const gchar*, GLogLevelFlags, const gchar*, gpointer) {}

class GsfCompoundFile final : public CompoundFile {
 public:
  GsfCompoundFile(std::string_view bytes, std::uint64_t max_stream_bytes)
      : bytes_(bytes), max_stream_bytes_(max_stream_bytes) {
    input_.reset(gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes_.data()),
                                      static_cast<gsf_off_t>(bytes_.size()), FALSE));
    if (!input_) throw std::runtime_error("cannot read the compound file");
    GError* error = nullptr;
    root_.reset(gsf_infile_msole_new(input_.get(), &error));
    if (!root_) {
      const std::string reason = error != nullptr && error->message != nullptr ? error->message : "unknown damage";
      if (error != nullptr) g_error_free(error);
      throw std::runtime_error("not a readable compound file (corrupt or truncated: " + reason + ")");
    }
  }

  std::optional<std::string> stream(const std::string& name) const override {
    GObjectPtr<GsfInput> child(gsf_infile_child_by_name(root_.get(), name.c_str()));
    if (!child) return std::nullopt;
    const gsf_off_t size = gsf_input_size(child.get());
    if (size < 0 || static_cast<std::uint64_t>(size) > max_stream_bytes_) {
      throw std::runtime_error("stream " + name + " is larger than the limit of " + std::to_string(max_stream_bytes_) +
                               " bytes");
    }
    std::string content(static_cast<std::size_t>(size), '\0');
    if (size > 0 &&
        gsf_input_read(child.get(), static_cast<size_t>(size), reinterpret_cast<guint8*>(content.data())) == nullptr) {
      throw std::runtime_error("stream " + name + " is damaged (its sectors cannot be read)");
    }
    return content;
  }

 private:
  std::string bytes_;  // libgsf reads the buffer in place; declared first so that it outlives the handles
  std::uint64_t max_stream_bytes_;
  GObjectPtr<GsfInput> input_;
  GObjectPtr<GsfInfile> root_;
};

class GsfReader final : public CompoundFileReader {
 public:
  // libgsf warns about damaged files on stderr through GLib's logging; the plugin reports per document instead,
  // so its domains are silenced, once, when the module is first asked for.
  GsfReader() {
    gsf_init();
    for (const char* domain : {"libgsf", "libgsf:msole"}) {
      g_log_set_handler(domain, static_cast<GLogLevelFlags>(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                        &ignore_message, nullptr);
    }
  }

  std::unique_ptr<CompoundFile> open(std::string_view bytes, std::uint64_t max_stream_bytes) const override {
    return std::make_unique<GsfCompoundFile>(bytes, max_stream_bytes);
  }
};

}  // namespace

}  // namespace docpipe::doc

extern "C" DOCPIPE_SYMBOL_EXPORT const docpipe::doc::CompoundFileReader* docpipe_compound_file_reader(
    int interface_version) {
  if (interface_version != docpipe::doc::kCompoundFileInterfaceVersion) return nullptr;
  // Made on the first call (thread-safe static): GLib's log handlers are set only in a process that reads a .doc.
  static const docpipe::doc::GsfReader reader;
  return &reader;
}
