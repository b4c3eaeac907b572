#!/usr/bin/env python3
"""Makes tests/data/pdf-tables/: a short report with tables, as Word or WPS would export it to PDF.

A flat ODT laid out as Chinese government reports are (Noto CJK, 1.5 line spacing, a "— N —" page number in the
footer) holds a `单位：件` line set flush right over a table of enforcement figures, a cell that wraps inside
its narrow column (法律援助案件), and a long table whose header row LibreOffice repeats on the next page, with a row
the page break cuts in two; LibreOffice converts it to PDF and to DOCX. The same report as tab-separated text is
written beside them: the test suite reads the three and expects the same table figures. The outputs are committed,
so the suite never needs LibreOffice.

Needs: libreoffice-writer-nogui and fonts-noto-cjk (Debian packages).
Usage: scripts/make-pdf-table-fixtures.py [out-dir]
"""
import pathlib
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from office_fixtures import DOCUMENT_HEAD, convert  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "pdf-tables"
NAME = "tables"

FODT = DOCUMENT_HEAD + """ <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="0.85cm" fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:line-height="150%"/>
   <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"
     fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN"
     style:language-asian="zh" style:country-asian="CN"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="18pt" style:font-size-asian="18pt"/>
  </style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Grid" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/>
  </style:style>
  <style:style style:name="Fixed" style:family="table">
   <style:table-properties style:width="8.5cm" table:align="center"/>
  </style:style>
  <style:style style:name="Narrow" style:family="table-column">
   <style:table-column-properties style:column-width="1.7cm"/>
  </style:style>
  <style:style style:name="Wide" style:family="table-column">
   <style:table-column-properties style:column-width="3.4cm"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm"
     fo:margin-bottom="1.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{body}
 </office:text></office:body>
</office:document>
"""

TITLE = "青禾县司法局2024年度法治政府建设情况报告"
OPENING = [
    "2024年，县司法局深入学习贯彻习近平法治思想，认真落实法治政府建设各项任务，现将有关情况报告如下。",
    "一、主要工作",
    "（一）严格规范公正文明执法。全年组织开展行政执法案卷评查，推动执法质量持续提升，各领域执法情况见下表。",
]
ENFORCEMENT = [
    ["类别", "2023年", "2024年"],
    ["行政检查", "312", "296"],
    ["行政处罚", "87", "102"],
    ["法律援助案件", "141", "156"],
]
MIDDLE = [
    "（二）深化公共法律服务。县乡村三级公共法律服务平台实现全覆盖，为群众提供法律咨询、人民调解等服务。"
    "全年各乡镇人民调解情况如下表，调解成功率保持在较高水平，矛盾纠纷化解在基层。",
]
TOWNS = ["青禾镇", "白沙乡", "柳湾街道", "石桥镇", "东岭乡", "南溪镇", "北山乡", "西坪镇", "新河镇", "龙泉乡",
         "凤鸣镇", "松林乡", "梅溪乡", "桃源镇（含原桃溪乡、原源头乡、原清河乡）", "金溪乡", "云台镇", "清水乡", "马坊镇", "高岗乡"]
MEDIATION = [["乡镇", "受理纠纷", "调解成功"]] + [
    [town, str(40 + 7 * i), str(38 + 7 * i)] for i, town in enumerate(TOWNS)
]
CLOSING = [
    "二、存在的不足",
    "基层执法力量仍显薄弱，部分执法人员业务能力有待提升。",
    "青禾县司法局",
    "2025年1月15日",
]


def paragraph(text, style="Standard"):
    return f'  <text:p text:style-name="{style}">{escape(text)}</text:p>'


def table(name, rows, widths, repeat_header, style=None):
    columns = "".join(f'<table:table-column table:style-name="{w}"/>' for w in widths)

    def row(cells):
        return "<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Grid" office:value-type="string">{paragraph(c, "Cell")}</table:table-cell>'
            for c in cells) + "</table:table-row>"

    header = row(rows[0])
    if repeat_header:
        header = f"<table:table-header-rows>{header}</table:table-header-rows>"
    styled = f' table:style-name="{style}"' if style else ""
    return f'  <table:table table:name="{name}"{styled}>{columns}{header}{"".join(row(r) for r in rows[1:])}</table:table>'


def main():
    body = [paragraph(TITLE, "Title")] + [paragraph(p) for p in OPENING]
    body += [paragraph("单位：件", "Right"), table("执法", ENFORCEMENT, ["Narrow", "Wide", "Wide"], False, "Fixed")]
    body += [paragraph(p) for p in MIDDLE]
    body += [paragraph("单位：件", "Right"), table("调解", MEDIATION, ["Wide", "Wide", "Wide"], True)]
    body += [paragraph(p) for p in CLOSING[:2]] + [paragraph(p, "Right") for p in CLOSING[2:]]
    convert([(NAME, FODT.replace("{body}", "\n".join(body)))], ["pdf:writer_pdf_Export", "docx:MS Word 2007 XML"], OUT)
    lines = [TITLE] + OPENING + ["单位：件"] + ["\t".join(r) for r in ENFORCEMENT] + MIDDLE + ["单位：件"]
    lines += ["\t".join(r) for r in MEDIATION] + CLOSING
    (OUT / (NAME + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
