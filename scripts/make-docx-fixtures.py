#!/usr/bin/env python3
"""Builds the hand-made DOCX fixtures of tests/data/docx/, each proving one thing input.docx must read.

Written with the standard library only (zipfile), so the WordprocessingML is exactly what the test
expects. content-controls.docx, list-restart-limit.docx and wps-habits.docx go to tests/data/doc-pairs/ (beside the out-dir), where
scripts/make-doc-fixtures.py saves them as .doc. Usage: scripts/make-docx-fixtures.py [out-dir]
"""
import pathlib
import sys
import zipfile
import zlib

OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part Title"/><w:basedOn w:val="Heading1"/></w:style>
</w:styles>"""
# Level 0 一、 (chineseCounting), level 1 （一） restarting under each level 0, level 2 1. (decimal),
# level 3 ① (decimalEnclosedCircle); numId 2 is the same list restarted at 五 by a startOverride;
# numId 3 counts 甲乙丙 (ideographTraditional) with the label separated by nothing.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="10">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>"""


def p(text, style=None, num=None, level=None, raw=False):
    properties = ""
    if style or num is not None:
        numbering = f'<w:numPr><w:ilvl w:val="{level or 0}"/><w:numId w:val="{num}"/></w:numPr>' if num is not None else ""
        style_element = '<w:pStyle w:val="%s"/>' % style if style else ""
        properties = f"<w:pPr>{style_element}{numbering}</w:pPr>"
    body = text if raw else f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>"
    return f"<w:p>{properties}{body}</w:p>"


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} ' \
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' \
           f"<w:body>{body}<w:sectPr/></w:body></w:document>"


