// A scan's page number that OCR garbled past recognition. Official documents print "— 12 —" at the foot, set left
// on even pages; chi_sim reads the dashes as 一, _ or - and small, noisy figures as letters they resemble
// (— 2 — as 一DID-一 or D, — 10 — as -IO-). The repair of Chinese OCR text restores a page number whose digits it read
// (chinese_ocr_repair.hpp) and furniture removal takes it out; one read as letters would stay in the report's text,
// after its signature or between two paragraphs. Only the lowest line of a page, in its foot, is judged.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine_module.hpp"

namespace docpipe::ocr {

// Whether `text` is what OCR makes of a decorated page number: one to four glyphs that print as or resemble digits
// (0-9, O, D, I, l, |, Z, S, B…) with dashes (—, -, _, 一, ~, =) on one side or both, or one to three such glyphs
// alone (chi_sim drops the dashes as often as it misreads them), spaces aside, nothing else.
bool is_misread_page_number(std::string_view text);

// Whether `text` is all OCR left of a page number whose figures it lost: one or two marks, no letter, digit or Chinese
// character (— 2 — read as >, as »). No report's text stands in the foot as marks alone.
bool is_page_number_remains(std::string_view text);

// Takes the misread page number (is_misread_page_number, is_page_number_remains) out of `page`: the page's lowest line,
// alone in its row (not a table's last cells), when it lies in the foot (the bottom layout::kOfficialMarginShare of the
// page), left, centre or right set. A page number furniture removal takes out itself (— 3 — there, 3 in the bottom
// layout::kDefaultMarginShare) is left to it. Its text as read, or nothing when the page ends otherwise.
std::optional<std::string> take_misread_page_number(RecognisedPage& page);

}  // namespace docpipe::ocr
