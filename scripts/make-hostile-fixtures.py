#!/usr/bin/env python3
"""Writes tests/data/hostile/: small files that attacked the previous release (issue 16).

Each is tiny; the giants (a 20 MB TXT of line breaks, a 10 MB paragraph without punctuation) are made by
tests/e2e/hostile_corpus_test.cpp itself. Findings of scripts/fuzz.sh are copied into the same directory
by hand, under a name that says what they broke. Run from the repository root.
"""
import pathlib
import zipfile

OUT = pathlib.Path("tests/data/hostile")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/numbering" Target="numbering.xml"/></Relationships>')


def docx(name, body, numbering=None, document_bytes=None):
    with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        package.writestr("word/_rels/document.xml.rels", DOC_RELS)
        if document_bytes is None:
            document_bytes = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}'
                              '</w:body></w:document>').encode()
        package.writestr("word/document.xml", document_bytes)
        if numbering is not None:
            package.writestr("word/numbering.xml",
                             f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{numbering}</w:numbering>')


def numbered(text):
    return (f'<w:p><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def numbering(level, override=None):
    num = '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
    if override is not None:
        num += f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
    return f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">{level}</w:lvl></w:abstractNum>{num}</w:num>'


def pdf(content):
    """A one-page PDF: F1 is a CID font without a ToUnicode map (Identity-H, nothing embedded), F2 Helvetica."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type0 /BaseFont /Unmapped /Encoding /Identity-H /DescendantFonts [<< /Type /Font "
        "/Subtype /CIDFontType2 /BaseFont /Unmapped /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
        "/Supplement 0 >> /DW 1000 >>] >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += "".join("%010d 00000 n \n" % offset for offset in offsets)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out.encode("latin-1")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    body = numbered("依法行政工作情况") + numbered("存在问题")
    docx("numbering-letter-start-2e9.docx", body,
         numbering('<w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>'))
    docx("numbering-lvltext-repeated.docx", body,
         numbering('<w:start w:val="7"/><w:numFmt w:val="decimal"/><w:lvlText w:val="' + "%1" * 20000 + '"/>'))
    docx("numbering-start-override-int-min.docx", body,
         numbering('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>', -2147483648))
    utf16 = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "法治">]>'
             f'<w:document {W}><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>')
    docx("utf16-doctype.docx", "", document_bytes=b"\xff\xfe" + utf16.encode("utf-16-le"))
    docx("nesting-300-deep.docx", "<w:p><w:r><w:t>" + "<x>" * 300 + "</x>" * 300 + "</w:t></w:r></w:p>")
    docx("empty-paragraphs.docx", "<w:p/>" * 200000 + "<w:p><w:r><w:t>正文</w:t></w:r></w:p>")
    (OUT / "figure-beyond-precision.txt").write_text(
        "一、工作情况\n全年支出123456789012345.678901元，另有1,234,567,890,123,456,789人次参加。\n", encoding="utf-8")
    lines = ["Annual report of the county government on building a law-based government",
             "The county handled many administrative cases this year and trained its staff",
             "Every department published its list of powers and responsibilities online"]
    content = "\n".join("BT /F2 12 Tf 72 %d Td (%s) Tj ET" % (760 - 20 * i, line) for i, line in enumerate(lines))
    content += "\nBT /F1 12 Tf 72 680 Td <0001000200030004> Tj ET"
    (OUT / "font-without-tounicode.pdf").write_bytes(pdf(content))
    (OUT / "control-characters.txt").write_bytes("一、工作情况\n".encode() + bytes(range(1, 32)) * 50)
    # RTF as a damaged or hostile .doc: braces that never balance, a \bin length past the file and past 32 bits,
    # 100,000 nested groups, an escape cut off at the end, \u beyond 16 bits.
    head = "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 SimSun;}}\\f0 "
    body = "\\'d2\\'bb\\'a1\\'a2\\'b9\\'a4\\'d7\\'f7\\'c7\\'e9\\'bf\\'f6\\par "  # 一、工作情况
    (OUT / "rtf-unbalanced-braces.doc").write_text(head + "}}}}" + body + "{{{" + body, encoding="ascii")
    (OUT / "rtf-bin-huge.rtf").write_text(head + body + "{\\pict\\bin99999999999999 }}" + body + "}",
                                          encoding="ascii")
    (OUT / "rtf-nesting-100k.rtf").write_text(head + body + "{" * 100000 + "x" + "}" * 100000 + "}",
                                              encoding="ascii")
    (OUT / "rtf-truncated-escape.doc").write_text(head + body + "\\'b", encoding="ascii")
    (OUT / "rtf-unicode-out-of-range.rtf").write_text(
        head + body + "\\u70000?\\u-70000?\\u-10179?\\uc99999 \\u27861 x\\par}", encoding="ascii")


if __name__ == "__main__":
    main()
