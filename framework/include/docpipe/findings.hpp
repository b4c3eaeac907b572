// A finding of the corpus stage: something about one document seen against the others of the batch (or of
// earlier runs' stores), possibly naming a second document. The cross-report counterpart of Anomaly.
#pragma once

#include <cstddef>
#include <string>

#include "docpipe/layers.hpp"

namespace docpipe {

struct Finding {
  std::string document;  // the document the finding is about (its id)
  std::string rule;      // "copied-passage", "year-over-year-jump", ...
  Severity severity = Severity::warning;
  std::string other_document;  // the second document involved, or empty
  std::string message;
  std::string evidence;
  // Code-point offsets into the normalized text of `document` and `other_document`; 0, 0 when the finding
  // has no span there.
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t other_start = 0;
  std::size_t other_end = 0;
};

}  // namespace docpipe
