#!/usr/bin/env python3
"""Writes tests/data/unsupported/: small files in formats docpipe does not read, each of which must get
"unsupported format: <what it is>". The RTF file is converted by LibreOffice from a few
lines written here (soffice must be installed); the ZIP, gzip and PNG are built directly.

Run from the repository root: python3 scripts/generate_unsupported_fixtures.py
"""
import gzip
import pathlib
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "unsupported"
TEXT = "某某镇2024年法治政府建设年度报告\n一、工作开展情况\n全年开展法治讲座12场。\n"


def png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "scan.png").write_bytes(png())
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
