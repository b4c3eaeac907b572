#!/usr/bin/env python3
"""Makes tests/data/pdf-tables/autofit-*.pdf: reports whose tables are auto-fit, as LibreOffice prints them.

A table in an HTML page or a Word document whose columns are sized to what they hold ("auto-fit") leaves only the
cells' padding between a short label and the figure in the next cell (some 6 pt at 12 pt type), and its narrow
figure columns wrap their header cells over two or three lines (调解纠纷 / （件）). Each report here is an HTML page
of the genre (a 单位：件 line or a caption 表1 …（单位：件） over a table, short row labels, a 合计 row, 2 to 6 columns,
some cells left-aligned as HTML sets them, some centred as Word does) that LibreOffice converts to PDF; the same
report as tab-separated text is written beside it, and the test suite expects the same figures from both. The
outputs are committed, so the suite never needs LibreOffice.

Needs: libreoffice-writer-nogui and fonts-noto-cjk (Debian packages).
Usage: scripts/make-pdf-autofit-table-fixtures.py [out-dir]
"""
import pathlib
import subprocess
import sys
import tempfile
from html import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "pdf-tables"

HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>@page {{ size: 21cm 29.7cm; margin: 2.5cm 2.6cm 2cm 2.8cm; }}
body {{ font-family: 'Noto Serif CJK SC'; font-size: 16pt; }}
td {{ font-family: 'Noto Sans CJK SC'; font-size: {cell_size}pt; }}</style></head>
<body>
"""

# A report: its title, cell type size, its cells' alignment (None: HTML's, left and centred vertically; Word sets
# them at the top) and its parts in order: a paragraph
# (str, "> " for one set flush right, "^ " for one centred) or a table (a list of rows).
REPORTS = {
    "autofit-squadrons": ("临川县综合行政执法局2024年法治政府建设年度报告", 12, None, [
        "2024年，我局坚持严格规范公正文明执法，各执法中队办理案件情况如下。",
        "> 单位：件",
        [["中队", "立案", "结案"],
         ["第一中队", "286", "279"],
         ["第二中队", "154", "150"],
         ["第三中队", "97", "97"],
         ["合计", "537", "526"]],
        "全年受理行政许可申请情况如下。",
        "> 单位：件",
        [["事项", "数量"],
         ["受理", "1,286"],
         ["办结", "1,279"],
         ["不予许可", "7"]],
        "二、存在的不足",
        "执法队伍专业化水平仍需提高。",
    ]),
    "autofit-wrapped-header": ("松江镇人民政府2024年度法治政府建设情况报告", 10.5, 'align="center"', [
        "2024年，镇党委、镇政府坚持和发展新时代“枫桥经验”，各村（社区）人民调解工作情况如下。",
        [["村（社区）", "排查矛盾纠纷（件）", "调解纠纷（件）", "调解成功（件）", "法律咨询（人次）", "普法宣传活动（场）"],
         ["东村", "86", "80", "78", "312", "14"],
         ["西村", "42", "40", "39", "156", "9"],
         ["南社区", "57", "55", "55", "204", "11"],
         ["合计", "185", "175", "172", "672", "34"]],
        "各村（社区）行政执法辅助工作情况如下。",
        [["村（社区）", "协助行政许可（件）", "协助行政检查（户次）", "发现违法线索（条）", "移送执法部门（件）",
          "劝导整改（户）", "宣传资料（份）"],
         ["东村", "12", "86", "9", "4", "31", "650"],
         ["西村", "7", "54", "5", "2", "18", "420"],
         ["合计", "19", "140", "14", "6", "49", "1,070"]],
        "二、下一步工作打算",
        "持续加强基层法治建设，提升矛盾纠纷化解质效。",
    ]),
    "autofit-caption": ("青山区司法局2024年法治政府建设年度报告", 12, 'align="center"', [
        "全年办理行政复议和行政应诉案件情况见表1。",
        "^ 表1  2024年行政复议和行政应诉案件情况（单位：件）",
        [["类别", "收案", "审结", "维持", "纠错"],
         ["行政复议", "64", "58", "41", "9"],
         ["行政应诉", "23", "20", "17", "2"],
         ["合计", "87", "78", "58", "11"]],
        "三、存在的问题",
        "行政复议纠错率仍然偏高。",
    ]),
    "autofit-top-aligned": ("云岭乡人民政府2024年法治政府建设年度报告", 10.5, 'valign="top"', [
        "全年各村人民调解和法律服务情况如下表。",
        "^ 表2  2024年各村人民调解和法律服务情况（单位：件）",
        [["村", "人民调解委员会受理纠纷", "人民调解委员会调解成功", "法律援助中心受理案件", "公共法律服务站接待咨询",
          "法律明白人参与调解", "乡村振兴法律服务队服务", "普法宣传讲座"],
         ["上寨", "38", "36", "5", "126", "12", "8", "6"],
         ["下寨", "27", "27", "3", "98", "9", "5", "4"],
         ["合计", "65", "63", "8", "224", "21", "13", "10"]],
        "二、存在的不足",
        "基层法律服务力量仍然不足。",
    ]),
    "autofit-left-aligned": ("河口街道办事处2024年法治政府建设年度报告", 12, None, [
        "2024年，街道综合执法队各类执法检查情况如下。",
        "> 单位：件",
        [["社区", "日常巡查发现问题", "责令整改", "立案查处", "移送"],
         ["滨江", "126", "118", "6", "2"],
         ["桥东", "94", "90", "3", "1"],
         ["合计", "220", "208", "9", "3"]],
        "三、存在的问题",
        "执法规范化水平有待提升。",
    ]),
}


def html_of(title, cell_size, align, parts):
    body = [HEAD.format(title=escape(title), cell_size=cell_size),
            f'<p align="center" style="font-size:22pt">{escape(title)}</p>']
    cell = f"<td {align}>" if align else "<td>"
    for part in parts:
        if isinstance(part, list):
            rows = "\n".join("<tr>" + "".join(f"{cell}{escape(c)}</td>" for c in row) + "</tr>" for row in part)
            body.append(f'<table border="1" cellpadding="3" cellspacing="0" align="center">\n{rows}\n</table>')
        elif part.startswith("> "):
            body.append(f'<p align="right">{escape(part[2:])}</p>')
        elif part.startswith("^ "):
            body.append(f'<p align="center">{escape(part[2:])}</p>')
        else:
            body.append(f"<p>\u3000\u3000{escape(part)}</p>")
    return "\n".join(body) + "\n</body></html>\n"


def text_of(title, parts):
    lines = [title]
    for part in parts:
        if isinstance(part, list):
            lines += ["\t".join(row) for row in part]
        else:
            lines.append(part[2:] if part[:2] in ("> ", "^ ") else part)
    return "\n".join(lines) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        sources = []
        for name, (title, cell_size, align, parts) in REPORTS.items():
            source = work / (name + ".html")
            source.write_text(html_of(title, cell_size, align, parts), encoding="utf-8")
            sources.append(str(source))
            (OUT / (name + ".txt")).write_text(text_of(title, parts), encoding="utf-8")
        # Opened as Writer (not Writer/Web) documents, so the PDF is what Writer prints; a profile of its own keeps a
        # desktop session's LibreOffice out of the way.
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(OUT),
                        *sources], check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
