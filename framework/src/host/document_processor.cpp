#include "document_processor.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <new>

#include "content_hash.hpp"
#include "docpipe/text.hpp"
#include "format_identification.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;
// A plugin this sure read the content's own signature; below it, a format docpipe knows it cannot read
// is reported as unsupported rather than guessed at (RTF is ASCII and would otherwise read as text).
constexpr int kSignatureScore = 80;

class NoMatchingInput : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

bool claims_extension(const PluginDescriptor& descriptor, const fs::path& path) {
  std::string extension = path.extension().string();
  if (extension.empty()) return false;
  extension.erase(0, 1);
  for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& claimed : to_strings(descriptor.extensions)) {
    if (claimed == extension) return true;
  }
  return false;
}

}  // namespace

// An open file descriptor, closed when it goes.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

std::string read_file_bytes(const fs::path& path, std::uintmax_t max_bytes) {
  // POSIX calls, not an ifstream: a report is read in one call, and a stream's locale, buffer and extra stat
  // were a noticeable part of what a small document cost.
  const auto fail = [](int error) {
    throw std::runtime_error(std::string("cannot read file: ") + std::strerror(error));
  };
  const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) fail(errno);
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) fail(errno);
  if (S_ISDIR(status.st_mode)) fail(EISDIR);
  const auto size = static_cast<std::uintmax_t>(status.st_size);
  if (size > max_bytes) {
    throw std::runtime_error(fmt::format("file is {} bytes, over the limit of {} bytes", size, max_bytes));
  }
  // One byte of room past the size, so that the read that finds the end needs no second buffer. A size of 0
  // is not always an empty file (/proc and /sys files report 0 and have content): read to the end either
  // way, never far past the limit.
  std::string bytes(static_cast<std::size_t>(size) + 1, '\0');
  std::size_t filled = 0;
  while (true) {
    if (filled == bytes.size()) {
      if (filled > max_bytes) throw std::runtime_error(fmt::format("file is over the limit of {} bytes", max_bytes));
      bytes.resize(std::max<std::size_t>(64 * 1024, bytes.size() * 2));
    }
    const ssize_t got = ::read(file.fd, bytes.data() + filled, bytes.size() - filled);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail(errno);
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
  }
  if (filled > max_bytes) throw std::runtime_error(fmt::format("file is over the limit of {} bytes", max_bytes));
  if (filled < size) throw std::runtime_error("cannot read file: short read");
  bytes.resize(filled);
  return bytes;
}

std::string contract_violation(const Document& document) {
  if (!is_well_formed_utf8(document.text)) return "produced text that is not valid UTF-8";
  const std::size_t length = count_code_points(document.text);
  for (const auto& block : document.blocks) {
    if (block.start > block.end || block.end > length) {
      return fmt::format("produced a block [{}, {}) outside the text of {} code points", block.start, block.end,
                         length);
    }
  }
  return {};
}

DocumentProcessor::DocumentProcessor(const Pipeline& pipeline, fs::path output_directory, ProcessingLimits limits,
                                     StageCallback on_stage)
    : pipeline_(pipeline),
      output_directory_(std::move(output_directory)),
      limits_(limits),
      on_stage_(std::move(on_stage)),
      inputs_(pipeline.nodes.size()),
      analyses_(pipeline.nodes.size()),
      renderers_(pipeline.nodes.size()),
      summary_renderers_(pipeline.nodes.size()) {}

PluginContext DocumentProcessor::context_for(std::size_t node) const {
  return PluginContext{pipeline_.nodes[node].id, pipeline_.nodes[node].parameters, output_directory_};
}

InputPlugin& DocumentProcessor::input(std::size_t node) {
  if (!inputs_[node]) inputs_[node] = pipeline_.nodes[node].plugin.descriptor->create_input(context_for(node));
  return *inputs_[node];
}

