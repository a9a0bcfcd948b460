from __future__ import annotations

import io

from PIL import Image

from kiosk.core.scanning import ColourMode
from kiosk.documents.encoding import OutputProfile, encode, otsu_threshold, prepare
from kiosk.testbed.sample_pages import cached_page


def test_colour_page_becomes_a_jpeg_at_the_output_resolution() -> None:
    page = encode(cached_page(), 300, OutputProfile(ColourMode.COLOUR, 200, 60))

    assert page.kind == "jpeg" and page.dpi == 200
    decoded = Image.open(io.BytesIO(page.data))
    assert decoded.format == "JPEG" and decoded.mode == "RGB"
    assert decoded.info["dpi"] == (200, 200)
    width_mm, height_mm = page.size_mm
    assert abs(width_mm - 210) < 0.5 and abs(height_mm - 297) < 0.5  # still A4


def test_grey_page_is_a_grey_jpeg() -> None:
    page = encode(cached_page(), 300, OutputProfile(ColourMode.GREY, 300, 60))
    assert Image.open(io.BytesIO(page.data)).mode == "L"


def test_black_and_white_page_is_ccitt_group_4() -> None:
    page = encode(cached_page(), 300, OutputProfile(ColourMode.BW, 300))

    assert page.kind == "tiff-g4"
    decoded = Image.open(io.BytesIO(page.data))
    assert decoded.mode == "1" and decoded.info["compression"] == "group4"
    assert len(page.data) < 60 * 1024  # the goal for a b/w page


def test_pages_are_never_upsampled() -> None:
    small = cached_page("letter", 150)
    assert prepare(small, 150, OutputProfile(ColourMode.COLOUR, 300)).size == small.size


def test_otsu_threshold_falls_between_ink_and_paper() -> None:
    histogram = [0] * 256
    histogram[40] = 1000  # ink
    histogram[230] = 9000  # paper
    assert 40 <= otsu_threshold(histogram) < 230
