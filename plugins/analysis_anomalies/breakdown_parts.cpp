// Whether the parts listed under a total make one breakdown of it: traits of one group of people, or kinds nested
// in one another, overlap and add up to nothing.
#include <algorithm>
#include <set>

#include "docpipe/text.hpp"
#include "rule_context.hpp"

namespace docpipe::anomalies {

namespace {

// Whether a part's name is a people, alone or before the group's noun (瑶族, 彝族, 维吾尔族; 瑶族调解员, 苗族干部):
// a trait of persons, as sex is. 家族, 宗族 and 民族 (民族团结示范村) name no people; 少数民族 is its own trait.
bool names_a_people(std::u32string_view indicator) {
  constexpr std::size_t kLongestPeople = 4;  // 柯尔克孜族
  const auto at = indicator.find(U'族');
  if (at == std::u32string_view::npos || at == 0) return false;
  if (at > kLongestPeople) return indicator.ends_with(U"族");  // …少数民族
  const std::u32string_view people = indicator.substr(0, at);
  return !people.ends_with(U"家") && !people.ends_with(U"宗") && !people.ends_with(U"民");
}

}  // namespace

// Parts that describe one group of people by several traits at once (其中专职调解员12名，女性调解员31名，党员
// 调解员52名; 其中持证128人，具有法律职业资格的21人，35岁以下的47人), or cases by their type and by whom they served
// (民事案件61件、刑事案件25件、未成年人案件12件), overlap: they are no breakdown to add up.
// Each trait is a family of words; parts naming traits of two or more families overlap.
bool names_overlapping_traits(const std::vector<const Metric*>& parts) {
  static const std::vector<std::vector<std::u32string>> kTraitFamilies = {
      {U"女性", U"男性", U"女同志", U"男同志", U"女干部", U"妇女"},
      {U"党员"},
      {U"岁以下", U"岁以上", U"岁及以下", U"岁及以上", U"周岁", U"未成年", U"老年", U"老人", U"儿童"},
      {U"残疾"},
      {U"民事",
       U"刑事"},  // a case's type, beside the people it was for (其中民事案件61件、刑事案件25件、未成年人案件12件)
      {U"缓刑", U"假释", U"暂予监外执行", U"监外执行", U"管制"},  // a corrections subject's sentence
      {U"学历", U"本科", U"大专", U"专科", U"研究生", U"硕士", U"博士"},
      {U"持证", U"持有", U"执法证"},
      {U"资格", U"职称", U"具有", U"具备"},
      {U"专职", U"兼职"},
      {U"少数民族"},
      {U"退役军人"},
  };
  // 少数民族's family, which a people named (彝族, 瑶族, 汉族) belongs to.
  static const auto kPeoples = static_cast<std::size_t>(
      std::find_if(kTraitFamilies.begin(), kTraitFamilies.end(),
                   [](const std::vector<std::u32string>& family) { return family.front() == U"少数民族"; }) -
      kTraitFamilies.begin());
  constexpr std::size_t kSex = 0;  // the first family
  std::vector<bool> named(kTraitFamilies.size(), false);
  for (const Metric* part : parts) {
    const std::u32string indicator = decode_utf8(part->indicator);
    if (names_a_people(indicator)) {
      named[kPeoples] = true;
      continue;
    }
    // The sex written into the group's noun (女调解员, 男律师, 女干部) is the trait 女性 names.
    if (indicator.starts_with(U"女") || indicator.starts_with(U"男")) {
      named[kSex] = true;
      continue;
    }
    for (std::size_t family = 0; family < kTraitFamilies.size(); ++family) {
      if (contains_any(indicator, kTraitFamilies[family])) {
        named[family] = true;
        break;
      }
    }
  }
  return std::count(named.begin(), named.end(), true) >= 2;
}

// Parts of which one is a kind of another (其中农用地312.7公顷、耕地96.4公顷: 耕地 is farmland too) or a later
// stage of the same cases (其中受理52件，审结48件，纠错9件) are no breakdown to add up either.
bool names_nested_parts(const std::vector<const Metric*>& parts) {
  // (broader, narrower): the narrower is counted in the broader.
  static const std::vector<std::pair<std::u32string, std::u32string>> kKinds = {
      {U"农用地", U"耕地"},   {U"农用地", U"基本农田"}, {U"耕地", U"基本农田"}, {U"林地", U"公益林"},
      {U"劳动者", U"农民工"}, {U"职工", U"农民工"},     {U"企业", U"小微企业"}, {U"市场主体", U"企业"},
  };
  std::vector<std::u32string> indicators;
  for (const Metric* part : parts) indicators.push_back(decode_utf8(part->indicator));
  const auto named = [&](const auto& holds) { return std::any_of(indicators.begin(), indicators.end(), holds); };
  for (const auto& kind : kKinds) {
    // Named, not bound: clang 14 (the sanitized build) cannot capture a structured binding in a lambda.
    const std::u32string& broader = kind.first;
    const std::u32string& narrower = kind.second;
    const bool broader_named = named([&](const std::u32string& indicator) {
      return indicator.find(broader) != std::u32string::npos && indicator.find(narrower) == std::u32string::npos;
    });
    const bool narrower_named =
        named([&](const std::u32string& indicator) { return indicator.find(narrower) != std::u32string::npos; });
    if (broader_named && narrower_named) return true;
  }
  std::set<CaseStage> stages;
  for (const auto& indicator : indicators) {
    if (const auto stage = case_stage(indicator)) stages.insert(*stage);
  }
  return stages.size() >= 2;
}

}  // namespace docpipe::anomalies
