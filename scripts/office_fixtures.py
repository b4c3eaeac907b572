"""What the fixture scripts share: the head of a flat ODT document set in Noto CJK, and LibreOffice converting
flat ODT files. Imported by make-*-fixtures.py (run them from anywhere: they add scripts/ to the path).

Needs: libreoffice-writer-nogui and fonts-noto-cjk (Debian packages).
"""
import pathlib
import subprocess
import tempfile

# Everything up to <office:styles>: the namespaces every fixture uses and the CJK font.
DOCUMENT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/>
 </office:font-face-decls>
"""


def convert(documents, targets, out_dir):
    """Writes each (name, flat ODT text) of `documents` to a scratch folder and has LibreOffice convert them to each
    of `targets` ("pdf:writer_pdf_Export", "docx:MS Word 2007 XML" …) into `out_dir`, as NAME.EXT. A profile of its
    own keeps a desktop session's LibreOffice out of the way."""
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        sources = []
        for name, text in documents:
            source = work / (name + ".fodt")
            source.write_text(text, encoding="utf-8")
            sources.append(str(source))
        profile = f"-env:UserInstallation=file://{work}/profile"
        for target in targets:
            subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(out_dir), *sources],
                           check=True, stdout=subprocess.DEVNULL)
