"""Page quality checks: warn the resident, never block.

Each check is a pure function of the image. Measurements are made on a small
grey copy (about 75 dpi, 150 dpi for sharpness), so the checks cost a few
milliseconds and the thresholds hold at any scan resolution. The thresholds
were set on the pages in kiosk/testbed/sample_pages.py (tests/kiosk/documents/
test_quality.py prints the measurements and checks every verdict).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    from PIL import Image, ImageFilter
else:
    Image = lazy_import("PIL.Image")
    ImageFilter = lazy_import("PIL.ImageFilter")

MM_PER_INCH = 25.4
OVERVIEW_DPI = 75
SHARPNESS_DPI = 150

# Evidence: tests/kiosk/documents/test_quality.py, 23 labelled pages made by
# kiosk/testbed/sample_pages.py (run it with -s for the table).
# Paper-to-ink contrast (grey levels) at or below which nothing is printed:
# blank pages measure 0, the palest readable page 112.
BLANK_CONTRAST_MAX = 25
# The paper itself (90th percentile) this dark or darker: the scan is too dark.
# Normal pages measure >= 203 (one dimmed to 85 %), too-dark pages <= 107.
TOO_DARK_PAPER_MAX = 120
# Ink this close to the paper is hard to read: faded pages <= 54, normal >= 112.
TOO_LIGHT_CONTRAST_MAX = 90
# Ink within this distance of an edge suggests the page is cut off there.
EDGE_STRIP_MM = 3.0
# Share of an edge strip that is ink: 0.0 on every normal page (also text 5 mm
# from the edge), >= 0.178 where text runs off the side.
CUT_OFF_INK_MIN = 0.005
# Strongest edges (99.5th percentile of the Laplacian at 150 dpi) over contrast:
# sharp pages >= 0.77 (the ID card's small print is the lowest), pages blurred
# by 3-4 px at 300 dpi <= 0.43; a 2 px blur (0.80) still reads and passes.
BLURRED_SHARPNESS_MAX = 0.55


class QualityWarning(enum.Enum):
    """Message keys for the review screen ("This page looks blank...")."""

    BLANK = "quality.blank"
    TOO_DARK = "quality.too_dark"
    TOO_LIGHT = "quality.too_light"
    BLURRED = "quality.blurred"
    CUT_OFF = "quality.cut_off"
    TOO_LARGE = "quality.too_large"


@dataclass(frozen=True)
class PageMetrics:
    paper: int
    ink: int
    edge_ink: float
    sharpness: float

    @property
    def contrast(self) -> int:
        return self.paper - self.ink


def measure(image: Image.Image, dpi: int) -> PageMetrics:
    grey = image.convert("L") if image.mode != "L" else image
    sharpness_copy = _reduced(grey, dpi, SHARPNESS_DPI)
    overview = _reduced(grey, dpi, OVERVIEW_DPI)
    histogram = overview.histogram()[:256]
    paper = _percentile(histogram, 0.90)
    ink = _percentile(histogram, 0.005)
    return PageMetrics(
        paper=paper,
        ink=ink,
        edge_ink=_edge_ink(overview, (paper + ink) / 2),
        sharpness=_sharpness(sharpness_copy, paper - ink),
    )


def check_page(image: Image.Image, dpi: int) -> tuple[QualityWarning, ...]:
    """The warnings a scanned page gets, most important first; () when it looks fine."""
    return verdict(measure(image, dpi))


def verdict(metrics: PageMetrics) -> tuple[QualityWarning, ...]:
    if metrics.contrast <= BLANK_CONTRAST_MAX:
        return (QualityWarning.BLANK,)
    warnings: list[QualityWarning] = []
    if metrics.paper <= TOO_DARK_PAPER_MAX:
        warnings.append(QualityWarning.TOO_DARK)
    elif metrics.contrast <= TOO_LIGHT_CONTRAST_MAX:
        warnings.append(QualityWarning.TOO_LIGHT)
    if metrics.sharpness <= BLURRED_SHARPNESS_MAX:
        warnings.append(QualityWarning.BLURRED)
    if metrics.edge_ink >= CUT_OFF_INK_MIN:
        warnings.append(QualityWarning.CUT_OFF)
    return tuple(warnings)


def too_large(document_bytes: int, limit_mb: int) -> bool:
    """The service's endpoint refuses documents over its limit (config max_document_mb)."""
    return document_bytes > limit_mb * 1024 * 1024


def _reduced(grey: Image.Image, dpi: int, target_dpi: int) -> Image.Image:
    """The page at about `target_dpi`, so thresholds hold at any scan resolution."""
    if dpi <= target_dpi * 1.1:
        return grey
    if dpi % target_dpi == 0:
        return grey.reduce(dpi // target_dpi)
    scale = target_dpi / dpi
    return grey.resize(
        (round(grey.width * scale), round(grey.height * scale)), Image.Resampling.BOX
    )


def _percentile(histogram: list[int], share: float) -> int:
    wanted = share * sum(histogram)
    running = 0
    for level, count in enumerate(histogram):
        running += count
        if running >= wanted:
            return level
    return 255


def _edge_ink(overview: Image.Image, threshold: float) -> float:
    strip = max(1, round(EDGE_STRIP_MM / MM_PER_INCH * OVERVIEW_DPI))
    width, height = overview.size
    boxes = (
        (0, 0, strip, height),
        (width - strip, 0, width, height),
        (0, 0, width, strip),
        (0, height - strip, width, height),
    )
    worst = 0.0
    for box in boxes:
        region = overview.crop(box)
        dark = sum(region.point(lambda v: 1 if v < threshold else 0).histogram()[1:2])
        worst = max(worst, dark / (region.width * region.height))
    return worst


def _sharpness(grey: Image.Image, contrast: int) -> float:
    if contrast <= 0:
        return 0.0
    edges = grey.filter(ImageFilter.FIND_EDGES)
    # FIND_EDGES leaves a bright frame at the image border; leave it out.
    edges = edges.crop((2, 2, edges.width - 2, edges.height - 2))
    return _percentile(edges.histogram()[:256], 0.995) / contrast
