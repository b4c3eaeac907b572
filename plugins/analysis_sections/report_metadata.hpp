// What a report says about itself: title, reporting unit, year, signature date, publication date.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/dates.hpp"

namespace docpipe::sections {

struct Region {
  std::string province;    // 湖南省, 广西壮族自治区
  std::string city;        // 东莞市, 雷州市 (a county-level city written before a town), 恩施州
  std::string county;      // 华宁县, 酉阳土家族苗族自治县, 静海区
  std::string town;        // 青龙镇, 麻旺镇; a 乡, 街道 or 街
  std::string department;  // 司法局, 农业农村厅: a department of the government named before it
  std::string unit;        // the reporting unit as named: 东莞市司法局, 华宁县青龙镇人民政府
  // The place: city, county and town as written; a provincial department's province.
  std::string full() const {
    const std::string place = city + county + town;
    return place.empty() ? province : place;
  }
  bool empty() const { return province.empty() && city.empty() && county.empty() && town.empty(); }
};

// The reporting unit named in `texts` (tried in order: the best sources first). The first text that
// names a unit decides; later texts naming the same town, county or department fill in the levels above
// it ("东里镇人民政府" signs, the web page names "雷州市东里镇人民政府").
Region find_region(const std::vector<std::string>& texts);
// The words a city bureau's branch is named by, between the bureau's 局 and its 分局 (生态环境局岳阳县分局 → 岳阳县,
// 生态环境局泰顺分局 → 泰顺); empty when `department` names no branch of a bureau.
std::u32string_view name_of_a_branch(std::u32string_view department);
// Whether a place's name is a zone's, no county's (市区, 新区, 榆城高新区, 工业园区, 开发区): a branch serving one
// reports for no county.
bool names_a_zone(std::u32string_view place);

// Whether `a` and `b` name the same town (or the same department, neither naming a town) in counties, or cities,
// spelled differently: 青末县云岭镇 and 青禾县云岭镇, one of them misread.
bool spell_the_county_differently(const Region& a, const Region& b);

// The county `region` names, or the city where it names no county: what spell_the_county_differently compares.
std::string county_or_city(const Region& region);

// Whether a page's source (来源) names a site or a medium rather than an organ: 宁丰县人民政府网,
// 宁丰县人民政府门户网站, 宁丰发布 (a government's account), 宁丰县融媒体中心, 宁丰日报. Such a source publishes; it
// reports on nothing.
bool names_a_site(std::string_view source);

// The unit a report's opening sentence names as its subject: "2019年,南昌县全面贯彻…" → 南昌县.
std::string unit_in_opening(const std::u32string& paragraph);

// The title: the opening lines up to the one that names the report (…报告, …总结), joined (a title split
// over lines, or a unit line above it: 青禾县柳溪镇人民政府 / 关于2024年度…的报告); else the first line when it reads
// as a title. A name over a title complete without it (青禾县柳溪镇人民政府 / 柳溪镇2024年度法治政府建设情况报告) is
// the issuing organ's, not the title's: `issuer` holds it. `paragraphs` are the document's paragraphs before the first
// heading.
struct Title {
  std::string text;
  std::string issuer;
};
Title find_title(const std::vector<std::u32string>& paragraphs);
// The page's own title in the header a browser prints over a page (2025/2/10 10:02柳溪镇…报告_青禾县人民政府: a date
// and a time, 上午 or 下午 perhaps before the time, then the page's <title>), without the site's name after its last _
// or -; empty when `line` is no such header.
std::u32string page_title_in_print_header(std::u32string_view line);
// Where the report's own title starts in a page printed from a browser: the first of the opening lines that the
// page's title opens with or that opens it (the portal's masthead and menus above it are no title); nullopt when none.
std::optional<std::size_t> title_line_of_printed_page(const std::vector<std::u32string>& paragraphs,
                                                      std::u32string_view page_title);
// Whether a line names a report (报告, 总结, 情况): a title's words.
bool names_a_report(std::u32string_view text);

// The organ a portal's stamp over the article names after the time it published it and a bar (2026-01-20 17:01 |
// 榆城市水务局: the record's values without their labels); empty when `line` is no such stamp. A title or a
// sentence holds no bar after a date of digits, nor a table's row (2025-01-20 | 听证会) a time of day.
std::u32string_view source_in_a_publication_stamp(std::u32string_view line);

// The year reported on: the first year in the title (2020年, 2020年度, 二〇二〇年), else the first in the
// preamble, else the last of a period the title names (2021—2023年). Portal clocks and publication stamps
// never reach here: the input's artifact filter removes them.
std::optional<int> find_report_year(const std::u32string& title, const std::vector<std::u32string>& preamble);

// The part of the year a title reports on right after the year it names (2024年上半年, 2024年第一季度, 2024年前三季度,
// 2024年1—6月), empty for a year's report: a report on part of a year is no annual report.
std::string reported_part_of_the_year(const std::u32string& title);

// The date a portal's record field left in the text says the page was published on: its label, in brackets or before
// a colon, then the date (- [ 发布日期 ] 2026-02-12, 发布时间：2026-02-15, run into the line of a flattened copy after
// the title or another field). nullopt when `line` holds no such field: the document's own dates (成文日期, 更新时间)
// are no publication's.
std::optional<CalendarDate> published_in_a_record_field(std::u32string_view line);

// The date a record's field left in the text says the document was issued on (发文日期：2025-02-10, [ 印发日期 ] …),
// read as published_in_a_record_field reads its own: the publication date when the page states no other, as the
// inputs' web.issued is. Not 成文日期, the date the document was written, which its signature states.
std::optional<CalendarDate> issued_in_a_record_field(std::u32string_view line);

// The organ a record's field left in the text names (发布机构：清源街道办事处, [ 发文机关 ] …, 来源：青平县司法局, on a
// line of its own or run into a flattened copy's line with the other fields): the unit when neither title nor
// signature names it, as web.publisher does. Empty when `line` holds no such field, or its value is no name of Han
// characters alone (来源：青平县人民政府网 is a site's, which names_a_site tells).
std::u32string_view organ_in_a_record_field(std::u32string_view line);

// `line` without a bracketed note at its end: 2024年2月6日（星期二） → 2024年2月6日.
std::u32string_view without_trailing_note(std::u32string_view line);
// A note in brackets on a line of its own at the end of an official document: （此件主动公开）.
bool looks_like_note(std::u32string_view line);
// A line of an official document's record (版记) after its signature: 抄送：…, 主送：…, …2025年1月18日印发,
// （共印20份）, a rule of ─ or —.
bool looks_like_record_line(std::u32string_view line);
// The printing date of a 版记 on a line of its own: 2025年1月18日印发 (the office that prints stands on the line above
// when a 版记 table's row, a PDF's tab gap or a line break parts them).
bool looks_like_printing_date(std::u32string_view line);
// True when a line reads as a date, well formed or not (2024年12月24日, 2020413, 二〇二四年十二月), a note at
// its end aside (（星期二）).
bool looks_like_date(std::u32string_view line);

// True when a line reads as the issuing body of a signature block (华宁县青龙镇人民政府); an addressee (报送县司法局)
// or a common word ending as an organ does (服务发展大局) is none.
bool looks_like_issuer(std::u32string_view line);
// True when a line names the organ a report is sent to, after a verb of sending (报送县司法局, 呈报市司法局): it may
// stand by the signature, and signs nothing.
bool looks_like_addressee(std::u32string_view line);
// The issuer's name without the mark where its seal goes (莲塘镇人民政府（盖章）).
std::u32string_view without_seal_mark(std::u32string_view line);

// A date's 〇 typed as a letter O or a digit 0 beside Chinese digits (二O二五年四月八日, 二0二四年), as 〇.
std::u32string with_typed_zeros_as_ling(std::u32string_view line);

// A signature's issuer and date on one line, parted by spaces, in either order (白沙镇人民政府　2025年4月8日,
// 2024年1月10日　青溪县石门镇人民政府); nullopt otherwise.
struct IssuerAndDate {
  std::u32string_view issuer;
  std::u32string_view date;
};
std::optional<IssuerAndDate> issuer_and_date_on_one_line(std::u32string_view line);

}  // namespace docpipe::sections
