// part-exceeds-total for shares: a total broken down by the shares of its kinds rather than by their counts
// (调解矛盾纠纷240件，其中婚姻家庭纠纷占45%，邻里纠纷占38%，土地纠纷占25%). Kinds of one thing cannot make up more
// than the whole of it, and analysis.metrics links no percentage as a part, so part-exceeds-total never sees them.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "docpipe/decimal.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// The kind a share names without its 占 or 占比 (婚姻家庭纠纷占 → 婚姻家庭纠纷); empty for a figure that is no share.
std::u32string kind_of_share(const Metric& figure) {
  if (!is_percentage(figure) || figure.role == role::change || !figure.of.empty() || is_approximate(figure)) return {};
  std::u32string name = decode_utf8(figure.indicator);
  for (const std::u32string_view suffix : {U"占比", U"占"}) {
    if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  }
  return {};
}

// Whether the kinds are kinds of one thing: each names it by the same head noun after words of its own (婚姻家庭纠纷,
// 邻里纠纷, 土地纠纷), none a threshold or an age band that nests in another (10万元以上案件, 35岁以下干部).
bool kinds_of_one_thing(const std::vector<std::u32string>& kinds) {
  const std::u32string_view head = std::u32string_view(kinds.front()).substr(kinds.front().size() - 2);
  return std::all_of(kinds.begin(), kinds.end(), [&](const std::u32string& kind) {
    if (kind.size() < 3 || !kind.ends_with(head)) return false;
    for (const std::u32string_view nesting : {U"以上", U"以下", U"以内", U"超过", U"不足", U"岁"}) {
      if (kind.find(nesting) != std::u32string::npos) return false;
    }
    return true;
  });
}

}  // namespace

void check_listed_shares(RuleContext& context) {
  const auto& metrics = context.document().metrics;
  const std::u32string_view text = context.text();
  for (std::size_t first = 0; first < metrics.size();) {
    if (kind_of_share(metrics[first]).empty()) {
      ++first;
      continue;
    }
    // The run of shares side by side in one sentence, nothing else between them.
    const auto [sentence_start, sentence_end] = context.sentence_around(metrics[first].start);
    std::size_t last = first;
    while (last + 1 < metrics.size() && metrics[last + 1].start < sentence_end &&
           !kind_of_share(metrics[last + 1]).empty()) {
      ++last;
    }
    const std::size_t next = last + 1;
    // Of a count its sentence gives before a 其中 that opens the listing.
    const std::u32string_view before = text.substr(sentence_start, metrics[first].start - sentence_start);
    const auto listing = before.rfind(U"其中");
    const bool of_a_total = listing != std::u32string_view::npos && first > 0 &&
                            metrics[first - 1].start >= sentence_start &&
                            metrics[first - 1].end <= sentence_start + listing && !is_percentage(metrics[first - 1]) &&
                            metrics[first - 1].role != role::change;
    if (!of_a_total || last == first) {
      first = next;
      continue;
    }
    std::vector<std::u32string> kinds;
    std::vector<Metric> named_as_kinds;  // the shares named by their kinds, as the trait checks read parts
    double sum = 0;
    double rounding = 0;  // each share is rounded to the places it states
    int decimals = 0;
    std::string listed;
    for (std::size_t k = first; k <= last; ++k) {
      kinds.push_back(kind_of_share(metrics[k]));
      named_as_kinds.push_back(metrics[k]);
      named_as_kinds.back().indicator = encode_utf8(kinds.back());
      sum += metrics[k].value;
      rounding += 0.5 * std::pow(10.0, -stated_decimals(metrics[k]));
      decimals = std::max(decimals, stated_decimals(metrics[k]));
      listed += (listed.empty() ? "" : "、") + metrics[k].indicator + metrics[k].text;
    }
    std::vector<const Metric*> parts;
    for (const Metric& part : named_as_kinds) parts.push_back(&part);
    if (sum > 100 + rounding + 1e-9 && kinds_of_one_thing(kinds) && !names_overlapping_traits(parts) &&
        !names_nested_parts(parts)) {
      context.flag({rule::part_exceeds_total, std::nullopt, context.section_at(metrics[first].start),
                    fmt::format("分项占比之和{:.{}f}%超过100%", sum, decimals),
                    fmt::format("总数{}；分项{}", metrics[first - 1].text, listed), metrics[first - 1].start,
                    metrics[last].end});
    }
    first = next;
  }
}

}  // namespace docpipe::anomalies
