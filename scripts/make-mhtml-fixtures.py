#!/usr/bin/env python3
"""Writes tests/data/mhtml/: reports as web archives (MHTML), each beside its truth TXT, and the hostile
archives of tests/data/hostile/mhtml-*.

LibreOffice writes no MHTML, so the archives are built here as their producers write them:
- Word's 单个文件网页 (`.mht`): a report's paragraphs as Word exports HTML (`<div class=WordSection1>`,
  `<p class=MsoNormal>` with `mso-` styles and `<o:p>`, conditional comments, list labels in
  `<span style='mso-list:Ignore'>`, figures in `<span lang=EN-US>` runs, headings as `<h1>` or by
  `mso-outline-level`), the page quoted-printable in GB2312 with `=` soft breaks every 76 characters, then
  an image and Word's filelist.xml;
- the same in UTF-8 (`=E4=B8=80` escapes), served under a `.doc` name as portals do;
- the same saved with Word's Unicode encoding: `charset="unicode"`, UTF-16LE without a BOM, every byte but
  printable ASCII escaped (`<=00h=00`);
- a browser's "save as a single file" of a portal page (tests/data/html/02-zoom-utf8.html): base64 UTF-8,
  Snapshot-Content-Location, a style sheet and an image.

Python standard library only. Run from the repository root: python3 scripts/make-mhtml-fixtures.py
"""
import base64
import html
import pathlib
import quopri
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "mhtml"
HOSTILE = ROOT / "tests" / "data" / "hostile"
REPORTS = ROOT / "tests" / "data" / "reports"
BOUNDARY = "----=_NextPart_01DB7A2C.5E3F1A90"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==")
LEVEL_ONE = re.compile(r"^([一二三四五六七八九十]+、)(.*)$")
LEVEL_TWO = re.compile(r"^([（(][一二三四五六七八九十]+[）)])(.*)$")
FIGURES = re.compile(r"([0-9][0-9.,%]*)")

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="{stem}.files/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	font-size:16.0pt;
	font-family:仿宋_GB2312;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l0
	{{mso-list-id:1190528410;
	mso-list-type:hybrid;}}
