"""First-page previews of the catalogue's forms, rendered by QtPdf off the GUI thread.

`render_first_page` is the plain function (any thread). `FormPreviews` runs it
on Qt's thread pool and hands each image back on the GUI thread through a
signal, so a catalogue screen never waits for PDFium (a dense page takes tens
of milliseconds, more than the 50 ms budget in design section 10).
QPdfDocument serialises PDFium calls behind its own lock, so workers may
render different forms at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

PREVIEW_WIDTH_PX = 360  # the catalogue tile is about 360 px wide on a 1080 px screen


class FormPreviewError(Exception):
    """The form's PDF could not be opened or drawn."""


def render_first_page(path: Path, width_px: int = PREVIEW_WIDTH_PX) -> QImage:
    """The first page of the PDF at `path`, `width_px` wide, on white, aspect kept."""
    document = QPdfDocument()
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise FormPreviewError(f"cannot open {path.name}: {error.name}")
        if document.pageCount() < 1:
            raise FormPreviewError(f"{path.name} has no pages")
        page = document.pagePointSize(0)
        height_px = max(1, round(width_px * page.height() / page.width()))
        rendered = document.render(0, QSize(width_px, height_px))
    finally:
        document.close()
    if rendered.isNull():
        raise FormPreviewError(f"{path.name}: the first page could not be drawn")
    # PDFium leaves the paper transparent; a preview is paper, so put it on white.
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


class FormPreviews(QObject):
    """Renders previews in the background; results arrive on the GUI thread.

    `preview_ready(form_id, image)` or `preview_failed(form_id, reason)` follow
    each `request`. Images are kept, so asking again answers at once.
    """

    preview_ready = Signal(str, QImage)
    preview_failed = Signal(str, str)

    def __init__(self, width_px: int = PREVIEW_WIDTH_PX, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.width_px = width_px
        self._pool = pool or QThreadPool.globalInstance()
        self._images: dict[str, QImage] = {}
        self._pending: set[str] = set()
        # Signals from the worker reach this object's slots queued, on its thread.
        self._done.connect(self._on_done)
        self._failed.connect(self._on_failed)

    _done = Signal(str, QImage)
    _failed = Signal(str, str)

    def image(self, form_id: str) -> QImage | None:
        return self._images.get(form_id)

    def request(self, form_id: str, path: Path) -> None:
        cached = self._images.get(form_id)
        if cached is not None:
            self.preview_ready.emit(form_id, cached)
            return
        if form_id in self._pending:
            return
        self._pending.add(form_id)
        self._pool.start(_RenderJob(self, form_id, path, self.width_px))

    def _on_done(self, form_id: str, image: QImage) -> None:
        self._pending.discard(form_id)
        self._images[form_id] = image
        self.preview_ready.emit(form_id, image)

    def _on_failed(self, form_id: str, reason: str) -> None:
        self._pending.discard(form_id)
        self.preview_failed.emit(form_id, reason)


class _RenderJob(QRunnable):
    def __init__(self, owner: FormPreviews, form_id: str, path: Path, width_px: int) -> None:
        super().__init__()
        self._owner = owner
        self._form_id = form_id
        self._path = path
        self._width_px = width_px

    def run(self) -> None:  # on a pool thread: no UI calls here
        try:
            image = render_first_page(self._path, self._width_px)
        except FormPreviewError as error:
            self._owner._failed.emit(self._form_id, str(error))
        else:
            self._owner._done.emit(self._form_id, image)


class FormPreviewProvider(QQuickImageProvider):
    """`image://formpreview/<form id>` for QML, rendered and kept once per form.

    The Image items that show it set `asynchronous: true`, so Qt calls
    `requestImage` on its image-loading thread, never on the GUI thread.
    """

    SCHEME = "formpreview"

    def __init__(self, paths: Mapping[str, Path], width_px: int = PREVIEW_WIDTH_PX) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._paths = dict(paths)
        self._width_px = width_px
        self._images: dict[str, QImage] = {}
        self._lock = threading.Lock()

    def requestImage(self, form_id: str, size: QSize, requested: QSize) -> QImage:
        with self._lock:
            cached = self._images.get(form_id)
        if cached is not None:
            return cached
        path = self._paths.get(form_id)
        try:
            if path is None:
                raise FormPreviewError(f"no form {form_id!r}")
            image = render_first_page(path, self._width_px)
        except FormPreviewError as error:
            log.warning("form preview failed: %s", error)
            image = QImage(1, 1, QImage.Format.Format_RGB32)
            image.fill(0xFFFFFFFF)
            return image
        with self._lock:
            self._images[form_id] = image
        return image
