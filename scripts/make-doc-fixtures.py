#!/usr/bin/env python3
"""Makes the hand-made Word 97–2003 fixtures of tests/data/doc/, each proving one thing input.doc must read.

Each is a flat ODT document written here and saved as .doc by LibreOffice ("MS Word 97"), so the binary
is what a real office suite writes: tracked-changes.doc (a tracked deletion and a tracked insertion),
table.doc (a 2×3 table between paragraphs), notes-and-headers.doc (a footnote, an endnote, a comment, a
header and a footer around the body), fields.doc (page-number and page-count fields in the body),
numbering.doc (a two-level automatic list numbered 一、 and （一）), merged-cells.doc (a 合计 cell merged across
two columns and a header cell spanning the two columns under it), merged-down.doc (a bordered, padded table of seven
columns whose 行政复议 cell is merged down over three rows, as LibreOffice converts a web page's rowspan: each
row's properties outgrow their FKP page and go to the Data stream, sprmPHugePapx), heading-styles.doc (unnumbered headings: one
in the style Heading 2, one of outline level 3 in a style the document does not define), line-breaks.doc (lines broken
by Shift+Enter: a heading wrapped to centre it, written and numbered 二、, a sentence wrapped by hand, a heading over a
sentence, a numbered contact item over its address, then one of one line, and a right-aligned signature over its date),
symbols.doc (Symbol × and ≥ between figures, Wingdings ✓ and ✗ before items, a Symbol character reports do not use
between two figures), hidden-paragraph-style.doc (a paragraph in a style that hides its text, and one whose run shows
its sentence again), text-boxes.doc (a red head's organ name in a text box anchored in the first paragraph, a 专栏 box
of two paragraphs anchored mid-sentence, a group of two flow-chart boxes), numbered-table-cells.doc (a 序号 column
numbered by an automatic list, its cells empty but for their numbers), report-in-nested-table.doc (a report laid out
in a table nested in a frame table's cell, with a table of figures nested in it in turn).
rtf-named-doc.doc and html-named-doc.doc are RTF and HTML files under a .doc name, as web portals serve them.

The documents of PAIRED are saved both as .doc and as .docx into tests/data/doc-pairs/ (beside the out-dir), so that a test can hold input.doc to what input.docx
reads of the same report: tab-table (a table pasted as text, its cells parted by tabs one paragraph a row, between a
typed table of contents whose lines run out to their page numbers on a dot-leader tab stop, a lone tabbed contact line
and a real table), list-two-instances (headings of one automatic list in two separate lists continuing it, Word's two
LFOs over one list, with items of another list between them), list-level-restart (level-2 items in lists of their own
after each level-1 heading of the list, restarting under each) and list-legal (a list in 壹、 whose level 2 shows both levels'
numbers, 壹.1, or 1.1 in legal numbering) and text-boxes-one-spot (two text boxes anchored at one paragraph, two at one
spot mid-sentence) and list-under-bullets (items numbered 1. 2. under bulleted topics, restarting under each) and
list-in-heading-styles (headings numbered 一、 and （一） through their styles, Heading 1 and 2 linked to the outline's
numbering). The hand-built .docx files of HAND_BUILT_PAIRED (scripts/make-docx-fixtures.py: run it first) are
saved as .doc beside them.

Needs: libreoffice-writer-nogui (Debian). Usage: scripts/make-doc-fixtures.py [out-dir]
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "doc"
PAIRED_OUT = OUT.parent / "doc-pairs"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
"""
CHANGE_INFO = "<office:change-info><dc:creator>审核人</dc:creator><dc:date>2025-01-10T09:00:00</dc:date></office:change-info>"

