// The program's memory in transparent huge pages where it is large (huge_pages.cpp says why).
#pragma once

namespace docpipe::cli {

// Lets the heap grow in steps that can be advised before they are touched. Called first thing in main, so
// that the workers, forked later, inherit it.
void prefer_huge_pages();

}  // namespace docpipe::cli
