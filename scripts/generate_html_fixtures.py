#!/usr/bin/env python3
"""Writes tests/data/html/: portal pages wrapping the example reports (tests/data/reports/*.txt).

Each page puts one report's lines amid the chrome government portals surround an article with (navigation,
clock, breadcrumb, info block, font-size switcher, print/close links, share row, related reading with
issue numbers, visitor counter, footer with ICP, police and phone numbers, scripts, styles), in the encodings
portals use (GBK, GB2312 declared but GBK used, UTF-8 declared but GBK used, UTF-8 with and without a BOM) and
in different layouts (a known content container, an unnamed one, a table layout, <br>-separated text, <h3>
headings). The chrome is written for these fixtures, modelled on the genre; no real page is copied.
Also writes expected.tsv: page, report, title, region, year, published, unit.

Run from the repository root: python3 scripts/generate_html_fixtures.py
"""
import html
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "data" / "reports"
OUT = ROOT / "tests" / "data" / "html"


def report_lines(name):
    lines = [line.strip() for line in (REPORTS / name).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    title = []
    for line in lines[:3]:
        title.append(line)
        if "报告" in line or "总结" in line:
            break
    else:
        title = lines[:1]
    return title, lines[len(title):]


def esc(text):
    return html.escape(text, quote=False)


def paragraphs(lines, style="p"):
    if style == "br":
        return "<br>\n".join("&nbsp;&nbsp;" + esc(line) for line in lines) + "<br>"
    if style == "h3":
        out = []
        for line in lines:
            if len(line) < 30 and line[:2] in ("一、", "二、", "三、", "四、", "五、"):
                out.append(f"<h3>{esc(line)}</h3>")
            else:
                out.append(f'<p style="text-indent:2em">{esc(line)}</p>')
        return "\n".join(out)
    return "\n".join(f'<p style="text-indent: 2em;">{esc(line)}</p>' for line in lines)


def head(charset_tag, title, site, published, source, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
{charset_tag}
<title>{esc(title)}_{esc(site)}</title>
<meta name="SiteName" content="{esc(site)}">
<meta name="ColumnName" content="法治政府建设">
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="PubDate" content="{published} 09:30">
<meta name="ContentSource" content="{esc(source)}">
{extra}
<style type="text/css">.nav li{{float:left;}} .zoom p{{line-height:2em;}} /* 第3期 2024年 12345 */</style>
<script type="text/javascript">var visits = 2024; document.write("浏览次数：" + visits + "次，第3期");</script>
</head>
"""


TOP = """<div class="top"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">长者版</a></div>
<div class="date">今天是：{clock} 星期三</div>
<div class="logo"><img src="logo.png" alt="{site}"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进{short}</a></li><li><a href="/ztzl/">专题专栏</a></li></ul>
<div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/fzzf/">法治政府建设</a></div>
"""

INFO_TABLE = """<table class="xxgk_table">
<tr><td>索 引 号：</td><td>{index}</td><td>发布机构：</td><td>{source}</td></tr>
<tr><td>名 称：</td><td>{title}</td><td>成文日期：</td><td>{published}</td></tr>
</table>
<div class="info">发布时间：{published}　来源：{source}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　浏览次数：1368</div>
"""

TOOLS = """<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
"""

RELATED = """<div class="related"><h4>相关阅读</h4><ul>
<li><a href="/a/1.html">{short}法治宣传简报第3期</a><span>2024-03-12</span></li>
<li><a href="/a/2.html">{short}召开2024年第2次依法行政工作会议</a><span>2024-05-20</span></li>
<li><a href="/a/3.html">关于开展第25个法治宣传周活动的通知</a><span>2024-11-28</span></li>
</ul></div>
"""

FOOTER = """<div class="footer">
<p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办单位：{site}办公室　联系电话：0871-5123456　地址：{short}人民路88号</p>
<p><a href="https://beian.miit.gov.cn/">滇ICP备05001234号-3</a>　滇公网安备 53042402000123号　网站标识码：5304240017</p>
<p>您是第 <span>2895013</span> 位访客　建议使用1366×768分辨率浏览</p>
</div>
<script>var _hmt = _hmt || []; (function(){{ var hm = 3; }})();</script>
"""


def page(template, report, charset_tag, encoding, bom=False, **facts):
    title_lines, body = report_lines(report)
    title = "".join(title_lines)
    values = dict(title=esc(title), clock="2019年10月30日", **{k: esc(v) for k, v in facts.items()})
    visible_title = "<br>".join(esc(line) for line in title_lines)
    chrome_top = TOP.format(**values)
    info = INFO_TABLE.format(**values)
    tools = TOOLS
    related = RELATED.format(**values)
    footer = FOOTER.format(**values)
    attach = '<p class="fj">附件：<a href="/files/report.pdf">{0}.pdf</a> <a href="/files/report.wps">{0}.wps</a></p>'.format(
        esc(title))
    if template == "trs":  # a TRS content system's page: the article in div.TRS_Editor
        body_html = f"""<div class="main"><div class="title"><h1>{visible_title}</h1></div>{info}
<div class="content"><div class="TRS_Editor">{paragraphs(body)}</div></div>{attach}{tools}{related}</div>"""
    elif template == "zoom":  # the article in #zoom, headings as <h3>
        body_html = f"""<div class="wrap"><div class="left">{related}</div><div class="right">
<h2 class="art-title">{visible_title}</h2>{info}<div id="zoom">{paragraphs(body, "h3")}</div>{tools}</div></div>"""
    elif template == "unnamed":  # no known container name: only the density finds the article
        body_html = f"""<div class="xl-wrap"><div class="xl-head"><div class="xl-bt" style="text-align: center">{visible_title}</div>{info}</div>
<div class="xl-nr-7f3">{paragraphs(body, "br")}</div>{tools}{related}</div>"""
    elif template == "table":  # an old portal's table layout
        body_html = f"""<table width="980" align="center"><tr><td width="200" valign="top">{related}</td>
<td valign="top"><table width="100%"><tr><td align="center" class="biaoti"><strong>{visible_title}</strong></td></tr>
<tr><td>{info}</td></tr><tr><td class="zw">{paragraphs(body)}</td></tr><tr><td>{tools}</td></tr></table></td></tr></table>"""
    elif template == "ucap":  # UCAP's container, meta title only (no visible title element)
        body_html = f"""<div class="article">{info}<div id="UCAP-CONTENT">{paragraphs(body)}</div>{attach}{tools}</div>{related}"""
    elif template == "html5":  # semantic markup: nav, article, aside, footer
        body_html = f"""<main><article><header><h1>{visible_title}</h1>{info}</header>
<section class="art">{paragraphs(body)}</section>{tools}</article><aside>{related}</aside></main>"""
    else:
        raise ValueError(template)
    document = (head(charset_tag, title, facts["site"], facts["published"], facts["source"]) + "<body>\n" + chrome_top +
                body_html + "\n" + footer + "</body>\n</html>\n")
    data = document.encode(encoding)
    return (b"\xef\xbb\xbf" if bom else b"") + data


GBK_DECLARED = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
GB2312_DECLARED = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
UTF8_DECLARED = '<meta charset="utf-8">'

# page, template, report, charset tag, encoding, BOM, facts, and the metadata expected
PAGES = [
    ("01-trs-gb2312-declared-gbk.html", "trs", "000_cef3d45027b726e1.txt", GB2312_DECLARED, "gbk", False,
     dict(site="某某县人民政府", short="黄门镇", source="黄门镇人民政府", published="2025-01-10", index="11530424MB1C12345A/2025-00012"),
     dict(region="黄门镇", year="2024", unit="黄门镇")),
    ("02-zoom-utf8.html", "zoom", "001_45bb725d25c6ce65.txt", UTF8_DECLARED, "utf-8", False,
     dict(site="浦东新区人民政府", short="泥城镇", source="泥城镇", published="2024-12-17", index="NC0012/2024-00087"),
     dict(region="泥城镇", year="2024", unit="泥城镇人民政府")),
    ("03-unnamed-br-gbk.html", "unnamed", "002_0bf2e85c5618e9db.txt", GBK_DECLARED, "gbk", False,
     dict(site="酉阳县人民政府", short="麻旺镇", source="麻旺镇人民政府", published="2024-01-22", index="115002420087001/2024-00021"),
     dict(region="酉阳土家族苗族自治县麻旺镇", year="2023", unit="酉阳土家族苗族自治县麻旺镇")),
    ("04-table-layout-utf8-bom.html", "table", "003_f3ad0f8b935bdfdd.txt", UTF8_DECLARED, "utf-8", True,
     dict(site="华宁县人民政府", short="青龙镇", source="青龙镇人民政府", published="2025-01-08", index="53042400-2025-000031"),
     dict(region="华宁县青龙镇", year="2024", unit="华宁县青龙镇人民政府")),
    ("05-ucap-utf8-declared-gbk.html", "ucap", "004_a8147dcb4b98a366.txt", UTF8_DECLARED, "gbk", False,
     dict(site="雷州市人民政府", short="东里镇", source="雷州市东里镇人民政府", published="2020-04-13", index="007251234/2020-00451"),
     dict(region="雷州市东里镇", year="2019", unit="雷州市东里镇人民政府")),
    ("06-html5-utf8.html", "html5", "000_cef3d45027b726e1.txt", UTF8_DECLARED, "utf-8", False,
     dict(site="某某县人民政府", short="黄门镇", source="黄门镇人民政府", published="2025-01-10", index="11530424MB1C12345A/2025-00012"),
     dict(region="黄门镇", year="2024", unit="黄门镇")),
    ("07-trs-gb2312-declared-gbk.html", "trs", "002_0bf2e85c5618e9db.txt", GB2312_DECLARED, "gbk", False,
     dict(site="酉阳县人民政府", short="麻旺镇", source="麻旺镇人民政府", published="2024-01-22", index="115002420087001/2024-00021"),
     dict(region="酉阳土家族苗族自治县麻旺镇", year="2023", unit="酉阳土家族苗族自治县麻旺镇")),
    ("08-unnamed-br-utf8.html", "unnamed", "003_f3ad0f8b935bdfdd.txt", UTF8_DECLARED, "utf-8", False,
     dict(site="华宁县人民政府", short="青龙镇", source="青龙镇人民政府", published="2025-01-08", index="53042400-2025-000031"),
     dict(region="华宁县青龙镇", year="2024", unit="华宁县青龙镇人民政府")),
    ("09-table-layout-gbk.html", "table", "001_45bb725d25c6ce65.txt", GBK_DECLARED, "gbk", False,
     dict(site="浦东新区人民政府", short="泥城镇", source="泥城镇", published="2024-12-17", index="NC0012/2024-00087"),
     dict(region="泥城镇", year="2024", unit="泥城镇人民政府")),
    ("10-zoom-gb2312-declared-gbk.html", "zoom", "004_a8147dcb4b98a366.txt", GB2312_DECLARED, "gbk", False,
     dict(site="雷州市人民政府", short="东里镇", source="雷州市东里镇人民政府", published="2020-04-13", index="007251234/2020-00451"),
     dict(region="雷州市东里镇", year="2019", unit="雷州市东里镇人民政府")),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rows = ["page\treport\ttitle\tregion\tyear\tpublished\tunit"]
    for name, template, report, tag, encoding, bom, facts, expected in PAGES:
        if "gb2312" in tag and encoding == "gbk":
            # A character GBK has and GB2312 lacks, as such pages carry: the declaration is wrong.
            facts = dict(facts, site=facts["site"] + "（喆）")
        (OUT / name).write_bytes(page(template, report, tag, encoding, bom, **facts))
        title = "".join(report_lines(report)[0])
        rows.append("\t".join([name, report, title, expected["region"], expected["year"], facts["published"],
                               expected["unit"]]))
    (OUT / "expected.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
