// A signature run into the last paragraph of a page flattened into one line, where a space stands for each line
// break (…二是创新普法方式。 平江街道办事处 2025年1月10日): its lines, found so that the closing can set them apart.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace docpipe::sections {

// Where each line of a signature run into the end of `paragraph` starts, in order; empty when there is none. The
// signature follows a sentence's end (。！？) and a space, or a paragraph that is a heading's line alone
// (二、提升执法质效), and is all issuers, dates and notes in brackets between spaces, at least one issuer and one date
// among them (平江街道办事处 2025年1月10日, also with the Party committee before it or （此件公开发布） after it; the
// organ it is sent to, 报送县司法局, stands for an issuer). An issuer and its date with no space between
// (平江街道办事处2025年1月10日) are two lines, and the first line may be glued to the body's last sentence
// (…创新普法方式。平江街道办事处). A list of attachments after the signature (附件：1.… 2.…) is set apart too, its
// 附件 line and each numbered item after a space, and so is a 版记 closing the page (抄送：…。 …办公室 …印发). A
// paragraph that is nothing but such lines is no run-in signature.
std::vector<std::size_t> run_in_signature_lines(std::u32string_view paragraph);

}  // namespace docpipe::sections
