#include "engine_slot.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <boost/dll/runtime_symbol_info.hpp>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace docpipe::ocr {

namespace {

std::vector<std::filesystem::path> module_candidates() {
  std::error_code error;
  const std::filesystem::path here = boost::dll::this_line_location(error).parent_path();
  return {here / "ocr" / kEngineModuleFile, here.parent_path() / "lib/docpipe/plugins/ocr" / kEngineModuleFile};
}

}  // namespace

const EngineModule& EngineSlot::module() {
  if (module_ != nullptr) return *module_;
  std::string reasons;
  for (const auto& file : module_candidates()) {
    std::error_code exists_error;
    if (!std::filesystem::exists(file, exists_error)) {
      reasons += fmt::format("; {}: no such file", file.string());
      continue;
    }
    boost::dll::shared_library library;
    boost::dll::fs::error_code error;
    // RTLD_NODELETE: Tesseract and Leptonica keep process-wide state that must outlive any one plugin instance.
    library.load(file, error,
                 boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local |
                     static_cast<boost::dll::load_mode::type>(RTLD_NODELETE));
    if (error) {
      reasons += fmt::format("; {}: {}", file.string(), error.message());
      continue;
    }
    if (!library.has(kEngineModuleSymbol)) {
      reasons += fmt::format("; {}: not an OCR engine module (no {})", file.string(), kEngineModuleSymbol);
      continue;
    }
    const auto* module = library.get<const EngineModule*(int)>(kEngineModuleSymbol)(kEngineInterfaceVersion);
    if (module == nullptr) {
      reasons +=
          fmt::format("; {}: built for another interface version than {}", file.string(), kEngineInterfaceVersion);
      continue;
    }
    library_ = std::move(library);
    module_ = module;
    return *module_;
  }
  throw std::runtime_error("OCR: the OCR engine module cannot be loaded" + reasons +
                           " (reinstall docpipe with its Tesseract libraries, or set ocr=false)");
}

Recogniser& EngineSlot::recogniser(const std::string& language) {
  if (!recogniser_ || language_ != language) {
    recogniser_ = module().recogniser(language);
    language_ = language;
  }
  return *recogniser_;
}

}  // namespace docpipe::ocr
