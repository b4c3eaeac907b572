#include "items_continuing_a_deed.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

#include "docpipe/changes.hpp"
#include "docpipe/text.hpp"

namespace docpipe::metrics {

namespace {

// Deeds a listing's first item may open with and its later items leave unsaid: the deeds done more or less, and the
// longer ones that hold them (监督检查, 立案查处), which a longest match prefers.
constexpr std::u32string_view kLongerDeeds[] = {U"监督检查", U"立案查处", U"执法检查", U"抽查"};

// Verbs of issuing or putting forward that open an item of its own (审查合同380份，出具法律意见书72份: the opinions
// were written, not reviewed), which no listing's deed carries over to.
constexpr std::u32string_view kDeedsOfIssuing[] = {U"出具", U"提出", U"作出", U"制发", U"发出", U"下发", U"印发",
                                                   U"出台", U"制定", U"起草", U"列席", U"参与", U"参加"};

bool names_a_deed(std::u32string_view name) {
  const auto in = [&](std::u32string_view deed) { return name.find(deed) != std::u32string_view::npos; };
  const auto opens = [&](std::u32string_view deed) { return name.starts_with(deed); };
  return std::any_of(std::begin(detail::kDeedsDoneMoreOrLess), std::end(detail::kDeedsDoneMoreOrLess), in) ||
         std::any_of(std::begin(kLongerDeeds), std::end(kLongerDeeds), in) ||
         std::any_of(std::begin(kDeedsOfIssuing), std::end(kDeedsOfIssuing), opens);
}

// The longest deed `name` opens with, or empty.
std::u32string_view deed_opening(std::u32string_view name) {
  std::u32string_view longest;
  const auto take = [&](std::u32string_view deed) {
    if (name.starts_with(deed) && name.size() > deed.size() && deed.size() > longest.size()) longest = deed;
  };
  std::for_each(std::begin(detail::kDeedsDoneMoreOrLess), std::end(detail::kDeedsDoneMoreOrLess), take);
  std::for_each(std::begin(kLongerDeeds), std::end(kLongerDeeds), take);
  return longest;
}

// Whether metrics[i] is an item of nothing but a noun, written right after a comma or a ； that follows the figure
// before it (…428家次，公共场所312家次): the words between are the separator and its name, no more.
bool a_bare_item(const std::vector<Metric>& metrics, std::size_t i, std::u32string_view text,
                 const std::u32string& name) {
  if (i == 0 || metrics[i - 1].end >= metrics[i].start) return false;
  const auto between = text.substr(metrics[i - 1].end, metrics[i].start - metrics[i - 1].end);
  constexpr std::u32string_view kSeparators = U"，,；;";
  constexpr std::size_t kShortestNoun = 2;
  return between.size() > kShortestNoun && kSeparators.find(between.front()) != std::u32string_view::npos &&
         between.substr(1) == name && !names_a_deed(name) && !names_a_change(name) && !names_an_earlier_period(name);
}

}  // namespace

void code_items_continuing_a_deed(std::vector<Metric>& metrics, std::u32string_view text, const Taxonomy& taxonomy) {
  for (std::size_t i = 1; i < metrics.size(); ++i) {
    Metric& item = metrics[i];
    if (!item.code.empty() || item.unit == "%") continue;
    const std::u32string name = decode_utf8(item.indicator);
    if (!a_bare_item(metrics, i, text, name)) continue;
    // Back over the listing's items to the nearest figure of the item's unit that opens with a deed: it is the item's.
    for (std::size_t k = i; k-- > 0;) {
      const std::u32string before = decode_utf8(metrics[k].indicator);
      if (metrics[k].unit == item.unit) {
        if (const auto deed = deed_opening(before); !deed.empty()) {
          item.code = taxonomy.code_for(std::u32string(deed) + name, decode_utf8(item.unit));
          break;
        }
      }
      if (!a_bare_item(metrics, k, text, before)) break;
    }
  }
}

}  // namespace docpipe::metrics
