#!/usr/bin/env python3
"""Makes the DOCX, PDF, DOC, WPS and RTF versions of the example reports with real office software.

Each line of a report's TXT becomes a paragraph of a flat ODT document laid out as Chinese government
reports are (Noto CJK, first-line indent of two characters, 1.5 line spacing, a "— N —" page number in
the footer); LibreOffice then converts it to DOCX and PDF. The outputs are committed under
tests/data/formats/, so the test suite never needs LibreOffice.

Needs: libreoffice-writer-nogui and fonts-noto-cjk (Debian packages).
The RTF versions (Word's "Rich Text Format" filter, as portals serve a report under a .doc name) are made with
`scripts/make-report-fixtures.py tests/data/reports tests/data/formats rtf`.

Usage: scripts/make-report-fixtures.py [reports-dir] [out-dir] [formats, default docx,pdf,doc; also rtf]
"""
import pathlib
import shutil
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from office_fixtures import DOCUMENT_HEAD, convert  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "reports"
OUT = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests" / "data" / "formats"
FORMATS = sys.argv[3].split(",") if len(sys.argv) > 3 else ["docx", "pdf", "doc"]
TARGETS = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97",
           "rtf": "rtf:Rich Text Format"}

FODT = DOCUMENT_HEAD + """ <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="0.85cm" fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:line-height="150%"/>
   <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"
     fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN"
     style:language-asian="zh" style:country-asian="CN"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm"
     fo:margin-bottom="1.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{paragraphs}
 </office:text></office:body>
</office:document>
"""


def paragraphs(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(f'  <text:p text:style-name="Standard">{escape(line.strip())}</text:p>' for line in lines)


def main():
    reports = sorted(REPORTS.glob("*.txt"))
    documents = [(r.stem, FODT.replace("{paragraphs}", paragraphs(r.read_text(encoding="utf-8")))) for r in reports]
    convert(documents, [TARGETS[name] for name in FORMATS], OUT)
    if "doc" in FORMATS:
        for report in reports:
            shutil.copyfile(OUT / (report.stem + ".doc"), OUT / (report.stem + ".wps"))


if __name__ == "__main__":
    main()
