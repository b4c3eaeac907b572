#!/usr/bin/env python3
"""Makes OFD (GB/T 33190) versions of the example reports, laid out as official-document software does.

A4 pages with the 公文 type area (22 lines of 28 characters, 3号 characters of 5.6 mm), the first line
(the title) centred, every paragraph indented by two characters, a "— N —" page number in the footer.
To exercise a reader the way real writers do, every seventh line is cut into three TextObjects, and
page 2 is written with one TextObject per glyph; DeltaX uses the "g" repeat syntax. A template page
carries a background rule (no text) and every document has DocInfo with a custom datum.

Also writes hand-made edge cases into tests/data/ofd/. Only the standard library is needed.
Usage: scripts/make-ofd-fixtures.py [reports-dir] [out-dir]
"""
import pathlib
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "reports"
OUT = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests" / "data" / "formats"
EDGE = ROOT / "tests" / "data" / "ofd"

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP = 28.0, 37.0
CHARS, LINES = 28, 22
PITCH = 156.0 / CHARS  # 5.571 mm per character
LEADING = 225.0 / LINES  # 10.23 mm per line
SIZE = 5.6  # 3号


def width(ch):
    return 0.5 if ord(ch) < 0x2E80 and ch not in "—“”‘’…、，。：；！？（）《》【】" else 1.0


def wrap(paragraph, first_indent):
    """Lines of at most 28 character widths; the first one indented by `first_indent` widths."""
    lines, line, used, limit = [], "", first_indent, CHARS
    for ch in paragraph:
        if used + width(ch) > limit + 1e-9:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += width(ch)
    if line:
        lines.append(line)
    return lines


def deltas(text, pitch=PITCH):
    """DeltaX for the glyphs of `text` with runs of equal advances in the g syntax."""
    advances = [width(ch) * pitch for ch in text[:-1]]
    parts, i = [], 0
    while i < len(advances):
        j = i
        while j < len(advances) and abs(advances[j] - advances[i]) < 1e-9:
            j += 1
        n = j - i
        parts.append(f"g {n} {advances[i]:.3f}" if n > 1 else f"{advances[i]:.3f}")
        i = j
    return " ".join(parts)


class Page:
    def __init__(self):
        self.objects = []

    def text(self, x, baseline, text, font="3", size=SIZE):
        """One TextObject whose Boundary starts at (x, baseline - size) and a TextCode inside it."""
        pitch = PITCH * size / SIZE
        w = sum(width(ch) for ch in text) * pitch
        code = f'<ofd:TextCode X="0" Y="{size:.3f}"'
        if len(text) > 1:
            code += f' DeltaX="{deltas(text, pitch)}"'
        code += f">{escape(text)}</ofd:TextCode>"
        self.objects.append(
            f'<ofd:TextObject ID="{{id}}" Boundary="{x:.3f} {baseline - size:.3f} {w + 1:.3f} {size * 1.4:.3f}" '
            f'Font="{font}" Size="{size}">{code}</ofd:TextObject>')

    def rule(self, x1, y1, x2, y2):
        """A straight border from (x1, y1) to (x2, y2) mm, one PathObject of one segment, as WPS draws a table's."""
        self.objects.append(
            f'<ofd:PathObject ID="{{id}}" Boundary="{x1:.3f} {y1:.3f} {max(0.5, x2 - x1):.3f} {max(0.5, y2 - y1):.3f}" '
            f'LineWidth="0.35"><ofd:AbbreviatedData>M 0 0 L {x2 - x1:.3f} {y2 - y1:.3f}</ofd:AbbreviatedData>'
            '</ofd:PathObject>')

    def xml(self, next_id):
        body = []
        for obj in self.objects:
            body.append(obj.replace("{id}", str(next_id())))
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Template TemplateID="2" ZOrder="Background"/>'
                f'<ofd:Content><ofd:Layer ID="{next_id()}" Type="Body">' + "".join(body) +
                "</ofd:Layer></ofd:Content></ofd:Page>")


