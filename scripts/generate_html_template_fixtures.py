#!/usr/bin/env python3
"""Writes tests/data/html-templates/: one report in the page templates of many portal systems.

(Beside tests/data/html/, not in it: the golden outputs are made from that directory, read recursively.)

Each page wraps one of four short reports written for these fixtures (a county bureau, a sub-district office, a
township, a city bureau) in the chrome and markup habits of a government portal's content system, as they vary
from one system and one editor to the next: TRS WCM's TRS_Editor with Word's MsoNormal paragraphs, 大汉's
#zoom inside a table layout, 开普云's and 拓尔思's newer article boxes, Hanweb's info list, 云门户's pages, old
table layouts with the report in one cell, news-style articles, mobile pages of <section>s; paragraphs as <p>
with inline styles, &nbsp; or full-width space indents, <font> tags, a <div> per paragraph, a <span> per
character; headings as <strong>, as bold <p> or as <h4>; tables of figures pasted from Word; information-disclosure
tables (索引号/发布机构/生成日期), breadcrumbs, 字号：大 中 小, 打印本页/关闭窗口, share bars, QR codes, related
articles, attachment links, footers with 网站标识码/ICP备/公网安备. The text and the chrome are written for these
fixtures, modelled on the genre; no real page is copied.

Beside each page, NN-name.txt is its truth: the report's text as its writer would save it (title, paragraphs,
tables with tab-separated cells, signature and date). expected.tsv lists page, truth, title and publication date
(empty where the page states none that input.html reads as one).

Run from the repository root: python3 scripts/generate_html_template_fixtures.py
"""
import html
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "html-templates"

# A report: its title, then (kind, text) items: h1 (一、), h2 (（一）), p, table (rows of cells), sign, date.
BUREAU = ("青溪县司法局2024年度法治政府建设工作报告", [
    ("p", "2024年，青溪县司法局在县委、县政府的领导下，围绕全县中心工作，统筹推进法治政府建设各项任务，现将有关情况报告如下："),
    ("h1", "一、主要举措和成效"),
    ("h2", "（一）加强规范性文件审查"),
    ("p", "全年审查县政府及部门规范性文件23件，提出修改意见57条，备案审查率达到100%。对县政府签订的合同开展合法性审查，审查合同146份，为政府挽回潜在损失约380万元。"),
    ("h2", "（二）推进行政复议体制改革"),
    ("p", "全年收到行政复议申请41件，受理38件，审结35件，其中维持24件、撤销3件、确认违法2件、调解和解6件，直接纠错率为14.3%。"),
    ("h2", "（三）深化普法宣传"),
    ("p", "组织“宪法宣传周”等集中宣传活动32场次，发放宣传资料1.2万份，培育农村“法律明白人”612名。"),
    ("h1", "二、存在的不足"),
    ("p", "一是部分执法人员的法律素养有待提升；二是基层法治宣传的形式还比较单一。"),
    ("h1", "三、2025年工作打算"),
    ("p", "一是持续开展行政执法人员专题培训，全年培训不少于4期；二是推动公共法律服务向村（社区）延伸。"),
    ("sign", "青溪县司法局"),
    ("date", "2025年1月16日"),
])

STREET = ("枫林街道办事处2024年法治政府建设情况报告", [
    ("p", "今年以来，枫林街道坚持以法治思维推动基层治理，依法行政水平持续提升。现将有关情况报告如下："),
    ("h1", "一、履职情况"),
    ("p", "街道党工委全年召开法治专题会议6次，主要负责人讲法治课2次，组织干部学法考试2场，参考率100%。"),
    ("p", "全年行政执法情况见下表："),
    ("table", [["执法类别", "立案数（件）", "结案数（件）"],
               ["城市管理", "118", "112"],
               ["安全生产", "45", "45"],
               ["合计", "163", "157"]]),
    ("h1", "二、矛盾纠纷化解"),
    ("p", "街道、社区两级调解组织共受理矛盾纠纷287件，调解成功279件，调解成功率97.2%。"),
    ("h1", "三、下一步工作"),
    ("p", "街道将继续推进综合行政执法改革，加强执法人员培训，提升基层治理法治化水平。"),
    ("sign", "枫林街道办事处"),
    ("date", "2025年2月10日"),
])

TOWNSHIP = ("石湾乡人民政府关于2023年度法治政府建设工作的报告", [
    ("p", "2023年，石湾乡认真贯彻落实上级关于法治政府建设的部署要求，着力推进依法行政，现将工作情况报告如下。"),
    ("h1", "一、强化组织保障"),
    ("p", "乡党委、乡政府主要负责人切实履行推进法治建设第一责任人职责，全年研究法治工作议题5次，印发年度法治工作要点1份。"),
    ("h1", "二、规范行政决策"),
    ("p", "严格落实重大行政决策程序，聘请法律顾问1名，全年审查乡政府文件及合同39份，提出法律意见64条。"),
    ("h1", "三、加强基层法治宣传"),
    ("p", "依托乡村大喇叭和赶集日开展法治宣传21次，受教育群众4300余人次，创建县级民主法治示范村2个。"),
    ("h1", "四、存在问题和下一步打算"),
    ("p", "我乡法治工作力量仍较薄弱，下一步将充实司法所人员，完善村级法律顾问制度，推动法治建设再上新台阶。"),
    ("sign", "石湾乡人民政府"),
    ("date", "2024年1月26日"),
])

MARKET = ("江口市市场监督管理局2024年法治政府建设年度报告", [
    ("p", "2024年，市市场监管局深入学习贯彻习近平法治思想，严格规范公正文明执法，现将本年度法治政府建设情况报告如下："),
    ("h1", "一、推进依法行政的主要举措"),
    ("h2", "（一）严格落实行政执法“三项制度”"),
    ("p", "全年公示行政处罚决定书412份，对89件重大执法决定开展法制审核，执法全过程记录率100%。"),
    ("h2", "（二）推行包容审慎监管"),
    ("p", "对首次轻微违法行为依法不予行政处罚73件，减轻处罚28件，涉及金额96.5万元。"),
    ("table", [["项目", "2023年", "2024年"],
               ["行政处罚案件（件）", "376", "412"],
               ["罚没款（万元）", "1,280.6", "1,105.3"]]),
    ("h1", "二、存在的问题"),
    ("p", "执法队伍专业结构不够合理，网络交易等新领域的监管能力还需提高。"),
    ("h1", "三、下一步工作计划"),
    ("p", "2025年，我局将加强执法人员资格管理，全年组织执法培训不少于6次，持续提升监管执法效能。"),
    ("sign", "江口市市场监督管理局"),
    ("date", "2025年3月5日"),
])


def esc(text):
    return html.escape(text, quote=False)


def truth(report):
    title, items = report
    lines = [title]
    for kind, value in items:
        if kind == "table":
            lines.extend("\t".join(row) for row in value)
        else:
            lines.append(value)
    return "\n".join(lines) + "\n"


def word_table(rows):
    """A table pasted from Word: MsoNormalTable, a <p class=MsoNormal> and spans in each cell."""
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for row in rows:
        out.append("<tr>" + "".join(
            f'<td width="180" valign="top" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center" '
            f'style="text-align:center"><span style="font-family:仿宋_GB2312">{esc(cell)}</span><span lang="EN-US">'
            f'<o:p></o:p></span></p></td>' for cell in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def plain_table(rows, head=True):
    out = ['<table border="1" width="100%" class="tb">']
    for i, row in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(cell)}</{tag}>" for cell in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def render(items, para, heading=None, table=word_table, sign=None):
    """The report's body: para(text) for a paragraph, heading(text, level) for h1/h2, sign(text) right-aligned."""
    heading = heading or (lambda text, level: para(text))
    sign = sign or (lambda text: f'<p style="text-align:right">{esc(text)}</p>')
    out = []
    for kind, value in items:
        if kind == "table":
            out.append(table(value))
        elif kind in ("h1", "h2"):
            out.append(heading(value, 1 if kind == "h1" else 2))
        elif kind in ("sign", "date"):
            out.append(sign(value))
        else:
            out.append(para(value))
    return "\n".join(out)


def page(head_extra, title, body, charset="utf-8", declared='<meta charset="utf-8">', site="青溪县人民政府"):
    return (f"""<!DOCTYPE html>
<html>
<head>
{declared}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}_{esc(site)}</title>
{head_extra}
<link rel="stylesheet" href="/css/main.css">
<style>.nav li{{float:left}} .footer p{{text-align:center}}</style>
<script src="/js/jquery.min.js"></script>
</head>
<body>
{body}
</body>
</html>
""").encode(charset)


def nav(site):
    return f"""<div class="topbar"><span>欢迎访问{esc(site)}门户网站</span><a href="/jgb/">简体</a>|<a href="/fanti/">繁體</a>|<a href="/wza/">无障碍浏览</a></div>
<div class="header"><img src="/images/logo.png" alt="{esc(site)}"><form action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/gzcy/">公众参与</a></li><li><a href="/zjqx/">走进青溪</a></li></ul>"""


def footer(site, code="3311250001"):
    return f"""<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sm/">使用帮助</a></p>
<p>主办：{esc(site)}办公室　承办：青溪县大数据发展中心　联系电话：0578-6012345</p>
<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn">浙ICP备12034567号-1</a>　<img src="/images/ga.png">浙公网安备 33112502000145号</p>
<p><script>document.write('<span id="_ideConac"></span>');</script><img src="/images/jiucuo.png" alt="政府网站找错"></p>
</div>"""


def xxgk_table(title, published, publisher, index):
    return f"""<table class="xxgk-info" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>{index}</td><th>主题分类：</th><td>综合政务/其他</td></tr>
<tr><th>发布机构：</th><td>{esc(publisher)}</td><th>生成日期：</th><td>{published}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{esc(title)}</td></tr>
<tr><th>文　　号：</th><td></td><th>有 效 性：</th><td>有效</td></tr>
</table>"""


TOOLS = """<div class="tools"><span>【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>"""

SHARE = """<div class="share"><span>分享到：</span><a class="wx" href="#">微信</a><a class="wb" href="#">微博</a><a class="qq" href="#">QQ空间</a></div>"""

QR = """<div class="ewm"><img src="/images/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>"""

RELATED = """<div class="xgwz"><h3>相关文章</h3><ul>
<li><a href="/art/2024/3/12/art_1.html">青溪县召开2024年度依法行政工作推进会</a><span>2024-03-12</span></li>
<li><a href="/art/2024/6/5/art_2.html">县司法局开展“八五”普法中期评估</a><span>2024-06-05</span></li>
<li><a href="/art/2024/12/4/art_3.html">青溪县举行第11个国家宪法日宣传活动</a><span>2024-12-04</span></li>
</ul></div>"""

PREV_NEXT = """<div class="prevnext"><p>上一篇：<a href="/art/p.html">关于2024年度政府信息公开工作年度报告</a></p><p>下一篇：<a href="/art/n.html">青溪县行政执法公示平台使用说明</a></p></div>"""


def crumb(column="法治政府建设"):
    return f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/fzzf/">{column}</a></div>"""


def p_indent(text):
    return f'<p style="text-indent:2em;line-height:2;font-family:仿宋_GB2312;font-size:16pt">{esc(text)}</p>'


def msonormal(text):
    return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">'
            f'<span style="font-size:16.0pt;font-family:仿宋_GB2312">{esc(text)}</span><span lang="EN-US" '
            f'style="font-size:16.0pt"><o:p></o:p></span></p>')


def strong_heading(text, level):
    face = "黑体" if level == 1 else "楷体_GB2312"
    return f'<p style="text-indent:2em"><strong><span style="font-family:{face}">{esc(text)}</span></strong></p>'


