"""QR codes drawn for the screen, read back with zbar as a phone camera would."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from kiosk.ui.qr_code import QUIET_ZONE, QrCodeProvider, qr_image, qr_source

ADDRESSES = [
    "https://www.royalgreenwich.gov.uk/housing-benefit",
    "https://www.royalgreenwich.gov.uk/book-a-video-call/blue-badge?from=kiosk&site=eltham",
    "https://example.gov.uk/" + "a" * 300,  # a long address: a bigger code, still one image
]


def read_code(image_path: Path) -> str:
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(image_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert found.returncode == 0, found.stderr
    return found.stdout.strip()


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_provider_draws_what_qml_asked_for_and_zbar_reads_it_back(
    qapp: QGuiApplication, tmp_path: Path, address: str
) -> None:
    source = qr_source(address)
    assert source.startswith("image://qr/") and "/" not in source.removeprefix("image://qr/")
    size = QSize()
    image = QrCodeProvider().requestImage(source.removeprefix("image://qr/"), size, QSize(360, 360))
    assert (size.width(), size.height()) == (image.width(), image.height())
    assert image.width() == image.height() <= 360
    assert image.save(str(tmp_path / "code.png"))
    assert read_code(tmp_path / "code.png") == address
    assert unquote(source.removeprefix("image://qr/")) == address


def test_each_module_is_a_whole_number_of_pixels_inside_a_white_quiet_zone(
    qapp: QGuiApplication,
) -> None:
    image = qr_image(ADDRESSES[0], 360)
    # The top-left finder pattern's dark corner starts right after the quiet zone.
    assert all(image.pixelColor(x, 0).value() >= 128 for x in range(image.width()))
    first_dark = next(x for x in range(image.width()) if image.pixelColor(x, x).value() < 128)
    module = first_dark // QUIET_ZONE
    assert module >= 1 and first_dark == module * QUIET_ZONE
    assert image.width() % module == 0
