"""libsane's real `test` backend, through python-sane, with the repo's A4 set-up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sane

from drivers.scanner.sane_direct import restore_sigpipe_ignore
from kiosk.testbed.sane_testbed import scan

MM_PER_INCH = 25.4


@pytest.fixture
def device(sane_test_scanner: str) -> Iterator[sane.SaneDev]:
    sane.init()
    dev = sane.open(sane_test_scanner)
    yield dev
    dev.close()
    sane.exit()
    restore_sigpipe_ignore()  # libsane resets it; see drivers/scanner/sane_scanner.py


def expected_pixels(mm: float, dpi: int) -> int:
    return int(mm / MM_PER_INCH * dpi)


def test_only_the_test_backend_is_visible(sane_test_scanner: str) -> None:
    sane.init()
    try:
        names = [entry[0] for entry in sane.get_devices()]
    finally:
        sane.exit()
        restore_sigpipe_ignore()
    assert names == [sane_test_scanner]


def test_colour_a4_page_at_300_dpi_comes_back_a4_sized(device: sane.SaneDev) -> None:
    device.mode = "Color"
    device.resolution = 300
    device.tl_x, device.tl_y, device.br_x, device.br_y = 0, 0, 210, 297

    image = scan(device)  # python-sane's start + snap, less its hang; a bare snap() fails

    assert image.mode == "RGB"
    width, height = image.size
    assert abs(width - expected_pixels(210, 300)) <= 1  # 2480 px
    assert abs(height - expected_pixels(297, 300)) <= 1  # 3507 px
    # The colour pattern is not one flat colour: real image data came through.
    assert len(image.resize((64, 64)).getcolors(maxcolors=64 * 64) or []) > 4


def test_injected_jam_is_raised_as_the_scanner_says_it(device: sane.SaneDev) -> None:
    device.read_return_value = "SANE_STATUS_JAMMED"
    with pytest.raises(sane._sane.error, match="jammed"):
        scan(device)
    device.read_return_value = "Default"
    assert scan(device).size[0] > 0  # the next scan works without reopening