def templates():
    site = "青溪县人民政府"
    pages = []

    # 01 TRS WCM: GBK declared in <meta> only, info table, TRS_Editor > Custom_UnionStyle, Word's MsoNormal paragraphs.
    title, items = BUREAU
    body = f"""{nav(site)}{crumb()}
<div class="content-box">{xxgk_table(title, "2025-01-20", "青溪县司法局", "002603412/2025-00017")}
<div class="title"><h1>{esc(title)}</h1></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{render(items, msonormal, lambda t, l: msonormal(t), word_table)}
</div></div>{TOOLS}</div>{footer(site)}"""
    # Its only date is 生成日期, which input.html reads as no publication date (docs/input-formats.md): none.
    pages.append(("01-trs-wcm-gbk", BUREAU, "",
                  page('<meta name="ArticleTitle" content="' + esc(title) + '">', title, body, "gbk",
                       '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')))

    # 02 大汉: a table layout, the article in td#zoom, <font> tags, headings in <strong>, RSS markers.
    title, items = TOWNSHIP
    para = lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<font face="仿宋_GB2312" size="4">{esc(t)}</font></p>'
    body = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>{nav(site)}</td></tr>
<tr><td class="bt_link">您现在的位置：<a href="/">首页</a>&gt;&gt;<a href="/col/col123/">政府信息公开</a>&gt;&gt;<a href="/col/col456/">法治政府建设</a></td></tr>
<tr><td><table width="100%"><tr><td class="title" align="center"><font style="font-size:22px"><b>{esc(title)}</b></font></td></tr>
<tr><td align="center" class="bt_time">发布日期：2024-02-02&nbsp;&nbsp;信息来源：石湾乡人民政府&nbsp;&nbsp;浏览次数：<span id="hits">356</span>&nbsp;&nbsp;字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</td></tr>
<tr><td class="bt_content" id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{render(items, para, lambda t, l: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong><font face="黑体" size="4">{esc(t)}</font></strong></p>', sign=lambda t: f'<p align="right"><font face="仿宋_GB2312" size="4">{esc(t)}</font></p>')}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></td></tr>
<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></td></tr></table></td></tr>
<tr><td>{footer(site)}</td></tr></table>"""
    pages.append(("02-dahan-table-zoom", TOWNSHIP, "2024-02-02", page("", title, body)))

    # 03 开普云: div.article-content, headings as bold <p>, the info line as spans, a QR code and share bar.
    title, items = MARKET
    body = f"""{nav("江口市人民政府")}{crumb()}
<div class="article"><h1 class="article-title">{esc(title)}</h1>
<div class="article-info"><span>发布时间：2025-03-11 16:20</span><span>来源：江口市市场监督管理局</span><span>浏览量：<em>1027</em></span>{SHARE}</div>
<div class="article-content">
{render(items, p_indent, lambda t, l: f'<p style="text-indent:2em;font-weight:bold">{esc(t)}</p>', plain_table)}
</div>{QR}{PREV_NEXT}</div>{footer("江口市人民政府")}"""
    pages.append(("03-kaipuyun-bold-p", MARKET, "2025-03-11", page("", title, body, site="江口市人民政府")))

    # 04 拓尔思 newer: TRS_UEDITOR box whose first paragraph is the centred bold title, a <div> per paragraph.
    title, items = STREET
    para = lambda t: f'<div style="text-indent:2em;line-height:1.8"><span style="font-size:16px">{esc(t)}</span></div>'
    body = f"""{nav(site)}{crumb("法治政府")}
<div class="detail"><div class="detail-tit">{esc(title)}</div>
<div class="detail-info">发布日期：2025-02-14　　来源：枫林街道　　<a href="javascript:window.print()">打印</a></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
<p style="text-align:center"><strong><span style="font-size:22px">{esc(title)}</span></strong></p>
{render(items, para, table=plain_table, sign=lambda t: f'<div style="text-align:right">{esc(t)}</div>')}
</div>{RELATED}</div>{footer(site)}"""
    pages.append(("04-trs-ueditor-div-per-paragraph", STREET, "2025-02-14", page("", title, body)))

    # 05 Hanweb: an info list (<ul><li><label>), #zoom with Hanweb's content markers, <h4> headings.
    title, items = BUREAU
    body = f"""{nav(site)}{crumb()}
<div class="xxgk-detail"><ul class="xxgk-info">
<li><label>索引号：</label><span>002603412/2025-00017</span></li><li><label>发布机构：</label><span>青溪县司法局</span></li>
<li><label>生成日期：</label><span>2025-01-18</span></li><li><label>发布日期：</label><span>2025-01-21</span></li>
<li><label>公开方式：</label><span>主动公开</span></li></ul>
<div class="zw-title">{esc(title)}</div>
<div id="zoom"><!--<$[信息内容]>begin-->
{render(items, lambda t: f'<p>　　{esc(t)}</p>', lambda t, l: f'<h4>{esc(t)}</h4>')}
<!--<$[信息内容]>end--></div>{TOOLS}{QR}</div>{footer(site)}"""
    pages.append(("05-hanweb-info-list-h4", BUREAU, "2025-01-21", page("", title, body)))

    # 06 a <span> per character, as some editors save styled text.
    title, items = TOWNSHIP
    spans = lambda t: "".join(f'<span style="font-family:仿宋;font-size:21px">{esc(c)}</span>' for c in t)
    body = f"""{nav(site)}{crumb()}
<div class="main"><h2 class="tit">{esc(title)}</h2><div class="info">发布时间：2024-02-05　来源：石湾乡</div>
<div class="con">
{render(items, lambda t: f'<p style="text-indent:2em">{spans(t)}</p>', sign=lambda t: f'<p style="text-align:right">{spans(t)}</p>')}
</div>{SHARE}</div>{footer(site)}"""
    pages.append(("06-span-per-character", TOWNSHIP, "2024-02-05", page("", title, body)))

    # 07 an old layout: the whole report in one cell as <br> lines with full-width space indents, GB2312.
    title, items = BUREAU
    lines = "<br>\n".join("　　" + esc(v) if k != "sign" and k != "date" else esc(v) for k, v in items)
    body = f"""<table width="960" border="0" align="center"><tr><td colspan="2">{nav(site)}</td></tr>
<tr><td width="220" valign="top">{RELATED}</td><td valign="top">
<table width="100%"><tr><td align="center" height="50"><b><font size="5" color="#c00000">{esc(title)}</font></b></td></tr>
<tr><td align="center"><font color="#666666">时间：2025-01-22　作者：县司法局　点击：<script>document.write(412)</script></font></td></tr>
<tr><td style="font-size:16px;line-height:30px">{lines}</td></tr></table></td></tr></table>{footer(site)}"""
    pages.append(("07-old-table-one-cell-br", BUREAU, "2025-01-22",
                  page("", title, body, "gbk", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')))

    # 08 a news-style article: source and time line, prev/next links, a related list, an attachment under the text.
    title, items = MARKET
    body = f"""{nav("江口市人民政府")}<div class="bread">首页 &gt; 新闻中心 &gt; 部门动态</div>
<div class="news-detail"><h1>{esc(title)}</h1>
<div class="news-source">来源：江口市市场监督管理局　　发布时间：2025-03-12 09:15　　阅读次数：<span id="views">2316</span></div>
<div class="news-body">
{render(items, p_indent, table=plain_table)}
</div><div class="fujian">附件：<a href="/u/2025/03/12/jk-scjg-fzzf.docx">江口市市场监督管理局2024年法治政府建设年度报告.docx</a></div>
{PREV_NEXT}{RELATED}</div>{footer("江口市人民政府")}"""
    pages.append(("08-news-article-attachment", MARKET, "2025-03-12", page("", title, body, site="江口市人民政府")))

    # 09 Word pasted into the content box: WordSection1, MsoNormal paragraphs, a Word table.
    title, items = STREET
    body = f"""{nav(site)}{crumb()}
<div class="xl-main"><div class="xl-title">{esc(title)}</div>
<div class="xl-info">【发布日期：2025-02-12】【来源：枫林街道办事处】【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="xl-content"><div class="WordSection1" style="layout-grid:15.6pt">
{render(items, msonormal, table=word_table, sign=lambda t: f'<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{esc(t)}</span></p>')}
</div></div>{TOOLS}</div>{footer(site)}"""
    pages.append(("09-word-section-mso", STREET, "2025-02-12", page("", title, body)))

    # 10 a mobile page: a <section> per paragraph, the date under the title, a share bar.
    title, items = TOWNSHIP
    body = f"""<header class="m-head"><a href="/m/">返回</a><span>青溪发布</span></header>
<div class="m-article"><h1 class="m-title">{esc(title)}</h1><div class="m-meta"><span>2024-02-06</span><span>石湾乡</span></div>
<div class="m-content">
{render(items, lambda t: f'<section style="margin:0 8px"><p style="text-indent:2em">{esc(t)}</p></section>', lambda t, l: f'<section><p><strong>{esc(t)}</strong></p></section>', sign=lambda t: f'<section style="text-align:right"><p>{esc(t)}</p></section>')}
</div><div class="m-share">分享到：<a href="#">朋友圈</a><a href="#">微博</a></div></div>
<footer class="m-foot">青溪县人民政府办公室主办</footer>"""
    pages.append(("10-mobile-sections", TOWNSHIP, "2024-02-06",
                  page('<meta name="viewport" content="width=device-width,initial-scale=1">', title, body)))

    # 11 云门户: breadcrumb spans, info table inside the content box, headings as <b>, attachments and QR.
    title, items = BUREAU
    body = f"""{nav(site)}<div class="crumbs"><span>当前位置：</span><a href="/">首页</a><span>&gt;</span><a href="/xxgk/">信息公开</a><span>&gt;</span><span>法治政府建设年度报告</span></div>
<div class="detail-main"><div class="detail-content">{xxgk_table(title, "2025-01-19", "青溪县司法局", "002603412/2025-00017")}
<h2 class="detail-title">{esc(title)}</h2>
{render(items, lambda t: f'<p style="text-indent:2em">{esc(t)}</p>', lambda t, l: f'<p style="text-indent:2em"><b>{esc(t)}</b></p>')}
<div class="attach"><p>附件下载：</p><p><a href="/files/2025/sfj-fzzf.pdf">青溪县司法局2024年度法治政府建设工作报告.pdf</a></p></div>
</div>{QR}{SHARE}</div>{footer(site)}"""
    pages.append(("11-yunmenhu-info-in-box", BUREAU, "", page("", title, body)))  # 生成日期 only, as page 01

    # 12 nested <div>s per paragraph with empty <div><br></div> spacers, a <th> header table.
    title, items = MARKET
    body = f"""{nav("江口市人民政府")}{crumb()}
<div class="pages-box"><div class="pages-title">{esc(title)}</div>
<div class="pages-date">2025-03-13<span class="font">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{render(items, lambda t: f'<div><div style="text-indent:2em"><span>{esc(t)}</span></div></div><div><br></div>', table=plain_table, sign=lambda t: f'<div style="text-align:right"><div>{esc(t)}</div></div>')}
</div>{TOOLS}</div>{footer("江口市人民政府")}"""
    pages.append(("12-nested-divs", MARKET, "2025-03-13", page("", title, body, site="江口市人民政府")))

    # 13 a page whose <p>s carry &nbsp; indents and full-width spaces inside <font>, headings as <strong> only.
    title, items = STREET
    body = f"""{nav(site)}{crumb()}
<div class="wz"><div class="wz-bt">{esc(title)}</div><div class="wz-xx">发布时间：2025-02-15 10:30:00　发布机构：枫林街道办事处</div>
<div class="wz-nr">
{render(items, lambda t: f'<p><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}</font></p>', lambda t, l: f'<p><strong>　　{esc(t)}</strong></p>', plain_table, lambda t: f'<p align="right"><font size="3">{esc(t)}</font></p>')}
</div></div>{RELATED}{footer(site)}"""
    pages.append(("13-font-nbsp-strong", STREET, "2025-02-15", page("", title, body)))

    # 14 an HTML5 template: <article> with its <header>, the <time>, a <footer> with share and print.
    title, items = TOWNSHIP
    body = f"""<header class="site">{nav(site)}</header><nav class="crumb">首页 / 政务公开 / 法治政府建设</nav>
<main><article><header><h1>{esc(title)}</h1><p class="meta"><time datetime="2024-02-07">2024-02-07</time> 来源：石湾乡人民政府 浏览：<span>88</span></p></header>
{render(items, lambda t: f'<p>{esc(t)}</p>', lambda t, l: f'<h3>{esc(t)}</h3>')}
<footer>{SHARE}<a href="javascript:window.print()">打印本页</a></footer></article>
<aside>{RELATED}</aside></main><footer class="site">{footer(site)}</footer>"""
    pages.append(("14-html5-article", TOWNSHIP, "2024-02-07", page("", title, body)))

    # 15 信息公开 with a <dl> info block and the report in a content box with a vague class name.
    title, items = MARKET
    body = f"""{nav("江口市人民政府")}{crumb("法治政府建设年度报告")}
<div class="zfxxgk_zw"><dl class="zfxxgk_info"><dt>索引号：</dt><dd>11330781MB1234567X/2025-00031</dd>
<dt>发布机构：</dt><dd>江口市市场监督管理局</dd><dt>成文日期：</dt><dd>2025-03-05</dd><dt>发布日期：</dt><dd>2025-03-14</dd></dl>
<div class="zfxxgk_title">{esc(title)}</div>
<div class="zfxxgk_zwnr">
{render(items, lambda t: f'<p style="text-indent:2em;">{esc(t)}</p>', lambda t, l: f'<p style="text-indent:2em;"><strong>{esc(t)}</strong></p>', word_table)}
</div></div>{TOOLS}{footer("江口市人民政府")}"""
    pages.append(("15-zfxxgk-dl-info", MARKET, "2025-03-14", page("", title, body, site="江口市人民政府")))

    # 16 a GBK page with no charset declared at all, <br> paragraphs inside one <p>, headings in <b>.
    title, items = STREET
    lines = []
    for kind, value in items:
        if kind == "table":
            lines.append("</p>" + plain_table(value) + "<p>")
        elif kind in ("h1", "h2"):
            lines.append(f"<b>{esc(value)}</b><br>")
        else:
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(value)}<br>")
    body = f"""{nav(site)}{crumb()}
<div class="cont"><div class="cont-tit"><h2>{esc(title)}</h2></div><div class="cont-date">日期：2025-02-16　来源：枫林街道</div>
<div class="cont-txt"><p>{"".join(lines)}</p></div></div>{footer(site)}"""
    pages.append(("16-gbk-undeclared-br-in-p", STREET, "2025-02-16",
                  page("", title, body, "gbk", "")))

    # 17 a report whose page repeats the title and the date inside the box, with a 附件 line and a source credit.
    title, items = BUREAU
    body = f"""{nav(site)}{crumb()}
<div class="articleBox"><div class="articleTitle">{esc(title)}</div>
<div class="articleCon">
<p style="text-align:center;font-weight:bold;font-size:20px">{esc(title)}</p>
<p style="text-align:center">（2025年1月16日）</p>
{render(items, lambda t: f'<p style="text-indent:2em">{esc(t)}</p>')}
</div><div class="articleFoot"><span>发布日期：2025-01-23</span><span>信息来源：青溪县司法局</span><span>责任编辑：王晓</span></div>
{PREV_NEXT}</div>{footer(site)}"""
    # The date line under the title is the report's own: it stays (the truth keeps it).
    with_date = (title, [("p", "（2025年1月16日）")] + items)
    pages.append(("17-title-repeated-date-below", with_date, "2025-01-23", page("", title, body)))

    # 18 an old portal setting each paragraph in a row of its own layout table (<tr><td>), uppercase tags.
    title, items = TOWNSHIP
    rows = []
    for kind, value in items:
        align = ' ALIGN="right"' if kind in ("sign", "date") else ""
        text = esc(value) if kind in ("sign", "date") else "&nbsp;&nbsp;&nbsp;&nbsp;" + esc(value)
        rows.append(f'<TR><TD class="zw"{align}><FONT size="3">{text}</FONT></TD></TR>')
    body = f"""{nav(site)}{crumb()}
<TABLE width="100%" border="0" cellPadding="0" cellSpacing="0"><TR><TD align="center" class="bt"><B>{esc(title)}</B></TD></TR>
<TR><TD align="center">发布日期：2024-02-08&nbsp;&nbsp;&nbsp;来源：石湾乡</TD></TR>
{"".join(rows)}
</TABLE>{footer(site)}"""
    pages.append(("18-paragraph-per-row", TOWNSHIP, "2024-02-08", page("", title, body)))

    # 19 headings as centred bold paragraphs, Word's spacerun spans and &#12288; indents.
    title, items = BUREAU
    body = f"""{nav(site)}{crumb()}
<div class="article-box"><h3 class="a-title">{esc(title)}</h3><p class="a-meta">发布时间：2025年01月24日　来源：青溪县司法局</p>
<div class="a-con">
{render(items, lambda t: f'<p>&#12288;&#12288;<span style="mso-spacerun:yes">&nbsp;</span>{esc(t)}</p>', lambda t, l: f'<p align="center"><b>{esc(t)}</b></p>')}
</div></div>{footer(site)}"""
    pages.append(("19-centred-bold-headings-spacerun", BUREAU, "2025-01-24", page("", title, body)))

    # 20 the organ and the date in one right-aligned <p>, a <br> between them; an attachment list as lines.
    title, items = STREET
    body_items = [(k, v) for k, v in items if k not in ("sign", "date")]
    sign = dict(items)["sign"]
    date = dict(items)["date"]
    body = f"""{nav(site)}{crumb()}
<div class="info-cont"><h1>{esc(title)}</h1><div class="info-date">发布日期：2025-02-18</div>
<div class="info-text">
{render(body_items, lambda t: f'<p style="text-indent:2em">{esc(t)}</p>', table=plain_table)}
<p style="text-align:right">{esc(sign)}<br>{esc(date)}</p>
</div><div class="info-fj"><p>附件：</p><p><a href="/u/a1.xlsx">1.枫林街道2024年行政执法统计表.xlsx</a></p><p><a href="/u/a2.pdf">2.枫林街道2024年法治政府建设情况报告.pdf</a></p></div>
{SHARE}</div>{footer(site)}"""
    pages.append(("20-signature-br-attachment-list", STREET, "2025-02-18", page("", title, body)))

    # 21 a table of figures with a merged header cell and a unit row, in a content box with a vague class name.
    title, items = MARKET
    def merged(rows):
        head, *rest = rows
        out = ['<table border="1" style="width:100%">',
               f'<tr><td rowspan="2">{esc(head[0])}</td><td colspan="2">年度</td></tr>',
               "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in head[1:]) + "</tr>"]
        out += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rest]
        return "\n".join(out + ["</table>"])
    # In the truth, the merged cells' places as a tab-separated table keeps them: 年度 over both years, the
    # years' row empty under 项目.
    truth_items = [(k, [["项目", "年度"], ["", "2023年", "2024年"]] + v[1:]) if k == "table" else (k, v)
                   for k, v in items]
    body = f"""{nav("江口市人民政府")}{crumb()}
<div class="box-l"><div class="nr-title">{esc(title)}</div><div class="nr-info">发布日期：2025-03-15　浏览次数：<span>77</span></div>
<div class="nr-main">
{render(items, lambda t: f'<p style="text-indent:2em">{esc(t)}</p>', table=merged)}
</div></div>{footer("江口市人民政府")}"""
    pages.append(("21-merged-header-table", (title, truth_items), "2025-03-15", page("", title, body, site="江口市人民政府")))
    return pages + second_probe() + third_probe()

# A fifth report for the second probe: a district government, its parts numbered 一、 and （一）, a table of figures.
DISTRICT = ("云溪区人民政府2022年度法治政府建设情况报告", [
    ("p", "2022年，云溪区人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，全面推进依法行政。现将有关情况报告如下："),
    ("h1", "一、2022年度推进法治政府建设的主要举措和成效"),
    ("h2", "（一）深化“放管服”改革"),
    ("p", "全区453项政务服务事项实现“一网通办”，即办件占比达到68.5%，全年办理企业开办业务2,316件。"),
    ("h2", "（二）提升行政执法质效"),
    ("p", "全年办理行政处罚案件1,072件，罚没款金额846.2万元；开展行政执法案卷评查2次，评查案卷150卷。"),
    ("table", [["指标", "2021年", "2022年"],
               ["行政复议案件（件）", "58", "64"],
               ["行政应诉案件（件）", "37", "41"],
               ["行政机关负责人出庭率", "96%", "100%"]]),
    ("h1", "二、存在的不足和原因"),
    ("p", "一是部分镇街法治力量不足；二是行政执法数字化水平不高，执法数据共享不够。"),
    ("h1", "三、2023年度推进法治政府建设的主要安排"),
    ("p", "全面推进严格规范公正文明执法，开展行政执法人员轮训，全年培训不少于1,200人次。"),
    ("sign", "云溪区人民政府"),
    ("date", "2023年3月20日"),
])


def second_probe():
    """Pages 22-40: templates of portals the first probe had not seen, each one habit at a time."""
    site = "青溪县人民政府"
    pages = []
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'

    # 22 HTML5 with a <nav> breadcrumb, an <aside> of related links set before the <article> (a left column) and
    # another after it, the <article> without <header>: an <h1> and a .meta line directly in it.
    title, items = DISTRICT
    body = f"""<header class="site-head">{nav("云溪区人民政府")}</header>
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/fzzf/">法治政府建设</a></li><li aria-current="page">正文</li></ol></nav>
<main class="container"><aside class="side-nav"><h3>法治政府建设</h3><ul><li><a href="/fzzf/ndbg/">年度报告</a></li><li><a href="/fzzf/zcwj/">政策文件</a></li><li><a href="/fzzf/gzdt/">工作动态</a></li></ul></aside>
<article class="detail"><h1>{esc(title)}</h1><div class="meta"><span>发布时间：2023-03-28</span><span>来源：云溪区司法局</span><span>阅读：<b>1530</b></span></div>
<div class="detail-body">{render(items, p2, lambda t, l: f'<h{l + 2}>{esc(t)}</h{l + 2}>', plain_table)}</div>
</article>
<aside class="related"><h3>相关阅读</h3><ul><li><a href="/a/1.html">云溪区召开2023年度依法行政工作会议</a></li><li><a href="/a/2.html">区司法局开展行政执法案卷评查</a></li></ul></aside></main>
{footer("云溪区人民政府")}"""
    pages.append(("22-html5-nav-aside-before-article", DISTRICT, "2023-03-28", page("", title, body, site="云溪区人民政府")))

    # 23 the 索引号 table after the text, a portal clock (date and 星期) above the title.
    title, items = BUREAU
    body = f"""<div class="clock">2019年12月3日 星期二　农历十一月初八</div>{nav(site)}{crumb()}
<div class="zw-box"><h2 class="zw-title">{esc(title)}</h2>
<div class="zw-con">{render(items, p2, lambda t, l: f'<p style="text-indent:2em"><strong>{esc(t)}</strong></p>')}</div>
<div class="zw-xxgk"><table>
<tr><td>索引号：</td><td>002603412/2025-00022</td><td>发布机构：</td><td>青溪县司法局</td></tr>
<tr><td>发布日期：</td><td>2025-01-25</td><td>公开方式：</td><td>主动公开</td></tr></table></div>
{TOOLS}</div>{footer(site)}"""
    pages.append(("23-xxgk-table-after-text-clock", BUREAU, "2025-01-25", page("", title, body)))

    # 24 the title only in <title>; the page's <h1> is the column's name, the box opens with the report's text.
    title, items = STREET
    body = f"""{nav(site)}<div class="column-head"><h1>法治政府建设</h1></div>
<div class="article"><div class="art-info">发布日期：2025-02-20　来源：枫林街道办事处</div>
<div class="art-content">{render(items, p2, table=plain_table)}</div></div>{footer(site)}"""
    pages.append(("24-title-only-in-title-h1-column", STREET, "2025-02-20", page("", title, body)))

    # 25 paragraphs as <br><br> inside one <p>, no indent, headings plain lines.
    title, items = TOWNSHIP
    joined = "<br><br>\n".join(esc(v) for k, v in items)
    body = f"""{nav(site)}{crumb()}
<div class="news"><div class="news-tit">{esc(title)}</div><div class="news-date">发布时间：2024-02-09</div>
<div class="news-txt"><p>{joined}</p></div></div>{footer(site)}"""
    pages.append(("25-double-br-in-one-p", TOWNSHIP, "2024-02-09", page("", title, body)))

    # 26 an old layout table: the 正文 in one <td> among five sibling <td>s of chrome (menu, spacers, a notice
    # column, a vertical rule image), the title and date in rows of a table inside it.
    title, items = MARKET
    inner = render(items, lambda t: f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}</p>', table=word_table)
    body = f"""<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="190" valign="top" class="left"><div class="lm">栏目导航</div><a href="/l1/">机构概况</a><br><a href="/l2/">政策法规</a><br><a href="/l3/">通知公告</a><br><a href="/l4/">法治政府建设</a></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1"></td>
<td width="1" bgcolor="#cccccc"><img src="/images/line.gif"></td>
<td width="600" valign="top"><table width="100%"><tr><td align="center" class="biaoti"><b>{esc(title)}</b></td></tr>
<tr><td align="center" class="sj">发布时间：2025年03月16日　来源：江口市市场监督管理局</td></tr>
<tr><td class="nr">{inner}</td></tr></table></td>
<td width="10">&nbsp;</td>
<td width="190" valign="top" class="right"><div class="tz">通知公告</div><a href="/t1/">关于开展2025年度“双随机”抽查的公告</a><br><a href="/t2/">江口市市场监管局办公时间调整通知</a></td>
</tr></table>{footer("江口市人民政府")}"""
    pages.append(("26-layout-td-among-five-chrome-tds", MARKET, "2025-03-16", page("", title, body, site="江口市人民政府")))

    # 27 a TRS_Editor holding its own <style> (the editor's paragraph style) before the paragraphs.
    title, items = DISTRICT
    body = f"""{nav("云溪区人民政府")}{crumb()}
<div class="xl"><div class="xl-bt">{esc(title)}</div><div class="xl-sj">发布日期：2023-03-29　信息来源：云溪区人民政府办公室</div>
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV,.TRS_Editor TD{{font-family:宋体;}}
</style>{render(items, lambda t: f'<p>　　{esc(t)}</p>', table=plain_table)}</div></div>{footer("云溪区人民政府")}"""
    pages.append(("27-trs-editor-own-style", DISTRICT, "2023-03-29", page("", title, body, site="云溪区人民政府")))

    # 28 Word's leftovers: <o:p>, <st1:chsdate> around dates, a conditional <xml> block, mso list labels.
    title, items = BUREAU
    def word(t, level=None):
        t = esc(t)
        if level is not None:
            marker, rest = (t.split("、", 1)[0] + "、", t.split("、", 1)[1]) if level == 1 else (t[:3], t[3:])
            return (f'<p class="MsoListParagraph" style="margin-left:0cm;text-indent:32.0pt;mso-list:l0 level{level} lfo1">'
                    f'<![if !supportLists]><span style="font-family:黑体">{marker}<span style="font:7.0pt \'Times New Roman\'">&nbsp;</span></span><![endif]>'
                    f'<span style="font-family:黑体">{rest}</span><o:p></o:p></p>')
        return f'<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{t}</span><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    def word_sign(t):
        t = esc(t).replace("2025年1月16日", '<st1:chsdate isrocdate="False" islunardate="False" month="1" day="16" year="2025" w:st="on">2025年1月16日</st1:chsdate>')
        return f'<p class="MsoNormal" align="right" style="text-align:right"><span style="font-family:仿宋_GB2312">{t}</span><o:p></o:p></p>'
    body = f"""{nav(site)}{crumb()}
<div class="content"><h1>{esc(title)}</h1><p class="info">发布时间：2025-01-26　来源：青溪县司法局</p>
<div class="content-text"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->
<div class="Section0" style="layout-grid:15.6pt">{render(items, word, lambda t, l: word(t, l), sign=word_sign)}</div></div></div>{footer(site)}"""
    # Its truth is the report as Word saves it to TXT: a list's label, then its tab.
    tabbed = [(k, v.replace("、", "、\t", 1) if k == "h1" else v[:3] + "\t" + v[3:]) if k in ("h1", "h2") else (k, v)
              for k, v in items]
    pages.append(("28-word-o-p-chsdate-lists", (title, tabbed), "2025-01-26", page("", title, body)))

    # 29 an accessible-mode toolbar (无障碍) and an elder-friendly (适老化) bar above the page, each a row of links.
    title, items = TOWNSHIP
    body = f"""<div id="cniil_wza" class="wza-toolbar"><a href="#">声音</a><a href="#">语速</a><a href="#">放大</a><a href="#">缩小</a><a href="#">配色</a><a href="#">大鼠标</a><a href="#">十字线</a><a href="#">读屏</a><a href="#">纯文本</a><a href="#">重置</a><a href="#">退出服务</a></div>
<div class="old-mode"><a href="#">长者模式</a> <a href="#">无障碍浏览</a> <a href="#">English</a></div>{nav(site)}{crumb()}
<div class="art"><h2>{esc(title)}</h2><div class="art-date">发布时间：2024-02-10 09:30　浏览次数：<span>214</span></div>
<div class="art-text">{render(items, p2)}</div><div class="art-read"><a href="#">【<span>朗读</span>】</a><a href="#">【打印】</a><a href="#">【关闭】</a></div></div>{footer(site)}"""
    pages.append(("29-accessibility-toolbar", TOWNSHIP, "2024-02-10", page("", title, body)))

    # 30 content whose box and images are lazily loaded (data-* attributes), the text present in the page.
    title, items = STREET
    lazy = lambda t: f'<p data-role="para" data-index="1" style="text-indent:2em">{esc(t)}</p>'
    body = f"""{nav(site)}{crumb()}
<div class="detail" data-id="8841"><h1 class="detail-title" data-title="{esc(title)}">{esc(title)}</h1>
<div class="detail-meta"><span>发布日期：2025-02-21</span><span>来源：枫林街道</span></div>
<div class="detail-content" data-src="/api/article/8841/content" data-loaded="true" data-lazy="1">
<img class="lazy" data-original="/u/2025/02/banner.jpg" src="/images/loading.gif" alt="">
{render(items, lazy, table=plain_table)}</div></div>{footer(site)}"""
    pages.append(("30-data-lazy-content", STREET, "2025-02-21", page("", title, body)))

    # 31 scripts with Chinese strings inside and around the article (a share title, an alert, a counter), and a
    # <noscript> notice.
    title, items = MARKET
    body = f"""{nav("江口市人民政府")}{crumb()}
<div class="con"><h1>{esc(title)}</h1><div class="con-info">发布时间：2025-03-17　来源：江口市市场监督管理局　浏览：<script>document.write("<span>1204</span>");</script></div>
<div class="con-text"><script type="text/javascript">var shareTitle = "{esc(title)}"; var tip = "全年办理行政处罚案件999件。";</script>
{render(items, p2, table=plain_table)}<noscript>您的浏览器不支持脚本，部分功能无法使用。</noscript>
<script>function check(){{ if(!document.getElementById("kw").value){{ alert("请输入搜索关键字！"); }} }}</script></div></div>{footer("江口市人民政府")}"""
    pages.append(("31-scripts-with-chinese-strings", MARKET, "2025-03-17", page("", title, body, site="江口市人民政府")))

    # 32 an English-language footer and header links, as bilingual portals write them.
    title, items = DISTRICT
    body = f"""<div class="top"><a href="/en/">English</a> | <a href="/">中文</a></div>{nav("云溪区人民政府")}{crumb()}
<div class="main-article"><h2>{esc(title)}</h2><div class="info">Release Date: 2023-03-30　Source: Yunxi District People's Government</div>
<div class="article-body">{render(items, p2, table=plain_table)}</div></div>
<div class="foot-en"><p><a href="/en/sitemap">Site Map</a> | <a href="/en/contact">Contact Us</a> | <a href="/en/privacy">Privacy Statement</a></p>
<p>Copyright © 2023 Yunxi District People's Government. All Rights Reserved.</p><p>Sponsored by the General Office of Yunxi District People's Government. Technical support: Yunxi Big Data Center.</p>
<p>ICP No. 12034567-1　Website ID: 3311250009</p></div>"""
    pages.append(("32-english-footer", DISTRICT, "2023-03-30", page("", title, body, site="云溪区人民政府")))

    # 33 the text between <!--正文开始--> and <!--正文结束--> comments, an old draft commented out inside it.
    title, items = BUREAU
    body = f"""{nav(site)}{crumb()}
<div class="box"><div class="box-title">{esc(title)}</div><div class="box-info">日期：2025-01-27　来源：县司法局</div>
<!--正文开始--><div class="box-text"><!-- <p>（旧稿）全年审查规范性文件19件。</p> -->
{render(items, p2)}</div><!--正文结束-->
<!--附件开始--><!--附件结束--></div>{footer(site)}"""
    pages.append(("33-comment-marked-content", BUREAU, "2025-01-27", page("", title, body)))

    # 34 a 信息公开 page whose info block is a <table> of label/value rows under the title, the text in a
    # <div id="Zoom"> inside a <td>, and an 扫一扫 QR and 【打印】【关闭】 row in the same table.
    title, items = TOWNSHIP
    body = f"""{nav(site)}{crumb()}
<table class="xxgk" width="100%"><tr><td class="xxgk-bt" colspan="2">{esc(title)}</td></tr>
<tr><td>发布单位：石湾乡人民政府</td><td>发布时间：2024年02月11日</td></tr>
<tr><td colspan="2"><div id="Zoom">{render(items, lambda t: f'<p>　　{esc(t)}</p>')}</div></td></tr>
<tr><td colspan="2" align="right">{QR}<a href="#">【打印】</a><a href="#">【关闭】</a></td></tr></table>{footer(site)}"""
    pages.append(("34-info-table-rows-zoom-in-td", TOWNSHIP, "2024-02-11", page("", title, body)))

    # 35 headings as <h3>/<h4> with a <span> number inside, paragraphs with a class only (the style sheet indents).
    title, items = STREET
    h = lambda t, l: (f'<h3 class="one"><span class="num">{esc(t.split("、", 1)[0])}、</span>{esc(t.split("、", 1)[1])}</h3>')
    body = f"""{nav(site)}{crumb()}
<div class="wzy"><h1 class="wzy-tit">{esc(title)}</h1><div class="wzy-info"><em>发布时间：2025-02-22</em><em>来源：枫林街道</em></div>
<div class="wzy-nr">{render(items, lambda t: f'<p class="indent">{esc(t)}</p>', h, plain_table, lambda t: f'<p class="right">{esc(t)}</p>')}</div></div>{footer(site)}"""
    pages.append(("35-heading-number-in-span", STREET, "2025-02-22", page("", title, body)))

    # 36 the signature as a right-aligned table of two rows after the text; the title in <title> after a bar.
    title, items = TOWNSHIP
    body_items = [(k, v) for k, v in items if k not in ("sign", "date")]
    body = f"""{nav(site)}{crumb()}
<div class="detail"><div class="detail-title">{esc(title)}</div><div class="detail-time">发布时间：2024-02-12 10:20:33　来源：本站　作者：佚名　浏览次数：<span id="c">0</span></div>
<div class="detail-content">{render(body_items, lambda t: f'<p>&emsp;&emsp;{esc(t)}</p>')}
<table align="right" border="0"><tr><td align="center">石湾乡人民政府</td></tr><tr><td align="center">2024年1月26日</td></tr></table>
</div></div>{footer(site)}"""
    pages.append(("36-signature-table-right", TOWNSHIP, "2024-02-12",
                  page("", title, body).replace(f"<title>{esc(title)}_{esc(site)}</title>".encode(), f"<title>{esc(title)}｜{esc(site)}</title>".encode())))

    # 37 the text straight in a <div> as lines between <br>s, &emsp; indents, headings in <strong> on their lines.
    title, items = BUREAU
    lines = []
    for kind, value in items:
        if kind in ("h1", "h2"):
            lines.append(f"&emsp;&emsp;<strong>{esc(value)}</strong>")
        elif kind in ("sign", "date"):
            lines.append(f"{'&emsp;' * 16}{esc(value)}")
        else:
            lines.append(f"&emsp;&emsp;{esc(value)}")
    body = f"""{nav(site)}{crumb()}
<div class="wenzhang"><h3>{esc(title)}</h3><div class="wz-time">发布日期：2025-01-29</div>
<div class="wz-content">{"<br>".join(lines)}<br></div></div>{footer(site)}"""
    pages.append(("37-div-text-br-lines-emsp", BUREAU, "2025-01-29", page("", title, body)))

    # 38 a heading with the sentence after it in the same <p>, only the heading bold (the truth keeps them in one line).
    title, items = DISTRICT
    merged_items, out = [], []
    for kind, value in items:
        out.append((kind, value))
    body_html = []
    i = 0
    truth_items = []
    while i < len(items):
        kind, value = items[i]
        if kind == "h2" and i + 1 < len(items) and items[i + 1][0] == "p":
            body_html.append(f'<p style="text-indent:2em"><span style="font-weight:bold">{esc(value)}。</span>{esc(items[i + 1][1])}</p>')
            truth_items.append(("p", value + "。" + items[i + 1][1]))
            i += 2
            continue
        body_html.append(plain_table(value) if kind == "table" else p2(value))
        truth_items.append((kind, value))
        i += 1
    body = f"""{nav("云溪区人民政府")}{crumb()}
<div class="article-main"><h1>{esc(title)}</h1><div class="article-attr">发布日期：2023-03-31　发布机构：云溪区人民政府</div>
<div class="article-text">{"".join(body_html)}</div></div>{footer("云溪区人民政府")}"""
    pages.append(("38-run-in-bold-heading", (title, truth_items), "2023-03-31", page("", title, body, site="云溪区人民政府")))

    # 39 the info line's date followed by its weekday, under a portal clock that shows another date and weekday.
    title, items = MARKET
    body = f"""<div class="top-bar"><span class="clock">今天是：2025年4月2日 星期三</span>{nav("江口市人民政府")}</div>{crumb()}
<div class="show"><div class="show-title">{esc(title)}</div>
<div class="show-info">发布时间：2025年03月18日 星期二　信息来源：江口市市场监督管理局　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="show-content">{render(items, p2, table=plain_table)}</div></div>{footer("江口市人民政府")}"""
    pages.append(("39-labelled-date-weekday-clock", MARKET, "2025-03-18", page("", title, body, site="江口市人民政府")))

    # 40 a watermark hidden in the sentences by a zero font size (a copy-protection habit), and a menu laid out
    # with font-size:0 on its list and the size set again on each item.
    title, items = BUREAU
    mark = '<span style="font-size:0px;color:#fff">青溪县人民政府网www.qx.gov.cn</span>'
    marked = lambda t: f'<p style="text-indent:2em">{esc(t).replace("，", "，" + mark, 1)}</p>'
    body = f"""{nav(site)}<ul class="subnav" style="font-size:0"><li style="display:inline-block;font-size:14px">法治政府</li><li style="display:inline-block;font-size:14px">年度报告</li></ul>
<div class="page-article"><h2 class="page-title">{esc(title)}</h2><div class="page-info">发布日期：2025-01-31　来源：青溪县司法局</div>
<div class="page-content">{render(items, marked, lambda t, l: f'<p style="text-indent:2em"><b>{esc(t)}</b></p>')}</div></div>{footer(site)}"""
    pages.append(("40-zero-font-watermark", BUREAU, "2025-01-31", page("", title, body)))
    return pages


def third_probe():
    """Pages 41-48: info lines that give the page's date with no label of its own (after the source, in brackets,
    after a bar, between an author and a read count, after a bare 发布), a 成文日期 beside the publication's, and a title in two heading elements inside the content box."""
    site = "青溪县人民政府"
    pages = []
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'

    # 41 a mobile-style line: the source, a middle dot, the date, each in a <span>.
    title, items = TOWNSHIP
    body = f"""{nav(site)}{crumb()}
<div class="m-article"><h1 class="m-title">{esc(title)}</h1><div class="m-info"><span class="src">石湾乡人民政府</span> · <span class="time">2024-02-13</span></div>
<div class="m-content">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("41-source-dot-date", TOWNSHIP, "2024-02-13", page("", title, body)))

    # 42 the date alone in brackets under the title, the font-size controls on a line of their own, a clock with
    # the site's name and a weekday above.
    title, items = STREET
    body = f"""<div class="top"><span>{esc(site)}　2025年4月2日 星期三</span></div>{nav(site)}{crumb()}
<div class="xl"><div class="xl-bt">{esc(title)}</div><div class="xl-sj">【2025-02-23】</div>
<div class="xl-zh">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】</div>
<div class="xl-nr">{render(items, p2, table=plain_table)}</div></div>{footer(site)}"""
    pages.append(("42-bracketed-date-clock-with-site", STREET, "2025-02-23", page("", title, body)))

    # 43 the labelled source, then the date with dots after a bar, then the read count after another.
    title, items = MARKET
    body = f"""{nav("江口市人民政府")}{crumb()}
<div class="news"><h2>{esc(title)}</h2><p class="news-info">来源：江口市市场监督管理局 | 2025.03.19 | 浏览次数：<span id="hits">87</span></p>
<div class="news-text">{render(items, p2, table=plain_table)}</div></div>{footer("江口市人民政府")}"""
    pages.append(("43-source-bar-dotted-date", MARKET, "2025-03-19", page("", title, body, site="江口市人民政府")))

    # 44 the date and time opening the line, the source and an empty read count (a script fills it) after it.
    title, items = BUREAU
    body = f"""{nav(site)}{crumb()}
<div class="article"><h1>{esc(title)}</h1><div class="article-info">2025-01-30 10:32　来源：县司法局　浏览次数：<span id="views"></span></div>
<div class="article-con">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("44-date-time-first-source-count", BUREAU, "2025-01-30", page("", title, body)))

    # 45 a bare 发布 label (no 时间 or 日期) with a slashed date, the author after it.
    title, items = DISTRICT
    body = f"""{nav("云溪区人民政府")}{crumb()}
<div class="wz"><h1>{esc(title)}</h1><div class="wz-xx"><span>发布：2023/04/01</span>　<span>作者：区司法局</span></div>
<div class="wz-nr">{render(items, p2, table=plain_table)}</div></div>{footer("云溪区人民政府")}"""
    pages.append(("45-bare-publish-label-slashes", DISTRICT, "2023-04-01", page("", title, body, site="云溪区人民政府")))

    # 46 the author, the date in 年月日 and the read count in one line, under a portal clock and a list of other
    # articles in the left column (their dates bare, far above the info line).
    title, items = TOWNSHIP
    body = f"""<div class="clock">2024年12月3日 星期二</div>{nav(site)}
<div class="left"><h3>最新信息</h3><ul><li><a href="/a/1.html">石湾乡召开安全生产专题会议</a><span>2024-02-01</span></li>
<li><a href="/a/2.html">石湾乡开展冬春季森林防火检查</a><span>2024-01-29</span></li></ul></div>{crumb()}
<div class="right"><h2>{esc(title)}</h2><div class="right-info">作者：党政办　2024年02月14日　浏览：312次</div>
<div class="right-con">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("46-author-date-count-after-list", TOWNSHIP, "2024-02-14", page("", title, body)))

    # 47 an info table giving 成文日期 before 发布日期: the publication's date wins; and the source with the date after a
    # bar as the content box's first line.
    title, items = STREET
    body = f"""{nav(site)}{crumb()}
