// Lines of the body under which a list numbers its items from 1 again: a reviewer reads a 1. after them as the
// start of a new list, not as a slip in the one before.
#pragma once

#include <string_view>

namespace docpipe::sections {

// Whether `line`, the paragraph of the body right above a `1.`, opens the list under it: a lead-in ending in a
// colon (主要表现在：), a bullet line (● 严格规范执法), or a topic line left unnumbered — short, with no sentence end
// in it (严格规范执法, 坚持依法行政，规范权力运行: a bold lead-in in Word, plain in a copy). `above` is the paragraph
// before `line`: a short line under a line filled to the margin without ending its sentence is that sentence's
// tail as a PDF copy wraps it, not a topic.
bool opens_a_list(std::u32string_view line, std::u32string_view above);

}  // namespace docpipe::sections