AnalysisPlugin& DocumentProcessor::analysis(std::size_t node) {
  if (!analyses_[node]) analyses_[node] = pipeline_.nodes[node].plugin.descriptor->create_analysis(context_for(node));
  return *analyses_[node];
}

OutputRenderer& DocumentProcessor::renderer(std::size_t node) {
  if (!renderers_[node]) renderers_[node] = pipeline_.nodes[node].plugin.descriptor->create_renderer(context_for(node));
  return *renderers_[node];
}

SummaryRenderer& DocumentProcessor::summary_renderer(std::size_t node) {
  auto& slot = summary_renderers_[node];
  if (!slot) slot = pipeline_.nodes[node].plugin.descriptor->create_summary_renderer(context_for(node));
  return *slot;
}

namespace {

bool shares_with(const IdentifiedFormat& identified, const fs::path& path) {
  if (identified.shared_extensions.empty()) return true;
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return std::find(identified.shared_extensions.begin(), identified.shared_extensions.end(), extension) !=
         identified.shared_extensions.end();
}

}  // namespace

std::size_t DocumentProcessor::choose_input(std::string_view bytes, const fs::path& path) {
  const std::string_view head = bytes.substr(0, kSniffBytes);
  std::size_t best = pipeline_.inputs.size();
  int best_score = 0;
  bool best_claims_extension = false;
  for (std::size_t k = 0; k < pipeline_.inputs.size(); ++k) {
    const std::size_t node = pipeline_.inputs[k];
    int score = 0;
    if (on_stage_) on_stage_(node);
    try {
      score = input(node).sniff(head);
    } catch (const std::exception& error) {
      throw std::runtime_error(
          fmt::format("{}: sniffing failed: {}", pipeline_.nodes[node].plugin_name(), error.what()));
    }
    const bool by_extension = claims_extension(*pipeline_.nodes[node].plugin.descriptor, path);
    // Content first; the extension only breaks ties, or decides when no content matched.
    if (score > best_score || (score == best_score && by_extension && !best_claims_extension)) {
      if (score > 0 || by_extension) best = k, best_score = score, best_claims_extension = by_extension;
    }
  }
  if (const IdentifiedFormat identified = identify_unsupported_format(head);
      !identified.description.empty() && best_score < kSignatureScore &&
      !(identified.shared_container && best_claims_extension && shares_with(identified, path))) {
    throw NoMatchingInput("unsupported format: " + identified.description);
  }
  if (best == pipeline_.inputs.size()) {
    const std::string extension = path.extension().string();
    throw NoMatchingInput(fmt::format(
        "unknown format: no input plugin recognizes the content{}",
        extension.empty() ? std::string(" (no file extension)") : fmt::format(" or the extension '{}'", extension)));
  }
  return pipeline_.inputs[best];
}

namespace {

ProcessedDocument failed(const InputItem& item, std::string message) {
  ProcessedDocument result;
  result.document.id = item.id;
  result.document.source = item.path;
  result.document.status = DocumentStatus::error;
  result.document.error = std::move(message);
  return result;
}

}  // namespace

ProcessedDocument DocumentProcessor::process(const InputItem& item) {
  ProcessedDocument result;
  if (!item.error.empty()) {
    result = failed(item, item.error);
  } else {
    std::string bytes;
    bool read = false;
    try {
      bytes = read_file_bytes(item.path, limits_.max_file_bytes);
      read = true;
    } catch (const std::exception& error) {
      result = failed(item, error.what());
    }
    if (read) result = analyze(item, bytes);
  }
  render(result);
  return result;
}

ProcessedDocument DocumentProcessor::process(const InputItem& item, std::string_view bytes) {
  ProcessedDocument result = analyze(item, bytes);
  render(result);
  return result;
}

