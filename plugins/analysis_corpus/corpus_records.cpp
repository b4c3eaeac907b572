#include "corpus_records.hpp"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <string_view>
#include <utility>

#include "docpipe/text.hpp"

namespace docpipe::corpus {

std::uint32_t Interner::id(const std::string& text) {
  const auto [found, inserted] = ids_.try_emplace(text, static_cast<std::uint32_t>(texts_.size() + 1));
  if (inserted) texts_.push_back(text);
  return found->second;
}

std::string indicator_of(const Corpus& corpus, const RecordMetric& metric) {
  const std::string& key = corpus.strings.text(metric.key);  // code|unit|indicator
  const auto unit_end = key.find('|', key.find('|') + 1);
  return unit_end == std::string::npos ? std::string() : key.substr(unit_end + 1);
}

std::string figure_name(const Corpus& corpus, const RecordMetric& metric) {
  const std::string indicator = indicator_of(corpus, metric);
  if (!indicator.empty()) return "“" + indicator + "”";
  const std::string& key = corpus.strings.text(metric.key);
  return "指标" + key.substr(0, key.find('|'));
}

int parse_year(const std::string& text) {
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size() || year < 1949 || year > 2999) return 0;
  return year;
}

namespace {

// The central bank's branch in a place, however its reports and earlier runs name it: a branch named without any
// bank's (宁丰县支行, as runs before its bank's name was kept stored it) is the central bank's, the only bank whose
// name a unit drops, so its key names that bank (中国人民银行宁丰县支行); another bank's branch keeps its own bank's
// name (中国农业银行宁丰县支行, 宁丰农商行城关支行) and stays another unit. A city's 中心支行 became its 分行 in the
// bank's 2023 reform (中国人民银行榆城市中心支行, then 中国人民银行榆城市分行): one organ renamed, one key.
std::u32string central_bank_branch_key(std::u32string key) {
  constexpr std::u32string_view kCentralBank = U"中国人民银行";
  constexpr std::u32string_view kOldCityBranch = U"中心支行";
  if (!(key.ends_with(U"支行") || key.ends_with(U"分行"))) return key;
  // No bank's name before the branch word: not 银行, nor a short 行 (宁丰农商行城关支行).
  if (std::u32string_view(key).substr(0, key.size() - 2).find(U'行') == std::u32string_view::npos)
    key.insert(0, kCentralBank);
  if (key.starts_with(kCentralBank) && key.ends_with(kOldCityBranch) &&
      key.size() > kCentralBank.size() + kOldCityBranch.size()) {
    key.replace(key.size() - kOldCityBranch.size(), kOldCityBranch.size(), U"分行");
  }
  return key;
}

}  // namespace

// One township however its reports name it: 宁丰县柳岸镇人民政府, 柳岸镇人民政府 and (signed jointly with its Party
// committee) 柳岸镇 are one unit. The office word goes, and so does the county before a town-level name; a
// county's department keeps its county (安和县司法局).
std::string unit_key(const std::string& unit) {
  std::u32string key = decode_utf8(unit);
  for (const std::u32string_view office : {U"街道办事处", U"人民政府", U"办事处", U"政府", U"党工委", U"党委"}) {
    if (key.ends_with(office) && key.size() > office.size() + 1) {
      if (office == U"街道办事处")
        key.resize(key.size() - 3);  // …街道 stays
      else
        key.resize(key.size() - office.size());
      break;
    }
  }
  const std::size_t town_suffix = key.ends_with(U"街道") || key.ends_with(U"苏木") ? 2
                                  : key.ends_with(U"镇") || key.ends_with(U"乡")   ? 1
                                                                                   : 0;
  if (town_suffix > 0) {
    // The county's name ends at its first 县/区/市/旗 (中山市东区街道 is 东区街道); the town keeps a name of two
    // characters or more (城区镇, 东市街道 stay whole).
    const auto county = key.find_first_of(U"县区市旗", 1);
    if (county != std::u32string::npos && key.size() - (county + 1) >= town_suffix + 2) key.erase(0, county + 1);
  }
  return encode_utf8(central_bank_branch_key(std::move(key)));
}

UnitLevel unit_level(const std::string& unit) {
  if (unit.empty()) return UnitLevel::unknown;
  const std::u32string key = decode_utf8(unit_key(unit));  // without its office word: 柳岸镇人民政府 is 柳岸镇
  const auto ends_with_any = [&](std::initializer_list<std::u32string_view> endings) {
    return std::any_of(endings.begin(), endings.end(), [&](std::u32string_view e) { return key.ends_with(e); });
  };
  // A department's name ends in its kind of office: 司法局, 发改委, 管委会, 依法治县办, 政务服务中心, 司法所,
  // 综合行政执法队, 人民法院; a vertically managed organ's: 海关, 人民银行分行, 支行. (党委 and 党工委 were office
  // words of a place, gone with them.)
  if (ends_with_any(
          {U"局", U"厅", U"委", U"会", U"办", U"室", U"中心", U"所", U"队", U"院", U"站", U"海关", U"分行", U"支行"})) {
    return UnitLevel::department;
  }
  if (ends_with_any({U"镇", U"乡", U"街道", U"苏木"})) return UnitLevel::town;
  if (ends_with_any({U"县", U"区", U"市", U"旗"})) return UnitLevel::county;
  return UnitLevel::unknown;
}

void Corpus::add(const DocumentSummary& summary, bool from_history) {
  CorpusRecord record;
  record.id = summary.id;
  record.sha256 = summary.sha256;
  record.format = summary.format;
  record.unit = summary.unit.empty() ? 0 : strings.id(unit_key(summary.unit));
  record.level = unit_level(summary.unit);
  if (record.level == UnitLevel::department) record.trade = strings.id(department_trade(summary.unit, summary.region));
  record.year = parse_year(summary.year);
  record.date = summary.date;
  record.from_history = from_history;
  record.text_hash = summary.text_hash;
  record.fingerprints = summary.fingerprints;
  record.fingerprints.shrink_to_fit();
  for (const auto& m : summary.metrics) {
    if (m.code.empty()) continue;  // the rules compare figures by indicator code
    // The year's own figures only: not an earlier year's given for comparison, a change, or several years' sum.
    if (m.role == role::previous || m.role == role::change || m.role == role::cumulative) continue;
    record.metrics.push_back({strings.id(m.code + "|" + m.unit + "|" + m.indicator), strings.id(m.code + "|" + m.unit),
                              m.value, static_cast<std::uint32_t>(m.start), static_cast<std::uint32_t>(m.end)});
  }
  record.metrics.shrink_to_fit();
  records.push_back(std::move(record));
  if (!from_history) batch_size = records.size();
}

}  // namespace docpipe::corpus
