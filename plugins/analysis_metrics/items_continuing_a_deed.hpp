// Items of a listing written out after a comma or a ；, each a noun and its figure, that continue the deed of the
// item before them (监督检查医疗机构428家次，公共场所312家次): the places inspected are inspections too.
#pragma once

#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"
#include "indicator.hpp"

namespace docpipe::metrics {

// Gives an item named by nothing but a noun, set after a comma or a ； right behind the figure before it, the code its
// noun names after the deed opening the nearest earlier figure of its unit in the listing that opens with one
// (查处食品安全案件112件，罚没款186.4万元；药品案件23件 → the drug cases are cases dealt with: penalty_cases). Every
// figure between must be such an item too. An item keeps its name; one already coded, or naming a deed of its own
// (调解成功, 按期办结), a change or an earlier period, is left alone.
void code_items_continuing_a_deed(std::vector<Metric>& metrics, std::u32string_view text, const Taxonomy& taxonomy);

}  // namespace docpipe::metrics
