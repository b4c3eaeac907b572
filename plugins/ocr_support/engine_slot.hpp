// A plugin instance's OCR engine: the engine module (engine_module.hpp) loaded, and Tesseract created, on the
// first page that needs them. A worker that only meets born-digital documents never loads Tesseract's libraries
// nor its language data.
#pragma once

#include <boost/dll/shared_library.hpp>

#include <memory>
#include <string>

#include "engine_module.hpp"

namespace docpipe::ocr {

class EngineSlot {
 public:
  // The module, loaded on the first call from the "ocr" folder beside the plugin (module_library.hpp). Throws
  // std::runtime_error naming the files tried and why none loaded.
  const EngineModule& module();
  // Tesseract for `language`, made on the first call and again when the language changes.
  Recogniser& recogniser(const std::string& language);

 private:
  // Declared first so that it is destroyed last: the recogniser's code lives in the library.
  boost::dll::shared_library library_;
  const EngineModule* module_ = nullptr;
  std::unique_ptr<Recogniser> recogniser_;
  std::string language_;
};

}  // namespace docpipe::ocr
