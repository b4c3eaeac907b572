#!/usr/bin/env python3
"""Writes tests/data/scans/: scanned versions of the five example reports' PDFs (tests/data/formats/*.pdf), made
the way offices make them (printed page images wrapped into a PDF, no text layer), for the OCR tests:

- 000 at 200 dpi, 001 at 300 dpi, 002 at 200 dpi turned by 1.5 degrees, 003 at 150 dpi with scanner noise and
  heavy JPEG compression, 004 at 200 dpi: grey JPEG pages wrapped by img2pdf;
- mixed.pdf: pages 1-2 and 4 of 000 as born-digital text, its page 3 as a 200 dpi scan in between;
- numbered-scan.pdf: that scanned page with a page number in its text layer, as scanning software stamps one on
  (overlaid from 003's last page, blank but for its "— 6 —"): OCR must read it, while 003's own page is skipped;
- seal.jpg: the signature page of 001 in colour with a red seal stamped over the office and the date;
- page.png: page 1 of 004 as a 1-bit 200 dpi PNG (a fax-like scan) and page.tif the same as TIFF.

Needs pdftoppm (poppler-utils), img2pdf, qpdf and python3-pil (Debian packages; only for regenerating these
fixtures). Usage: scripts/make-scan-fixtures.py
"""
import io
import math
import pathlib
import subprocess
import tempfile

from PIL import Image, ImageChops, ImageDraw

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "formats"
OUT = ROOT / "tests" / "data" / "scans"
QUALITY = 25  # grey JPEG quality: a 200 dpi A4 page stays near 150 KB and reads as well as a clean one


def render(pdf, dpi, work, first=None, last=None, grey=True):
    """The pages of `pdf` as PIL images at `dpi`."""
    prefix = pathlib.Path(work) / f"{pdf.stem}-{dpi}-{first or 'all'}-{'grey' if grey else 'colour'}"
    command = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if grey else [])
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    subprocess.run(command + [str(pdf), str(prefix)], check=True)
    return [Image.open(path) for path in sorted(pathlib.Path(work).glob(prefix.name + "-*.png"))]


def jpeg(image, dpi, quality=QUALITY):
    data = io.BytesIO()
    image.save(data, "JPEG", quality=quality, dpi=(dpi, dpi))
    return data.getvalue()


def wrap(jpegs, target, work):
    paths = []
    for index, data in enumerate(jpegs):
        path = pathlib.Path(work) / f"{target.stem}-{index:03d}.jpg"
        path.write_bytes(data)
        paths.append(str(path))
    subprocess.run(["img2pdf", "--output", str(target)] + paths, check=True)


def turned(image, degrees):
    return image.rotate(degrees, resample=Image.BICUBIC, expand=False, fillcolor=255)


def noisy(image):
    noise = Image.effect_noise(image.size, 12)
    return ImageChops.add(image.convert("L"), noise, scale=1.0, offset=-128)


def stamped(image, dpi, centre):
    """A red seal (ring, star, lettering) stamped over `centre` (in points). Ink over toner multiplies: black text
    under the seal stays black, paper under it turns red."""
    scale = dpi / 72
    cx, cy = centre[0] * scale, centre[1] * scale
    radius = 46 * scale
    seal = Image.new("RGB", image.size, (255, 255, 255))
    draw = ImageDraw.Draw(seal)
    red = (220, 30, 40)
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=red, width=int(3 * scale))
    star = []
    for k in range(10):
        r = radius * (0.32 if k % 2 == 0 else 0.13)
        angle = -math.pi / 2 + k * math.pi / 5
        star.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(star, fill=red)
    # Strokes like the seal's lettering, crossing the text under it.
    for k in range(14):
        angle = math.pi * (0.85 + k * 0.095)
        x, y = cx + radius * 0.75 * math.cos(angle), cy + radius * 0.75 * math.sin(angle)
        draw.rectangle([x - 4 * scale, y - 4 * scale, x + 4 * scale, y + 4 * scale], outline=red, width=int(scale))
    draw.line([cx - radius * 0.6, cy + radius * 0.45, cx + radius * 0.6, cy + radius * 0.45], fill=red,
              width=int(2 * scale))
    return ImageChops.multiply(image.convert("RGB"), seal)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    pdfs = {pdf.stem[:3]: pdf for pdf in sorted(SOURCE.glob("*.pdf"))}
    with tempfile.TemporaryDirectory() as work:
        variants = {"000": (200, None), "001": (300, None), "002": (200, "turned"), "003": (150, "noisy"),
                    "004": (200, None)}
        for key, (dpi, how) in variants.items():
            pages = render(pdfs[key], dpi, work)
            if how == "turned":
                pages = [turned(page, 1.5) for page in pages]
            if how == "noisy":
                pages = [noisy(page) for page in pages]
            quality = {"noisy": 20, None: QUALITY}.get(how, QUALITY) if dpi < 300 else 18
            wrap([jpeg(page, dpi, quality) for page in pages], OUT / f"{pdfs[key].stem}-scan.pdf", work)

        scanned = OUT / "000-page3-scan.pdf"
        wrap([jpeg(render(pdfs["000"], 200, work, 3)[0], 200)], scanned, work)
        subprocess.run(["qpdf", "--empty", "--pages", str(pdfs["000"]), "1-2", str(scanned), "1", str(pdfs["000"]),
                        "4", "--", str(OUT / "mixed.pdf")], check=True)
        scanned.unlink()
        subprocess.run(["qpdf", str(OUT / "mixed.pdf"), "--pages", ".", "3", "--", "--overlay", str(pdfs["003"]),
                        "--from=6", "--to=1", "--", str(OUT / "numbered-scan.pdf")], check=True)

        # The signature block of 001's last page: the office name at y 292-308 pt, the date at y 322-337 pt.
        last = render(pdfs["001"], 200, work, 7, grey=False)[0]
        stamped(last, 200, (150, 314)).save(OUT / "seal.jpg", "JPEG", quality=60, dpi=(200, 200))

        page = render(pdfs["004"], 200, work, 1)[0].point(lambda v: 255 if v > 150 else 0).convert("1")
        page.save(OUT / "page.png", dpi=(200, 200), optimize=True)
        page.save(OUT / "page.tif", compression="group4", dpi=(200, 200))


if __name__ == "__main__":
    main()