def layout(paragraphs):
    pages, page, row = [], Page(), 0
    for index, paragraph in enumerate(paragraphs):
        title = index == 0
        lines = wrap(paragraph, 0 if title else 2)
        for k, line in enumerate(lines):
            if row == LINES:
                pages.append(page)
                page, row = Page(), 0
            baseline = TOP + row * LEADING + SIZE
            x = LEFT
            if title:
                x = LEFT + (CHARS - sum(width(ch) for ch in line)) * PITCH / 2
            elif k == 0:
                x = LEFT + 2 * PITCH
            if len(pages) == 1:  # page 2: one glyph per TextObject
                for ch in line:
                    page.text(x, baseline, ch)
                    x += width(ch) * PITCH
            elif row % 7 == 3 and len(line) >= 6:  # a line cut into three TextObjects
                cuts = [0, len(line) // 3, 2 * len(line) // 3, len(line)]
                for a, b in zip(cuts, cuts[1:]):
                    page.text(x, baseline, line[a:b])
                    x += sum(width(ch) for ch in line[a:b]) * PITCH
            else:
                page.text(x, baseline, line)
            row += 1
    pages.append(page)
    for number, page in enumerate(pages, 1):
        label = f"— {number} —"
        # GB/T 9704: the page number 7 mm below the type area (which ends 35 mm above the page's bottom).
        page.text(PAGE_W / 2 - sum(width(ch) for ch in label) * PITCH / 2, PAGE_H - 35 + 7 + 4, label)
    return pages


def document_xml(page_count, extra_common="", extra_document=""):
    pages = "".join(f'<ofd:Page ID="{100 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(page_count))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>999999</ofd:MaxUnitID>'
            f'<ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_W} {PAGE_H}</ofd:PhysicalBox></ofd:PageArea>'
            '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
            '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/>' + extra_common +
            f'</ofd:CommonData><ofd:Pages>{pages}</ofd:Pages>{extra_document}</ofd:Document>')


PUBLIC_RES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
              '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>')
TEMPLATE = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content><ofd:Layer ID="4">'
            '<ofd:PathObject ID="5" Boundary="28 30 156 1" LineWidth="0.5"><ofd:AbbreviatedData>M 0 0 L 156 0'
            '</ofd:AbbreviatedData></ofd:PathObject></ofd:Layer></ofd:Content></ofd:Page>')


def ofd_xml(title, extra_bodies=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.1" DocType="OFD"><ofd:DocBody>'
            f'<ofd:DocInfo><ofd:DocID>6d2f1c0a8b7e4f3a9c5d0e1f2a3b4c5d</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>'
            '<ofd:Author>docpipe fixtures</ofd:Author><ofd:CreationDate>2025-01-15</ofd:CreationDate>'
            '<ofd:ModDate>2025-01-16</ofd:ModDate><ofd:Creator>make-ofd-fixtures.py</ofd:Creator>'
            '<ofd:CustomDatas><ofd:CustomData Name="发文机关">某某镇人民政府</ofd:CustomData></ofd:CustomDatas>'
            '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>' + extra_bodies + '</ofd:OFD>')


def put(z, name, text):
    """Adds an entry with a fixed timestamp, so the fixtures are byte-identical run after run."""
    info = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def write_ofd(path, paragraphs, extra_bodies="", extra_files=None, extra_common="", extra_document=""):
    pages = layout(paragraphs)
    counter = iter(range(1000, 10**9))
    next_id = lambda: next(counter)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, text):
            put(z, name, text)
        add("OFD.xml", ofd_xml(paragraphs[0], extra_bodies))
        add("Doc_0/Document.xml", document_xml(len(pages), extra_common, extra_document))
        add("Doc_0/PublicRes.xml", PUBLIC_RES)
        add("Doc_0/Tpls/Tpl_0/Content.xml", TEMPLATE)
        for i, page in enumerate(pages):
            add(f"Doc_0/Pages/Page_{i}/Content.xml", page.xml(next_id))
        for name, text in (extra_files or {}).items():
            add(name, text)


def paragraphs_of(text):
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


TABLES = ROOT / "tests" / "data" / "ofd-tables"
TABLE_SIZE = 4.2  # 小四, the type of a report's tables
ROW_HEIGHT = 8.0
CELL_PADDING = 1.5
BODY_BOTTOM = TOP + LINES * LEADING


