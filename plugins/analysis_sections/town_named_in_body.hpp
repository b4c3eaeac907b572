// The town a township's report names only in its body: a report whose title names no place (法治政府建设工作报告)
// and that speaks of its town as 我镇 may still write the town's name in its text (结合水口镇实际,
// 《水口镇…工作要点》).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace docpipe::sections {

// The town, township or subdistrict (…镇, …乡, …街道) the text names clearly and repeatedly, at the level the opening
// speaks of itself (我镇, 本镇 → a 镇; 我乡 → a 乡; 我街道 → a 街道): one name of that level written at least three
// times, and no other name of that level as often (a neighbouring town named once or twice is no rival; two named as
// often leave it open). Empty when the opening names no such level or no name qualifies. `opening` is the text's
// first paragraphs, `paragraphs` all of them. A name is read as the characters before the level word that every
// mention shares (水口镇, never 合水口镇 from 结合水口镇), two to six of them; phrases that end as a place's name does
// (依法治镇, 城乡, 乡镇, 全镇) are none.
std::u32string town_named_in_the_body(const std::vector<std::u32string>& opening,
                                      const std::vector<std::u32string_view>& paragraphs);

}  // namespace docpipe::sections
