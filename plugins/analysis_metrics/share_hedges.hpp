// How a report hedges a share it sets against a whole: the hedge may stand before 占 rather than before the figure
// (约占一半, 约占全部案件的一半, 约占总数的35%), or before 有 (约有四分之一的医疗机构).
#pragma once

#include <string_view>

namespace docpipe::metrics {

// The hedge of the share whose words start at `start`, said before 占 (or 占比, 占到) and the whole it is of
// (约占三成, 约占全镇户数的5%), or before 有 (约有十分之一的村); empty when there is none. The hedge is the
// figure's qualifier; its span stays the figure's own words, as a bound set before a deed does.
std::u32string_view hedge_before_a_share(std::u32string_view text, std::size_t start);

// Whether the words before `start` set the figure there against a whole with 占 (占一半, 占全部案件的一半): 占,
// 占比 or 占到, then at most a short name of the whole (占全部案件的, 占纠纷总数).
bool set_against_a_whole(std::u32string_view text, std::size_t start);

}  // namespace docpipe::metrics