<div class="xxgk"><table class="xxgk-info"><tr><td>索引号：</td><td>11330000MB1234567X/2025-00031</td><td>发布机构：</td><td>枫林街道办事处</td></tr>
<tr><td>成文日期：</td><td>2025-02-10</td><td>发布日期：</td><td>2025-02-25</td></tr></table></div>
<div class="detail"><h1>{esc(title)}</h1><div class="detail-con"><p class="info">来源：枫林街道办事处 | 2025-02-25</p>
{render(items, p2, table=plain_table)}</div></div>{footer(site)}"""
    pages.append(("47-written-and-published-dates", STREET, "2025-02-25", page("", title, body)))

    # 48 the title inside the content box in two heading elements, the organ in <h1> and the report's name in <h2>
    # (one title line), the page's <title> only the site's; the date after the source and a bar above the box.
    title, items = BUREAU
    organ, name = "青溪县司法局", title[len("青溪县司法局"):]
    body = f"""{nav(site)}{crumb()}
<div class="detail"><div class="detail-info">来源：青溪县司法局 | 2025-02-01</div>
<div class="detail-content"><h1 style="text-align:center">{esc(organ)}</h1><h2 style="text-align:center">{esc(name)}</h2>
{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("48-title-organ-h1-name-h2-in-box", BUREAU, "2025-02-01",
                  page("", title, body).replace(f"<title>{esc(title)}_{esc(site)}</title>".encode(), f"<title>{esc(site)}</title>".encode())))
    return pages