@list l0:level1
	{{mso-level-number-format:chinese-counting;
	mso-level-text:%1、;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

"""


def runs(text):
    """A paragraph's text as Word writes its runs: figures in their own lang=EN-US spans."""
    out = []
    for piece in FIGURES.split(html.escape(text, quote=False)):
        if not piece:
            continue
        if FIGURES.fullmatch(piece):
            out.append(f"<span lang=EN-US>{piece}</span>")
        else:
            out.append(f"<span style='font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>{piece}</span>")
    return "".join(out)


def word_paragraphs(lines, headings_as_elements):
    """Word's HTML for a report's lines: the title lines centred, `一、` headings as <h1> or as list paragraphs
    whose label sits in an mso-list:Ignore span, `（一）` headings bold at outline level 2, the rest indented."""
    out = []
    in_title = True
    for line in lines:
        if not line.strip():
            in_title = False
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n")
            continue
        text = line.strip()
        if in_title and not LEVEL_ONE.match(text) and len(text) <= 40 and not text.endswith("。"):
            out.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;"
                       "mso-line-height-rule:exactly'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>"
                       f"{html.escape(text, quote=False)}<o:p></o:p></span></b></p>\n")
            continue
        in_title = False
        if match := LEVEL_ONE.match(text):
            label, rest = match.groups()
            if headings_as_elements:
                out.append(f"<h1 style='margin:0cm;text-indent:32.0pt;mso-char-indent-count:2.0'><span "
                           f"style='font-size:16.0pt;font-family:黑体'>{html.escape(text, quote=False)}"
                           "<o:p></o:p></span></h1>\n")
            else:
                out.append("<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;"
                           "mso-list:l0 level1 lfo1;mso-outline-level:1'><![if !supportLists]><span "
                           f"style='font-family:黑体;mso-bidi-font-family:黑体'><span style='mso-list:Ignore'>{label}"
                           "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span>"
                           f"<![endif]><span style='font-family:黑体'>{runs(rest)}<o:p></o:p></span></p>\n")
            continue
        if LEVEL_TWO.match(text) and len(text) <= 40:
            out.append("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;"
                       f"mso-outline-level:2'><b>{runs(text)}<o:p></o:p></b></p>\n")
            continue
        out.append("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                   f"mso-line-height-rule:exactly'>{runs(text)}<span lang=EN-US><o:p></o:p></span></p>\n")
    return "".join(out)


def word_page(lines, charset, stem, headings_as_elements):
    title = html.escape(lines[0].strip(), quote=False)
    return (WORD_HEAD.format(charset=charset, stem=stem, title=title) +
            word_paragraphs(lines, headings_as_elements) +
            f"<p class=MsoNormal><span lang=EN-US><img width=1 height=1 src=\"{stem}.files/image001.png\"></span></p>\n"
            "\n</div>\n\n</body>\n\n</html>\n")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def quoted_printable(data):
    """Quoted-printable as Word writes it: every byte over 0x7E and `=` escaped, lines cut at 76 with `=`."""
    return crlf(quopri.encodestring(data).decode("ascii"))


def quoted_printable_binary(data):
    """Quoted-printable of a UTF-16 page as Word writes it: every byte but printable ASCII escaped (its zero bytes
    and its line breaks too: they are no lines of the MIME text), lines cut at 76 with `=`."""
    out, line = [], ""
    for byte in data:
        token = chr(byte) if 0x21 <= byte <= 0x7E and byte != 0x3D else f"={byte:02X}"
        if len(line) + len(token) > 75:
            out.append(line + "=")
            line = ""
        line += token
    return "\r\n".join(out + [line])


def base64_lines(data):
    encoded = base64.b64encode(data).decode("ascii")
    return "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def part(headers, body):
    return f"--{BOUNDARY}\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers) + "\r\n" + body + "\r\n\r\n"


# Word's names for UTF-16 (Windows code pages 1200 and 1201), which Python does not know.
WORD_CODECS = {"unicode": "utf-16-le", "unicodeFFFE": "utf-16-be"}


def word_archive(lines, charset, stem, headings_as_elements):
    page = word_page(lines, charset, stem, headings_as_elements)
    encoded = page.replace("\n", "\r\n").encode(WORD_CODECS.get(charset, charset), errors="xmlcharrefreplace")
    body = quoted_printable_binary(encoded) if charset in WORD_CODECS else quoted_printable(encoded)
    filelist = (f'<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../{stem}.htm"/>\r\n'
                ' <o:File HRef="image001.png"/>\r\n <o:File HRef="filelist.xml"/>\r\n</xml>')
    return ("MIME-Version: 1.0\r\n"
            f"Content-Type: multipart/related; boundary=\"{BOUNDARY}\"\r\n\r\n"
            "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。"
            "请下载支持“Web 档案”的浏览器。\r\n\r\n" +
            part([("Content-Location", f"file:///C:/{stem}.htm"), ("Content-Transfer-Encoding", "quoted-printable"),
                  ("Content-Type", f"text/html; charset=\"{charset}\"")], body) +
            part([("Content-Location", f"file:///C:/{stem}.files/image001.png"),
                  ("Content-Transfer-Encoding", "base64"), ("Content-Type", "image/png")], base64_lines(PNG)) +
            part([("Content-Location", f"file:///C:/{stem}.files/filelist.xml"),
                  ("Content-Transfer-Encoding", "quoted-printable"),
                  ("Content-Type", "text/xml; charset=\"utf-8\"")], quoted_printable(filelist.encode())) +
            f"--{BOUNDARY}--\r\n").encode("gb18030")


def browser_archive(page_bytes, address):
    """Chrome's and Edge's single-file page: the headers name the page's address, the page is the root part."""
    return ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {address}\r\n"
            "Subject: =?utf-8?Q?2024=E5=B9=B4=E5=BA=A6?=\r\n"
            "Date: Tue, 17 Dec 2024 10:21:07 +0800\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n"
            f"\tboundary=\"{BOUNDARY}\"\r\n\r\n\r\n" +
            part([("Content-Type", "text/html"), ("Content-ID", "<frame-5A1F@mhtml.blink>"),
                  ("Content-Transfer-Encoding", "base64"), ("Content-Location", address)], base64_lines(page_bytes)) +
            part([("Content-Type", "text/css"), ("Content-Transfer-Encoding", "quoted-printable"),
                  ("Content-Location", "cid:css-1@mhtml.blink")], quoted_printable(b".zoom p{line-height:2;}")) +
            part([("Content-Type", "image/png"), ("Content-Transfer-Encoding", "base64"),
                  ("Content-Location", "https://www.example.gov.cn/images/logo.png")], base64_lines(PNG)) +
            f"--{BOUNDARY}--\r\n").encode("ascii")


def archive(parts, closing=True, boundary=BOUNDARY):
    body = "".join(f"--{boundary}\r\n" + "".join(f"{n}: {v}\r\n" for n, v in headers) + "\r\n" + text + "\r\n"
                   for headers, text in parts)
    return ("MIME-Version: 1.0\r\n" f"Content-Type: multipart/related; boundary=\"{BOUNDARY}\"\r\n\r\n" + body +
            (f"--{boundary}--\r\n" if closing else "")).encode("utf-8")


SMALL_PAGE = ("<html><head><meta charset=\"{charset}\"></head><body><div class=WordSection1>"
              "<p class=MsoNormal>某某镇2024年法治政府建设年度报告</p>"
              "<p class=MsoNormal>一、工作开展情况<o:p></o:p></p>"
              "<p class=MsoNormal>全年开展法治讲座12场，办理行政复议案件3件。<o:p></o:p></p></div></body></html>")
HTML_QP = [("Content-Transfer-Encoding", "quoted-printable"), ("Content-Type", "text/html; charset=\"utf-8\"")]
PNG_PART = [("Content-Transfer-Encoding", "base64"), ("Content-Type", "image/png")]


def hostile():
    page = quoted_printable(SMALL_PAGE.format(charset="utf-8").encode("utf-8"))
    yield "mhtml-no-closing-boundary.mht", archive([(HTML_QP, page), (PNG_PART, base64_lines(PNG))], closing=False)
    yield "mhtml-boundary-never-found.mht", archive([(HTML_QP, page)], boundary="----=_OtherPart_0000")
    yield "mhtml-empty-parts.mht", archive([(HTML_QP, ""), (PNG_PART, ""), (HTML_QP, page)])
    bad = base64_lines(SMALL_PAGE.format(charset="utf-8").encode("utf-8"))
    bad = bad[:40] + "\x01*!\xff" + bad[40:200] + "\r\n \t" + bad[200:-3]  # junk, a broken line, a cut quantum
    yield "mhtml-bad-base64.mht", archive([([("Content-Transfer-Encoding", "base64"),
                                             ("Content-Type", "text/html; charset=utf-8")], bad)])
    unknown = quoted_printable(SMALL_PAGE.format(charset="x-no-such-charset").encode("gb18030"))
    yield "mhtml-unknown-charset.mht", archive([([("Content-Transfer-Encoding", "quoted-printable"),
                                                  ("Content-Type", "text/html; charset=x-no-such-charset")], unknown)])
    yield "mhtml-no-html-part.mht", archive([(PNG_PART, base64_lines(PNG)),
                                             ([("Content-Type", "text/xml")], "<xml></xml>")])
    # Escapes that are none (`=Z9`, `=4` before a tag), a soft break inside one, a lone `=` at the end.
    yield "mhtml-bad-escapes.mht", archive([(HTML_QP, page.replace("<body>", "<body>=Z9=\r\n=4<b></b>", 1) + "=")])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    fixtures = [
        ("003-word-gb2312.mht", "003_f3ad0f8b935bdfdd", "gb2312", False),
        ("000-word-utf8-served.doc", "000_cef3d45027b726e1", "utf-8", True),
        # Word's 单个文件网页 saved with the Unicode encoding: UTF-16LE without a BOM, named `unicode`.
        ("004-word-unicode.mht", "004_a8147dcb4b98a366", "unicode", False),
    ]
    for name, report, charset, headings_as_elements in fixtures:
        text = (REPORTS / f"{report}.txt").read_text(encoding="utf-8")
        stem = pathlib.Path(name).stem
        (OUT / name).write_bytes(word_archive(text.splitlines(), charset, stem, headings_as_elements))
        (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    page = (ROOT / "tests" / "data" / "html" / "02-zoom-utf8.html").read_bytes()
    (OUT / "001-browser-single-file.mht").write_bytes(
        browser_archive(page, "https://www.pudong.gov.cn/zwgk/fzzfjs/2024/1217/001.html"))
    (OUT / "001-browser-single-file.txt").write_bytes((REPORTS / "001_45bb725d25c6ce65.txt").read_bytes())
    for name, data in hostile():
        (HOSTILE / name).write_bytes(data)


if __name__ == "__main__":
    main()
