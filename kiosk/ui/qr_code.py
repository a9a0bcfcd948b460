"""QR codes for the screen ("Carry on on your phone", video appointments).

QML asks for ``image://qr/<percent-encoded text>`` (`qr_source`); the provider
draws the code with segno, dark on white with the standard four-module quiet
zone, each module a whole number of pixels so a phone camera sees sharp edges.
Only public web addresses from the station's config are put in a code: the
view-models build the source, QML never composes one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final
from urllib.parse import quote, unquote

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import segno
else:
    segno = lazy_import("segno")  # with the first code drawn (kiosk/lazy_import.py)

SCHEME: Final = "qr"
QUIET_ZONE: Final = 4  # modules of white around the code (ISO/IEC 18004)
DEFAULT_SIZE_PX: Final = 360
_DARK: Final = 0xFF000000
_LIGHT: Final = 0xFFFFFFFF


def qr_source(text: str) -> str:
    """The QML image source that shows `text` as a QR code."""
    return f"image://{SCHEME}/{quote(text, safe='')}"


def qr_image(text: str, size_px: int = DEFAULT_SIZE_PX) -> QImage:
    """`text` as a square QR code at most `size_px` wide (at least one pixel a module)."""
    code = segno.make_qr(text, error="m")
    rows = [list(row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    modules = len(rows)
    image = QImage(modules, modules, QImage.Format.Format_RGB32)
    image.fill(_LIGHT)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, _DARK)
    # Nearest-neighbour scaling keeps each module a sharp square.
    side = modules * max(1, size_px // modules)
    return image.scaled(
        side, side, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation
    )


class QrCodeProvider(QQuickImageProvider):
    """``image://qr/…``: any thread (QML asks with ``asynchronous: true``)."""

    SCHEME = SCHEME

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, encoded: str, size: QSize, requested: QSize) -> QImage:
        wanted = requested.width() if requested.isValid() and requested.width() > 0 else 0
        image = qr_image(unquote(encoded), wanted or DEFAULT_SIZE_PX)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