# Short reports for the fourth probe: a township's of under 500 characters, a joint report of a town's Party
# committee and government, a development zone's administrative committee.
SHORT = ("河口镇2023年度法治政府建设情况报告", [
    ("p", "2023年，河口镇办理行政复议案件12件，调解矛盾纠纷86件，开展普法宣传活动15场次。"),
    ("h1", "一、主要举措"),
    ("p", "严格落实重大行政决策程序，全年审查镇政府合同39份，提出法律意见21条。"),
    ("h1", "二、下一步打算"),
    ("p", "2024年，将加强执法队伍建设，全年组织执法培训不少于4期。"),
    ("sign", "河口镇人民政府"),
    ("date", "2024年1月18日"),
])

JOINT_ORGANS = ["中共河口镇委员会", "河口镇人民政府"]
JOINT = ("关于2023年度法治政府建设情况的报告", [
    ("p", "2023年，河口镇党委、镇政府深入学习贯彻习近平法治思想，统筹推进法治政府建设，现将有关情况报告如下："),
    ("h1", "一、主要工作成效"),
    ("p", "全年召开党委会议研究法治工作4次，审查行政规范性文件3件，办理行政复议答复2件，调解矛盾纠纷132件。"),
    ("h1", "二、存在的问题"),
    ("p", "一是村级法治力量薄弱；二是执法人员专业化水平不高。"),
    ("h1", "三、下一步工作打算"),
    ("p", "2024年，我镇将加强法治队伍建设，年内开展法治培训不少于3次。"),
    ("sign", "中共河口镇委员会　河口镇人民政府"),
    ("date", "2024年1月25日"),
])

