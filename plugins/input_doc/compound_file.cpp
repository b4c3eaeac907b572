#include "compound_file.hpp"

#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-utils.h>

#include <mutex>
#include <stdexcept>

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

// libgsf warns about damaged files on stderr through GLib's logging; the plugin reports per document
// instead, so its domains are silenced once per process.
void init_gsf() {
  static std::once_flag once;
  std::call_once(once, [] {
    gsf_init();
    for (const char* domain : {"libgsf", "libgsf:msole"}) {
      g_log_set_handler(domain, static_cast<GLogLevelFlags>(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                        &ignore_message, nullptr);
    }
  });
}

}  // namespace

struct CompoundFile::Handles {
  std::string bytes;  // libgsf reads the buffer in place
  GObjectPtr<GsfInput> input;
  GObjectPtr<GsfInfile> root;
};

CompoundFile::CompoundFile(std::string_view bytes, std::uint64_t max_stream_bytes)
    : handles_(std::make_unique<Handles>()), max_stream_bytes_(max_stream_bytes) {
  init_gsf();
  handles_->bytes.assign(bytes);
  handles_->input.reset(gsf_input_memory_new(reinterpret_cast<const guint8*>(handles_->bytes.data()),
                                             static_cast<gsf_off_t>(handles_->bytes.size()), FALSE));
  if (!handles_->input) throw std::runtime_error("cannot read the compound file");
  GError* error = nullptr;
  handles_->root.reset(gsf_infile_msole_new(handles_->input.get(), &error));
  if (!handles_->root) {
    const std::string reason = error != nullptr && error->message != nullptr ? error->message : "unknown damage";
    if (error != nullptr) g_error_free(error);
    throw std::runtime_error("not a readable compound file (corrupt or truncated: " + reason + ")");
  }
}

CompoundFile::~CompoundFile() = default;

std::optional<std::string> CompoundFile::stream(const std::string& name) const {
  GObjectPtr<GsfInput> child(gsf_infile_child_by_name(handles_->root.get(), name.c_str()));
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

}  // namespace docpipe::doc
