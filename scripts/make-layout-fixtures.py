#!/usr/bin/env python3
"""Builds the PDF layout fixtures of tests/data/pdf/ with real office software (flat ODT → LibreOffice → PDF).

- layout-flush-headings.pdf: a report set flush left without first-line indents (as many offices set them), its
  headings of twenty-odd characters ending a few characters short of the right margin, one heading long enough to
  wrap, a right-aligned signature;
- layout-title-wrap.pdf: a centred title in 二号 that wraps inside its last word (…工作报 / 告);
- layout-occasional-header.pdf: four pages whose running header (the title) is printed on page 3 only, as Word's
  different first page with odd/even headers leaves it, and a sentence crossing the page break under it.
The outputs are committed, so the test suite never needs LibreOffice.

Needs: libreoffice-writer-nogui and fonts-noto-cjk (Debian packages). Usage: scripts/make-layout-fixtures.py
"""
import pathlib
import sys
import shutil
import tempfile
from xml.sax.saxutils import escape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from office_fixtures import DOCUMENT_HEAD, convert  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pdf"

FODT = DOCUMENT_HEAD + """ <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="{indent}" fo:margin-top="0cm" fo:margin-bottom="0cm"
     fo:line-height="28pt" fo:text-align="start"/>
   <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"
     fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN"
     style:language-asian="zh" style:country-asian="CN"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:line-height="35pt"
     fo:margin-bottom="0.6cm"/>
   <style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/>
  </style:style>
  <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:text-indent="0cm" fo:margin-right="1cm"/>
  </style:style>
  <style:style style:name="Gap" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1" style:page-usage="all">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
     fo:margin-bottom="1.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="1.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm1"
    style:next-style-name="Standard">
   <style:header><text:p text:style-name="Header"/></style:header>
   <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
   <style:header-left><text:p text:style-name="Header"/></style:header-left>
   <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{paragraphs}
 </office:text></office:body>
</office:document>
"""

FIRST_PAGE = """  <text:p text:style-name="P_First">{}</text:p>"""
FIRST_PAGE_STYLE = """ <office:automatic-styles>
  <style:style style:name="P_First" style:family="paragraph" style:parent-style-name="Title"
    style:master-page-name="First_20_Page"/>"""


def document(title_lines, body, signature, header="", indent="0cm"):
    paragraphs = [FIRST_PAGE.format(escape(line)) for line in title_lines[:1]]
    paragraphs += [f'  <text:p text:style-name="Title">{escape(line)}</text:p>' for line in title_lines[1:]]
    paragraphs += [f'  <text:p text:style-name="Standard">{escape(line)}</text:p>' for line in body]
    paragraphs.append('  <text:p text:style-name="Gap"/>')
    paragraphs += [f'  <text:p text:style-name="Signature">{escape(line)}</text:p>' for line in signature]
    text = FODT.replace(" <office:automatic-styles>", FIRST_PAGE_STYLE, 1)
    return (text.replace("{indent}", indent).replace("{header}", escape(header))
            .replace("{paragraphs}", "\n".join(paragraphs)))


SIGNATURE = ["桐溪乡人民政府", "2025年1月15日"]

FLUSH_HEADINGS = document(
    ["桐溪乡2024年度法治工作报告"],
    [
        "2024年，桐溪乡坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：",
        "一、2024年推进法治政府建设的主要举措和成效",
        "（一）健全依法决策机制，提升行政决策质量",
        "全年召开党政联席会议研究涉法事项18件，重大行政决策全部经过合法性审查，未发生因决策失误引发的行政复议案件。",
        "（二）深入推进严格规范公正文明执法，全面提升行政执法质量和基层治理效能",
        "全年开展行政检查206次，办理行政处罚案件31件，行政执法公示率100%。",
        "二、存在的不足和原因",
        "执法人员专业能力仍有欠缺，部分村（社区）法律顾问作用发挥不够充分。",
        "三、2025年推进法治政府建设的工作打算",
        "继续加强执法队伍建设，组织执法人员培训不少于4次。",
    ],
    SIGNATURE,
)

TITLE_WRAP = document(
    ["桐溪乡人民政府2024年法治政府建设工作报告"],
    [
        "一、主要工作",
        "全年开展行政检查206次，办理行政处罚案件31件，未发生行政复议被撤销或行政诉讼败诉案件。",
        "二、下一步打算",
        "继续加强执法队伍建设，组织执法人员培训不少于4次。",
    ],
    SIGNATURE,
    indent="0.85cm",
)

OCCASIONAL_HEADER = document(
    ["桐溪乡2024年度法治工作报告"],
    ["一、主要工作"]
    + [f"全年第{n}批行政检查{200 + n}次，办理行政处罚案件{30 + n}件，未发生行政复议被撤销或行政诉讼败诉的案件。"
       for n in range(1, 46)],
    SIGNATURE,
    header="桐溪乡2024年度法治工作报告",
    indent="0.85cm",
)


def main():
    # Converted beside the sources first: only the PDFs go into tests/data/pdf, which holds other fixtures too.
    with tempfile.TemporaryDirectory() as work:
        names = [("layout-flush-headings", FLUSH_HEADINGS), ("layout-title-wrap", TITLE_WRAP),
                 ("layout-occasional-header", OCCASIONAL_HEADER)]
        convert(names, ["pdf:writer_pdf_Export"], work)
        OUT.mkdir(parents=True, exist_ok=True)
        for name, _ in names:
            shutil.copyfile(pathlib.Path(work) / (name + ".pdf"), OUT / (name + ".pdf"))


if __name__ == "__main__":
    main()
