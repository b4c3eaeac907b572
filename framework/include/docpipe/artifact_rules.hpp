// The one table of debris that copied web pages and converted Word files leave
// in report text. Each rule names the debris; what it removes is recorded in the
// document's metadata as "removed.<name>", never silently lost.
//
// Every pattern runs on untrusted text, so every pattern is written to match in
// linear time: no quantified group whose body can match in more than one way
// (repetitions are possessive, `*+`, `++`, or bounded), and the filter also gives each
// match a step limit (kArtifactMatchStepLimit) as a second line of defence.
#pragma once

#include <iterator>

namespace docpipe {

enum class ArtifactZone {
  anywhere,
  header,   // the first lines of the file, where a web page's navigation and publication details sit
  footer,   // the last lines, where a web page's footer and counters sit
  trailer,  // the last lines but more of them: a related-reading list can be long
};

enum class ArtifactScope {
  whole_line,    // the pattern must match the entire (normalized) line
  inline_token,  // every match is cut out of the line (the rest of the line stays)
  rest_of_page,  // the line opens a web page's trailer (related reading, previous/next links): it and every
                 // later line are removed
};

struct ArtifactRule {
  const char* name;
  ArtifactZone zone;
  ArtifactScope scope;
  const char* pattern;  // ICU regular expression, matched against normalized text
};

inline constexpr int kHeaderZoneLines = 10;
inline constexpr int kFooterZoneLines = 12;
inline constexpr int kTrailerZoneLines = 40;

// ICU counts match time in steps of roughly a millisecond's work; no honest line needs more than a few.
inline constexpr int kArtifactMatchStepLimit = 50;

// The labels of an information platform's record table (索 引 号 spaced out as its cells set it), and the values
// after one: up to two words, none ending a sentence.
#define DOCPIPE_XXGK_LABELS                                                                          \
  R"((?:索\s?引\s?号|信息分类|发布机构|发布日期|成文日期|生成日期)"           \
  R"(|信息来源|关\s?键\s?词|主题分类|服务对象分类|体裁分类|生命周期分类)" \
  R"(|组配分类|文\s?号|信息格式/语种|信息格式|内容概述|公开方式)"            \
  R"(|公开范围|公开时限|有效性|时效性|发文机关|发文字号|发文日期)(?=\s|$))"
#define DOCPIPE_XXGK_VALUES R"((?:\s++(?!)" DOCPIPE_XXGK_LABELS R"()[^\s。！？；]{1,60}+){0,2}+)"

// A date as a page stamps it and a report never signs: in slashes, a time after it or none, or in dashes with a time.
#define DOCPIPE_STAMPED_DATE                                                                 \
  R"((?:\d{4}/\d{1,2}/\d{1,2}(?:\s++\d{1,2}:\d{2}(?::\d{2})?+)?+|\d{4}-\d{1,2}-\d{1,2}\s++)" \
  R"(\d{1,2}:\d{2}(?::\d{2})?+))"
// A date with 年月日 and a month or a day padded with a zero (2025年02月08日, 2024年12月07日), which a signature, in
// the numbers of a document's date (GB/T 9704), never writes.
#define DOCPIPE_PADDED_DATE R"(\d{4}年(?:0\d月\d{2}|\d{2}月0\d)日)"
#define DOCPIPE_ORGANS_DATE "(?:" DOCPIPE_STAMPED_DATE "|" DOCPIPE_PADDED_DATE ")"

// The separators between a portal's navigation links.
#define DOCPIPE_WEB_SEPARATORS R"([\s|｜·•/\-—_]*+)"

inline constexpr ArtifactRule kArtifactRules[] = {
    // A portal's clock: 今天是:2019年10月31日 星期三 (a copy may glue it to the title; cut only the clock), with the
    // lunar date some portals add after the weekday (农历腊月十二, 农历十月初七). A masthead sets the site's name
    // before it on one line (平川县人民政府 2025年3月3日星期一): a name opening the line, a space after it, goes too.
    {"web-clock", ArtifactZone::header, ArtifactScope::inline_token,
     R"((?:^[^\s。，；：:、（）()\d]{2,24}?(?:人民政府|政府|门户网站|政府网站|网站|政府网|政务网)\s++)?+)"
     R"((?:今天是|今天|今日|当前时间)?\s*+[:：]?\s*+\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日\s*+(?:星期|礼拜|周)[一二三四五六日天](?:\s*+\d{1,2}:\d{2}(?::\d{2})?)?)"
     R"((?:\s*+农历\s*+[闰正一二三四五六七八九十冬腊]{1,3}+月[初十廿卅一二三四五六七八九十]{2}+)?)"},
    {"web-site-links", ArtifactZone::anywhere, ArtifactScope::whole_line,
     "(?:" DOCPIPE_WEB_SEPARATORS
     R"((?:设为首页|加入收藏|收藏本站|无障碍(?:浏览|阅读)?|长者版|长者模式|关怀版|(?:蒙古|藏|维吾尔|朝鲜|彝)文版|在线投稿|适老化|老年模式|繁體|繁体版?|简体版?|English|网站地图|手机版|移动版|登录|注册|RSS|智能问答|返回首页|听全文|语音播报|网站支持IPv6|支持IPv6))" DOCPIPE_WEB_SEPARATORS
     ")++"},
    {"web-breadcrumb", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?:首页|网站首页|主页|(?:您|你)?(?:当前|现在)?(?:所在|所处)?的?位置)\s*+[:：>＞»›→].*+)"},
    // A portal's menu, copied over the article: 首页 | 政务公开 | 政务服务 | 互动交流 (short items, nothing else).
    // A PDF printed from the page loses the gaps between the items (网站首页政务公开办事服务公众参与走进青溪): then
    // only a portal's own menu words, and the breadcrumb the row may run into (…走进青溪当前位置：首页 > …).
    {"web-menu", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?:网站首页|首页|主页)(?:[\s|｜·•/]++[^\s|｜·•/]{1,8}+){2,}+[\s|｜·•/]*+)"
     R"(|(?:网站首页|首页|主页)(?:(?:政务公开|政府信息公开|信息公开|政务服务|办事服务|网上办事|公众参与|互动交流|政民互动)"
     R"(|新闻中心|新闻动态|要闻动态|政务动态|专题专栏|数据开放|政策文件|政策解读|走进\p{Han}{2,4}?)){2,8}+)"
     R"((?:(?:您|你)?+(?:当前|现在)?+(?:所在|所处)?+的?+位置\s*+[:：].*+)?+)"},
    // Its items a line each, as a copy of the page sets a menu's links: a portal's own menu words only, none that a
    // report's title split over lines may hold (政务公开, 信息公开 stay).
    {"web-menu", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?:网站首页|首页|主页|要闻动态|政务动态|新闻动态|新闻中心|政务服务|办事服务|网上办事|政民互动|互动交流|公众参与)"
     R"(|数据开放|政府数据|专题专栏|走进\p{Han}{2,4}?))"},
    // A column's name over the article (法治政府建设专栏, 依法行政专栏): a name and 专栏 alone on the line.
    {"web-column-name", ArtifactZone::header, ArtifactScope::whole_line, R"(\p{Han}{2,16}?专栏)"},
    // The welcome bar over a portal's masthead (欢迎访问青溪县人民政府门户网站, with its links run into it when a PDF
    // printed from the page lost the gaps: …网站简体|繁體|无障碍浏览): a visitor is welcomed to a site, a report's
    // sentence welcomes no one to one on a line of its own.
    {"web-welcome", ArtifactZone::header, ArtifactScope::whole_line,
     R"(欢迎(?:您)?+(?:访问|光临|来到)[^。，；！？]{0,20}?(?:门户网站|政府网站|网站|政府网|政务网|人民政府网|平台)[^。，；！？]{0,40}+)"},
    // The search box: its prompt (请输入关键字) and its button (搜索, 站内搜索, 全文检索), each alone on a line.
    {"web-search-box", ArtifactZone::header, ArtifactScope::whole_line,
     R"(请输入(?:您要(?:搜索|查找|检索)的)?+(?:关键字|关键词|搜索内容|搜索关键词|检索内容|检索词)[.。…]*+(?:\s*+(?:搜\s?索|检\s?索))?+)"
     R"(|(?:站内|全站)?+搜\s?索|全文检索|高级检索|高级搜索|检\s?索)"},
    // The title and the site a browser prints in the page's header, as the page names itself
    // (…年度报告_青溪县人民政府): a text copy of the PDF opens with it. The site's name is cut; the title stays. A
    // site's name holds no year: a title's period (纲要（2021—2025年）》…法治政府) is no site.
    {"browser-page-title", ArtifactZone::header, ArtifactScope::inline_token,
     R"((?<=\S)\s*+[_\-—–]\s*+[^\s_\-—–。，；：:()年]{2,30}?(?:人民政府网|人民政府|政府|门户网站|政府网站|网站|政府网|政务网)$)"},
    // The page's address and the page count a browser prints at the foot (file:///…/page.html, https://…, 1/1,
    // Page 1 of 2; 第1页/共2页 is a page number): an address a report gives has a label or a sentence around it.
    {"browser-print-footer", ArtifactZone::footer, ArtifactScope::whole_line,
     R"((?:https?+|file)://\S++|\d{1,3}+\s*+/\s*+\d{1,3}+|Page\s++\d{1,4}+\s++of\s++\d{1,4}+)"},
    // The site's name over it: 平川县人民政府门户网站, 河口乡人民政府网 (a place's, with no heading marker:
    // （二）加强政府网站 is a heading).
    {"web-site-name", ArtifactZone::header, ArtifactScope::whole_line,
     R"([^\s。，；：:、（）()\d]{1,20}?(?:省|市|县|区|旗|州|盟|乡|镇|街道)(?:人民政府|政府)?(?:门户网站|政府网站|人民政府网|政务网|政府网|网站))"},
    // A news site's or a county media centre's masthead over a story (平川新闻网, 平川融媒): the centre itself, which
    // may issue a report, is a 融媒体中心 and stays.
    {"web-news-site-name", ArtifactZone::header, ArtifactScope::whole_line,
     R"([^\s。，；：:、（）()\d]{2,12}?(?:新闻网|融媒体?+))"},
    // The info line over the article, opening with a label (发布时间：…, 来源：…); also as portals of other provinces
    // label it (稿源, 文章出处, 信息提供, 发布人, 审核人, 发表时间, an archive stamp 归档时间 which dates no
    // publication)
    // and with each field in brackets ([ 信息提供：青石镇 ]), or the whole line in parentheses (（发布时间：2025-03-12
    // 来源：青石县司法局 浏览：126次）); an article from a WeChat account sets 丨 after the label (来源丨榆城司法). A
    // counter's label the page's script left empty may open
    // the line, glued to the field's label (浏览次数:发布时间:2025-01-08): the line is the info line, its date read.
    {"web-publication-info", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?:(?:浏览次数|访问次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量)\s*+[:：]\s*+)*+)"
     R"([\[【［（(]?+\s*+(?:发布时间|发布日期|发表时间|发文日期|成文日期|公开日期|生成日期|更新时间|更新日期|修改时间|归档时间|归档日期|日期|时间|来源|信息来源|文章来源|文章出处|稿源|信息提供|作者|编辑|责任编辑|发布机构|发文机关|发文单位|发布人|发布者|审核人|信息发布)\s*+[:：｜丨].{0,80})"},
    // A text copy's bare publication line, its label with no colon or a short one (发布：2024-03-15, 发布时间
    // 2024年3月15日, a time after it): a full date and nothing else, in the header only. A report's sentence about a
    // publication (发布…通告) has words after the date.
    {"web-publication-date", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?:发布时间|发布日期|发布于|发布)\s*+[:：]?+\s*+(?:\d{4}\s*+-\s*+\d{1,2}\s*+-\s*+\d{1,2}|\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日))"
     R"((?:\s*+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?+)?+)"},
    // A WeChat article's dateline: the account, the date and time it was sent, where from (安澜教育 2022-04-20 18:30
    // 发表于安澜, 原创 石门司法 2024年04月15日 09:12 云南); a news app's story puts its read count after the time,
    // glued to it or not (2023-07-10 10:11 4857阅读).
    {"wechat-dateline", ArtifactZone::header, ArtifactScope::whole_line,
     R"(.{0,40}?\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*+\d{1,2}[:：]\d{2}(?:\s*+(?:发表于)?[^\s\d]{0,12})?)"
     R"((?:\s*+[\d,]{1,12}+\s*+[人次]?+(?:阅读|浏览|围观))?)"},
    // An info block, one field a line or several on one: 名 称:… (信息)索 引 号:… 发布机构:… 成文日期:…
    {"web-info-block", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?:名\s?称|(?:信\s?息\s?)?索\s?引\s?号|文\s?号|发\s?文\s?字\s?号|发\s?文\s?机\s?构|制\s?发\s?机\s?构|内\s?容\s?概\s?述|主\s?题\s?分\s?类|主\s?题\s?词|公\s?开\s?方\s?式|有\s?效\s?性|体\s?裁\s?分\s?类|组\s?配\s?分\s?类|服\s?务\s?对\s?象)\s*+[:：].{0,300})"},
    // Two fields or more of a portal's record on one line, whatever label opens it (文件编号: 组配分类: 规划总结, as a
    // county portal's block reads after its 索引号 line), one of them a record's label; values of one word, or none.
    {"web-info-fields", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?=.{0,200}?(?:文件编号|组配分类|主题分类|发布机构|成文日期|索引号|有效性|发文字号|公开方式|信息来源)))"
     R"((?:\p{Han}{2,6}+\s*+[:：]\s*+(?:[^\s:：。！？；]{1,40}+(?=\s|$))?+\s*+){2,8}+)"},
    // A row of two fields opening with the information class (信息分类: 报告  发布机构: 青石县司法局), as a provincial
    // platform's info table reads a row, with no sentence's end in it (信息分类：…公开政府信息86条。 is a report's).
    {"web-info-class-row", ArtifactZone::header, ArtifactScope::whole_line,
     R"(信\s?息\s?分\s?类\s*+[:：][^。！？；]{0,120}+)"},
    // An info table copied as text, cells between bars (发文字号 | | 制发机构 | 青石镇人民政府 |, 有效性 | |). Its 标
    // 题 row
    // stays: a text copy may have no other title.
    {"web-metadata-table", ArtifactZone::header, ArtifactScope::whole_line,
     R"(.*(?:索引号|发布机构|公开类别|主题分类|公开方式|公开形式|公开时限|发布时间|发布日期|成文日期|公开日期|生成日期|发文机关|发文字号|制发机构|责任部门|有效性)\s*+[|｜].*)"},
    // An information platform's record table copied as text, each label and its value set apart by spaces with no
    // colon or bar (索 引 号 003110926/202502-00016 信息分类 法治政府建设, 信息来源 关 键 词, 主题分类 服务对象分类,
    // 内容概述): a line opening with a label, of labels each with up to two words of value, no word ending a
    // sentence. The 信息名称 row stays, its label cut: a copy may have no other title.
    {"web-info-table-row", ArtifactZone::header, ArtifactScope::whole_line,
     "(?:" DOCPIPE_XXGK_LABELS ")(?:" DOCPIPE_XXGK_VALUES ")(?:\\s++" DOCPIPE_XXGK_LABELS DOCPIPE_XXGK_VALUES ")*+"},
    // (名称 or 标题 as other platforms label the row; a bar after the label as a table pasted into Word reads.)
    {"web-info-name-label", ArtifactZone::header, ArtifactScope::inline_token,
     R"(^\s*+(?:信息名称|名\s?称|标题)(?:\s*+[|｜]\s*+|\s++)(?=\S))"},
    // The same block as portals set it with each label in brackets, several fields to a line: [ 索引号 ]
    // 1151…/2025-00012
    // [ 发文字号 ] [ 发布机构 ] 青石镇人民政府 [ 成文日期 ] 2025-01-17 [ 发布日期 ] 2025-04-20 (also 【发布日期】…).
    // A line that opens with such a label; a value may be empty.
    {"web-bracketed-info", ArtifactZone::header, ArtifactScope::whole_line,
     R"([\[【［]\s*+(?:(?:信息)?索引号|发文字号|文号|发布机构|发文机关|发文单位|成文日期|发布日期|发布时间|公开日期|生成日期|主题分类|主题词|公开类别|公开方式|公开时限|公开范围|有效性|名称|标题|来源|信息来源)\s*+[\]】］].{0,300})"},
    // The same block as other platforms label the organ that issued the document: [ 制发机构 ] 青石县司法局, and
    // [ 发文机构 ] …; an entry of its own, so that the labels above keep their table's layout.
    {"web-bracketed-info", ArtifactZone::header, ArtifactScope::whole_line,
     R"([\[【［]\s*+(?:制发机构|发文机构)\s*+[\]】］].{0,300})"},
    // The same record copied as a table's rows, its cells parted by bars, the first a bracketed label
    // (| [ 索引号 ] | 1150…/2026-00028 | [ 发文字号 ] | 无 |), as a page's table flattened to text reads.
    {"web-bracketed-info", ArtifactZone::header, ArtifactScope::whole_line,
     R"([|｜]\s*+[\[【［]\s*+(?:(?:信息)?索引号|发文字号|文号|发布机构|发文机关)"
     R"(|发文单位|制发机构|发文机构|成文日期|发布日期|主题分类)"
     R"(|体裁分类|公开方式|有效性|名称|标题)\s*+[\]】］]\s*+[|｜].{0,300})"},
    // The info line opening with the date and time, or with the site's name before them (2025-02-18 00:00:00 来源：
    // 本站原创, 平川市政府门户网站  2025-02-17 10:28:11  来源：本网), as a central portal's reprint stamps it with its
    // address and the time in 时 and 分 (中央政府门户网站 www.… 2025年03月29日 15时57分 来源：…): a labelled field
    // must follow the date.
    {"web-dated-info", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?:[^\s。，；：:、（）()\d]{2,24}?(?:网站|政府网|政务网|人民政府|政府)\s++(?:www\.[A-Za-z0-9.\-]{3,60}+\s++)?+)?+)"
     R"((?:\d{4}-\d{1,2}-\d{1,2}(?:\s++\d{1,2}:\d{2}(?::\d{2})?+)?+|\d{4}年\d{1,2}月\d{1,2}日\s*+\d{1,2}时\d{1,2}分))"
     R"(\s++(?:来源|信息来源|文章来源|稿源|作者|编辑|发布机构|发布人)\s*+[:：].{0,60})"},
    // A provincial platform's line under the title: the publishing organ and the date as the page stamps it, in
    // slashes, in dashes with a time, or padded (平川县司法局  2025/3/26, 某某县人民政府 2025年02月08日). A report's
    // signature on one line may date itself in dashes (某某街道办事处 2024-12-17), never with a time nor padded.
    {"web-organ-date", ArtifactZone::header, ArtifactScope::whole_line,
     R"([^\s。，；：:、（）()\d]{2,30}?(?:人民政府|政府|办公室|办事处|公开办|司法局|局|委员会|中心|网站)\s++)" DOCPIPE_ORGANS_DATE},
    // A text copy's bare date under the title, its label left on the line above it or in a list of its own
    // (发布时间： / 2025/1/16, 2025-01-16 10:06:36), in the same forms: a short report's signature, in the header
    // too, may date itself 2024-12-17 alone.
    {"web-bare-date", ArtifactZone::header, ArtifactScope::whole_line, DOCPIPE_STAMPED_DATE},
    // The date and time a browser prints beside the page's title (12/7/26, 9:46 AM, 2025/3/11 下午4:20, 07.12.2026,
    // 09:46): a report dates itself with 年月日 and no clock.
    {"browser-print-clock", ArtifactZone::header, ArtifactScope::whole_line,
     R"(\d{1,4}+[/.\-]\d{1,2}+[/.\-]\d{1,4}+(?:[,，]\s*+|\s++|(?=[上下]午))(?:上午|下午)?+\d{1,2}+:\d{2}(?::\d{2})?+\s*+(?:AM|PM|am|pm)?+)"},
    // The same stamp below the header, as a copy of a printed page of several pages has it atop each page and under
    // the signature: only in the forms of a 12-hour clock (上午10:02, 9:46 AM), which a report's table does not write;
    // a cell of a hearing's date and time (2024-06-12 09:30) stays.
    {"browser-print-clock", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"(\d{1,4}+[/.\-]\d{1,2}+[/.\-]\d{1,4}+(?:[,，]\s*+|\s++|(?=[上下]午))(?:(?:上午|下午)\d{1,2}+:\d{2}(?::\d{2})?+|\d{1,2}+:\d{2}(?::\d{2})?+\s*+(?:AM|PM|am|pm)))"},
    // An information-disclosure index number on a line of its own, its label left above it: 1151000000/2025-001005,
    // 11430922MB0000123X/2025-00007, 003110926/202502-00016, a prefecture platform's jsxmsz/2025-00003.
    {"web-index-number", ArtifactZone::header, ArtifactScope::whole_line,
     R"([0-9A-Za-z]{6,20}+[/\-]\d{4,6}+[\-/]\d{3,6}+)"},
    // Labelled (浏览次数：867, 点击：867, a portal's 人气：356 with a count or none), in a sentence of its own about
    // the page (本文已被浏览867次, a 范文 site's
    // 本文已影响3218人; a report's 公众号文章已被阅读12万次 is no counter), or bare on a line (阅读 3218, 阅读：3218,
    // 浏览：312次, 阅读数：56, 2 次浏览, 1234人阅读). 阅读 and 浏览 alone label a count only with a number after the
    // colon and nothing glued to it, and not after a word they end (全民阅读：12场 is a report's). A copy keeps the
    // labels of counters a script fills in empty (浏览：, 点击数： 浏览：), or the count in brackets (阅读(1203)) or
    // in 万 (阅读 1.2万, 浏览 10万+): such labels alone on a line, or with such a count only.
    {"web-counter", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"(.{0,40}?(?:(?:浏览次数|访问次数|阅读次数|下载次数|点击数|点击量|访问量|浏览量|阅读量|下载量|访问|点击)\s*+[:：]|(?:浏览次数|访问次数|阅读次数|下载次数|点击数|点击量)\s*+\d|您是第\s*+\d).{0,40})"
     R"(|(?:本文|本页|本篇|本信息|该信息|该文章?|此文)?+\s*+已被(?:浏览|阅读|访问|点击)\s*+\d++\s*+次[。.]?+)"
     R"(|.{0,40}?(?<!\p{Han})(?:阅读|浏览)数?+\s*+[:：]\s*+[\d,]++\s*+次?+(?=\s|$).{0,40})"
     R"(|(?:阅读|浏览|点击)(?:数|量|次数)?+\s*+[:：]?+\s*+[\d,]++\s*+次?+)"
     R"(|[\d,]++\s*+[人次]?+\s*+(?:阅读|浏览)(?:数|量)?+)"
     R"(|(?:本文|本篇|该文)?+\s*+已影响\s*+[\d,]++\s*+人次?+[。.]?+)"
     R"(|(?:(?:阅读|浏览|点击|访问)(?:数|量|次数)?+\s*+[:：]\s*+)++)"
     R"(|(?:阅读|浏览|点击)(?:数|量|次数)?+\s*+[:：]?+\s*+[\uFF08(]\s*+[\d,]++\s*+[\uFF09)])"
     R"(|(?:阅读|浏览|点击)(?:数|量|次数)?+\s*+[:：]?+\s*+[\d,]++(?:\.\d++)?+\s*+万\+?+)"
     R"(|.{0,60}?(?<!\p{Han})人气\s*+[:：]\s*+(?:[\d,]++\s*+次?+)?+(?=\s|$).{0,40})"},
    // The font-size switch (字号：大 中 小, 【A+ A A-】, 【字号：A+ A A-】), or its label alone on its line when a copy
    // dropped the buttons (【字体:, 字体大小:【; 字号 alone, a table's column, stays); the eye-care colour switch
    // beside
    // it (视力保护色:, its buttons drawn by a script).
    {"web-font-size", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?:.{0,40}字[体号]\s*+[:：]?\s*+[【\[]?\s*+大\s*+[】\]]?\s*+[【\[]?\s*+中\s*+[】\]]?\s*+[【\[]?\s*+小.{0,60})|(?:文字\s*+[:：]\s*+[【\[].{0,40})|(?:[【\[]?\s*+(?:字[体号](?:大小)?+\s*+[:：]?+\s*+)?+A\s*+[+＋]\s*+[】\]]?\s*+[【\[]?\s*+A\s*+[】\]]?\s*+[【\[]?\s*+A\s*+[-－]\s*+[】\]]?))"
     R"(|[【\[]\s*+字[体号](?:大小)?+\s*+[:：]?+\s*+[【\[]?+\s*+[】\]]?+|字[体号](?:大小)?+\s*+[:：]\s*+[【\[]?+\s*+[】\]]?+)"
     R"(|视力保护色\s*+[:：]?+[\s【】\[\]]{0,8}+)"},
    // The switch's three buttons alone, their label dropped (大 中 小, 【大】【中】【小】, 小 中 大; a copy of the page
    // sets them a line each, input.txt joins them): a report's line is never the three sizes and nothing else.
    {"web-font-size", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"([【\[]?+\s*+(?:大\s*+[】\]]?+\s*+[【\[]?+\s*+中\s*+[】\]]?+\s*+[【\[]?+\s*+小)"
     R"(|小\s*+[】\]]?+\s*+[【\[]?+\s*+中\s*+[】\]]?+\s*+[【\[]?+\s*+大)\s*+[】\]]?+)"},
    // A 范文 site's buttons too (【下载本文】, 下载Word文档, 复制全文); a bar or a slash may stand between
    // them (打印 | 关闭), and 【返回】 among them; some portals bracket them 〖打印〗〖关闭〗.
    // Possessive throughout: "打印 打印 … 打印 正文" must fail in one pass, not try every split of the run. 纠错 alone,
    // unbracketed, is a column of a table of reconsideration cases (受理 | 审结 | 纠错), not the portal's button.
    {"web-page-controls", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?!\s*+纠错\s*+$)(?:[【\[〖]?+\s*+(?:打印本页|打印此页|打印本文|打印此文|打印正文|打印文章|我要打印|打印|关闭本页|关闭窗口|关闭|返回顶部|收藏本页|收藏本文|收藏|分享到|分享|保存本页|我要纠错|纠错|下载本文|下载全文|下载文档|下载此文档|下载该文档|(?:下载|导出)(?:Word|word|WORD|PDF|pdf)(?:文档|版)?+|复制全文|一键复制|复制本文|政府网站找错|网站找错|我要找错|返回)\s*+[:：]?+\s*+[】\]〗]?+\s*+[|｜/]?+\s*+)++)"},
    // The share bar: its label and its targets, and the separators between them (分享到 - as a page's list prints
    // it, 分享到：微信 | 微博).
    {"web-share", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?:分享到|分享至|分享)\s*+[:：]?(?:[\s|｜、,，\-—\u2013\u00B7\u2022/]*+(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|空间|豆瓣|人人网|抖音|今日头条|头条|钉钉|更多))*+[\s|｜、,，\-—\u2013\u00B7\u2022/]*+)"},
    // A column's heading with its link to the rest (行业指导 更多>>, 他山之石 更多 >): a short name and nothing else.
    {"web-more-link", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"([^\s。，；：:]{0,12}?\s*+(?:更多|MORE|More|more)\s*+(?:>>|>|»|＞＞|＞|\+)\s*+)"},
    // The account's card a WeChat article ends with when copied from a browser: 微信号 qingshisifa, 功能介绍 …, and
    // the preview's notice (预览时标签不可点).
    {"wechat-profile", ArtifactZone::footer, ArtifactScope::whole_line,
     R"(微信号\s*+[:：]?+\s*+[A-Za-z][A-Za-z0-9_\-]{3,29}+|功能介绍\s*+[:：]?+.{0,80}|预览时标签不可点.{0,20})"},
    // A WeChat article's prompts to follow, scan or like it; a browser's copy of the article keeps the follow card's
    // 关注该公众号 and the 继续滑动看下一个 under it.
    {"wechat-prompts", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?:[↑▲]\s*+)?(?:点击|戳|轻触)?\s*+(?:上方|下方)?\s*+蓝字\s*+(?:关注|加关注).{0,20}|.{0,10}?长按(?:识别)?(?:下方|上方|图中)?二维码.{0,30}|.{0,20}?(?:点个?在看|点赞.{0,3}在看).{0,20}|[↓▼▽⬇\p{So}\s]{0,4}+(?:点击|戳|轻触)?\s*+(?:阅读|查看)原文[\s>》→]{0,4}+)"
     R"(|(?:微信扫一扫)?+\s*+关注该公众号|(?:继续|向上)滑动看下一个)"},
    // The bar of actions under a WeChat article: 分享 收藏 在看 赞, two or more of them and nothing else.
    {"wechat-actions", ArtifactZone::footer, ArtifactScope::whole_line,
     R"((?:(?:分享|收藏|在看|点赞|赞|转发|写留言|留言|喜欢)\s*+[|｜·]?\s*+){2,8}+)"},
    // A page's prompt to read it on a phone, under the article (扫一扫在手机打开当前页).
    {"web-phone-prompt", ArtifactZone::footer, ArtifactScope::whole_line,
     R"(.{0,10}?(?:扫一扫|扫码|扫描二维码).{0,20}|(?:在|用)?手机上?(?:打开|浏览|阅读|查看)(?:本页|当前页|此页|本文).{0,6})"},
    // An article's pager (上一页 第3页 共3页, 首页 上一页 1 2 3 下一页 尾页): page words, numbers and separators only.
    {"web-pager", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?=.*?(?:上一页|下一页|尾页|末页))(?:首页|上一页|下一页|尾页|末页|跳转|转到|第\s*+\d++\s*+页|共\s*+\d++\s*+页|\d++|[\s|｜/,，.:：\[\]【】<>«»])++)"},
    // The credits an article closes with (来源：… 编辑：… 审核：…, or in brackets), after the report's date; a news
    // app's story names its three reviewers (一审：… 二审：… 三审：…).
    {"web-credits", ArtifactZone::footer, ArtifactScope::whole_line,
     R"([（(【\[]?+\s*+(?:来源|信息来源|编辑|责任编辑|责编|审核|审校|校对|初审|复审|终审|一审|二审|三审|排版|美编|供稿|撰稿|摄影|监制|统筹)\s*+[:：｜].{0,60})"},
    // The closing bracket of a credit a copy broke off onto a line of its own (【责任编辑：赵青 / 】).
    {"web-credits", ArtifactZone::footer, ArtifactScope::whole_line, R"([】\]］])"},
    // A news story's byline, over it or under it: its reporters and correspondents by name (记者 张三 通讯员 李四,
    // 本报记者：王芳, 新华社记者 白阳, （记者 张三 摄）). The role opens the line and names follow, a short word each,
    // with a colon or a space between: a sentence about a reporter (答记者问, 记者从县司法局获悉，…, 接受记者采访时
    // 表示，…) has more than names. A bar may stand for the colon (通讯员 | 苏芳芳); in brackets of its own a name may
    // be glued to its role (（记者沈晓云）, （通讯员刘洋 记者陈晓）): the closing bracket after a short name tells it
    // from a sentence (（记者从县司法局获悉）).
    {"news-credits", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"([（(【\[]?+\s*+(?:(?:文|图|文图|图文|文/图)\s*+[/／:：|｜]\s*+)?+)"
     R"((?:(?:本报|本台|本网|本刊|新华社|融媒体|融媒)?+(?:见习|特约|首席)?+(?:记者|通讯员)(?:\s*+[:：|｜]\s*+|\s++)\p{Han}{2,4}+)"
     R"((?:\s*+[、，,/／]\s*+\p{Han}{2,4}+|\s++\p{Han}{2,4}+)*+\s*+)++(?:报道|摄影?+|文/图)?+\s*+[）)】\]]?+)"
     R"(|[（(]\s*+(?:(?:本报|本台|本网|本刊|新华社|融媒体|融媒)?+(?:见习|特约|首席)?+(?:记者|通讯员)\s*+(?:(?!报道|摄|记者|通讯员)\p{Han}){2,4}+)"
     R"((?:\s*+[、，,]\s*+(?:(?!报道|摄|记者|通讯员)\p{Han}){2,4}+)*+\s*+)++(?:报道|摄)?+\s*+[）)])"},
    // A 范文 (content farm) site's note on the copy it offers, above or below it: 下面是小编为大家整理的…，供大家参考。
    // 以下是…为大家带来的…，欢迎阅读。 本站为您精心整理了…，希望对您有所帮助。 …一文来源于网友上传，不代表本站观点.
    // The site's offer (小编 gathering it, 为大家/您 with a verb of gathering, 网友上传) with its invitation (供…参考,
    // 欢迎阅读, 希望对大家…) or 小编 gathering it alone; or a short line that is only the invitation. A report's
    // sentence says none of these (欢迎 in 受到群众欢迎, 为大家讲解 and 本站 of a 工作站 are no offer).
    {"content-farm-note", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"re((?=.{1,200}+$)(?:(?=.{0,199}?小编(?:为|给|帮)?+(?:大家|您|你)?+(?:精心)?+(?:整理|收集|搜集|推荐|带来|准备|分享|汇总|精选|编辑)))re"
     R"re(|(?=.{0,199}?(?:本站(?:为|给)(?:大家|您|你)|网友(?:上传|投稿)|为(?:大家|您|你)(?:精心)?+(?:整理|收集|搜集|推荐|带来|准备|分享|汇总|精选))))re"
     R"re((?=.{0,199}?(?:供(?:大家|您|你)?+参考|仅供参考|以供参考|欢迎(?:大家)?+(?:阅读|参考|借鉴|收藏|下载|咨询)|希望(?:能|可以)?+(?:对|为|给|帮助)(?:大家|您|你)|不代表本站)))re"
     R"re(|(?:以上(?:就)?+是.{0,60}?)?+(?:希望(?:本文|以上内容)?+(?:能|可以)?+(?:对|为|给|帮助)(?:大家|您|你).{0,20}?|欢迎(?:大家)?+(?:阅读|参考|借鉴|收藏|下载)(?:[与和、及](?:阅读|参考|借鉴|收藏|下载|分享))?+|仅供参考|供大家参考)[。！!～~…\s]*+$).*+)re"},
    // Such a site's name and address set in the text as a watermark (秘书之家—公文写作 www.mishu-example.com), after a
    // space or a punctuation mark (not a figure's digit: 3期某某范文网 is glued; after a comma only a name of under six
    // characters: in …，全面推进依法行政范文先生网www.… the watermark is glued to a clause), cut with the spaces around
    // it; not
    // a sentence's pointer to a site (群众可登录宁川普法网www.…, （登录资料网www.…查询）: a verb of visiting in the
    // name is no site's name). Glued
    // to the text's last word (…取得新成效某某范文网
    // www.xxx.com) the name's start is lost: then only a 范文 site's own word (范文网, 之家, 文库 …, never 网 alone,
    // which a report's 普法网 is) with the two characters before it, or a name opening with a 范文 site's word
    // (范文先生网, 公文大全网, 秘书帮之家), and only when the address ends the line or a space follows it. A government
    // site's address (www.qingxi.gov.cn), which a report may give, is none.
    {"content-farm-watermark", ArtifactZone::anywhere, ArtifactScope::inline_token,
     R"(\s*+(?<![\p{L}\p{N}])(?!(?<=[，、；：,;:])\p{Han}{6})(?![^\s。，；]{0,12}?(?:登录|登陆|访问|浏览|关注|进入|点击|详见|查阅|查询|搜索|下载|打开))\p{Han}{1,12}?(?:之家|文库|范文网|范文|文档网|资料网|文秘网|公文网|秘书网|写作网|检测软件|网)\s*+[—–\-－:：|｜]{0,3}+[^\s。，；]{0,24}?\s*+(?:https?+://)?+www\.(?!(?:[A-Za-z0-9\-]{1,40}+\.){0,4}gov\b)[A-Za-z0-9\-]{1,40}+(?:\.[A-Za-z0-9\-]{1,40}+){1,4}+/?+\s*+)"
     R"(|(?<=\p{Han})(?:\p{Han}{2}(?:之家|文库|范文网|文档网|资料网|文秘网|公文网|秘书网|写作网)|(?:范文|公文|文秘|秘书|论文)\p{Han}{1,4}?(?:网|之家)))"
     R"(\s*+(?:https?+://)?+www\.)"
     R"((?!(?:[A-Za-z0-9\-]{1,40}+\.){0,4}gov\b)[A-Za-z0-9\-]{1,40}+(?:\.[A-Za-z0-9\-]{1,40}+){1,4}+/?+(?=\s|$)\s*+)"},
    // A document-sharing site's stamp on every page of its copy, after a space at a line's end or as a line of its
    // own: its short name, ending in a sharing site's word (汇, 文库, 文档, 范文, 之家 …; not a service's own site,
    // 县法律援助中心 www.…, 公共法律服务平台 www.…), and address (公文汇 www.example.com), or its name and slogan
    // (公文汇,办公文档之家: a sharing site's word, 文档之家, 文库, closing it). A name with a verb of visiting
    // (登录宁川普法网 www.…), a government address, or text after the address (a sentence pointing to a site) stay.
    {"doc-site-watermark", ArtifactZone::anywhere, ArtifactScope::inline_token,
     R"((?:^|\s++)(?![^\s]{0,12}?(?:登录|登陆|访问|浏览|关注|进入|点击|详见|查阅|查询|搜索|下载|打开)))"
     R"(\p{Han}{0,6}?(?:汇|文库|文档|范文|之家|资料|素材|文秘|写作)\s*+)"
     R"((?:https?+://)?+www\.(?!(?:[A-Za-z0-9\-]{1,40}+\.){0,4}gov\b)[A-Za-z0-9\-]{1,40}+(?:\.[A-Za-z0-9\-]{1,40}+){1,4}+/?+\s*+$)"
     R"(|(?<=\S)\s++\p{Han}{2,8}+[,，]\s*+\p{Han}{0,6}?(?:文档之家|文库|资料库)\s*+$)"},
    // Such a site's masthead over the copy: its name, a mark or a dash after it, and its slogan, no sentence closed
    // in it (文似观山不喜平 — — 观山文库◆记住我,来上我~). A heading naming a 文库 has no mark after the name.
    {"doc-site-masthead", ArtifactZone::header, ArtifactScope::whole_line,
     R"((?!\s*+(?:[（(][一二三四五六七八九十\d]|[一二三四五六七八九十]{1,3}+、))[^。！？]{0,30}?\p{Han}{1,6}?)"
     R"((?:文库|范文网|文档网|资料网|范文大全)\s*+[◆◇●■|｜·~～—–\-]++[^。！？]{1,40}+)"},
    // Its tags under the text (TAG标签：法治政府 年度报告, 标签：…).
    {"web-tags", ArtifactZone::trailer, ArtifactScope::whole_line,
     R"((?:(?:TAGS?+|Tags?+|tags?+)\s*+标签\s*+[:：]?+|(?:TAGS?+|Tags?+|tags?+|标签|文章标签|本文标签|热门标签)\s*+[:：])[^。！？]{0,120}+)"},
    // Footers: the site's owner, its registration numbers, its contacts and browser advice. 主办单位, 承办单位,
    // 技术支持 and 维护单位 are words a report's sentence may use too (明确各站所为普法承办单位。): without a
    // colon after them they make a footer only in a line that is no sentence ending in 。. Any of the words makes one
    // only in the line's first sentence: a report's paragraph that closes with a contact (…控制在5%以内。联系电话：
    // 0871-6123456。) is the report's.
    {"web-footer", ArtifactZone::footer, ArtifactScope::whole_line,
     R"((?!\s*+(?:[（(][一二三四五六七八九十\d]{1,3}+[）)]|[一二三四五六七八九十]{1,3}+、|\d{1,2}+[.．、](?!\d))))"
     R"([^。！？]{0,120}?(?:ICP备|ICP证|公网安备|网安备|网站标识码|网站识别码|(?:主办|承办)(?:单位)?\s*+[:：]|(?:技术支持|维护单位)\s*+[:：]|(?:主办单位|承办单位|技术支持|维护单位)(?![^。]*+。\s*+$)|版权所有|Copyright|©|联系电话\s*+[:：]|联系我们|建议使用|分辨率|浏览器).{0,200})"},
    // What follows the article on a portal page: related reading, previous/next article links. Copied as text, the
    // label keeps its links on its line (相关链接：国务院 江西省人民政府), after a colon or a space; a sentence that
    // opens with the words (相关链接建设…, or one ending in 。) is the report's. The share label may stand on the
    // pager's line (分享到：　上一篇：无).
    {"web-related", ArtifactZone::trailer, ArtifactScope::rest_of_page,
     R"((?:(?:相关阅读|相关文章|相关新闻|相关稿件|相关链接|相关推荐|相关范文|推荐阅读|热点推荐|热门推荐|热门文章|热门范文|为你推荐|为您推荐|猜你喜欢)\s*+[:：]?+(?:(?<=[:：\s])[^。！？；]{1,80}+)?)|(?:(?:分享到|分享)\s*+[:：]?+\s*+)?+(?:(?:上一篇|下一篇)\s*+[:：].{0,80}))"},
    {"attachment-label", ArtifactZone::footer, ArtifactScope::whole_line,
     R"((?:相关附件|附件下载)\s*+[:：]?+\s*+(?:无|暂无)?+)"},
    // An attachment's link under the text, its file's name and nothing else (青石县2024年度…报告.pdf, 1.附表.xlsx,
    // a size after it): a report names its annexes without their files' extensions. Not an address (报告全文见
    // http://…/report.pdf): a path's slash is no file's name.
    {"attachment-file", ArtifactZone::footer, ArtifactScope::whole_line,
     R"((?:\d{1,2}+\s*+[.、．]\s*+)?+[^\s。，；！？/\\]{1,80}?\.(?:pdf|PDF|docx?+|DOCX?+|xlsx?+|XLSX?+|wps|WPS|ofd|OFD|zip|ZIP|rar|RAR))"
     R"((?:\s*+[（(]\s*+[\d.]++\s*+[KMG]?+B\s*+[）)])?+)"},
    {"page-number", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?:[—–\-－]{1,3}\s*+\d{1,4}\s*+[—–\-－]{1,3})|(?:第\s*+\d{1,4}\s*+页(?:\s*+[,，/]?\s*+共\s*+\d{1,4}\s*+页)?)|(?:共\s*+\d{1,4}\s*+页\s*+第\s*+\d{1,4}\s*+页))"},
    {"embedded-image", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?i)image\d++\.(?:wmf|emf|png|jpe?g|gif|bmp|tiff?))"},
    {"word-bookmark", ArtifactZone::anywhere, ArtifactScope::inline_token, R"(\[bookmark:\s*+[^\]]*+\])"},
};