ZONE = ("青溪经济开发区管理委员会2023年度法治政府建设情况报告", [
    ("p", "2023年，开发区管委会以优化法治化营商环境为抓手，全面推进依法行政。现将有关情况报告如下："),
    ("h1", "一、主要举措和成效"),
    ("h2", "（一）深化审批制度改革"),
    ("p", "全年办理企业投资项目备案87件，实行告知承诺制审批事项26项，办理时限平均压缩45%。"),
    ("h2", "（二）规范涉企执法检查"),
    ("p", "推行“综合查一次”，联合检查企业143家次，减少检查频次38%，办理行政处罚案件17件。"),
    ("h1", "二、存在的不足"),
    ("p", "园区执法力量分散，部分企业合规意识不强。"),
    ("h1", "三、2024年工作打算"),
    ("p", "继续推进涉企“一件事”集成办理，全年开展企业合规指导不少于20场次。"),
    ("sign", "青溪经济开发区管理委员会"),
    ("date", "2024年2月26日"),
])


def fourth_probe():
    """Pages 49-67: the leftovers of the third probe (a line opening with a date and a time before its source, a
    joint report's title in the box, an organ worded differently in <title>, a short report beside a sidebar, a
    layout cell around a short report), then kinds of pages not yet among these: a WeChat article copy, a gov.cn-style
    pages-date line, a development zone's site, a province platform's info list in <li>s, a report paged across
    pages (第1页 下一页, also inside the box), a title in <title> behind a full-width bar, a mobile copy with its own top bar,
    a clock glued to its weekday over a source-then-date line, 时间 last in the info line, a WeChat dateline as text,
    a bare 附件： label over a download link, a 发布者 label, a read count in the box after the date."""
    site = "青溪县人民政府"
    pages = []
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'

    # 49 the date and a time with seconds in 年月日 opening the line, the source and the author labelled after it.
    title, items = SHORT
    body = f"""{nav(site)}{crumb()}
<div class="article"><h1>{esc(title)}</h1><div class="article-info">2024年01月21日 09:30:12　来源：河口镇司法所　作者：李明</div>
<div class="article-con">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("49-date-time-seconds-source-author", SHORT, "2024-01-21", page("", title, body), "河口镇司法所"))

    # 50 a joint report: the two organs and the report's name in one centred <p> parted by <br>, in the box; the
    # page's <title> names the report with both organs on one line.
    title, items = JOINT
    heading = "<br>".join(esc(line) for line in JOINT_ORGANS + [title])
    body = f"""{nav(site)}{crumb()}
