// Two counts of one subject written back to back, the occasions and then the items (集体决策事项共76次546项, 召开
// 常务会议审议议题12次45个): the items keep the subject's name, the occasions the deed the items went through.
#pragma once

#include <vector>

#include "docpipe/layers.hpp"

namespace docpipe::metrics {

// Renames a count of occasions (次, 场次, 轮) set right before a count of items (项, 件, 个, 条) of the same subject,
// its name ending in the items' noun (事项, 议题, 事务, 议案) and the items' name that name or its end: the occasions
// are of the deed, the subject without the noun, the items the subject (集体决策事项 76次 → 集体决策; 546项 stays
// 集体决策事项; 办公会、工委会集体决策事项共76次546项 → 办公会、工委会集体决策 and 办公会、工委会集体决策事项, the
// 共 of "in all" left out), the occasions uncoded (the meetings listed are where the items were decided, no meetings on
// the rule of law). A name left shorter than a word keeps its noun; a name not ending in such a noun
// (重大行政决策集体讨论12次38项: the deed already) is left alone.
void name_occasions_before_items(std::vector<Metric>& metrics);

}  // namespace docpipe::metrics
