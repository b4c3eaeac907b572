#!/usr/bin/env python3
"""Writes tests/data/unsupported/: small files in formats docpipe does not read, each of which must get
"unsupported format: <what it is>". (Web archives, MHTML, are read by input.html: tests/data/mhtml, written by
scripts/make-mhtml-fixtures.py.) The RTF file is converted by LibreOffice from a few
lines written here (soffice must be installed); the ZIP, gzip and GIF are built directly. (PNG, JPEG and
TIFF pages are read by input.image through OCR: tests/data/scans.)

Run from the repository root: python3 scripts/generate_unsupported_fixtures.py
"""
import gzip
import pathlib
import shutil
import struct
import subprocess
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "unsupported"
TEXT = "某某镇2024年法治政府建设年度报告\n一、工作开展情况\n全年开展法治讲座12场。\n"


def gif():
    """A 1x1 white GIF: header, a two-colour table, one image of one LZW-coded pixel, trailer."""
    return (b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + b"\xff\xff\xff\x00\x00\x00" +
            b"," + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02D\x01\x00" + b";")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "scan.gif").write_bytes(gif())
    with zipfile.ZipFile(OUT / "reports.zip", "w") as archive:
        archive.writestr("report.txt", TEXT)
    (OUT / "report.txt.gz").write_bytes(gzip.compress(TEXT.encode("utf-8"), mtime=0))
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice (libreoffice-writer-nogui) is needed for the RTF fixture")
    with tempfile.TemporaryDirectory() as work:
        source = pathlib.Path(work) / "report.txt"
        source.write_text(TEXT, encoding="utf-8")
        for target, extension in (("rtf", "rtf"),):
            subprocess.run([soffice, "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", target,
                            "--outdir", work, str(source)], check=True, capture_output=True)
            shutil.copy(pathlib.Path(work) / f"report.{extension}", OUT / f"report.{extension}")
    # The same RTF under a .txt name: content decides, not the extension.
    shutil.copy(OUT / "report.rtf", OUT / "rtf-named.txt")


if __name__ == "__main__":
    main()