class Flow:
    """Lays a report's paragraphs and tables onto pages, top to bottom, breaking pages as a word processor does: a
    table row that does not fit goes to the next page whole (no header repeated)."""

    def __init__(self):
        self.pages, self.y = [Page()], TOP

    def _room(self, height):
        if self.y + height > BODY_BOTTOM + 1e-6:
            self.pages.append(Page())
            self.y = TOP

    def paragraph(self, text, title=False):
        for k, line in enumerate(wrap(text, 0 if title else 2)):
            self._room(LEADING)
            x = LEFT
            if title:
                x = LEFT + (CHARS - sum(width(ch) for ch in line)) * PITCH / 2
            elif k == 0:
                x = LEFT + 2 * PITCH
            self.pages[-1].text(x, self.y + SIZE, line)
            self.y += LEADING

    def table(self, widths, rows, ruled, figures="right"):
        """Row 0 is the header, its cells centred; the first column's labels are set left, the figures `figures`."""
        pitch = PITCH * TABLE_SIZE / SIZE
        segment_top = None
        for r, row in enumerate(rows):
            if self.y + ROW_HEIGHT > BODY_BOTTOM + 1e-6:
                self._room(ROW_HEIGHT)
                segment_top = None
            page, top = self.pages[-1], self.y
            if ruled and segment_top is None:
                page.rule(LEFT, top, LEFT + sum(widths), top)
            segment_top = top
            left = LEFT
            for c, (cell, cell_width) in enumerate(zip(row, widths)):
                w = sum(width(ch) for ch in cell) * pitch
                align = "centre" if r == 0 else ("left" if c == 0 else figures)
                x = {"left": left + CELL_PADDING, "right": left + cell_width - CELL_PADDING - w,
                     "centre": left + (cell_width - w) / 2}[align]
                if cell:
                    page.text(x, top + ROW_HEIGHT / 2 + TABLE_SIZE * 0.35, cell, size=TABLE_SIZE)
                left += cell_width
            if ruled:
                page.rule(LEFT, top + ROW_HEIGHT, LEFT + sum(widths), top + ROW_HEIGHT)
                x = LEFT
                for cell_width in [0] + list(widths):
                    x += cell_width
                    page.rule(x, top, x, top + ROW_HEIGHT)
            self.y += ROW_HEIGHT
        self.y += LEADING / 2

    def space_to_spill(self, rows, last_rows=1):
        """Space before a table of `rows` rows so that its last `last_rows` go to the next page: a 段前 spacing."""
        room = BODY_BOTTOM - self.y
        fits = rows - last_rows
        if room < fits * ROW_HEIGHT:
            raise ValueError("the table starts too low to spill only its last rows")
        self.y += max(0.0, room - (fits + 0.5) * ROW_HEIGHT)


def write_flow(path, title, flow):
    pages = flow.pages
    for number, page in enumerate(pages, 1):
        label = f"— {number} —"
        page.text(PAGE_W / 2 - sum(width(ch) for ch in label) * PITCH / 2, PAGE_H - 35 + 7 + 4, label)
    counter = iter(range(1000, 10**9))
    next_id = lambda: next(counter)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "OFD.xml", ofd_xml(title))
        put(z, "Doc_0/Document.xml", document_xml(len(pages)))
        put(z, "Doc_0/PublicRes.xml", PUBLIC_RES)
        put(z, "Doc_0/Tpls/Tpl_0/Content.xml", TEMPLATE)
        for i, page in enumerate(pages):
            put(z, f"Doc_0/Pages/Page_{i}/Content.xml", page.xml(next_id))


def table_report(stem, parts):
    """An OFD of `parts` (("p", text) paragraphs, ("spill", rows) spacing, ("table", widths, rows, ruled[, figures])
    tables) beside its TXT truth: the same paragraphs, a table's rows with tabs between their cells."""
    flow, truth = Flow(), []
    for index, part in enumerate(parts):
        if part[0] == "p":
            flow.paragraph(part[1], title=index == 0)
            truth.append(part[1])
        elif part[0] == "spill":
            flow.space_to_spill(part[1])
        else:
            flow.table(*part[1:])
            truth.extend("\t".join(row) for row in part[2])
    write_flow(TABLES / f"{stem}.ofd", parts[0][1], flow)
    (TABLES / f"{stem}.txt").write_text("\n".join(truth) + "\n", encoding="utf-8")


# A county bureau's caseload: header cells centred over their columns, figures set flush right (as a table pasted
# from a spreadsheet is), a 单位 line over it.
CASELOAD = [["执法领域", "立案数", "结案数"], ["食品安全", "46", "41"], ["药品监管", "18", "17"],
            ["特种设备", "9", "9"], ["价格监管", "23", "20"]]
CASELOAD_WIDTHS = [60, 48, 48]
# A township's mediation, the 合计 row spilling onto the next page.
MEDIATION = [["纠纷类型", "受理（件）", "调解成功（件）", "涉及金额（万元）"], ["婚姻家庭", "37", "35", "12.6"],
             ["邻里关系", "52", "50", "8.4"], ["土地承包", "21", "18", "46.3"], ["劳动争议", "14", "13", "27.9"],
             ["合计", "124", "116", "95.2"]]
MEDIATION_WIDTHS = [45, 35, 38, 38]
FILLER = [
    "二、依法全面履行政府职能",
    "深化“放管服”改革，全面推行证明事项告知承诺制，镇便民服务中心窗口可办事项扩大到一百二十余项，群众办事平均跑动次数进一步减少。",
    "推进综合行政执法改革，整合镇级执法力量，组建综合行政执法队，制定执法事项清单并向社会公布，规范执法程序和文书。",
    "严格落实重大行政决策程序，对涉及群众切身利益的事项开展公众参与、专家论证、风险评估和合法性审查，全年未发生决策失误。",
    "三、矛盾纠纷多元化解",
    "健全镇、村、组三级调解网络，发挥人民调解员和法律明白人作用，坚持抓早抓小，全年矛盾纠纷调解情况如下表。",
]


