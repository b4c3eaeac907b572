// A table pasted into a Word binary document as text (Excel cells pasted with "keep text only", or columns typed
// with tab stops): one paragraph a row, its cells parted by tabs. Read as input.docx reads one, so that the same
// report saved as .doc and as .docx gives the same cells and figures.
#pragma once

#include <vector>

#include "docpipe/paragraph_intake.hpp"

namespace docpipe::doc {

// The body's empty paragraphs (no cell's) are taken out, each standing for a blank line before the paragraph after
// it, as input.docx drops them; then docpipe/tab_tables.hpp turns the runs of tab-separated body paragraphs into
// table cells and numbers the tables in reading order. Any tab left becomes a space.
void read_tab_tables(std::vector<SourceParagraph>& paragraphs);

}  // namespace docpipe::doc