<div class="detail"><div class="detail-info">发布日期：2024-01-30　来源：河口镇人民政府</div>
<div class="detail-content"><p style="text-align:center"><strong>{heading}</strong></p>
{render(items, p2)}</div></div>{footer(site)}"""
    page_title = "　".join(JOINT_ORGANS) + title
    truth_report = ("\n".join(JOINT_ORGANS + [title]), items)
    pages.append(("50-joint-title-in-box", truth_report, "2024-01-30",
                  page("", page_title, body), "河口镇人民政府"))

    # 51 the organ worded differently by the page's <title> (河口镇…) and the box's title (青溪县河口镇人民政府关于…的报告).
    title, items = SHORT
    boxed = "青溪县河口镇人民政府关于2023年度法治政府建设情况的报告"
    body = f"""{nav(site)}{crumb()}
<div class="detail"><div class="detail-info">发布日期：2024-01-31　来源：河口镇人民政府</div>
<div class="detail-content"><p style="text-align:center"><strong>{esc(boxed)}</strong></p>
{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("51-organ-worded-otherwise-in-title", (boxed, items), "2024-01-31", page("", title, body),
                  "河口镇人民政府"))

    # 52 a short report beside a sidebar in boxes no content system names: a notice with sentences, a related list.
    title, items = SHORT
    body = f"""{nav(site)}
<div class="wrap"><div class="zl"><div class="tz"><div class="tz-t">重要提示</div><p>本站发布的信息仅供参考，如有疑问请致电县政府办公室。办公时间为工作日上午8:30至12:00。</p></div>
<div class="lj"><div class="lj-t">相关链接</div><ul><li><a href="/1">青溪县司法局</a></li><li><a href="/2">青溪县人民政府</a></li></ul></div></div>
<div class="zr"><div class="bt">{esc(title)}</div><div class="sj">发布日期：2024-02-01　来源：河口镇</div>
<div class="nr">{render(items, p2)}</div></div></div>{footer(site)}"""
    pages.append(("52-short-report-beside-sidebar", SHORT, "2024-02-01", page("", title, body), "河口镇"))

    # 53 an old table layout: a narrow cell of menu links beside the cell holding a short report in <p>s.
    title, items = SHORT
    body = f"""<table width="1000" align="center" cellspacing="0"><tr><td colspan="2"><img src="/images/banner.jpg"></td></tr>
<tr><td width="200" valign="top"><a href="/">首页</a><br><a href="/zwgk/">政务公开</a><br><a href="/fzzf/">法治政府</a></td>
<td width="800" valign="top"><p align="center"><b>{esc(title)}</b></p><p>发布日期：2024-02-02　来源：河口镇</p>
{render(items, p2)}</td></tr></table>{footer(site)}"""
    pages.append(("53-layout-cell-around-short-report", SHORT, "2024-02-02", page("", title, body), "河口镇"))

    # 54 a WeChat article copy: rich_media_title, the account and the time under it, js_content hidden until its
    # script lays it out, headings as <section> badges, the account's end matter after the date.
    title, items = JOINT
    sections = []
    for kind, value in items:
        if kind == "h1":
            sections.append(f'<section style="text-align:center"><span style="color:#c00;font-weight:bold">{esc(value)}</span></section>')
        elif kind in ("sign", "date"):
            sections.append(f'<section style="text-align:right">{esc(value)}</section>')
        else:
            sections.append(f'<section style="text-indent:2em;line-height:1.75"><span style="font-size:15px">{esc(value)}</span></section>')
    heading = "".join(f'<p style="text-align:center"><strong>{esc(line)}</strong></p>' for line in JOINT_ORGANS + [title])
    body = f"""<div id="js_article" class="rich_media"><div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">河口镇2023年度法治政府建设情况报告</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">法治河口</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年02月03日 18:30</em> <em id="js_ip_wording">浙江</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
{heading}{"".join(sections)}
<p style="text-align:center">— END —</p><p>来源：河口镇司法所</p><p>编辑：王敏　审核：李华</p>
<p><span>往期推荐</span></p><p><a href="/s/1">河口镇召开2024年度依法行政工作会议</a></p></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div></div></div>"""
    wechat_title_tag = "河口镇2023年度法治政府建设情况报告"
    wechat = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="{esc(wechat_title_tag)}"><title>{esc(wechat_title_tag)}</title>
<script>var ct = "1706956200"; var msg_title = '{esc(wechat_title_tag)}';</script></head>
<body id="activity-detail" class="zh_CN">{body}</body></html>
""".encode("utf-8")
    pages.append(("54-wechat-rich-media", truth_report, "2024-02-03", wechat, ""))

    # 55 gov.cn's article template: the date and time then 字号：默认 大 超大 and 打印 in one line, 来源 on a line of
    # its own, the text in pages_content.
    title, items = DISTRICT
    body = f"""{nav("云溪区人民政府")}{crumb()}
<div class="article oneColumn pub_border"><h1>{esc(title)}</h1>
<div class="pages-date">2023-04-03 09:18<span class="font index_switchsize">字号：<span>默认</span> <span>大</span> <span>超大</span></span>|<span class="font printIco">打印</span></div>
<div class="pages-date">来源：云溪区司法局</div>
<div class="pages_content" id="UCAP-CONTENT">{render(items, p2, table=plain_table)}</div>
<div class="pages_print"><span class="font">【我要纠错】</span><span class="font">责任编辑：陈静</span></div></div>{footer("云溪区人民政府")}"""
    pages.append(("55-pages-date-default-size", DISTRICT, "2023-04-03", page("", title, body, site="云溪区人民政府"),
                  "云溪区司法局"))

    # 56 a development zone's site: 时间 and 点击 labelled with ASCII colons, the source after them, a site name line.
    title, items = ZONE
    zone = "青溪经济开发区管理委员会"
    body = f"""<div class="head"><div class="logo">青溪经济开发区门户网站</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/gk/">园区概况</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/tzcj/">投资促进</a></li></ul></div>
<div class="location">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/fzzf/">法治政府建设</a></div>
<div class="news-show"><div class="news-title">{esc(title)}</div>
<div class="news-from">时间:2024-03-01　点击:<span id="hits">56</span>　来源:{esc(zone)}党政办</div>
<div class="news-body">{render(items, p2, strong_heading)}</div></div>
<div class="foot"><p>版权所有：{esc(zone)}　技术支持：青溪县大数据发展中心</p><p>浙ICP备12034567号-3</p></div>"""
    pages.append(("56-development-zone-ascii-colons", ZONE, "2024-03-01", page("", title, body, site=zone),
                  zone + "党政办"))

    # 57 a province platform's disclosure list: each field an <li> with its label in <b> and its value in <span>.
    title, items = BUREAU
    body = f"""{nav(site)}{crumb()}
<div class="zfxxgk-detail"><ul class="zfxxgk-info clearfix"><li><b>索引号：</b><span>002603412/2025-00052</span></li>
<li><b>信息分类：</b><span>法治政府建设年度报告</span></li><li><b>发布机构：</b><span>青溪县司法局</span></li>
<li><b>成文日期：</b><span>2025年01月20日</span></li><li><b>发布日期：</b><span>2025年02月03日</span></li><li><b>文号：</b><span></span></li></ul>
<h1 class="zfxxgk-title">{esc(title)}</h1>
<div class="zfxxgk-content TRS_UEDITOR">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("57-province-info-list-li", BUREAU, "2025-02-03", page("", title, body), ""))

    # 58 the first of two pages of a report paged by its content system (第1页 下一页): only this page's text.
    title, items = MARKET
    first_page = items[:6]
    body = f"""{nav("江口市人民政府")}{crumb()}
<div class="xl-main"><h2 class="xl-title">{esc(title)}</h2><div class="xl-info">发布时间：2025-03-20　信息来源：江口市市场监督管理局</div>
<div class="xl-content">{render(first_page, p2)}</div>
<div class="page-bar"><span>第1页</span> <span>共2页</span> <a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a></div>
<script>createPageHTML(2, 0, "t20250320_88031", "html");</script></div>{footer("江口市人民政府")}"""
    pages.append(("58-paged-report-first-page", (title, first_page), "2025-03-20",
                  page("", title, body, site="江口市人民政府"), "江口市市场监督管理局"))

    # 59 a city bureau's column page: the <title> puts the site first behind a full-width bar, the title in a <td>
    # of a one-row table over the info line in another row.
    title, items = STREET
    body = f"""{nav(site)}{crumb()}
<table class="wz-head" width="100%"><tr><td class="wz-bt" align="center">{esc(title)}</td></tr>
<tr><td class="wz-sj" align="center">发布时间：2025年02月26日　来源：枫林街道办事处　浏览：<span>103</span>次</td></tr></table>
<div class="wz-nr">{render(items, p2, table=plain_table)}</div>{footer(site)}"""
    tagged = page("", title, body).replace(f"<title>{esc(title)}_{esc(site)}</title>".encode(),
                                           f"<title>{esc(site)}｜{esc(title)}</title>".encode())
    pages.append(("59-site-first-title-table-head", STREET, "2025-02-26", tagged, "枫林街道办事处"))

    # 60 a mobile copy with its own top bar (返回, the column's name, 首页), the date then the source in one line
    # under the title, and a bottom bar of sharing links.
    title, items = TOWNSHIP
    body = f"""<header class="m-top"><a class="back" href="javascript:history.back()">返回</a><span class="m-col">法治政府</span><a class="home" href="/">首页</a></header>
<div class="m-detail"><div class="m-tit">{esc(title)}</div><div class="m-from"><span>2024-02-15</span><span>来源：石湾乡人民政府</span></div>
<div class="m-txt">{render(items, p2)}</div></div>
<footer class="m-bottom"><a href="#">分享</a><a href="#">收藏</a><a href="#">返回顶部</a></footer>"""
    pages.append(("60-mobile-top-bar-date-then-source", TOWNSHIP, "2024-02-15",
                  page('<meta name="viewport" content="width=device-width">', title, body), "石湾乡人民政府"))

    # 61 a district portal's clock glued to its weekday beside the site's name, the source before the date and time
    # with ASCII colons, and the title repeated as the box's first line.
    title, items = DISTRICT
    body = f"""<div class="top"><span>云溪区人民政府 2025年4月2日星期三</span><a href="/wza/">无障碍</a> <a href="/jt/">简体</a>| <a href="/ft/">繁体</a></div>{crumb()}
<div class="xxym"><div class="xxym-bt">{esc(title)}</div><div class="xxym-ly">来源:云溪区司法局 发布时间:2023-04-04 09:18</div>
<div class="xxym-nr"><p style="text-align:center"><b>{esc(title)}</b></p>{render(items, p2, table=plain_table)}</div></div>{footer("云溪区人民政府")}"""
    pages.append(("61-source-before-date-time-title-in-box", DISTRICT, "2023-04-04",
                  page("", title, body, site="云溪区人民政府"), "云溪区司法局"))

    # 62 a content system's pager inside the content box after the first page's text (第1页 共2页 下一页 尾页).
    title, items = BUREAU
    first_page = items[:8]
    body = f"""{nav(site)}{crumb()}
<div class="con"><h1>{esc(title)}</h1><div class="con-info">发布日期：2025-02-05　来源：青溪县司法局</div>
<div class="TRS_Editor">{render(first_page, p2)}
<p style="text-align:center">第1页　共2页　<a href="t20250205_2.html">下一页</a>　<a href="t20250205_2.html">尾页</a></p></div></div>{footer(site)}"""
    pages.append(("62-pager-inside-content-box", (title, first_page), "2025-02-05", page("", title, body),
                  "青溪县司法局"))

    # 63 the author, the source and the time labelled 时间 last, in one line under the title.
    title, items = SHORT
    body = f"""{nav(site)}{crumb()}
<div class="news-detail"><h2>{esc(title)}</h2><p class="news-meta">作者：党政办　来源：河口镇人民政府　时间：2024-02-16 10:20</p>
<div class="news-detail-con">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("63-author-source-time-last", SHORT, "2024-02-16", page("", title, body), "河口镇人民政府"))

    # 64 a WeChat article saved as text-only markup: the account, the date and time and the province on one line
    # under the title, no publish_time element.
    title, items = ZONE
    body = f"""<div class="rich_media_area_primary"><h1 class="rich_media_title">{esc(title)}</h1>
