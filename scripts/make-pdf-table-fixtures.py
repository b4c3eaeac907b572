#!/usr/bin/env python3
"""Makes tests/data/pdf-tables/: a short report with tables, as Word or WPS would export it to PDF.

A flat ODT laid out as Chinese government reports are (Noto CJK, 1.5 line spacing, a "— N —" page number in the
footer) holds a `单位：件` line set flush right over a table of enforcement figures, a cell that wraps inside
its narrow column (法律援助案件), and a long table whose header row LibreOffice repeats on the next page, with a row
the page break cuts in two; LibreOffice converts it to PDF and to DOCX. The same report as tab-separated text is
written beside them: the test suite reads the three and expects the same table figures. Beside it, MISREADINGS:
short reports laid out as earlier versions misread them (a contact line ending a page over a table opening the next,
labels set 分散对齐, a table of contents with dotted leaders, …), each as PDF and as text. The outputs are committed,
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
  <style:style style:name="Distributed" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:text-align-last="justify" fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="DistributedCell" style:family="paragraph" style:parent-style-name="Cell">
   <style:paragraph-properties fo:text-align="justify" fo:text-align-last="justify"/>
  </style:style>
  <style:style style:name="Flush" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="Contents" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0cm">
    <style:tab-stops><style:tab-stop style:position="15.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Grid" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/>
  </style:style>
  <style:style style:name="GridTop" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/>
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
  <style:style style:name="NewPage" style:family="table">
   <style:table-properties style:width="15.6cm" table:align="center" fo:break-before="page"/>
  </style:style>
  <style:style style:name="Full" style:family="table">
   <style:table-properties style:width="15.6cm" table:align="center"/>
  </style:style>
  <style:style style:name="BreakBefore" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
{column_styles}
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


# Known misreadings of office software's PDFs, each a short report: a paragraph is a string, or (style, text) for one
# styled otherwise (Right, Distributed: 分散对齐, its characters spread over the line; Contents: a contents entry,
# its page number after a tab with a dotted leader; BreakBefore: opening a new page); a table is a dict: its column
# widths in mm, its rows (a cell a string, (text, columns, rows) for one merged across or down, None where a merged
# cell covers), whether it opens a new page, and its rows as the text version gives them (the header flattened).
FILLER = ("县政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，统筹推进法治政府建设各项"
          "工作，依法行政水平不断提升，为经济社会高质量发展提供了有力法治保障。")
MISREADINGS = {
    # The last body line of a page (a contact line under a cover letter) over a table that opens the next page.
    "contact-line-over-a-page-break": [
        "现将2024年度法治政府建设有关统计情况报送如下，请审阅。",
        FILLER, FILLER,
        "联系人：张某　　　　　联系电话：0000-1234567",
        {"widths": [18, 70, 34, 34], "break": True,
         "rows": [["序号", "执法部门", "检查（户次）", "立案（件）"],
                  ["1", "县市场监管局", "312", "46"],
                  ["2", "县生态环境局", "128", "17"],
                  ["3", "县应急管理局", "205", "9"]]},
        "二、存在的不足",
        "执法力量与任务不相适应的问题仍然存在。",
    ],
    # An attachment's label and a contact line set 分散对齐, and a table whose header cells are two characters.
    "distributed-labels": [
        ("Distributed", "附件"),
        "2024年度行政执法数据统计",
        ("Distributed", "联系人"),
        "全年各执法部门办理案件情况如下。",
        {"widths": [52, 52, 52],
         "rows": [["部门", "立案", "结案"],
                  ["市场监管", "46", "44"],
                  ["生态环境", "17", "17"]]},
        "以上数据截至2024年12月31日。",
        "全年行政许可办理情况如下。",
        {"widths": [78, 78],
         "rows": [["事项", "数量"],
                  ["受理", "1,286"],
                  ["办结", "1,279"]]},
        "各类案件办理情况如下。",
        {"widths": [78, 78], "spread": True,
         "rows": [["类别", "件数"],
                  ["行政复议", "64"],
                  ["行政诉讼", "23"]]},
    ],
    # A row label wrapped over two lines in the table's last row, under a serial column.
    "wrapped-label-in-the-last-row": [
        "全年各单位受理投诉情况如下。",
        ("Right", "单位：件"),
        {"widths": [14, 30, 30, 30],
         "rows": [["序号", "单位", "受理", "办结"],
                  ["1", "县人民医院", "26", "25"],
                  ["2", "乡镇卫生院", "14", "14"],
                  ["3", "医疗机构及医疗卫生", "9", "8"]]},
        "其中医疗纠纷投诉情况如下。",
        {"widths": [14, 30, 30, 30], "top": True,
         "rows": [["序号", "单位", "受理", "办结"],
                  ["1", "县中医院", "6", "6"],
                  ["2", "医疗机构及医疗卫生", "5", "4"]]},
        "二、存在的不足",
        "投诉办理时效有待进一步提高。",
    ],
    # A table of contents whose entries run out to their page numbers over dotted leaders.
    "contents-dotted-leaders": [
        ("Title", "目录"),
        ("Contents", "一、主要工作\t3"),
        ("Contents", "（一）严格规范公正文明执法\t3"),
        ("Contents", "（二）深化公共法律服务\t4"),
        ("Contents", "二、存在的不足\t5"),
        ("Flush", "三、下一步工作打算……………………………………………………6"),
        ("Flush", "四、其他需要报告的事项……………………………………………7"),
        ("Flush", "五、本年度推进法治政府建设的主要举措和成效情况………………………………………………………………8"),
        ("BreakBefore", "一、主要工作"),
        "（一）严格规范公正文明执法。全年办理行政处罚案件126件，行政检查312户次。",
        "（二）深化公共法律服务。全年办理法律援助案件58件。",
        "二、存在的不足",
        "执法力量仍显薄弱。",
    ],
    # A row label merged down beside a two-level header, in columns so narrow that labels wrap a character a line.
    "narrow-two-level-header": [
        "全年各乡镇行政复议和行政诉讼情况如下。",
        ("Right", "单位：件"),
        {"widths": [12, 12, 12, 12, 12, 12, 12],
         "rows": [[("乡镇", 1, 2), ("行政复议", 3, 1), None, None, ("行政诉讼", 3, 1), None, None],
                  [None, "受理", "审结", "纠错", "应诉", "败诉", "出庭"],
                  ["城关镇", "12", "11", "2", "5", "1", "5"],
                  ["河西乡", "7", "7", "1", "3", "0", "3"]],
         "text": [["乡镇", "行政复议受理", "行政复议审结", "行政复议纠错", "行政诉讼应诉", "行政诉讼败诉", "行政诉讼出庭"],
                  ["城关镇", "12", "11", "2", "5", "1", "5"],
                  ["河西乡", "7", "7", "1", "3", "0", "3"]]},
        "行政机关负责人出庭应诉率保持100%。",
    ],
}


def misreading_table(name, part):
    columns = "".join(f'<table:table-column table:style-name="C{w}"/>' for w in part["widths"])
    cell_style = "GridTop" if part.get("top") else "Grid"

    def cell(c, header):
        if c is None:
            return "<table:covered-table-cell/>"
        text, across, down = (c, 1, 1) if isinstance(c, str) else c
        spans = (f' table:number-columns-spanned="{across}"' if across > 1 else "") + (
            f' table:number-rows-spanned="{down}"' if down > 1 else "")
        return (f'<table:table-cell table:style-name="{cell_style}"{spans} office:value-type="string">'
                f'{paragraph(text, "DistributedCell" if header and part.get("spread") else "Cell")}</table:table-cell>')

    rows = "".join("<table:table-row>" + "".join(cell(c, index == 0) for c in r) + "</table:table-row>"
                   for index, r in enumerate(part["rows"]))
    style = "NewPage" if part.get("break") else "Full"
    return f'  <table:table table:name="{name}" table:style-name="{style}">{columns}{rows}</table:table>'


def misreading_document(parts):
    body = []
    for index, part in enumerate(parts):
        if isinstance(part, dict):
            body.append(misreading_table(f"T{index}", part))
        elif isinstance(part, tuple):
            style, text = part
            text = escape(text).replace("\t", "<text:tab/>")
            body.append(f'  <text:p text:style-name="{style}">{text}</text:p>')
        else:
            body.append(paragraph(part))
    widths = sorted({w for part in parts if isinstance(part, dict) for w in part["widths"]})
    column_styles = "\n".join(
        f'  <style:style style:name="C{w}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{w}mm"/></style:style>' for w in widths)
    return FODT.replace("{column_styles}", column_styles).replace("{body}", "\n".join(body))


def misreading_text(parts):
    lines = []
    for part in parts:
        if isinstance(part, dict):
            lines += ["\t".join(row) for row in part.get("text", part["rows"])]
        else:
            # The text version writes a contents entry's leader as the dots a typist types.
            lines.append((part[1] if isinstance(part, tuple) else part).replace("\t", "……………"))
    return "\n".join(lines) + "\n"


def main():
    body = [paragraph(TITLE, "Title")] + [paragraph(p) for p in OPENING]
    body += [paragraph("单位：件", "Right"), table("执法", ENFORCEMENT, ["Narrow", "Wide", "Wide"], False, "Fixed")]
    body += [paragraph(p) for p in MIDDLE]
    body += [paragraph("单位：件", "Right"), table("调解", MEDIATION, ["Wide", "Wide", "Wide"], True)]
    body += [paragraph(p) for p in CLOSING[:2]] + [paragraph(p, "Right") for p in CLOSING[2:]]
    convert([(NAME, FODT.replace("{column_styles}", "").replace("{body}", "\n".join(body)))],
            ["pdf:writer_pdf_Export", "docx:MS Word 2007 XML"], OUT)
    convert([(name, misreading_document(parts)) for name, parts in MISREADINGS.items()], ["pdf:writer_pdf_Export"], OUT)
    for name, parts in MISREADINGS.items():
        (OUT / (name + ".txt")).write_text(misreading_text(parts), encoding="utf-8")
    lines = [TITLE] + OPENING + ["单位：件"] + ["\t".join(r) for r in ENFORCEMENT] + MIDDLE + ["单位：件"]
    lines += ["\t".join(r) for r in MEDIATION] + CLOSING
    (OUT / (NAME + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