def table_fixtures():
    TABLES.mkdir(parents=True, exist_ok=True)
    opening = [("p", "某某县市场监督管理局2024年法治政府建设年度报告"), ("p", "一、严格规范公正文明执法"),
               ("p", "全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，统一执法文书格式，"
                     "推行说理式执法和包容审慎监管，对轻微违法行为依法不予处罚。"),
               ("p", "全年查办各类行政处罚案件，主要执法领域的案件办理情况见下表。"), ("p", "单位：件")]
    closing = [("p", "二、存在的问题"), ("p", "基层执法人员专业能力仍有不足，案件办理周期偏长。")]
    table_report("centred-header", opening + [("table", CASELOAD_WIDTHS, CASELOAD, False)] + closing)
    table_report("centred-header-ruled", opening + [("table", CASELOAD_WIDTHS, CASELOAD, True)] + closing)
    spill_opening = [("p", "某某镇人民政府2024年法治政府建设工作报告"), ("p", "一、加强党对法治政府建设的领导")] + \
        [("p", text) for text in FILLER]
    after = [("p", "四、下一步工作打算"), ("p", "持续推进基层法治建设，提升依法行政水平。")]
    for stem, ruled in (("spilled-total-row-ruled", True), ("spilled-total-row", False)):
        table_report(stem, spill_opening + [("spill", len(MEDIATION)), ("table", MEDIATION_WIDTHS, MEDIATION, ruled)] +
                     after)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    EDGE.mkdir(parents=True, exist_ok=True)
    table_fixtures()
    for report in sorted(REPORTS.glob("*.txt")):
        write_ofd(OUT / (report.stem + ".ofd"), paragraphs_of(report.read_text(encoding="utf-8")))

    sample = ["某某镇2024年法治政府建设工作报告", "一、工作开展情况", "全年开展法治讲座14期，受众860人次。"]
    # A second DocBody (an attachment): recorded, not read.
    second = ('<ofd:DocBody><ofd:DocInfo><ofd:Title>附件</ofd:Title></ofd:DocInfo>'
              '<ofd:DocRoot>Doc_1/Document.xml</ofd:DocRoot></ofd:DocBody>')
    write_ofd(EDGE / "two-documents.ofd", sample, extra_bodies=second)
    # A seal annotation: its text is furniture.
    annotations = {
        "Doc_0/Annots/Annotations.xml": (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Annotations {NS}>'
                                         '<ofd:Page PageID="100"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page>'
                                         '</ofd:Annotations>'),
        "Doc_0/Annots/Page_0/Annotation.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:PageAnnot {NS}><ofd:Annot ID="7" Type="Stamp">'
            '<ofd:Appearance Boundary="120 200 40 40"><ofd:TextObject ID="8" Boundary="0 0 40 40" Font="3" Size="4">'
            '<ofd:TextCode X="2" Y="20" DeltaX="g 6 4">某某镇人民政府</ofd:TextCode></ofd:TextObject>'
            '</ofd:Appearance></ofd:Annot></ofd:PageAnnot>'),
    }
    write_ofd(EDGE / "stamped.ofd", sample, extra_files=annotations,
              extra_document="<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>")
    # Broken references: a page whose Content.xml is missing.
    with zipfile.ZipFile(EDGE / "missing-page.ofd", "w") as z:
        put(z, "OFD.xml", ofd_xml("缺页"))
        put(z, "Doc_0/Document.xml", document_xml(2))
        put(z, "Doc_0/Tpls/Tpl_0/Content.xml", TEMPLATE)
        put(z, "Doc_0/Pages/Page_0/Content.xml", Page().xml(iter(range(1, 99)).__next__))
    # No DocRoot.
    with zipfile.ZipFile(EDGE / "no-docroot.ofd", "w") as z:
        put(z, "OFD.xml", f'<ofd:OFD {NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo/></ofd:DocBody></ofd:OFD>')
    # Encrypted (GM/T 0099 style entry list).
    with zipfile.ZipFile(EDGE / "encrypted.ofd", "w") as z:
        put(z, "OFD.xml", ofd_xml("加密"))
        put(z, "Encryptions.xml", f'<ofd:Encryptions {NS}><ofd:Encryption ID="1"/></ofd:Encryptions>')
        put(z, "Doc_0/Document.xml", "\x8a\x01 encrypted bytes")
    # A signed-only package: signatures but no document to read.
    with zipfile.ZipFile(EDGE / "signed-only.ofd", "w") as z:
        put(z, "OFD.xml", f'<ofd:OFD {NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo/>'
                              '<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody></ofd:OFD>')
        put(z, "Doc_0/Signs/Signatures.xml", f'<ofd:Signatures {NS}/>')


if __name__ == "__main__":
    main()
