#include "engine_slot.hpp"

#include "module_library.hpp"

namespace docpipe::ocr {

namespace {

constexpr modules::ModuleSpec kEngineModule{
    .folder = "ocr",
    .file = kEngineModuleFile,
    .symbol = kEngineModuleSymbol,
    .interface_version = kEngineInterfaceVersion,
    .failure = "OCR: the OCR engine module cannot be loaded",
    .advice = " (reinstall docpipe with its Tesseract libraries, or set ocr=false)",
};

}  // namespace

const EngineModule& EngineSlot::module() {
  if (module_ == nullptr) module_ = modules::load_module<EngineModule>(kEngineModule, library_);
  return *module_;
}

Recogniser& EngineSlot::recogniser(const std::string& language) {
  if (!recogniser_ || language_ != language) {
    recogniser_ = module().recogniser(language);
    language_ = language;
  }
  return *recogniser_;
}

}  // namespace docpipe::ocr
