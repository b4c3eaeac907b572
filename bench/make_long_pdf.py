#!/usr/bin/env python3
"""Writes a PDF of N pages of Chinese report text for the benchmark (bench/run.sh), with no office software.

The text is the example reports' lines, repeated, 36 characters a line and 40 lines a page, set in the
non-embedded standard font STSong-Light (Adobe-GB1, UniGB-UCS2-H): poppler extracts it through
poppler-data's CMaps, as it does for real reports set in a system font.
Usage: bench/make_long_pdf.py PAGES OUT.pdf REPORT.txt...
"""
import sys

CHARS_PER_LINE = 36
LINES_PER_PAGE = 40


def lines_of(paths):
    for path in paths:
        for line in open(path, encoding="utf-8").read().splitlines():
            line = line.strip()
            while line:
                yield line[:CHARS_PER_LINE]
                line = line[CHARS_PER_LINE:]


def ucs2(text):
    return "".join(f"{ord(c):04X}" for c in text if ord(c) < 0x10000)


def main():
    pages, out, reports = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    source = []
    while len(source) < pages * LINES_PER_PAGE:
        source.extend(lines_of(reports))
    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        3: "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        "/DescendantFonts [4 0 R] >>",
        4: "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>",
        5: "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    }
    kids = []
    for page in range(pages):
        body = source[page * LINES_PER_PAGE:(page + 1) * LINES_PER_PAGE]
        stream = "BT /F1 12 Tf 16 TL 60 780 Td\n" + "".join(f"<{ucs2(line)}> Tj T*\n" for line in body) + "ET"
        page_id, content_id = 6 + 2 * page, 7 + 2 * page
        objects[content_id] = f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream"
        objects[page_id] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>")
        kids.append(f"{page_id} 0 R")
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {pages} >>"
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(data)
        data += f"{number} 0 obj\n{objects[number]}\nendobj\n".encode("latin-1")
    xref = len(data)
    count = max(objects) + 1
    data += f"xref\n0 {count}\n0000000000 65535 f \n".encode()
    for number in range(1, count):
        data += f"{offsets[number]:010d} 00000 n \n".encode()
    data += f"trailer\n<< /Size {count} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