DOCUMENTS = {
    "tracked-changes": HEAD + f"""<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:deletion>{CHANGE_INFO}<text:p>12期，受众500人次</text:p></text:deletion></text:changed-region>
 <text:changed-region text:id="ct2"><text:insertion>{CHANGE_INFO}</text:insertion></text:changed-region>
</text:tracked-changes>
<text:p>某某镇2024年法治政府建设工作报告</text:p>
<text:p>全年开展法治讲座<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>14期，受众860人次<text:change-end text:change-id="ct2"/>。</text:p>
<text:p>调解矛盾纠纷38件。</text:p>
</office:text></office:body></office:document>
""",
    "table": HEAD + """<office:body><office:text>
<text:p>某某镇2024年法治政府建设工作报告</text:p>
<text:p>主要指标如下：</text:p>
<table:table table:name="指标"><table:table-column table:number-columns-repeated="2"/>
 <table:table-row><table:table-cell office:value-type="string"><text:p>指标</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>数量</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>法治讲座</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>14期</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>调解纠纷</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>38件</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>以上为本年度情况。</text:p>
</office:text></office:body></office:document>
""",
    "notes-and-headers": HEAD + """<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p>页眉：某某镇人民政府</text:p></style:header>
 <style:footer><text:p>页脚：内部资料</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:p>某某镇2024年法治政府建设工作报告</text:p>
<text:p>全年开展法治讲座14期<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注：含线上讲座3期。</text:p></text:note-body></text:note>，调解纠纷38件<text:note text:id="n2" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>尾注：数据截至12月。</text:p></text:note-body></text:note>。<office:annotation><dc:creator>审核人</dc:creator><text:p>批注：请核对数字。</text:p></office:annotation></text:p>
</office:text></office:body></office:document>
""",
    "numbering": HEAD + """<office:automatic-styles><text:list-style style:name="L1">
 <text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
 <text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
</text:list-style></office:automatic-styles>
<office:body><office:text>
<text:p>某某镇2024年法治政府建设工作报告</text:p>
<text:list text:style-name="L1">
 <text:list-item><text:p>工作开展情况</text:p>
  <text:list><text:list-item><text:p>加强组织领导</text:p></text:list-item><text:list-item><text:p>完善制度建设</text:p></text:list-item></text:list>
 </text:list-item>
 <text:list-item><text:p>存在问题</text:p>
  <text:list><text:list-item><text:p>学法不够深入</text:p></text:list-item></text:list>
 </text:list-item>
</text:list>
</office:text></office:body></office:document>
""",
    "merged-cells": HEAD + """<office:body><office:text>
<text:p>某某镇2024年法治政府建设工作报告</text:p>
<table:table table:name="调解"><table:table-column table:number-columns-repeated="4"/>
 <table:table-row><table:table-cell><text:p>序号</text:p></table:table-cell><table:table-cell><text:p>类别</text:p></table:table-cell><table:table-cell><text:p>受理</text:p></table:table-cell><table:table-cell><text:p>调解成功</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>婚姻家庭</text:p></table:table-cell><table:table-cell><text:p>41</text:p></table:table-cell><table:table-cell><text:p>40</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>合计</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>41</text:p></table:table-cell><table:table-cell><text:p>40</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>案件办理情况如下：</text:p>
<table:table table:name="案件"><table:table-column table:number-columns-repeated="3"/>
 <table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>领域</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>案件数（件）</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
 <table:table-row><table:covered-table-cell/><table:table-cell><text:p>一般程序</text:p></table:table-cell><table:table-cell><text:p>简易程序</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell><text:p>食品安全</text:p></table:table-cell><table:table-cell><text:p>121</text:p></table:table-cell><table:table-cell><text:p>16</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>以上为本年度情况。</text:p>
</office:text></office:body></office:document>
""",
    "merged-down": HEAD + """<office:automatic-styles><style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style></office:automatic-styles>
<office:body><office:text>
<text:p>行政复议应诉案件办理情况如下：</text:p>
<table:table table:name="复议"><table:table-column table:number-columns-repeated="7"/>
 <table:table-row><table:table-cell table:style-name="C"><text:p>类别</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>项目</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>第一季度</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>第二季度</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>第三季度</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>第四季度</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>合计</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell table:style-name="C" table:number-rows-spanned="3"><text:p>行政复议</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>收案</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>12</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>15</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>9</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>14</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>50</text:p></table:table-cell></table:table-row>
 <table:table-row><table:covered-table-cell/><table:table-cell table:style-name="C"><text:p>审结</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>10</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>14</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>11</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>12</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>47</text:p></table:table-cell></table:table-row>
 <table:table-row><table:covered-table-cell/><table:table-cell table:style-name="C"><text:p>纠错</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>2</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>1</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>—</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>3</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>6</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell table:style-name="C"><text:p>行政应诉</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>应诉</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>6</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>8</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>5</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>7</text:p></table:table-cell><table:table-cell table:style-name="C"><text:p>26</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>以上为本年度情况。</text:p>
</office:text></office:body></office:document>
""",
    "heading-styles": HEAD + """<office:styles>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"/>
</office:styles>
<office:body><office:text>
<text:p text:style-name="Standard">某某镇2024年法治政府建设工作报告</text:p>
<text:h text:style-name="Heading_20_2" text:outline-level="2">规范行政执法行为</text:h>
<text:h text:style-name="Heading_20_3" text:outline-level="3">加大重点领域执法力度</text:h>
<text:p text:style-name="Standard">全年查处案件31件。</text:p>
</office:text></office:body></office:document>
""",
    "line-breaks": HEAD + """<office:automatic-styles>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="L2">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:list-level-style-number>
 </text:list-style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p>测试县司法局2024年度法治政府建设情况报告</text:p>
<text:p>一、坚持依法决策，<text:line-break/>推进政府治理规范化</text:p>
<text:p>全年组织开展安全生产、食品药品等重点领域执法检查，累计检查<text:line-break/>经营主体386家次，立案查处47件。</text:p>
<text:list text:style-name="L1"><text:list-item><text:p>严格规范执法</text:p></text:list-item><text:list-item><text:p>深化放管服改革，<text:line-break/>优化营商环境</text:p></text:list-item></text:list>
<text:p>三、强化行政监督<text:line-break/>全年召开常务会议12次。</text:p>
<text:p>法律援助联系方式：</text:p>
<text:list text:style-name="L2"><text:list-item><text:p>联系单位：测试县法律援助中心<text:line-break/>人民路8号</text:p></text:list-item><text:list-item><text:p>受理事项：法律咨询、代写法律文书</text:p></text:list-item></text:list>
<text:p text:style-name="R">测试县司法局<text:line-break/>2024年1月10日</text:p>
</office:text></office:body></office:document>
""",
    # Symbol and Wingdings characters typed as their private-use code points in runs of those fonts, as LibreOffice
    # keeps a DOCX's w:sym and writes it to a .doc.
    "symbols": HEAD.replace(" xmlns:dc=", ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"\n xmlns:dc=') + """<office:font-face-decls>
 <style:font-face style:name="Symbol" svg:font-family="Symbol" style:font-charset="x-symbol"/>
 <style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:automatic-styles>
 <style:style style:name="S" style:family="text"><style:text-properties style:font-name="Symbol" style:font-name-asian="Symbol" style:font-name-complex="Symbol"/></style:style>
 <style:style style:name="W" style:family="text"><style:text-properties style:font-name="Wingdings" style:font-name-asian="Wingdings" style:font-name-complex="Wingdings"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p>测试镇2024年度法治政府建设情况报告</text:p>
<text:p>新建法治宣传栏24块（每块2.4<text:span text:style-name="S">&#xF0B4;</text:span>1.2米），群众满意率<text:span text:style-name="S">&#xF0B3;</text:span>95%。</text:p>
<text:p><text:span text:style-name="W">&#xF0FC;</text:span>已完成年度任务32项，<text:span text:style-name="W">&#xF0FB;</text:span>未完成2项。</text:p>
<text:p>执法车辆12<text:span text:style-name="S">&#xF0C6;</text:span>3辆。</text:p>
</office:text></office:body></office:document>
""",
    # A paragraph style that hides its text (a reviser's 内部核对 style), and a run in it that shows its text again.
    "hidden-paragraph-style": HEAD + """<office:styles>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Reviewer_20_note" style:display-name="内部核对" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties text:display="none"/></style:style>
 <style:style style:name="Shown" style:family="text"><style:text-properties text:display="true"/></style:style>
</office:styles>
<office:body><office:text>
<text:p text:style-name="Standard">测试县司法局2024年度法治政府建设情况报告</text:p>
<text:p text:style-name="Standard">全年办理行政复议案件62件，纠错9件。</text:p>
<text:p text:style-name="Reviewer_20_note">（内部核对：原稿为59件，已核）</text:p>
<text:p text:style-name="Reviewer_20_note">（内部核对：以下一句照录）<text:span text:style-name="Shown">行政机关负责人出庭应诉率100%。</text:span></text:p>
<text:p text:style-name="Standard">全年开展法治讲座14期。</text:p>
</office:text></office:body></office:document>
""",
    "fields": HEAD + """<office:body><office:text>
<text:p>某某镇2024年法治政府建设工作报告</text:p>
<text:p>本页为第<text:page-number text:select-page="current">1</text:page-number>页，共<text:page-count>1</text:page-count>页。</text:p>
</office:text></office:body></office:document>
""",
    # A red head's organ name in a text box anchored in the first paragraph, a 专栏 text box of two paragraphs anchored
    # mid-sentence, and a group of two flow-chart boxes: Word keeps their text in the text-box story, not the main text.
    "text-boxes": HEAD.replace(" xmlns:dc=", ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"\n xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"\n xmlns:dc=') + """<office:body><office:text>
<text:p><draw:frame draw:name="红头" text:anchor-type="paragraph" svg:x="2cm" svg:y="0cm" svg:width="12cm" svg:height="1.5cm" draw:z-index="0"><draw:text-box><text:p>安和县柳溪镇人民政府文件</text:p></draw:text-box></draw:frame></text:p>
<text:p>柳政发〔2025〕4号</text:p>
<text:p>柳溪镇2024年度法治政府建设情况报告</text:p>
<text:p>一、主要举措和成效</text:p>
<text:p>全年组织集中学法6次，<draw:frame draw:name="专栏" text:anchor-type="char" svg:x="0cm" svg:y="0.5cm" svg:width="10cm" svg:height="3cm" draw:z-index="1"><draw:text-box><text:p>专栏：法律顾问进村</text:p><text:p>全年为17个村提供法律咨询245人次，审查村规民约17份。</text:p></draw:text-box></draw:frame>参学干部312人次。</text:p>
<text:p>办理行政复议案件9件，纠错2件。</text:p>
<text:p><draw:g draw:name="流程" text:anchor-type="paragraph" draw:z-index="2"><draw:custom-shape draw:name="甲" svg:x="0cm" svg:y="0cm" svg:width="4cm" svg:height="1cm"><text:p>第一步：登记受理</text:p><draw:enhanced-geometry draw:type="rectangle" svg:viewBox="0 0 21600 21600"/></draw:custom-shape><draw:custom-shape draw:name="乙" svg:x="5cm" svg:y="0cm" svg:width="4cm" svg:height="1cm"><text:p>第二步：审查决定</text:p><draw:enhanced-geometry draw:type="rectangle" svg:viewBox="0 0 21600 21600"/></draw:custom-shape></draw:g>复议案件按以下流程办理。</text:p>
<text:p>二、存在的不足</text:p>
<text:p>执法人员仅有5名。</text:p>
</office:text></office:body></office:document>
""",
    # A 序号 column filled by automatic numbering (each cell's paragraph empty but for its number), and the body's
    # paragraphs around the table.
    "numbered-table-cells": HEAD + """<office:automatic-styles><text:list-style style:name="N">
 <text:list-level-style-number text:level="1" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab"/></style:list-level-properties></text:list-level-style-number>
</text:list-style></office:automatic-styles>
<office:body><office:text>
<text:p>柳溪镇2024年度行政执法情况</text:p>
<text:p>主要执法数据见下表。</text:p>
<table:table table:name="执法"><table:table-column table:number-columns-repeated="3"/>
 <table:table-row><table:table-cell office:value-type="string"><text:p>序号</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>执法领域</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>立案（件）</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:list text:style-name="N"><text:list-item><text:p/></text:list-item></text:list></table:table-cell><table:table-cell office:value-type="string"><text:p>市场监管</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>23</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:list text:style-name="N" text:continue-numbering="true"><text:list-item><text:p/></text:list-item></text:list></table:table-cell><table:table-cell office:value-type="string"><text:p>生态环境</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>8</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:list text:style-name="N" text:continue-numbering="true"><text:list-item><text:p/></text:list-item></text:list></table:table-cell><table:table-cell office:value-type="string"><text:p>交通运输</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>5</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>以上案件均已办结。</text:p>
</office:text></office:body></office:document>
""",
    # A report laid out in a table whose body cell holds another table: a frame table's one cell holding a table of
    # two columns, the report's headings and paragraphs in its second cell, and a table of figures nested in that.
    "report-in-nested-table": HEAD + """<office:body><office:text>
<table:table table:name="版式"><table:table-column/>
 <table:table-row><table:table-cell office:value-type="string">
  <text:p>安和县市场监督管理局2024年度法治政府建设情况报告</text:p>
  <table:table table:name="正文"><table:table-column table:number-columns-repeated="2"/>
   <table:table-row><table:table-cell office:value-type="string"><text:p>报送单位</text:p></table:table-cell><table:table-cell office:value-type="string">
    <text:p>一、主要举措和成效</text:p>
    <text:p>（一）健全执法制度。全年修订执法制度8项，开展执法案卷评查2次。</text:p>
    <text:p>（二）规范执法行为。全年办理行政处罚案件146件，罚没款83.5万元。主要数据如下表。</text:p>
    <table:table table:name="数据"><table:table-column table:number-columns-repeated="2"/>
     <table:table-row><table:table-cell office:value-type="string"><text:p>项目</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>数量</text:p></table:table-cell></table:table-row>
     <table:table-row><table:table-cell office:value-type="string"><text:p>立案（件）</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>146</text:p></table:table-cell></table:table-row>
     <table:table-row><table:table-cell office:value-type="string"><text:p>听证（次）</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>4</text:p></table:table-cell></table:table-row>
    </table:table>
    <text:p>二、存在的不足</text:p>
    <text:p>基层执法人员仅有12名。</text:p>
   </table:table-cell></table:table-row>
  </table:table>
 </table:table-cell></table:table-row>
</table:table>
<text:p>安和县市场监督管理局</text:p>
</office:text></office:body></office:document>
""",
}


# A town's report with a table pasted as text: tabs between the cells, one paragraph a row.
TOC_TAB = """<style:style style:name="T" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="15cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>"""
L_HEADINGS = """<text:list-style style:name="H">
 <text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
 <text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
<text:list-style style:name="B">
 <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>"""


def tab_row(*cells):
    return "<text:p>" + "<text:tab/>".join(cells) + "</text:p>"


PAIRED = {
    "tab-table": HEAD + f"""<office:automatic-styles>{TOC_TAB}</office:automatic-styles>
<office:body><office:text>
<text:p>青禾镇2024年度法治政府建设情况报告</text:p>
<text:p>目录</text:p>
<text:p text:style-name="T">一、主要举措和成效<text:tab/>1</text:p>
<text:p text:style-name="T">二、存在的不足<text:tab/>3</text:p>
<text:p text:style-name="T">三、下一步工作安排<text:tab/>4</text:p>
<text:p>一、主要举措和成效</text:p>
<text:p>全年各村（社区）人民调解委员会调解矛盾纠纷情况如下：</text:p>
{tab_row("村名", "调解纠纷（件）", "调解成功（件）")}
{tab_row("东溪村", "12", "11")}
{tab_row("西岭村", "9", "9")}
{tab_row("南坪村", "15", "14")}
{tab_row("北山村", "7", "6")}
{tab_row("中和社区", "12", "11")}
{tab_row("合计", "55", "51")}
<text:p/>
<text:p>行政复议应诉情况见下表。</text:p>
<table:table table:name="复议"><table:table-column table:number-columns-repeated="2"/>
 <table:table-row><table:table-cell office:value-type="string"><text:p>项目</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>数量（件）</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>行政复议</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>4</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>二、存在的不足</text:p>
<text:p>基层法治力量薄弱，专职调解员仅有3名。</text:p>
<text:p>联系人：王明<text:tab/>电话：0000-1234567</text:p>
<text:p>青禾镇人民政府</text:p>
</office:text></office:body></office:document>
""",
    # Headings numbered 一、二、三 by one list, each in a list of its own continuing it (LibreOffice writes them as two
    # LFOs over one list), with the items of another list (1. 2.) between them.
    "list-two-instances": HEAD + f"""<office:automatic-styles>{L_HEADINGS}</office:automatic-styles>
<office:body><office:text>
<text:p>青禾镇2024年度法治政府建设情况报告</text:p>
<text:list xml:id="h1" text:style-name="H"><text:list-item><text:p>主要举措和成效</text:p></text:list-item></text:list>
<text:list text:style-name="B"><text:list-item><text:p>完善规范性文件备案审查制度。</text:p></text:list-item><text:list-item><text:p>全年开展法治讲座14期。</text:p></text:list-item></text:list>
<text:list text:continue-list="h1" text:style-name="H"><text:list-item><text:p>存在的不足</text:p></text:list-item></text:list>
<text:list text:style-name="B"><text:list-item text:start-value="1"><text:p>执法人员仅有5名。</text:p></text:list-item></text:list>
<text:list text:continue-list="h1" text:style-name="H"><text:list-item><text:p>下一步工作安排</text:p></text:list-item></text:list>
<text:p>青禾镇人民政府</text:p>
</office:text></office:body></office:document>
""",
    # Level-2 items in lists of their own after each level-1 heading of the list: they restart under each heading.
    "list-level-restart": HEAD + f"""<office:automatic-styles>{L_HEADINGS}</office:automatic-styles>
<office:body><office:text>
<text:p>青禾镇2024年度法治政府建设情况报告</text:p>
<text:list xml:id="r1" text:style-name="H"><text:list-item><text:p>主要举措和成效</text:p></text:list-item></text:list>
<text:list text:continue-list="r1" text:style-name="H"><text:list-item><text:list><text:list-item><text:p>加强组织领导</text:p></text:list-item><text:list-item><text:p>完善制度建设</text:p></text:list-item></text:list></text:list-item></text:list>
<text:p>全年召开专题会议6次。</text:p>
<text:list text:continue-list="r1" text:style-name="H"><text:list-item><text:p>存在的不足</text:p></text:list-item></text:list>
<text:list text:continue-list="r1" text:style-name="H"><text:list-item><text:list><text:list-item><text:p>学法不够深入</text:p></text:list-item></text:list></text:list-item></text:list>
<text:p>青禾镇人民政府</text:p>
</office:text></office:body></office:document>
""",
    # Level 1 numbered in financial numerals (壹、), level 2 showing both levels (壹.1; LibreOffice 7.4 writes no legal
    # numbering: the test sets the LVL's fLegal).
    "list-legal": HEAD + """<office:automatic-styles><text:list-style style:name="G">
 <text:list-level-style-number text:level="1" style:num-format="壹, 贰, 叁, ..." style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
 <text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=" "><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
</text:list-style></office:automatic-styles>
<office:body><office:text>
<text:p>青禾镇2024年度法治政府建设情况报告</text:p>
<text:list text:style-name="G">
 <text:list-item><text:p>主要举措和成效</text:p><text:list><text:list-item><text:p>加强组织领导</text:p></text:list-item><text:list-item><text:p>完善制度建设</text:p></text:list-item></text:list></text:list-item>
 <text:list-item><text:p>存在的不足</text:p><text:list><text:list-item><text:p>学法不够深入</text:p></text:list-item></text:list></text:list-item>
</text:list>
</office:text></office:body></office:document>
""",
    # Items numbered 1. 2. under bulleted topics (● at the first level): each topic, a list item too, restarts them.
    "list-under-bullets": HEAD + """<office:automatic-styles><text:list-style style:name="U">
 <text:list-level-style-bullet text:level="1" text:bullet-char="●"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-bullet>
 <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
</text:list-style></office:automatic-styles>
<office:body><office:text>
<text:p>青禾镇2024年度法治政府建设情况报告</text:p>
<text:list text:style-name="U">
 <text:list-item><text:p>依法全面履行政府职能</text:p><text:list><text:list-item><text:p>调整权责清单。</text:p></text:list-item><text:list-item><text:p>优化营商环境。</text:p></text:list-item></text:list></text:list-item>
 <text:list-item><text:p>严格规范执法</text:p><text:list><text:list-item><text:p>全年办理行政处罚案件32件。</text:p></text:list-item></text:list></text:list-item>
</text:list>
</office:text></office:body></office:document>
""",
    # Two text boxes anchored at one paragraph and two at one spot mid-sentence, each box a figure: read once each, in
    # the order they were written, after the paragraph they are anchored in.
    "text-boxes-one-spot": HEAD.replace(" xmlns:dc=", ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"\n xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"\n xmlns:dc=') + """<office:body><office:text>
<text:p>青禾镇2024年度法治政府建设情况报告</text:p>
<text:p>一、主要举措和成效</text:p>
<text:p><draw:frame draw:name="甲框" text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" svg:width="7cm" svg:height="1.5cm" draw:z-index="0"><draw:text-box><text:p>专栏一：全年审查合同48份。</text:p></draw:text-box></draw:frame><draw:frame draw:name="乙框" text:anchor-type="paragraph" svg:x="8cm" svg:y="0cm" svg:width="7cm" svg:height="1.5cm" draw:z-index="1"><draw:text-box><text:p>专栏二：全年办理复议案件9件。</text:p></draw:text-box></draw:frame>全年组织集中学法6次。</text:p>
<text:p>开展法治讲座<draw:frame draw:name="丙框" text:anchor-type="char" svg:x="0cm" svg:y="0.5cm" svg:width="7cm" svg:height="1.5cm" draw:z-index="2"><draw:text-box><text:p>专栏三：法律咨询245人次。</text:p></draw:text-box></draw:frame><draw:frame draw:name="丁框" text:anchor-type="char" svg:x="8cm" svg:y="0.5cm" svg:width="7cm" svg:height="1.5cm" draw:z-index="3"><draw:text-box><text:p>专栏四：村规民约17份。</text:p></draw:text-box></draw:frame>14期。</text:p>
<text:p>二、存在的不足</text:p>
<text:p>执法人员仅有5名。</text:p>
</office:text></office:body></office:document>
""",
}
# The hand-built .docx files of tests/data/doc-pairs/ (scripts/make-docx-fixtures.py), each saved here as .doc: what
# LibreOffice keeps of content controls and of a level's restart limit.
# Headings numbered by their styles, not by lists of their own: Heading 1 and Heading 2 linked to the outline's
# numbering (一、 and （一）), as a Word template's 标题 1 and 标题 2 number their headings. The paragraphs name only
# their style; the .doc keeps the list in the styles' properties (sprmPIlfo in their UpxPapx).
PAIRED["list-in-heading-styles"] = HEAD + """<office:styles>
 <style:style style:name="Heading" style:family="paragraph"/>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:outline-level-style>
 </text:outline-style>
</office:styles>
<office:body><office:text>
<text:p>青禾镇2024年度法治政府建设情况报告</text:p>
<text:h text:style-name="Heading_20_1" text:outline-level="1">主要举措和成效</text:h>
<text:h text:style-name="Heading_20_2" text:outline-level="2">加强组织领导</text:h>
<text:p>全年召开专题会议6次。</text:p>
<text:h text:style-name="Heading_20_2" text:outline-level="2">完善制度建设</text:h>
<text:p>审核规范性文件12件。</text:p>
<text:h text:style-name="Heading_20_1" text:outline-level="1">存在的不足</text:h>
<text:p>基层法治力量薄弱。</text:p>
<text:h text:style-name="Heading_20_1" text:outline-level="1">下一步工作安排</text:h>
<text:p>青禾镇人民政府</text:p>
</office:text></office:body></office:document>
"""

HAND_BUILT_PAIRED = ["content-controls", "list-restart-limit", "wps-habits"]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        sources = []
        for name, xml in DOCUMENTS.items():
            (work / f"{name}.fodt").write_text(xml, encoding="utf-8")
            sources.append(str(work / f"{name}.fodt"))
        profile = f"-env:UserInstallation=file://{work}/profile"
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "doc:MS Word 97", "--outdir", str(OUT), *sources],
                       check=True, stdout=subprocess.DEVNULL)
        paired = []
        for name, xml in PAIRED.items():
            (work / f"{name}.fodt").write_text(xml, encoding="utf-8")
            paired.append(str(work / f"{name}.fodt"))
        for target in ("doc:MS Word 97", "docx:MS Word 2007 XML"):
            subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(PAIRED_OUT), *paired],
                           check=True, stdout=subprocess.DEVNULL)
        hand_built = [str(PAIRED_OUT / f"{name}.docx") for name in HAND_BUILT_PAIRED]
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "doc:MS Word 97", "--outdir", str(PAIRED_OUT),
                        *hand_built], check=True, stdout=subprocess.DEVNULL)
    # WPS Office's .wps is a Word 97-2003 file under its own name: the .doc of the WPS-written report, as a .wps.
    shutil.copyfile(PAIRED_OUT / "wps-habits.doc", PAIRED_OUT / "wps-habits.wps")
    (OUT / "rtf-named-doc.doc").write_text(
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0 \\u26576?\\u26576?\\u38215?2024\\par}\n", encoding="ascii")
    (OUT / "html-named-doc.doc").write_text(
        "<html><head><meta charset=\"utf-8\"><title>报告</title></head><body><p>某某镇2024年法治政府建设工作报告</p>"
        "<p>全年开展法治讲座14期。</p></body></html>\n", encoding="utf-8")


if __name__ == "__main__":
    main()
