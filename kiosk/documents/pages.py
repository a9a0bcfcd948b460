"""The pages of one resident's session, kept in a private folder until it ends.

Each page is stored once, already encoded for the PDF (see encoding.py), with
a small thumbnail for the review screen and its quality warnings. Rotating
changes a number, not the image. `wipe()` removes the folder: design section 8
puts it on tmpfs (systemd RuntimeDirectory), so nothing reaches a disk.
"""

from __future__ import annotations

import io
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.documents import image_memory
from kiosk.documents.encoding import EncodedPage
from kiosk.documents.quality import QualityWarning
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    from PIL import Image
else:
    Image = lazy_import("PIL.Image")

THUMBNAIL_PX = 320  # the longer side; the review grid shows about 300 px


@dataclass(frozen=True)
class StoredPage:
    id: str
    path: Path
    thumbnail: Path
    kind: str  # "jpeg" or "tiff-g4"
    width_px: int
    height_px: int
    dpi: int
    warnings: tuple[QualityWarning, ...] = ()
    rotation: int = 0  # degrees clockwise, as PDF /Rotate

    @property
    def size_bytes(self) -> int:
        return self.path.stat().st_size


class PageStore:
    """Ordered pages of one session. Thread-safe: the scan worker adds, the UI edits."""

    def __init__(self, root: Path | None = None) -> None:
        base = root or Path(tempfile.gettempdir())
        base.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-session-", dir=base))
        self.folder.chmod(0o700)
        self._pages: list[StoredPage] = []
        self._lock = threading.Lock()

    @property
    def pages(self) -> list[StoredPage]:
        with self._lock:
            return list(self._pages)

    def add(
        self,
        encoded: EncodedPage,
        thumbnail: Image.Image,
        warnings: tuple[QualityWarning, ...] = (),
        at: int | None = None,
    ) -> StoredPage:
        page = self._write(encoded, thumbnail, warnings)
        with self._lock:
            self._pages.insert(len(self._pages) if at is None else at, page)
        return page

    def replace(
        self,
        page_id: str,
        encoded: EncodedPage,
        thumbnail: Image.Image,
        warnings: tuple[QualityWarning, ...] = (),
    ) -> StoredPage:
        """Rescan this page: the new scan takes the old one's place."""
        new = self._write(encoded, thumbnail, warnings)
        with self._lock:
            index = self._index(page_id)
            old = self._pages[index]
            self._pages[index] = new
        _remove(old)
        return new

    def rotate(self, page_id: str, degrees: int) -> StoredPage:
        if degrees % 90:
            raise ValueError("pages turn in quarter turns")
        with self._lock:
            index = self._index(page_id)
            page = self._pages[index]
            turned = replace(page, rotation=(page.rotation + degrees) % 360)
            self._pages[index] = turned
        return turned

    def delete(self, page_id: str) -> None:
        with self._lock:
            page = self._pages.pop(self._index(page_id))
        _remove(page)

    def move(self, page_id: str, to_index: int) -> None:
        with self._lock:
            page = self._pages.pop(self._index(page_id))
            self._pages.insert(max(0, min(to_index, len(self._pages))), page)

    def total_bytes(self) -> int:
        return sum(p.size_bytes for p in self.pages)

    def wipe(self) -> None:
        """End of session: every page and thumbnail goes, and the image memory kept for pages."""
        with self._lock:
            self._pages.clear()
        shutil.rmtree(self.folder, ignore_errors=True)
        image_memory.let_go()

    def _index(self, page_id: str) -> int:
        for index, page in enumerate(self._pages):
            if page.id == page_id:
                return index
        raise KeyError(f"no page {page_id}")

    def _write(
        self, encoded: EncodedPage, thumbnail: Image.Image, warnings: tuple[QualityWarning, ...]
    ) -> StoredPage:
        page_id = secrets.token_hex(8)
        suffix = ".jpg" if encoded.kind == "jpeg" else ".tif"
        path = self.folder / f"{page_id}{suffix}"
        path.write_bytes(encoded.data)
        thumb_path = self.folder / f"{page_id}-thumb.jpg"
        buffer = io.BytesIO()
        thumbnail.save(buffer, format="JPEG", quality=80)
        thumb_path.write_bytes(buffer.getvalue())
        return StoredPage(
            page_id,
            path,
            thumb_path,
            encoded.kind,
            encoded.width_px,
            encoded.height_px,
            encoded.dpi,
            warnings,
        )


def make_thumbnail(image: Image.Image) -> Image.Image:
    thumb = image.copy() if image.mode in ("RGB", "L") else image.convert("L")
    thumb.draft("RGB", (THUMBNAIL_PX, THUMBNAIL_PX))
    factor = max(1, max(thumb.size) // (THUMBNAIL_PX * 2))
    if factor > 1:
        thumb = thumb.reduce(factor)
    thumb.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX), Image.Resampling.BILINEAR)
    return thumb


def _remove(page: StoredPage) -> None:
    page.path.unlink(missing_ok=True)
    page.thumbnail.unlink(missing_ok=True)
