#!/usr/bin/env python3
"""Builds the PDF edge-case fixtures of tests/data/pdf/ from a report PDF made by make-report-fixtures.py.

- encrypted-open.pdf: AES-256, empty user password (opens without asking);
- encrypted-locked.pdf: AES-256 with a user password;
- truncated.pdf: the first third of a report;
- scanned.pdf: one page holding only an image, as a scanner makes it (written by hand below);
- blank-numbered.pdf: one page showing nothing but its number "- 6 -" (written by hand below);
- mixed.pdf: a page of text followed by the scanned page;
- not-a-pdf.pdf: binary junk named .pdf.
Needs qpdf (Debian package). Usage: scripts/make-pdf-fixtures.py
"""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "formats" / "000_cef3d45027b726e1.pdf"
OUT = ROOT / "tests" / "data" / "pdf"


def one_page_pdf(resources, content, resource_objects=()):
    """An A4 page written by hand: its resources dictionary, its content stream, and the objects the resources
    name (numbered from 4)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources
        + b" /Contents %d 0 R >>" % (4 + len(resource_objects)),
        *resource_objects,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def image_only_pdf():
    pixels = bytes([0, 255, 255, 0])
    image = (b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 "
             b"/Length 4 >>\nstream\n" + pixels + b"\nendstream")
    return one_page_pdf(b"<< /XObject << /Im1 4 0 R >> >>", b"q 500 0 0 700 40 70 cm /Im1 Do Q", [image])


def numbered_blank_pdf():
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return one_page_pdf(b"<< /Font << /F1 4 0 R >> >>", b"BT /F1 10.5 Tf 283 40 Td (- 6 -) Tj ET", [font])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(["qpdf", "--encrypt", "", "owner-secret", "256", "--", str(SOURCE), str(OUT / "encrypted-open.pdf")], check=True)
    subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", str(SOURCE),
                    str(OUT / "encrypted-locked.pdf")], check=True)
    whole = SOURCE.read_bytes()
    (OUT / "truncated.pdf").write_bytes(whole[: len(whole) // 3])
    (OUT / "scanned.pdf").write_bytes(image_only_pdf())
    (OUT / "blank-numbered.pdf").write_bytes(numbered_blank_pdf())
    subprocess.run(["qpdf", "--empty", "--pages", str(SOURCE), "1", str(OUT / "scanned.pdf"), "1", "--",
                    str(OUT / "mixed.pdf")], check=True)
    # Binary junk under a .pdf name: no input recognizes the content, so the extension picks input.pdf.
    (OUT / "not-a-pdf.pdf").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(2048)))


if __name__ == "__main__":
    main()