// A renderer that fails leaves its output to write() in the host, which reports the failure as an output
// error as it always has: rendering in the worker is an optimisation, never a second way to fail.
void DocumentProcessor::render(ProcessedDocument& processed) {
  if (!limits_.render_outputs || processed.document.text.size() > limits_.max_rendered_text_bytes) return;
  const auto& targets = processed.input_node ? pipeline_.routes.at(*processed.input_node).outputs : pipeline_.outputs;
  // What summary renderers are given: the corpus stage's when there is one, else made once here.
  std::optional<DocumentSummary> made;
  const auto summary = [&]() -> const DocumentSummary* {
    if (processed.document.status != DocumentStatus::ok) return nullptr;
    if (processed.summary) return &*processed.summary;
    if (!made) made = summarize(processed.document);
    return &*made;
  };
  for (const std::size_t node : targets) {
    const PluginDescriptor& descriptor = *pipeline_.nodes[node].plugin.descriptor;
    if (!renders_in_workers(descriptor)) continue;
    if (on_stage_) on_stage_(node);
    try {
      processed.rendered.push_back({node, descriptor.create_summary_renderer != nullptr
                                              ? summary_renderer(node).render(processed.document, summary())
                                              : renderer(node).render(processed.document)});
    } catch (...) {  // whatever it threw, write() in the host gets its turn
    }
  }
}

ProcessedDocument DocumentProcessor::analyze(const InputItem& item, std::string_view bytes) {
  ProcessedDocument result;
  Document& document = result.document;
  document.id = item.id;
  document.source = item.display.empty() ? item.path : std::filesystem::path(item.display);
  for (const auto& note : item.notes) document.metadata.add("warning", note);
  const auto fail = [&](std::string message) {
    document.status = DocumentStatus::error;
    document.error = std::move(message);
    return std::move(result);
  };
  if (!item.error.empty()) return fail(item.error);
  if (bytes.empty()) return fail("empty file");
  // The identity of the input, whatever becomes of it: set before and after the input plugin, which
  // fills the metadata.
  std::string sha256;
  try {
    sha256 = sha256_hex(bytes);
  } catch (const std::exception& error) {
    return fail(error.what());
  }
  document.metadata.set("sha256", sha256);

  std::size_t input_node = 0;
  try {
    input_node = choose_input(bytes, item.path);
  } catch (const std::exception& error) {
    return fail(error.what());
  }
  const auto restore_identity = [&] {
    if (document.metadata.get("sha256") != sha256) document.metadata.set("sha256", sha256);
  };

  result.input_node = input_node;
  std::size_t running = input_node;
  try {
    if (on_stage_) on_stage_(input_node);
    input(input_node).read(bytes, document);
    restore_identity();
    if (const auto violation = contract_violation(document); !violation.empty()) {
      return fail(fmt::format("{}: {}", pipeline_.nodes[input_node].plugin_name(), violation));
    }
    for (const std::size_t node : pipeline_.routes.at(input_node).analyses) {
      running = node;
      if (on_stage_) on_stage_(node);
      analysis(node).analyze(document);
    }
    pipeline_.policy.apply(document);
  } catch (const std::bad_alloc&) {
    // Never "std::bad_alloc": say which limit was hit.
    return fail(
        fmt::format("{}: out of memory: the document needs more than the worker's memory limit "
                    "(--max-memory)",
                    pipeline_.nodes[running].plugin_name()));
  } catch (const std::exception& error) {
    restore_identity();
    return fail(fmt::format("{}: {}", pipeline_.nodes[running].plugin_name(), error.what()));
  } catch (...) {
    restore_identity();
    return fail(fmt::format("{}: unknown exception", pipeline_.nodes[running].plugin_name()));
  }
  restore_identity();
  if (limits_.corpus_summaries && !pipeline_.corpora.empty()) {
    try {
      result.summary = summarize(document);
    } catch (const std::bad_alloc&) {
      return fail(
          "the corpus summary: out of memory: the document needs more than the worker's memory limit "
          "(--max-memory)");
    }
  }
  return result;
}

}  // namespace docpipe::host
