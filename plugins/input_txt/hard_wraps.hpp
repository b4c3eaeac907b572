// Text copied out of a PDF, hard-wrapped at the page's width, reflowed into its paragraphs: the rules are
// shared with input.html (a page pasted from a PDF) through the SDK (docpipe/hard_wraps.hpp).
#pragma once

#include "docpipe/hard_wraps.hpp"

namespace docpipe::txt {

using wrapping::reflow_hard_wraps;
using wrapping::Reflowed;
using wrapping::SourceLine;

}  // namespace docpipe::txt