def package(name, body, extra=None, styles=STYLES, numbering=NUMBERING, out=None):
    with zipfile.ZipFile((out or OUT) / name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/numbering.xml", numbering)
        z.writestr("word/document.xml", document(body))
        for part, content in (extra or {}).items():
            z.writestr(part, content)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


# What offices' Word files hold beyond plain paragraphs: a title styled 标题 1 over typed markers in 标题 2 and 3,
# a list following a list style (numStyleLink), a level redefined in an override, a hidden character style.
FEATURE_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="标题 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="标题 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="numbering" w:styleId="ListStyleA"><w:name w:val="条目列表"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Draft"><w:name w:val="草稿"/><w:rPr><w:vanish/></w:rPr></w:style>
</w:styles>"""
FEATURE_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="40">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="41"><w:numStyleLink w:val="ListStyleA"/></w:abstractNum>
<w:abstractNum w:abstractNumId="42"><w:styleLink w:val="ListStyleA"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="43">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="40"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="41"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="43"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl></w:lvlOverride></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="42"/></w:num>
</w:numbering>"""


def features_docx():
    deleted_mark = '<w:pPr><w:rPr><w:del w:id="9" w:author="a"/></w:rPr></w:pPr>'
    field = lambda code, result: ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + code +
                                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + result +
                                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    code = lambda text: f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'
    cell = lambda text: "<w:tc>" + p(text) + "</w:tc>"
    package("word-features.docx", "".join([
        p("青山镇关于2024年度法治政府建设情况的报告", style="1"),
        p("一、主要举措和成效", style="2"),
        p("加强组织领导", style="3", num=5),
        # A field nested in another's code (an IF's condition) shows nothing of its own result.
        p(run("开展法治讲座") + field(code(" IF ") + field(code(" MERGEFIELD n "), run("99")) + code(" > 0 "), run("14")) +
          run("期。"), raw=True),
        p(run("印发资料") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>原稿12份</w:t></w:r>' +
          '<w:r><w:rPr><w:rStyle w:val="Draft"/></w:rPr><w:t>草稿15份</w:t></w:r>' + run("300份。"), raw=True),
        p(run("建成法治广场面积120") + '<w:r><w:sym w:font="Symbol" w:char="F0B4"/></w:r>' + run("80米。"), raw=True),
        f"<w:p>{deleted_mark}{run('提供法律咨询')}</w:p>" + p("286人次。"),
        p("加强队伍", num=5),
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr><w:rPr><w:del w:id="10" w:author="a"/></w:rPr></w:pPr>'
        '<w:del w:id="11" w:author="a"><w:r><w:delText>删去的标题</w:delText></w:r></w:del></w:p>',
        p("深化普法宣传", num=5),
        p("条目内容", num=6),
        p("覆盖项目", num=7),
        "<w:tbl>" + "<w:tr>" + cell("行政复议（件）") + cell("3") + "</w:tr>" +
        '<w:sdt><w:sdtPr/><w:sdtContent><w:tr>' + cell("行政诉讼（件）") + cell("2") + "</w:tr></w:sdtContent></w:sdt>" +
        "<w:tr>" + cell("行政处罚（件）") + '<w:sdt><w:sdtContent>' + cell("32") + "</w:sdtContent></w:sdt></w:tr></w:tbl>",
        # A unit column, and year columns under a unit in the table's corner: the earlier year's are previous.
        "<w:tbl>" + "<w:tr>" + cell("项目") + cell("数量") + cell("单位") + "</w:tr>" +
        "<w:tr>" + cell("法律援助") + cell("86") + cell("人次") + "</w:tr></w:tbl>",
        "<w:tbl>" + "<w:tr>" + cell("指标（件）") + cell("2023年") + cell("2024年") + "</w:tr>" +
        "<w:tr>" + cell("人民调解") + cell("104") + cell("120") + "</w:tr></w:tbl>",
        # A content control still showing its placeholder, and a document pasted in whole (not read: a warning).
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + p("单击或点击此处输入文字。") + "</w:sdtContent></w:sdt>",
        '<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/>',
        p("青山镇人民政府"),
        p("2025年1月18日"),
    ]), styles=FEATURE_STYLES, numbering=FEATURE_NUMBERING)


PAIRED_OUT = OUT.parent / "doc-pairs"
PLACEHOLDER_STYLES = STYLES.replace("</w:styles>", '<w:style w:type="character" w:styleId="PlaceholderText">'
                                    '<w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style></w:styles>')


def control(content, placeholder=False, date=False, showing="<w:showingPlcHdr/>"):
    """A content control (w:sdt) around `content`: showing its placeholder, or what was entered; a date picker."""
    properties = ('<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else "") + \
        (showing if placeholder else "") + \
        ('<w:date w:fullDate="2025-01-18T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/></w:date>'
         if date else "")
    return f"<w:sdt><w:sdtPr>{properties}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def placeholder_run(text):
    return f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{text}</w:t></w:r>'


def paired_docx():
    """The hand-built halves of tests/data/doc-pairs/: make-doc-fixtures.py saves each as .doc with LibreOffice."""
    PAIRED_OUT.mkdir(parents=True, exist_ok=True)
    # Content controls of a form-like report head: a date picker and a text control still showing their placeholders
    # (LibreOffice saves the first as text in the placeholder style, the second as a FORMTEXT field), one of each
    # filled in, a filled one whose showingPlcHdr is off, and a placeholder whose control was removed.
    package("content-controls.docx", "".join([
        p("青禾镇2024年度法治政府建设情况报告"),
        p(run("填报日期：") + control(placeholder_run("单击或点击此处输入日期。"), placeholder=True, date=True), raw=True),
        p(run("全年开展法治讲座14期，") + control(run("受众860人次")) + run("。"), raw=True),
        control(p(placeholder_run("Click or tap here to enter text."), raw=True), placeholder=True),
        p(run("调解矛盾纠纷38件，") +
          control(run("调解成功36件"), placeholder=True, showing='<w:showingPlcHdr w:val="0"/>') + run("。"), raw=True),
        p(run("联系人：") + placeholder_run("单击或点击此处输入文字。"), raw=True),
        p(run("报送日期：") + control(run("2025年1月18日"), date=True), raw=True),
    ]), styles=PLACEHOLDER_STYLES, out=PAIRED_OUT)
    # A third level (1.) restarting only under the first (lvlRestart 1): its items run on across the （一）（二） between
    # them, restarting at 二、; and a second instance of the list restarting its first level at 五 (startOverride).
    restart_numbering = NUMBERING.replace(
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>',
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/>')
    package("list-restart-limit.docx", "".join([
        p("青禾镇2024年度法治政府建设情况报告"),
        p("主要举措和成效", num=1, level=0),
        p("加强组织领导", num=1, level=1),
        p("调整法治建设领导小组。", num=1, level=2),
        p("召开专题会议6次。", num=1, level=2),
        p("完善制度建设", num=1, level=1),
        p("修订议事规则。", num=1, level=2),
        p("存在的不足", num=1, level=0),
        p("学法不够深入。", num=1, level=2),
        p("下一步工作安排", num=2, level=0),
    ]), numbering=restart_numbering, out=PAIRED_OUT)


# What WPS Office (Kingsoft) writes into a .docx: digit style ids (1 is Normal, 2 heading 1), headings numbered through
# their styles, which name only the list and leave the level to the list's w:lvl/w:pStyle; WPS's namespaces and
# w14/wp14 attributes; a text box as mc:AlternateContent (wps:wsp, with a v:textbox fallback holding the same text);
# a table with only a w:tblGrid; a date in a Word 2003 smart tag, a signature date as a DATE field; a phonetic
# guide (w:ruby) over a village's rare character; custom XML around a figure; a heading whose numbering was taken
# off (numId 0); a cell-level content control still showing its placeholder; WPS's custom data (docProps/custom.xml,
# customXml/item1.xml) and a footer's PAGE field, none of it the report's text.
WPS_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'{W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 w15 wp14"')
WPS_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="4"><w:name w:val="标题 3"/><w:basedOn w:val="1"/><w:next w:val="1"/></w:style>
<w:style w:type="character" w:default="1" w:styleId="13"><w:name w:val="Default Paragraph Font"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="11"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="12"><w:name w:val="Table Grid"/><w:basedOn w:val="11"/></w:style>
</w:styles>"""
# The list the heading styles name: level 0 一、 linked to style 2, level 1 （一） linked to style 3.
WPS_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="3"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""
WPS_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal</Template><Pages>2</Pages><Application>WPS Office_12.1.0.17827_F1E327BC-269C-435d-A152-05C5408002CA</Application></Properties>"""
WPS_CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.17827</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>8A1C3E0F5B2D4C6E9F7A1B2C3D4E5F60_13</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="备注"><vt:lpwstr>自定义属性不进正文：受理案件99件</vt:lpwstr></property></Properties>"""
WPS_CUSTOM_DATA = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData"><customSectProps><customSectPr/></customSectProps><customShpExts><customShpInfo spid="_x0000_s1026"/></customShpExts><docInfo>自定义数据不进正文：培训88人次</docInfo></s:customData>"""


def wps_p(body, style=None, extra="", center=False):
    """A paragraph as WPS writes one: w14 ids, its style (none for Normal), East Asian font hints on every run."""
    properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra + ('<w:jc w:val="center"/>' if center else "")
    return (f'<w:p w14:paraId="{zlib.crc32(body.encode()) & 0x7FFFFFFF:08X}" w14:textId="77777777" w:rsidR="00A1B2C3">'
            f'<w:pPr>{properties}<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>{body}</w:p>')


def wps_run(text, bold=False):
    properties = '<w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>' + ("<w:b/>" if bold else "")
    return f'<w:r><w:rPr>{properties}<w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def wps_text_box(text):
    """A text box as WPS writes one: the wps:wsp shape for Word 2010 and later, a VML v:textbox as the fallback."""
    content = f"<w:txbxContent>{wps_p(wps_run(text))}</w:txbxContent>"
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
            'distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:extent cx="5274310" cy="720000"/><wp:docPr id="1" name="文本框 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>'
            '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="_x0000_s1026" o:spt="202" '
            f'type="#_x0000_t202" style="width:415.3pt;height:56.7pt"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>')