// Keywords a line must hold for each rule above (same order) to have any chance to match: the filter tests
// them on the UTF-8 line before it runs the rule's expression, so most lines of a report never meet ICU.
// Groups are separated by spaces and all must be present; within a group, `|` separates alternatives of
// which one must be present; `\|` is a bar in a keyword. Every keyword is a literal the pattern cannot
// match without, in every case it matches (a case-insensitive pattern's letter is a group of both cases);
// "" means none (the pattern always runs). Keep the two tables in step: a keyword the pattern can do without would
// make the filter miss debris (tests/unit/artifact_filter_test.cpp checks the examples' removals).
inline constexpr const char* kArtifactRuleKeywords[] = {
    "年 月 日 星期|礼拜|周",  // web-clock
    "设为首页|加入收藏|收藏本站|无障碍|长者版|关怀版|适老化|老年模式|繁體|繁体|简体|English|网站地图|手机版|"
    "长者模式|蒙古文版|藏文版|维吾尔文版|朝鲜文版|彝文版|在线投稿|"
    "移动版|登录|注册|RSS|智能问答|返回首页|听全文|语音播报|IPv6",  // web-site-links
    "首页|主页|位置 :|：|>|＞|»|›|→",                               // web-breadcrumb
    "首页|主页",                                                    // web-menu
    "首页|主页|动态|新闻中心|服务|网上办事|互动|"
    "公众参与|数据开放|政府数据|专题专栏|走进",  // web-menu, a line each
    "专栏",                                      // web-column-name
    "欢迎 访问|光临|来到 网|平台",               // web-welcome
    "搜|检|请输入",                              // web-search-box
    "_|-|—|– 政府|网",                           // browser-page-title
    "://|/|Page",                                // browser-print-footer
    "网站|政府网|政务网",                        // web-site-name
    "新闻网|融媒",                               // web-news-site-name
    "日期|时间|来源|出处|稿源|信息提供|作者|编辑|发布机构|发文机关|发文单位|发布人|发布者|审核人|"
    "信息发布 :|：|｜|丨",                       // web-publication-info
    "发布",                                      // web-publication-date
    ":|： 年|-",                                 // wechat-dateline
    "名|索|文|发|制|内|主|公|有|体|组|服 :|：",  // web-info-block
    "文件编号|组配分类|主题分类|发布机构|成文日期|索引号|"
    "有效性|发文字号|公开方式|信息来源 :|：",  // web-info-fields
    "信 类 :|：",                              // web-info-class-row
    "索引号|发布机构|公开类别|主题分类|公开方式|公开形式|公开时限|发布时间|发布日期|成文日期|公开日期|"
    "生成日期|发文机关|发文字号|制发机构|责任部门|有效性 \\||｜",  // web-metadata-table
    // A line of the record table opens with one of its labels: these are their rarest words (关 键 词 and 文 号 may
    // be spaced out), so that a report's line with 关 or 文 in it does not run the pattern.
    "索|信息分类|发布机构|发布日期|成文日期|生成日期|信息来源|键|主题分类|服务对象分类|体裁分类|生命周期分类|组配分类|"
    "号|信息格式|内容概述|公开方式|公开范围|公开时限|有效性|时效性|发文机关|发文日期",      // web-info-table-row
    "名|标题",                                                                              // web-info-name-label
    "[|【|［ ]|】|］ 索引号|文号|发布|成文|发文|公开|生成日期|主题|有效性|名称|标题|来源",  // web-bracketed-info
    "[|【|［ ]|】|］ 制发机构|发文机构",         // web-bracketed-info (制发机构, 发文机构)
    "[|【|［ ]|】|］ \\||｜",                    // web-bracketed-info (a record's rows with bars)
    "-|分 来源|作者|编辑|发布机构|发布人 :|：",  // web-dated-info
    // A stamped date holds a slash, a time's colon after its dashes, or a zero after 年 or 月 (padded): a report's line
    // with a dash runs neither.
    "/|:|年0|月0 政府|办公室|办事处|公开办|局|委员会|中心|网站",        // web-organ-date
    "/|:",                                                              // web-bare-date
    ":",                                                                // browser-print-clock
    ":",                                                                // browser-print-clock (anywhere)
    "/|-",                                                              // web-index-number
    "访问|浏览|阅读|下载|点击|您是第|已影响|人气",                      // web-counter
    "字体|字号|文字|A+|A＋|视力保护色 小|[|【|A-|A－|:|：|视力保护色",  // web-font-size
    "大 中 小",                                                         // web-font-size (the buttons alone)
    "打印|关闭|返回|收藏|分享|保存本页|纠错|找错|下载|导出|复制",       // web-page-controls
    "分享",                                                             // web-share
    "更多|MORE|More|more",                                              // web-more-link
    "微信号|功能介绍|预览时标签不可点",                                 // wechat-profile
    "蓝字|二维码|在看|阅读原文|查看原文|关注该公众号|滑动看下一个",     // wechat-prompts
    "分享|收藏|在看|赞|转发|留言|喜欢",                                 // wechat-actions
    "扫一扫|扫码|扫描二维码|手机",                                      // web-phone-prompt
    "上一页|下一页|尾页|末页",                                          // web-pager
    "来源|编辑|责编|审核|审校|校对|初审|复审|终审|一审|二审|三审|排版|美编|供稿|撰稿|摄影|监制|统筹 :|：|｜",  // web-credits
    "】|]|］",                              // web-credits (a bracket alone)
    "记者|通讯员",                          // news-credits
    "小编|本站|网友|大家|您|你|欢迎|参考",  // content-farm-note
    "www.",                                 // content-farm-watermark
    "www.|文档之家|文库|资料库",            // doc-site-watermark
    "文库|范文网|文档网|资料网|范文大全",   // doc-site-masthead
    "TAG|Tag|tag|标签",                     // web-tags
    "ICP备|ICP证|公网安备|网安备|网站标识码|网站识别码|主办|承办|版权所有|Copyright|©|技术支持|维护单位|"
    "联系电话|联系我们|建议使用|分辨率|浏览器",  // web-footer
    "相关阅读|相关文章|相关新闻|相关稿件|相关链接|相关推荐|相关范文|推荐阅读|热点推荐|热门推荐|热门文章|热门范文|"
    "为你推荐|为您推荐|猜你喜欢|上一篇|下一篇",                               // web-related
    "相关附件|附件下载",                                                      // attachment-label
    ".pdf|.PDF|.doc|.DOC|.xls|.XLS|.wps|.WPS|.ofd|.OFD|.zip|.ZIP|.rar|.RAR",  // attachment-file
    "—|–|-|－|页",                                                            // page-number
    "i|I m|M a|A g|G e|E .",                                                  // embedded-image
    "[bookmark:",                                                             // word-bookmark
};
static_assert(std::size(kArtifactRuleKeywords) == std::size(kArtifactRules), "one keyword entry per rule");

