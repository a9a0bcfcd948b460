"""Pages that look like real scans, made here: for quality-check tests and benchmarks.

A4 at 300 dpi with paper tone, a slight skew, a little blur and sensor noise,
and text a resident might send: a letter, a bank statement, a payslip, a photo
ID card. Every page knows the words printed on it, so OCR can check them.
Nothing is copied from real documents; names and numbers are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_MM = (210.0, 297.0)
MM_PER_INCH = 25.4
PAPER = (247, 244, 236)
INK = (28, 28, 34)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
KINDS = ("letter", "statement", "payslip", "id_card")

_WORDS = [
    "council",
    "tax",
    "housing",
    "benefit",
    "account",
    "reference",
    "payment",
    "balance",
    "amount",
    "tenancy",
    "address",
    "landlord",
    "income",
    "weekly",
    "monthly",
    "statement",
    "period",
    "opening",
    "closing",
    "deposit",
    "transfer",
    "salary",
    "employer",
    "pension",
    "national",
    "insurance",
    "deduction",
    "gross",
    "net",
    "total",
    "evidence",
    "application",
    "decision",
    "appeal",
    "review",
    "office",
    "borough",
    "street",
    "road",
    "avenue",
    "number",
    "date",
    "signed",
    "received",
    "enclosed",
    "please",
    "contact",
    "telephone",
    "email",
    "service",
]


@dataclass(frozen=True)
class SamplePage:
    kind: str
    image: Image.Image
    dpi: int
    words: tuple[str, ...]


@cache
def _font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def make_page(kind: str = "letter", dpi: int = 300, seed: int = 1) -> SamplePage:
    """A colour page of the given kind, as a scanner would deliver it."""
    rng = random.Random(f"{kind}-{seed}")
    width, height = (round(mm / MM_PER_INCH * dpi) for mm in A4_MM)
    page = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(page)
    px = dpi / MM_PER_INCH  # pixels per millimetre
    words: list[str] = []
    body = _font(round(3.9 * px))  # about 11 pt
    _header(draw, kind, px, width, words)
    if kind == "id_card":
        _id_card(page, draw, px, rng, words)
    else:
        y = 75 * px
        line_height = 6.2 * px
        columns = 3 if kind in ("statement", "payslip") else 1
        while y < height - 30 * px:
            y = _text_line(draw, rng, body, px, width, y, columns, words) + line_height
    return SamplePage(kind, _scanner_look(page, rng, dpi), dpi, tuple(words))


def _header(draw: ImageDraw.ImageDraw, kind: str, px: float, width: int, words: list[str]) -> None:
    draw.rectangle([20 * px, 15 * px, 60 * px, 40 * px], fill=(0, 85, 140))
    title = {
        "letter": "Housing Benefit Review",
        "statement": "Current Account Statement",
        "payslip": "Monthly Payslip",
        "id_card": "Identity Card",
    }[kind]
    draw.text((70 * px, 18 * px), title, font=_font(round(7 * px), bold=True), fill=INK)
    words.extend(title.lower().split())
    draw.line([20 * px, 55 * px, width - 20 * px, 55 * px], fill=(120, 120, 120), width=3)


def _text_line(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    font: ImageFont.FreeTypeFont,
    px: float,
    width: int,
    y: float,
    columns: int,
    words: list[str],
) -> float:
    usable = width - 40 * px
    for column in range(columns):
        x = 20 * px + column * usable / columns
        if columns > 1 and column > 0:
            text = f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}"
        else:
            count = rng.randint(4, 9) if columns == 1 else rng.randint(2, 3)
            text = " ".join(rng.choice(_WORDS) for _ in range(count))
        draw.text((x, y), text, font=font, fill=INK)
        words.extend(text.split())
    return y


def _id_card(
    page: Image.Image, draw: ImageDraw.ImageDraw, px: float, rng: random.Random, words: list[str]
) -> None:
    left, top = 40 * px, 80 * px
    card = [left, top, left + 85.6 * px, top + 54 * px]  # ID-1 card size
    draw.rounded_rectangle(card, radius=3 * px, fill=(214, 232, 245), outline=(90, 120, 160))
    photo = Image.linear_gradient("L").resize((round(25 * px), round(32 * px)))
    tinted = Image.merge(
        "RGB", (photo, photo.point(lambda v: v * 0.8), photo.point(lambda v: v * 0.6))
    )
    page.paste(tinted, (round(left + 4 * px), round(top + 12 * px)))
    draw.ellipse(
        [left + 9 * px, top + 16 * px, left + 24 * px, top + 34 * px], fill=(190, 150, 120)
    )
    font = _font(round(3.2 * px))
    for row, label in enumerate(("surname", "given names", "date of birth", "card number")):
        value = f"{rng.choice(_WORDS)} {rng.randint(10, 99)}"
        draw.text(
            (left + 34 * px, top + (12 + row * 8) * px), f"{label} {value}", font=font, fill=INK
        )
        words.extend(f"{label} {value}".split())


def _scanner_look(page: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """Skew, optical blur and sensor noise, as a flatbed adds them."""
    page = page.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BILINEAR, fillcolor=PAPER)
    page = page.filter(ImageFilter.GaussianBlur(0.5 * dpi / 300))
    noise = Image.effect_noise(page.size, 5).convert("RGB")
    return Image.blend(page, Image.composite(page, noise, Image.new("L", page.size, 235)), 0.5)


# -- faulty pages for the quality checks --------------------------------------------
def blank_page(dpi: int = 300, seed: int = 1) -> Image.Image:
    rng = random.Random(seed)
    width, height = (round(mm / MM_PER_INCH * dpi) for mm in A4_MM)
    return _scanner_look(Image.new("RGB", (width, height), PAPER), rng, dpi)


def dark_page(dpi: int = 300, darkness: float = 0.35) -> Image.Image:
    """A scan with the lid open in a bright room or a dark-paper copy."""
    return make_page("letter", dpi).image.point(lambda v: int(v * darkness))


def light_page(dpi: int = 300, floor: int = 205) -> Image.Image:
    """A faded print or a scan with the exposure far too high."""
    return make_page("letter", dpi).image.point(lambda v: floor + int(v * (255 - floor) / 255))


def blurred_page(dpi: int = 300, radius_300dpi: float = 4.0) -> Image.Image:
    """The document lifted off the glass while scanning."""
    return make_page("letter", dpi).image.filter(
        ImageFilter.GaussianBlur(radius_300dpi * dpi / 300)
    )


def cut_off_page(dpi: int = 300, shift_mm: float = 30.0, kind: str = "statement") -> Image.Image:
    """The document placed askew or past the edge of the glass: text runs off the side."""
    page = make_page(kind, dpi).image
    shift = round(shift_mm / MM_PER_INCH * dpi)
    shifted = Image.new("RGB", page.size, PAPER)
    shifted.paste(page.crop((shift, 0, page.width, page.height)), (0, 0))
    return shifted


@cache
def cached_page(kind: str = "letter", dpi: int = 300, seed: int = 1) -> Image.Image:
    """make_page's image, made once per process (tests share it; do not modify it)."""
    return make_page(kind, dpi, seed).image