def wps_cell(text, width=2840, placeholder=False):
    cell = (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f'{wps_p(wps_run(text), center=True)}</w:tc>')
    if placeholder:  # a cell-level control showing its placeholder, its runs in no placeholder style
        return f'<w:sdt><w:sdtPr><w:id w:val="147"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{cell}</w:sdtContent></w:sdt>'
    return cell


def wps_habits_docx():
    smart_date = ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:smartTagPr>'
                  '<w:attr w:name="Year" w:val="2024"/><w:attr w:name="Month" w:val="3"/><w:attr w:name="Day" w:val="12"/>'
                  '<w:attr w:name="IsLunarDate" w:val="False"/><w:attr w:name="IsROCDate" w:val="False"/></w:smartTagPr>'
                  + wps_run("2024年3月12日") + "</w:smartTag>")
    ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="16"/><w:hpsRaise w:val="30"/>'
            '<w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            '<w:t>ào</w:t></w:r></w:rt><w:rubyBase><w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:t>岙</w:t></w:r></w:rubyBase>'
            '</w:ruby></w:r>')
    custom_xml = ('<w:customXml w:element="指标"><w:customXmlPr><w:attr w:name="编号" w:val="FZ-07"/></w:customXmlPr>'
                  + wps_run("法律援助86人次") + "</w:customXml>")
    date_field = ('<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; \\* MERGEFORMAT ">'
                  + wps_run("2025年1月16日") + "</w:fldSimple>")
    grid = '<w:tblGrid><w:gridCol w:w="2840"/><w:gridCol w:w="2841"/><w:gridCol w:w="2841"/></w:tblGrid>'
    row = lambda *cells: '<w:tr w:rsidR="00A1B2C3"><w:trPr><w:trHeight w:val="454" w:hRule="atLeast"/></w:trPr>' + "".join(cells) + "</w:tr>"
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="12"/><w:tblLayout w:type="fixed"/></w:tblPr>' + grid +
             row(wps_cell("项目"), wps_cell("2023年"), wps_cell("2024年")) +
             row(wps_cell("行政复议（件）"), wps_cell("3"), wps_cell("5")) +
             row(wps_cell("行政应诉（件）"), wps_cell("2"), wps_cell("单击此处输入文字。", placeholder=True)) + "</w:tbl>")
    body = "".join([
        wps_p(wps_run("东岙镇人民政府关于2024年度法治政府建设情况的报告", bold=True), center=True),
        wps_p(wps_run("县人民政府：")),
        wps_p(wps_run("2024年，我镇坚持以习近平法治思想为指导，现将有关情况报告如下：")),
        wps_p(wps_run("主要举措和成效"), style="2"),
        wps_p(wps_run("健全依法决策机制"), style="3"),
        wps_p(wps_run("镇党委于") + smart_date + wps_run("召开专题会议，全年集体讨论重大行政决策事项6项。") + wps_text_box(
            "专栏：东岙村“法律明白人”工作法")),
        wps_p(wps_run("推进基层依法治理"), style="3"),
        wps_p(wps_run("东") + ruby + wps_run("村等5个村完成民主法治示范村创建，") + custom_xml + wps_run("。")),
        wps_p(wps_run("全镇行政复议和应诉情况如下：")),
        table,
        wps_p(wps_run("存在的不足"), style="2"),
        wps_p(wps_run("执法人员法律素养有待提高。")),
        wps_p(wps_run("下一步工作打算"), style="2"),
        wps_p(wps_run("着力提升执法能力"), style="3", extra='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'),
        wps_p(wps_run("1.加强执法队伍培训"), style="4"),
        wps_p(wps_run("全年组织执法人员轮训不少于2次。")),
        wps_p(wps_run("东岙镇人民政府"), extra='<w:jc w:val="right"/>'),
        wps_p(date_field, extra='<w:jc w:val="right"/>'),
    ])
    document_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {WPS_NAMESPACES}><w:body>{body}'
                    '<w:sectPr><w:footerReference xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                    'w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:docGrid w:type="lines" w:linePitch="579"/>'
                    '</w:sectPr></w:body></w:document>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p><w:r><w:t>— </w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE  \\* MERGEFORMAT </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
              '<w:r><w:t> —</w:t></w:r></w:p></w:ftr>')
    rels = DOCUMENT_RELS.replace("</Relationships>", '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/'
                                 'officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    package_rels = RELS.replace("</Relationships>", '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
                                'officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                                'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
    with zipfile.ZipFile(PAIRED_OUT / "wps-habits.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("docProps/app.xml", WPS_APP)
        z.writestr("docProps/custom.xml", WPS_CUSTOM)
        z.writestr("customXml/item1.xml", WPS_CUSTOM_DATA)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/document.xml", document_xml)
        z.writestr("word/styles.xml", WPS_STYLES)
        z.writestr("word/numbering.xml", WPS_NUMBERING)
        z.writestr("word/footer1.xml", footer)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    features_docx()
    paired_docx()
    wps_habits_docx()
    # Automatic Chinese numbering through the style chain, lower levels restarting, a startOverride.
    package("numbering.docx", "".join([
        p("工作情况", style="Heading1"),
        p("加强组织领导", style="Heading2"),
        p("健全工作机制。乡党委召开会议5次。", num=1, level=2),
        p("完善制度", num=1, level=3),
        p("深入普法", style="Heading2"),
        p("存在问题", style="Part"),
        p("执法不够规范", style="Heading2"),
        p("其他事项", num=2, level=0),
        p("甲项", num=3), p("乙项", num=3),
    ]))
    # Tracked changes: an insertion kept, a deletion dropped, a move read once (at its destination).
    package("tracked-changes.docx", "".join([
        p(run("开展法治讲座") + '<w:ins w:id="1" w:author="a">' + run("14") + "</w:ins>" +
          '<w:del w:id="2" w:author="a"><w:r><w:delText>12</w:delText></w:r></w:del>' + run("期。"), raw=True),
        p('<w:moveFrom w:id="3" w:author="a">' + run("挪走的句子。") + "</w:moveFrom>", raw=True),
        p(run("保留的句子。"), raw=True),
        p('<w:moveTo w:id="4" w:author="a">' + run("挪走的句子。") + "</w:moveTo>", raw=True),
    ]))
    # A number split across runs, tabs and breaks, a hyperlink, a field's result (not its code), a text box once.
    package("runs-and-fields.docx", "".join([
        p(run("开展法治讲座1") + run("4期") + "<w:r><w:tab/></w:r>" + run("法律咨询286人次"), raw=True),
        p(run("第一行") + "<w:r><w:br/></w:r>" + run("第二行"), raw=True),
        p('<w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          run("链接文字") + "</w:hyperlink>", raw=True),
        p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("域结果") +
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>', raw=True),
        p('<w:fldSimple w:instr=" DATE ">' + run("2024年12月24日") + "</w:fldSimple>", raw=True),
        p(run("正文") + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' +
          p("文本框内容") + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' +
          p("文本框内容") + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>", raw=True),
    ]), extra={"word/comments.xml": f'<w:comments {W}><w:comment w:id="0">{p("批注不进正文")}</w:comment></w:comments>',
               "word/footer1.xml": f'<w:ftr {W}>{p("— 1 —")}</w:ftr>'})
    # A table, read cell by cell in row order, with a merged header cell.
    cell = lambda text, span=1: (f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else "<w:tc>") + p(text) + "</w:tc>"
    package("table.docx", p("调解情况如下：") + "<w:tbl>" + "".join([
        "<w:tr>" + cell("项目") + cell("2024年") + "</w:tr>",
        "<w:tr>" + cell("人民调解案件（件）") + cell("120") + "</w:tr>",
        "<w:tr>" + cell("法律援助（人次）") + cell("86") + "</w:tr>",
        "<w:tr>" + cell("合计说明", 2) + "</w:tr>",
    ]) + "</w:tbl>" + p("表后正文。"))
    # A statistics form of reconsiderations by organ: categories merged down (vMerge), each group of rows closed by
    # a 小计, a 其中 column that is a part of the column before it, a 合计 spanning two columns. The 乡镇 小计 of
    # 收案数 is wrong (3 + 2 is 5, not 6) while the 合计 adds up the rows themselves.
    merged = lambda text, how: f'<w:tc><w:tcPr><w:vMerge w:val="{how}"/></w:tcPr>' + p(text) + "</w:tc>"
    below = '<w:tc><w:tcPr><w:vMerge/></w:tcPr>' + p("") + "</w:tc>"
    row = lambda *cells: "<w:tr>" + "".join(cells) + "</w:tr>"
    package("subtotal-table.docx", "".join([
        p("平川县2024年法治政府建设年度报告"),
        p("一、主要举措和成效"),
        p("2024年全县行政复议案件统计表（单位：件）"),
        "<w:tbl>",
        row(cell("类别"), cell("被申请人"), cell("收案数"), cell("其中：纠错"), cell("审结数")),
        row(merged("县直部门", "restart"), cell("县市场监管局"), cell("6"), cell("1"), cell("5")),
        row(below, cell("县人社局"), cell("4"), cell("0"), cell("4")),
        row(below, cell("小计"), cell("10"), cell("1"), cell("9")),
        row(merged("乡镇", "restart"), cell("城关镇"), cell("3"), cell("1"), cell("3")),
        row(below, cell("河口乡"), cell("2"), cell("0"), cell("1")),
        row(below, cell("小计"), cell("6"), cell("1"), cell("4")),
        row(cell("合计", 2), cell("15"), cell("2"), cell("13")),
        "</w:tbl>",
        p("平川县人民政府"),
        p("2025年1月20日"),
    ]))
    # The national statistics forms of enforcement: a header cell spanning from the first column over the kinds it
    # divides into (gridSpan), the amount merged down beside them (vMerge), one row of figures and no row labels; the
    # 合计 is wrong: 36 + 1247 + 12 + 3 is 1298, the form says 1296. Then a table whose rows are
    # numbered at two levels (一、 over （一）), the 合计 adding up the first level only.
    package("statistics-forms.docx", "".join([
        p("临江市2024年度行政执法数据"),
        p("一、行政执法数据"),
        p("表一 行政处罚实施情况统计表"),
        "<w:tbl>",
        row(cell("行政处罚实施数量（宗）", 5), merged("罚没金额（万元）", "restart")),
        row(cell("警告"), cell("罚款"), cell("没收违法所得"), cell("吊销许可证件"), cell("合计（宗）"), below),
        row(cell("36"), cell("1247"), cell("12"), cell("3"), cell("1296"), cell("356.72")),
        "</w:tbl>",
        p("表二 行政执法案件办理情况（单位：件）"),
        "<w:tbl>",
        row(cell("执法类别"), cell("立案数"), cell("结案数")),
        row(cell("一、行政处罚"), cell("30"), cell("28")),
        row(cell("（一）一般程序"), cell("18"), cell("17")),
        row(cell("（二）简易程序"), cell("12"), cell("11")),
        row(cell("二、行政强制"), cell("5"), cell("5")),
        row(cell("合计"), cell("35"), cell("33")),
        "</w:tbl>",
    ]))
    # Unsafe or broken inputs.
    with zipfile.ZipFile(OUT / "xxe.docx", "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   f'<w:document {W}><w:body>{p("&x;", raw=True)}</w:body></w:document>')
    with zipfile.ZipFile(OUT / "zip-bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document(p("开头")) + " " * (20 << 20))
    whole = (OUT / "table.docx").read_bytes()
    (OUT / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    # Bytes after the archive's end (a mail gateway's or a download's tail): read leniently, with a warning.
    (OUT / "trailing-junk.docx").write_bytes(whole + b"\r\n-- sent through the gateway --\r\n" * 4)
    # Scanned pages pasted into Word as pictures, and no text.
    package("images-only.docx", p('<w:r><w:drawing/></w:r>', raw=True),
            extra={"word/media/image1.png": bytes.fromhex("89504e470d0a1a0a") + bytes(64),
                   "word/media/image2.png": bytes.fromhex("89504e470d0a1a0a") + bytes(64)})
    # What Word writes for a password-protected document: an OLE compound file, not a zip.
    (OUT / "encrypted.docx").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + b"EncryptedPackage" + bytes(1000))
    # Flat WordprocessingML (Word's "XML document") of a small report.
    (OUT / "flat.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Word.Document"?>\n'
        '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
        '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">'
        f'<pkg:xmlData>{document(p("工作情况", style="Heading1") + p("开展法治讲座14期。"))[38:]}</pkg:xmlData></pkg:part>'
        f'<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/xml"><pkg:xmlData>{STYLES[55:]}</pkg:xmlData></pkg:part>'
        f'<pkg:part pkg:name="/word/numbering.xml" pkg:contentType="application/xml"><pkg:xmlData>{NUMBERING[55:]}</pkg:xmlData></pkg:part>'
        "</pkg:package>", encoding="utf-8")


if __name__ == "__main__":
    main()