#undef DOCPIPE_WEB_SEPARATORS
#undef DOCPIPE_STAMPED_DATE
#undef DOCPIPE_ORGANS_DATE
#undef DOCPIPE_XXGK_VALUES
#undef DOCPIPE_XXGK_LABELS

// A date as a page states it: 2025-04-10, 2025年4月10日, or in Chinese numerals as signatures write it
// (二〇二五年四月十日, 二〇二五年四月十号).
#define DOCPIPE_WEB_DATE                                           \
  R"(\d{4}\s*+[-/.年]\s*+\d{1,2}\s*+[-/.月]\s*+\d{1,2}\s*+日?)" \
  "|"                                                              \
  R"([〇○零一二三四五六七八九]{4}\s*+年\s*+[元一二三四五六七八九十]{1,3}\s*+月\s*+[一二三四五六七八九十]{1,3}\s*+[日号])"

// Read facts out of removed header lines (all three search, not match, the line). 发布于 labels a publication
// too, in brackets (（发布于：2023-12-08 18:00）), and 发布 alone in a text copy (发布：2024-03-15).
// A WeChat dateline (2022-04-20 18:30 发表于安澜, 2024年04月15日 09:12) states it with no label; a date and time
// after another label's colon (发文日期: 2025年02月27日 16:40) is that label's. Not the date a document was
// written or issued (成文日期, 发文日期, 印发日期), generated or last updated (生成日期, 更新时间). A removed line that
// is only a date in dashes or slashes (a text copy's value under its label), or the publishing organ and such a date
// or a padded one (平川县司法局  2025/3/26, 某某县人民政府 2025年02月08日), states it too.
inline constexpr const char* kPublishedPattern =
    R"((?:(?:发布时间|发布日期|发布于|发表于|发布|(?<!成文|发文|印发|生成|更新|修改|归档)日期|(?<!更新|修改|归档)时间)\s*+[\]】］]?\s*+[:：|｜]?\s*+[|｜]?\s*+|(?<![:：|｜]|[:：|｜]\s|[:：|｜]\s\s)(?=\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*+\d{1,2}(?:[:：]\d{2}|时\d{1,2}分)))"
    R"(|^(?:[^\s。，；：:、（）()\d]{2,30}?(?:人民政府|政府|办公室|办事处|公开办|司法局|局|委员会|中心|网站)\s++)?+)"
    R"((?=(?:\d{4}[/\-]\d{1,2}[/\-]\d{1,2}(?:\s++\d{1,2}:\d{2}(?::\d{2})?+)?+|)" DOCPIPE_PADDED_DATE
    R"()$))()" DOCPIPE_WEB_DATE R"())";
