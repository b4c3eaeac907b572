// Whether a shared library is mapped into the test's own process: the tests of the modules a plugin loads only
// when a document needs them (poppler's, Tesseract's, libgsf's).
#pragma once

#include <sstream>
#include <string>
#include <string_view>

#include "test_support.hpp"

namespace docpipe::test {

// Whether a library whose file name contains `name` is mapped into this process.
inline bool mapped(std::string_view name) {
  std::istringstream maps(read_file("/proc/self/maps"));
  for (std::string line; std::getline(maps, line);) {
    const auto slash = line.rfind('/');
    if (slash != std::string::npos && line.find(name, slash) != std::string::npos) return true;
  }
  return false;
}

}  // namespace docpipe::test
