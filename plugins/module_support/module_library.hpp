// A plugin's own module: a shared library that sits in a folder beside the plugin and is loaded the first time
// a document needs it, so that its libraries are not loaded by every run that names the plugin. input.pdf keeps
// poppler in one (pdf/docpipe-pdf-reader.so), input.doc libgsf in another (doc/docpipe-ole-reader.so), input.pdf
// and input.image Tesseract in a third (ocr/docpipe-ocr-engine.so). The registry scans only the plugin folder
// itself, never these.
//
// A module exports one function, `const Module* <symbol>(int interface_version)`, which returns null when the
// module was built for another interface version: checked before anything of the module is used.
#pragma once

#include <boost/dll/shared_library.hpp>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace docpipe::modules {

struct ModuleSpec {
  const char* folder;     // "pdf": the folder beside the plugin
  const char* file;       // "docpipe-pdf-reader.so"
  const char* symbol;     // the exported function
  int interface_version;  // what the plugin was built against
  const char* failure;    // how an error begins: "PDF: the PDF reader module cannot be loaded"
  const char* advice;     // how it ends: " (reinstall docpipe with its poppler libraries)"
};

// Loads `spec.file` from `spec.folder` beside the library this code is linked into (the plugin's folder), or
// from the build tree's plugin folder beside the program's folder (tests and benchmarks link the plugins' code
// directly). `library` keeps it loaded, for good (RTLD_NODELETE: poppler, Tesseract and libgsf keep process-wide
// state — libgsf's GObject types and GLib log handlers point into the module — that must outlive any one plugin
// instance). Throws std::runtime_error naming every file tried and why none
// loaded.
template <class Module>
const Module* load_module(const ModuleSpec& spec, boost::dll::shared_library& library);

namespace detail {

// The candidate files, in order.
std::vector<std::filesystem::path> module_candidates(const ModuleSpec& spec);
// `file` loaded when it loads and exports the symbol; otherwise adds why not to `reasons`.
std::optional<boost::dll::shared_library> open_module(const std::filesystem::path& file, const ModuleSpec& spec,
                                                      std::string& reasons);
void add_version_mismatch(const std::filesystem::path& file, const ModuleSpec& spec, std::string& reasons);

}  // namespace detail

template <class Module>
const Module* load_module(const ModuleSpec& spec, boost::dll::shared_library& library) {
  std::string reasons;
  for (const auto& file : detail::module_candidates(spec)) {
    auto opened = detail::open_module(file, spec, reasons);
    if (!opened) continue;
    const Module* module = opened->get<const Module*(int)>(spec.symbol)(spec.interface_version);
    if (module == nullptr) {
      detail::add_version_mismatch(file, spec, reasons);
      continue;
    }
    library = std::move(*opened);
    return module;
  }
  throw std::runtime_error(std::string(spec.failure) + reasons + spec.advice);
}

}  // namespace docpipe::modules