<div class="rich_media_meta_list">青溪开发区发布 2024年02月27日 08:05 浙江</div>
<div class="rich_media_content" id="js_content">{render(items, p2, strong_heading)}
<p>供稿：开发区党政办</p><p>编辑：赵倩</p></div></div>"""
    pages.append(("64-wechat-dateline-as-text", ZONE, "2024-02-27", page("", title, body, site="青溪开发区发布"), ""))

    # 65 the attachment's download under a bare 附件： label after the report's date, inside the content box.
    title, items = SHORT
    body = f"""{nav(site)}{crumb()}
<div class="art"><h1>{esc(title)}</h1><div class="art-info">发布时间：2024-02-17　来源：河口镇人民政府</div>
<div class="content">{render(items, p2)}<p>附件：</p><p><a href="/u/2024/tj0217.xlsx">2023年度行政执法数据统计表.xlsx</a></p></div></div>{footer(site)}"""
    pages.append(("65-bare-attachment-label-after-date", SHORT, "2024-02-17", page("", title, body), "河口镇人民政府"))

    # 66 the publishing organ labelled 发布者 beside the date, each in a <span>, font-size links with no 字号 label.
    title, items = STREET
    body = f"""{nav(site)}{crumb()}
<div class="art"><h1>{esc(title)}</h1><div class="art-info"><span>发布者：枫林街道办事处</span> <span>发布时间：2025-02-27</span></div>
<div class="art-text">{render(items, p2, table=plain_table)}</div>
<div class="art-tools">【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div></div>{footer(site)}"""
    pages.append(("66-publisher-label-font-links", STREET, "2025-02-27", page("", title, body), ""))

    # 67 the read count and a prompt to read on a phone set inside the content box after the report's date, the
    # source a link in a <dl> of labels and values above it.
    title, items = TOWNSHIP
    body = f"""{nav(site)}{crumb()}
<div class="art"><h1>{esc(title)}</h1><dl class="art-info"><dt>来源：</dt><dd><a href="http://sw.qx.gov.cn">石湾乡人民政府</a></dd><dt>日期：</dt><dd>2024-02-19</dd></dl>
<div class="content">{render(items, p2)}<p>阅读：1024</p><p>扫一扫在手机上查看当前页面</p></div></div>{footer(site)}"""
    pages.append(("67-read-count-in-box-after-date", TOWNSHIP, "2024-02-19", page("", title, body), "石湾乡人民政府"))
    return pages


# A county portal's news story on the reports, headed by a headline that names no report.
NEWS = ("青溪县召开2023年度法治政府建设工作推进会", [
    ("p", "3月11日，青溪县召开2023年度法治政府建设工作推进会，听取各乡镇、县直各部门法治政府建设工作汇报。"),
    ("p", "会议审议了《青溪县2023年度法治政府建设情况报告》，部署了2024年行政执法协调监督等12项重点任务。"),
    ("p", "会议强调，各单位要压实法治建设第一责任人职责，全年组织执法人员培训不少于4期。"),
])


def fifth_probe():
    """Pages 68-70, modelled on county and department portals of the pages corpus: a news story's headline in an
    <h1> above the box that names no report (the page's <title> giving the same headline before the site's name),
    under a crumb and over an info line whose source label is 来自 with no value, a share bar and a print bar after
    the box; the same story under a masthead and a portal clock with the headline only in a class named for a title;
    a report whose info line opens with the page's column (栏目：… 发布时间：…)."""
    site = "青溪县人民政府"
    pages = []
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'

    # 68 a headline naming no report above the content box, 来自 with no value before the date.
    title, items = NEWS
    body = f"""{nav(site)}<div class="crumb">您的位置：<a href="/">首页</a> &gt;<a href="/ztzl/">专题专栏</a>&gt;<a href="/ztzl/fzzf/">法治政府建设</a>&gt;详细内容</div>
<div class="detail"><h1>{esc(title)}</h1><div class="detail-info">来自：　时间：2024-03-12　浏览次数：<span id="hits"></span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="detail-content">{render(items, p2)}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div><div class="tools"><a href="#">【打印正文】</a> <a href="#">【关闭窗口】</a></div></div>{footer(site)}"""
    pages.append(("68-news-headline-above-box", NEWS, "2024-03-12", page("", title, body), ""))

    # 69 the headline in a <div class="art_tit"> under a masthead with the portal's clock; a bar-separated info line.
    body = f"""<div class="top"><span class="site">{site}</span> <span class="clock">2024年3月13日 星期三</span></div>
<div class="tools-bar"><a href="#">无障碍</a> <a href="#">简体</a>| <a href="#">繁体</a></div>{nav(site)}
<div class="art"><div class="art_tit">{esc(title)}</div><div class="art-info">2024-03-12 10:05:31 | 来源：青溪县司法局 | 作者：王芳</div>
<div class="art-con">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("69-news-headline-title-class", NEWS, "2024-03-12", page("", title, body), "青溪县司法局"))

    # 70 a report whose info line opens with the page's column before its labelled date and source.
    title, items = SHORT
    body = f"""{nav(site)}{crumb()}
<div class="article"><h1>{esc(title)}</h1><div class="article-info">栏目：法治政府建设　发布时间：2024-01-22　来源：河口镇人民政府</div>
<div class="article-con">{render(items, p2)}</div></div>{footer(site)}"""
    pages.append(("70-column-field-opens-info-line", SHORT, "2024-01-22", page("", title, body), "河口镇人民政府"))
    return pages


def sixth_probe():
    """Pages 71-73, modelled on 范文 (content farm) sites and news apps' story pages that copy reports and stories
    from the portals: a report under the site's note offering it (下面是小编为大家整理的…，供大家参考。), its date line
    with a 本文已影响 count, the site's name and address set in a paragraph as a watermark, a closing note, a
    download button, tags and recommendations; a news app's story dated in brackets (（发布于：…）) and closed by its
    three reviewers (一审：… 二审：… 三审：…); another app's story whose time is glued to its read count."""
    farm = "文秘范文网"
    pages = []
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'

    # 71 a content farm's copy of a report: the note above and below it, a watermark in its second paragraph.
    title, items = SHORT
    watermark = "　文秘之家—公文写作好帮手 www.wenmi-fanwen-example.com　"
    marked = [(kind, value + watermark if i == 2 else value) for i, (kind, value) in enumerate(items)]
    body = f"""<div class="top"><a href="/">{farm}</a> <a href="/gongwen/">公文范文</a> <a href="/zongjie/">工作总结</a> <a href="/baogao/">工作报告</a> <a href="/login/">登录</a> <a href="/reg/">注册</a></div>
<div class="crumb">当前位置：<a href="/">{farm}</a> &gt; <a href="/gongwen/">公文范文</a> &gt; 正文</div>
<div class="article"><h1>{esc(title)}</h1>
<div class="info">时间：2024-02-20 09:12:33　公文范文　来源：网友投稿　<span>本文已影响 1,286人</span></div>
<div class="content"><p>下面是小编为大家整理的{esc(title)}，供大家参考。</p>
{render(marked, p2)}
<p>以上是小编为大家带来的{esc(title)}全部内容，希望对大家有所帮助。</p></div>
<div class="down"><a href="/down/71.html">【下载本文】</a> <a href="#">复制全文</a></div>
<div class="tags">TAG标签：<a href="/tag/fzzf/">法治政府建设</a> <a href="/tag/ndbg/">年度报告</a></div>
<div class="xgtj"><h3>相关推荐</h3><ul><li><a href="/a/1.html">2023年乡镇法治政府建设情况报告范文（精选3篇）</a></li>
<li><a href="/a/2.html">司法所2023年度工作总结</a></li></ul></div></div>
<div class="foot">Copyright © {farm} 版权所有　<a href="https://beian.miit.gov.cn">鲁ICP备00000000号</a></div>"""
    pages.append(("71-content-farm-copy", SHORT, "2024-02-20", page("", title, body, site=farm), ""))

    # 72 a news app's story: the account and the date in brackets under the headline, the reviewers after the text.
    title, items = NEWS
    app = "青溪发布客户端"
    body = f"""<div class="app-top"><a href="/download">打开APP</a></div>
<div class="story"><h1 class="story-title">{esc(title)}</h1><div class="story-info">青溪融媒　（发布于：2024-03-12 18:00）</div>
<div class="story-body">{render(items, p2)}<p>一审：王芳</p><p>二审：李明</p><p>三审：张伟</p></div></div>
<div class="app-foot"><a href="/download">下载{app}，看更多新闻</a></div>"""
    pages.append(("72-news-app-bracketed-date-reviewers", NEWS, "2024-03-12", page("", title, body, site=app), ""))

    # 73 another app's story: its time glued to the read count by elements with no space between them.
    body = f"""<div class="story"><h1>{esc(title)}</h1><div class="meta"><span class="time">2024-03-13 10:11</span><span class="read">4857阅读</span></div>
<div class="story-body">{render(items, p2)}<p>责任编辑：刘洋</p></div></div>"""
    pages.append(("73-news-app-time-glued-to-read-count", NEWS, "2024-03-13", page("", title, body, site=app), ""))
    return pages


