"""PDF building: speed against re-encoding with Pillow, size, and OCR readability.

Pages are made like real scans (kiosk/testbed/sample_pages.py: letter,
statement, payslip, photo ID card; A4 at 300 dpi with paper tone, skew, blur
and sensor noise) and stored with the demo config's profiles, as a scan is.

- ``pdf_ms_per_page_colour``: build_pdf() on 10 stored colour pages, per page.
  Goal <= 10.
- ``pdf_speedup_vs_pillow``: the same PDF made by decoding each page and
  letting Pillow re-encode it (Image.save(..., "PDF")), time / ours. Goal >= 20.
- ``pdf_kb_per_page_colour`` (goal <= 200) and ``pdf_kb_per_page_bw`` (goal
  <= 60), each with ``..._ocr_recall``: the share of the words printed on the
  source pages that tesseract reads back from the PDF rendered at 300 dpi by
  pdftoppm (goal >= 0.98). ``ocr_recall_source_pages`` is tesseract on the
  source images themselves, the ceiling; ``pdf_kb_per_page_jpeg_q75_300dpi``
  is plain 300 dpi JPEG at quality 75, for comparison.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from kiosk.config import load_config
from kiosk.core.scanning import ColourMode
from kiosk.documents.encoding import OutputProfile, encode
from kiosk.documents.pages import PageStore, StoredPage, make_thumbnail
from kiosk.documents.pdf_builder import DocumentInfo, build_pdf
from kiosk.documents.profiles import output_profile
from kiosk.testbed.sample_pages import KINDS, make_page

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "config" / "demo.toml"
PAGES = 10
ROUNDS = 3
INFO = DocumentInfo("Evidence", "housing-benefit", "demo-01", "DEM-7K3M-9QX2", datetime.now(UTC))

GOALS = {
    "pdf_ms_per_page_colour": "<= 10",
    "pdf_speedup_vs_pillow": ">= 20",
    "pdf_kb_per_page_colour": "<= 200",
    "pdf_kb_per_page_colour_ocr_recall": ">= 0.98",
    "pdf_kb_per_page_bw": "<= 60",
    "pdf_kb_per_page_bw_ocr_recall": ">= 0.98",
    "ocr_recall_source_pages": "",
    "pdf_kb_per_page_jpeg_q75_300dpi": "",
}


def run() -> dict[str, float]:
    profiles = load_config(DEMO).scanner.profiles
    samples = [make_page(KINDS[i % len(KINDS)], 300, 1 + i // len(KINDS)) for i in range(PAGES)]
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        colour = _store(folder, [s.image for s in samples], output_profile(profiles["colour"]))
        ours_s = _best(lambda: build_pdf(colour.pages, INFO))
        pillow_s = _best(lambda: _pillow_pdf(colour.pages))
        colour_pdf = build_pdf(colour.pages, INFO)
        figures["pdf_ms_per_page_colour"] = ours_s / PAGES * 1000
        figures["pdf_speedup_vs_pillow"] = pillow_s / ours_s
        figures["pdf_kb_per_page_colour"] = len(colour_pdf) / PAGES / 1024

        one_each = samples[: len(KINDS)]
        words = [s.words for s in one_each]
        figures["ocr_recall_source_pages"] = _recall(
            words, [_ocr_image(s.image, folder) for s in one_each]
        )
        figures["pdf_kb_per_page_colour_ocr_recall"] = _recall(
            words, _ocr_pdf(build_pdf(colour.pages[: len(KINDS)], INFO), folder)
        )
        bw = _store(folder, [s.image for s in samples], output_profile(profiles["bw"]))
        bw_pdf = build_pdf(bw.pages, INFO)
        figures["pdf_kb_per_page_bw"] = len(bw_pdf) / PAGES / 1024
        figures["pdf_kb_per_page_bw_ocr_recall"] = _recall(
            words, _ocr_pdf(build_pdf(bw.pages[: len(KINDS)], INFO), folder)
        )
        plain = _store(
            folder, [s.image for s in samples], OutputProfile(ColourMode.COLOUR, 300, 75)
        )
        figures["pdf_kb_per_page_jpeg_q75_300dpi"] = (
            len(build_pdf(plain.pages, INFO)) / PAGES / 1024
        )
        for store in (colour, bw, plain):
            store.wipe()
    return figures


def _store(folder: Path, images: Sequence[Image.Image], profile: OutputProfile) -> PageStore:
    store = PageStore(folder)
    for image in images:
        store.add(encode(image, 300, profile), make_thumbnail(image))
    return store


def _best(action: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def _pillow_pdf(pages: Sequence[StoredPage]) -> bytes:
    """The naive way: decode every page and let Pillow encode it again."""
    images = [Image.open(p.path).convert("RGB") for p in pages]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=pages[0].dpi)
    return out.getvalue()


def _ocr_pdf(pdf: bytes, folder: Path) -> list[str]:
    path = folder / "ocr.pdf"
    path.write_bytes(pdf)
    prefix = folder / "ocr-page"
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(path), str(prefix)], check=True)
    pages = sorted(folder.glob("ocr-page*.png"))
    texts = [_tesseract(page) for page in pages]
    for page in pages:
        page.unlink()
    return texts


def _ocr_image(image: Image.Image, folder: Path) -> str:
    path = folder / "source.png"
    image.convert("L").save(path, dpi=(300, 300))
    return _tesseract(path)


def _tesseract(path: Path) -> str:
    result = subprocess.run(
        ["tesseract", str(path), "-", "--psm", "4"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _tokens(text: str) -> Counter[str]:
    return Counter(
        t for t in (re.sub(r"[^a-z0-9.]", "", w.lower()).strip(".") for w in text.split()) if t
    )


def _recall(printed: Sequence[Sequence[str]], read: Sequence[str]) -> float:
    """Share of the printed words (with repeats) found in what OCR read, page by page."""
    found = total = 0
    for words, text in zip(printed, read, strict=True):
        wanted = _tokens(" ".join(words))
        got = _tokens(text)
        found += sum(min(count, got[word]) for word, count in wanted.items())
        total += sum(wanted.values())
    return found / total if total else 0.0
