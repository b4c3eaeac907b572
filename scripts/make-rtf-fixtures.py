#!/usr/bin/env python3
"""Makes tests/data/rtf/: RTF files as Chinese portals and WPS Office serve them, each with its truth TXT.

wps-style.doc is written here by hand the way WPS and older Word write RTF (so no office suite is needed): GB2312
fonts (\\fcharset134) and the text in GBK \\'hh escapes under \\ansicpg936, some characters as \\uN with a \\ucN
fallback, headings by style (a stylesheet entry named 标题 1 / 标题 2, one with an outline level), hidden text,
a footnote, a hyperlink field, a picture with \\bin data holding braces, a header and a footer, a page break, a hand
line break and a table of figures. wps-style.txt is what input.rtf must read: one block a line, a table row's cells
parted by " | ".

report-as-doc.doc is the LibreOffice RTF of the first example report (scripts/make-report-fixtures.py ... rtf makes
tests/data/formats/*.rtf; run it first) under a .doc name, as portals serve one.

Usage: scripts/make-rtf-fixtures.py [out-dir]
"""
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "rtf"


def gbk(text):
    """Text as WPS writes it under \\ansicpg936: ASCII as itself, every other character as its GBK bytes."""
    out = []
    for ch in text:
        if ord(ch) < 0x80:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def uni(text):
    """Text as \\uN escapes (signed 16-bit), each followed by one fallback character for \\uc1."""
    out = []
    for ch in text:
        code = ord(ch)
        out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def wps_style():
    cells = [["项目", "数量（件）", "同比"], ["行政复议", "14", "12%"], ["行政诉讼", "8", "5%"]]
    rows = []
    for row in cells:
        rows.append("\\trowd\\trgaph108\\cellx2000\\cellx4000\\cellx6000\n"
                    + "".join(f"\\pard\\intbl\\f0 {gbk(cell)}\\cell " for cell in row) + "\\row\n")
    return "".join([
        "{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\deflang1033\\deflangfe2052\n",
        "{\\fonttbl{\\f0\\fnil\\fcharset134 ", gbk("宋体"), ";}{\\f1\\fswiss\\fcharset0 Times New Roman;}",
        "{\\f2\\fnil\\fcharset134 ", gbk("黑体"), ";}}\n",
        "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}\n",
        "{\\stylesheet{\\qj\\f0\\fs21 ", gbk("正文"), ";}",
        "{\\s1\\qc\\outlinelevel0\\b\\f2\\fs32\\sbasedon0\\snext0 ", gbk("标题 1"), ";}",
        "{\\s2\\qj\\b\\f2\\fs28\\sbasedon0\\snext0 ", gbk("标题 2"), ";}",
        "{\\*\\cs10 Default Paragraph Font;}}\n",
        "{\\info{\\title ", gbk("测试县司法局年度报告"), "}{\\author WPS}{\\creatim\\yr2025\\mo1\\dy10\\hr9\\min0}}\n",
        "{\\header\\pard\\qc\\f0 ", gbk("测试县司法局文件"), "\\par}\n",
        "{\\footer\\pard\\qc\\f0 {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n",
        "\\pard\\qc\\b\\f2\\fs44 ", gbk("测试县司法局2024年法治政府建设年度报告"), "\\par\n",
        "\\pard\\plain\\qj\\fi420\\f0 ", gbk("2024年，我局坚持以习近平法治思想为指导，"),
        "{\\v ", gbk("（内部核对：原稿为29份）"), "}", gbk("全面推进法治政府建设。"), "\\par\n",
        "\\pard\\plain\\s1\\outlinelevel0\\qc\\b\\f2 ", gbk("一、主要工作"), "\\par\n",
        "\\pard\\plain\\s2\\b\\f2 ", gbk("（一）推进依法行政"), "\\par\n",
        "\\pard\\plain\\qj\\fi420\\f0 ", uni("全年办理"), gbk("行政复议案件14件"),
        "{\\super\\chftn}{\\footnote\\pard\\plain\\f0 {\\super\\chftn} ", gbk("含撤回申请2件。"), "}",
        gbk("，详见"), "{\\field{\\*\\fldinst HYPERLINK \"http://sfj.example.gov.cn/\"}{\\fldrslt ",
        gbk("司法局网站"), "}}", gbk("。"), "\\par\n",
        "{\\pict\\wmetafile8\\picw10\\pich10\\bin6 }{\\x\\\n}\n",
        "\\pard\\plain\\qj\\fi420\\f0 ", gbk("行政复议和行政诉讼情况如下："), "\\par\n",
        *rows,
        "\\pard\\plain\\qj\\fi420\\f0 ", gbk("表中同比为与上年相比。"), "\\par\n",
        "\\pard\\plain\\qj\\f0\\page\n",
        "\\pard\\plain\\s1\\outlinelevel0\\qc\\b\\f2 ", gbk("二、存在的不足"), "\\par\n",
        "\\pard\\plain\\qj\\fi420\\f0 ", gbk("一是执法人员培训不足，"), "\\~", gbk("全年仅开展培训3期。"), "\\par\n",
        "\\pard\\plain\\qr\\f0 ", gbk("测试县司法局"), "\\line ", gbk("2025年1月10日"), "\\par\n",
        "}\n",
    ])


WPS_STYLE_TRUTH = """测试县司法局2024年法治政府建设年度报告
2024年，我局坚持以习近平法治思想为指导，全面推进法治政府建设。
一、主要工作
（一）推进依法行政
全年办理行政复议案件14件，详见司法局网站。
行政复议和行政诉讼情况如下：
项目 | 数量（件） | 同比
行政复议 | 14 | 12%
行政诉讼 | 8 | 5%
表中同比为与上年相比。
二、存在的不足
一是执法人员培训不足， 全年仅开展培训3期。
测试县司法局
2025年1月10日
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "wps-style.doc").write_text(wps_style(), encoding="ascii")
    (OUT / "wps-style.txt").write_text(WPS_STYLE_TRUTH, encoding="utf-8")
    report = ROOT / "tests" / "data" / "formats" / "000_cef3d45027b726e1.rtf"
    shutil.copyfile(report, OUT / "report-as-doc.doc")
    shutil.copyfile(ROOT / "tests" / "data" / "reports" / "000_cef3d45027b726e1.txt", OUT / "report-as-doc.txt")


if __name__ == "__main__":
    main()