def seventh_probe():
    """Pages 74-76, modelled on county and township portals of provinces not probed before (the south-west, the
    north-west, the north) and the 范文 sites copying from them: a township's report under a clock with the lunar date
    after the weekday, an info line labelled 文章出处/发布人/审核人 with a 人气 counter, 【打印此页】 under it; a county
    news story closed by a byline glued in brackets (（记者沈晓云）); a 范文 site's copy with its watermark, a name longer than two
    characters before 网, glued to a clause in the middle of a paragraph."""
    site = "河口镇人民政府"
    pages = []
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'

    # 74 a lunar clock over the page, an info line of other labels with a 人气 counter, print/close links under it.
    title, items = SHORT
    body = f"""<div class="top"><span class="date">今天是：2024年1月22日 星期一 农历腊月十二</span><a href="/wza/">无障碍</a></div>
{nav(site)}<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
<div class="article"><h1>{esc(title)}</h1>
<div class="article-info">文章出处：河口镇人民政府　发布人：李明　审核人：张伟　发布时间：2024-01-22　人气：<span id="hits">356</span></div>
<div class="article-con">{render(items, p2)}</div>
<div class="tools"><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></div></div>{footer(site)}"""
    pages.append(("74-lunar-clock-popularity-counter", SHORT, "2024-01-22", page("", title, body, site=site),
                  "河口镇人民政府"))

    # 75 a news story closed by a byline glued in brackets.
    title, items = NEWS
    county = "青溪县人民政府"
    lead = items[0][1]
    opened = [("p", lead)] + items[1:]
    body = f"""{nav(county)}{crumb("工作动态")}
<div class="detail"><h1>{esc(title)}</h1><div class="detail-info">来源：青溪县融媒体中心　发布时间：2024-03-12</div>
<div class="detail-content">{render(opened, p2)}<p style="text-align:right">（记者沈晓云）</p></div>
{SHARE}</div>{footer(county)}"""
    pages.append(("75-news-byline-glued-in-brackets", NEWS, "2024-03-12", page("", title, body, site=county),
                  "青溪县融媒体中心"))

    # 76 a 范文 site's copy: its watermark glued to a clause in the middle of a paragraph, a space after it.
    title, items = SHORT
    farm = "范文先生网"
    text = items[2][1]
    cut = text.index("，") + len("，全年审查镇政府合同39份")
    marked = items[:2] + [("p", text[:cut] + "范文先生网www.fanwen-example.com " + text[cut:])] + items[3:]
    body = f"""<div class="top"><a href="/">{farm}</a> <a href="/gongwen/">公文范文</a> <a href="/login/">登录</a></div>
<div class="article"><h1>{esc(title)}</h1><div class="info">时间：2024-02-26 10:03:12　来源：网友投稿</div>
<div class="content">{render(marked, p2)}</div></div>
<div class="foot">Copyright © {farm} 版权所有</div>"""
    pages.append(("76-farm-watermark-glued-to-a-clause", SHORT, "2024-02-26", page("", title, body, site=farm), ""))
    return pages


TOWN = ("柳岸镇2024年度法治政府建设工作报告", [
    ("p", "2024年，柳岸镇以习近平法治思想为指导，依法全面履行政府职能，现将有关情况报告如下："),
    ("h1", "一、主要举措和成效"),
    ("p", "镇党委会议专题研究法治工作4次，组织领导干部集体学法6次；全年审查镇政府合同41份，提出法律意见58条。"),
    ("h1", "二、存在的不足"),
    ("p", "村级法律顾问作用发挥不够充分，基层法治宣传形式比较单一。"),
    ("h1", "三、2025年工作打算"),
    ("p", "持续开展执法人员培训，推动公共法律服务向村（社区）延伸。"),
    ("sign", "柳岸镇人民政府"),
    ("date", "2025年1月20日"),
])

# A clerk's text copy of a page (select all, copy, paste), written beside the page as NN-name-copy.txt: it must read
# as the page's truth too.
COPIES = {}


def body_copy(report):
    """The report's lines as a copy of the page gives them: the title, then the body's paragraphs."""
    return truth(report).rstrip("\n")


def eighth_probe():
    """Pages 77-79, modelled on portals of provinces not probed before (the east, the south, the islands) and on the
    text copies clerks paste from them: an information platform's record table whose labels and values a copy
    sets apart by spaces only, a 信息名称 row naming the report; a city portal's masthead with the site's name before
    the clock, an info list of 听全文, a bare date and time and the source, columns headed 更多>>; a page whose info line opens
    with the date and time, with its font-size label left alone, 打印 | 关闭 and 【返回】 under it."""
    pages = []
    title, items = TOWN
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'
    site = "柳岸镇人民政府"

    # 77 an information platform's record table, labels and values in cells of their own.
    rows = [("索 引 号", "003110926/202502-00016", "信息分类", "法治政府建设"),
            ("发布机构", site, "发布日期", "2025-02-15 10:06:36"), ("信息来源", "", "关 键 词", ""),
            ("主题分类", "", "服务对象分类", ""), ("体裁分类", "", "生命周期分类", ""), ("文 号", "", "信息格式/语种", "")]
    table = "\n".join("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    body = f"""{nav(site)}<div class="crumb">当前位置: <a href="/">首页</a> &gt; <a href="/la/">柳岸镇</a> &gt; 法治政府建设年度报告</div>
<table class="xxgk">{table}
<tr><td>信息名称</td><td colspan="3">{esc(title)}</td></tr><tr><td>内容概述</td><td colspan="3"></td></tr></table>
<div class="article"><h1>{esc(title)}</h1><div class="info">发布日期:2025-02-15 10:06:36&nbsp;&nbsp;&nbsp;&nbsp;发布机构:{site}&nbsp;&nbsp;&nbsp;&nbsp;信息来源:{site}</div>
<div class="article-con">{render(items, p2)}</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div></div>{footer(site)}"""
    pages.append(("77-record-table-spaced-labels", TOWN, "2025-02-15", page("", title, body, site=site), site))
    COPIES["77-record-table-spaced-labels"] = "\n".join(
        ["当前位置: 首页 > 柳岸镇 > 法治政府建设年度报告"] + [" ".join(cell for cell in row if cell) for row in rows] +
        [f"信息名称 {title}", "内容概述", title, f"发布日期:2025-02-15 10:06:36    发布机构:{site}    信息来源:{site}"] +
        body_copy(TOWN).split("\n")[1:] + ["【打印】【关闭】"]) + "\n"

    # 78 a city portal: the site's name before the clock, an info list with 听全文 and a bare date, 更多>> columns.
    city = "青溪市人民政府"
    body = f"""<div class="top"><span>{city} 2025年1月23日星期四</span></div><div class="bar"><a href="/wza/">无障碍</a> <a href="/jt/">简体</a>| <a href="/ft/">繁体</a></div>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/fzzf/">法治政府建设</a> &gt; 镇街</div>
<div class="article"><h1>{esc(title)}</h1><ul class="info"><li><a href="#" class="tts">听全文</a></li><li>2025-01-23 09:30:12</li><li>来源:{site}</li><li>分享到</li></ul>
<div class="article-con">{render(items, p2)}</div></div>
<div class="cols"><div><h3>行业指导 <a href="/hyzd/">更多&gt;&gt;</a></h3></div><div><h3>他山之石 <a href="/tszs/">更多&gt;&gt;</a></h3></div></div>
<div class="foot">主办单位：{city}办公室 网站标识码：4407000001 粤ICP备00000001号</div>"""
    pages.append(("78-listen-bullets-site-before-clock", TOWN, "2025-01-23", page("", title, body, site=city), site))
    COPIES["78-listen-bullets-site-before-clock"] = "\n".join(
        [f"{city} 2025年1月23日星期四", "无障碍 简体| 繁体", "当前位置:首页 > 政务公开 > 法治政府建设 > 镇街", title, "听全文",
         "2025-01-23 09:30:12", f"来源:{site}", "分享到"] + body_copy(TOWN).split("\n")[1:] +
        ["行业指导 更多>>", "他山之石 更多>>", f"主办单位：{city}办公室 网站标识码：4407000001 粤ICP备00000001号"]) + "\n"

    # 79 an info line opening with the date and time, the font-size label alone (its buttons are drawn by a script).
    body = f"""<div class="article"><h1>{esc(title)}</h1><div class="info">2025-02-18 09:30:00 来源: 本站原创</div>
<div class="zoom">【字体:<span id="zoom-buttons"></span></div>
<div class="article-con">{render(items, p2)}</div>
<div class="tools"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></div>
<div class="back"><a href="javascript:history.back()">【返回】</a></div></div>"""
    pages.append(("79-date-first-info-font-label-alone", TOWN, "2025-02-18", page("", title, body, site=site), ""))
    COPIES["79-date-first-info-font-label-alone"] = "\n".join(
        [title, "2025-02-18 09:30:00 来源: 本站原创", "【字体:"] + body_copy(TOWN).split("\n")[1:] +
        ["打印 | 关闭", "【返回】"]) + "\n"
    return pages


def ninth_probe():
    """Pages 80-82, modelled on portals of provinces not probed before (the centre, the south-west) and on the text
    copies clerks paste from them, each with what a copy splits over lines: a city portal's info list giving the date
    alone and a share bar whose separator is left on a line of its own; a county portal's labels each over its value;
    a township's record table, which a copy pastes with its tabs."""
    pages = []
    title, items = TOWN
    p2 = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'
    site = "柳岸镇人民政府"

    # 80 an info list: 听全文, the date alone, the source, the share label and its separator, each an item.
    body = f"""<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/fzzf/">法治政府建设</a></div>
<div class="article"><h1>{esc(title)}</h1><ul class="info"><li><a href="#" class="tts">听全文</a></li><li>2025-01-20</li><li>来源:{site}</li><li>分享到</li><li>-</li></ul>
<div class="article-con">{render(items, p2)}</div></div>"""
    pages.append(("80-info-list-dash-date-share-separator", TOWN, "2025-01-20", page("", title, body, site=site), site))
    COPIES["80-info-list-dash-date-share-separator"] = "\n".join(
        ["当前位置:首页 > 政务公开 > 法治政府建设", title, "听全文", "2025-01-20", f"来源:{site}", "分享到", "-"] +
        body_copy(TOWN).split("\n")[1:]) + "\n"

    # 81 labels over their values (a definition list), a share bar's items and a button bar's separator under the text.
    body = f"""<div class="article"><h1>{esc(title)}</h1><dl class="info"><dt>发布时间：</dt><dd>2025-01-22 11:20</dd><dt>来源：</dt><dd>{site}</dd><dt>浏览次数：</dt><dd>215</dd></dl>
<div class="article-con">{render(items, p2)}</div>
<div class="share">分享到：<a href="#">微信</a><span>-</span><a href="#">微博</a></div><div class="tools"><a href="javascript:window.print()">打印</a><span>|</span><a href="javascript:window.close()">关闭</a></div></div>"""
    pages.append(("81-labels-over-values", TOWN, "2025-01-22", page("", title, body, site=site), site))
    COPIES["81-labels-over-values"] = "\n".join(
        [title, "发布时间：", "2025-01-22 11:20", "来源：", site, "浏览次数：", "215"] + body_copy(TOWN).split("\n")[1:] +
        ["分享到：", "微信", "-", "微博", "打印", "|", "关闭"]) + "\n"

    # 82 a township's record table, which a copy pastes with the tabs between its cells, and an eye-care colour switch.
    rows = [("索引号", "43312600000/2025-00021", "信息分类", "法治政府建设"), ("发布机构", site, "发布日期", "2025-02-12")]
    table = "\n".join("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    body = f"""<table class="xxgk">{table}
<tr><td>名称</td><td colspan="3">{esc(title)}</td></tr></table>
<div class="article"><h1>{esc(title)}</h1><div class="eye">视力保护色:<a href="#" class="c1"></a><a href="#" class="c2"></a></div>
<div class="article-con">{render(items, p2)}</div></div>"""
    pages.append(("82-record-table-pasted-with-tabs", TOWN, "2025-02-12", page("", title, body, site=site), ""))
    COPIES["82-record-table-pasted-with-tabs"] = "\n".join(
        ["\t".join(row) for row in rows] + [f"名称\t{title}", title, "视力保护色:"] + body_copy(TOWN).split("\n")[1:]) + "\n"
    return pages


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # The source column is checked only where a page states one (the fourth probe's pages say which).
    rows = ["page\ttruth\ttitle\tpublished\tsource"]
    for name, report, published, data, *source in templates() + fourth_probe() + fifth_probe() + sixth_probe() + seventh_probe() + eighth_probe() + ninth_probe():
        (OUT / f"{name}.html").write_bytes(data)
        (OUT / f"{name}.txt").write_text(truth(report), encoding="utf-8")
        title = report[0].replace("\n", "")  # a joint report's organs and name, each on a line, are one title
        rows.append("\t".join([f"{name}.html", f"{name}.txt", title, published, source[0] if source else ""]))
    (OUT / "expected.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for name, copy in COPIES.items():
        (OUT / f"{name}-copy.txt").write_text(copy, encoding="utf-8")

if __name__ == "__main__":
    main()