// The date a page says the document was issued (发文日期, 印发日期), and the date it was last updated (更新时间):
// the publication date, in that order, when it gives no other (an old portal's only stamp is often 更新时间).
inline constexpr const char* kIssuedPattern =
    R"((?:发文日期|印发日期)\s*+[\]】］]?\s*+[:：|｜]?\s*+[|｜]?\s*+()" DOCPIPE_WEB_DATE R"())";
inline constexpr const char* kUpdatedPattern =
    R"((?:更新时间|更新日期|修改时间)\s*+[\]】］]?\s*+[:：|｜]?\s*+[|｜]?\s*+()" DOCPIPE_WEB_DATE R"())";
// A source ends where the next field's label begins when the page glued them (来源：河口镇人民政府浏览次数：1234).
inline constexpr const char* kSourcePattern =
    R"((?:来源|信息来源|文章来源|文章出处|稿源|信息提供)\s*+(?:[:：丨]|[\]】］])\s*+((?:(?!浏览|点击|阅读|访问|发布|发文|作者|编辑|字号|时间|日期)[^\s|｜:：\[【［])++)(?!\s*+[:：]))";
// A record table's row pasted with its cells a space apart (索 引 号 1153…/2025-00012 主题分类 司法, 发文字号 制发机构
// 青石县司法局) sets its values after a space only: the publisher's then when an organ's name follows (an empty
// value would have the next label read as it), or a place's and the department's after another space (发布机构 青石县
// 司法局: the place is the value, the filter joins the department to it), the index number's when a number in its form
// does.
inline constexpr const char* kPublisherPattern =
    R"((?:发布机构|发文机关|发文单位|发文机构|制发机构)\s*+)"
    R"((?:[|｜]|[:：]|[\]】］]|(?<=\s)(?=[^\s|｜:：\[【［\d]{1,30}?(?:人民政府|政府|办公室|办事处|公开办|司法局|局|委员会|中心)(?:\s|$)))"
    R"(|(?<=\s)(?=[^\s|｜:：\[【［\d]{1,12}?(?:省|市|县|区|旗|州|盟|镇|乡|街道)\s++[^\s|｜:：\[【［\d]{1,20}?(?:人民政府|政府|办公室|办事处|司法局|局|委员会|中心)(?:\s|$))))"
    R"(\s*+[|｜]?\s*+([^\s|｜:：\[【［]++))";
inline constexpr const char* kIndexNumberPattern =
    R"(索\s?引\s?号\s*+(?:[:：|｜]|[\]】］]\s*+[|｜]?|(?<=\s)(?=[0-9A-Za-z]{4,20}+[/\-]\d))\s*+([0-9A-Za-z/\-_.]++))";

#undef DOCPIPE_WEB_DATE
#undef DOCPIPE_PADDED_DATE

}  // namespace docpipe
