"""Scan into a session: each page is encoded, checked, thumbnailed and stored.

Runs on the caller's worker thread (never the GUI thread). Pages are processed
by one helper thread while the scanner reads the next sheet, so a feeder keeps
moving; they are stored in the order they were scanned. A fault stops the
scan but every page read before it is already stored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.scanning import (
    OnProgress,
    PageSource,
    RawPage,
    ScanError,
    ScanFault,
    ScanSettings,
)
from kiosk.documents import image_memory
from kiosk.documents.encoding import OutputProfile, encode_prepared, output_dpi, prepare
from kiosk.documents.pages import PageStore, StoredPage, make_thumbnail
from kiosk.documents.quality import QualityWarning, check_page

if TYPE_CHECKING:
    from PIL import Image

OnPageReady = Callable[[StoredPage], None]
MAX_PAGES_IN_FLIGHT = 2  # read but not yet stored


@dataclass(frozen=True)
class CaptureResult:
    pages: tuple[StoredPage, ...]
    error: ScanError | None = None
    ready_ms: tuple[float, ...] = ()  # last line read -> page stored, per page


class Capture:
    def __init__(self, scanner: PageSource, store: PageStore, profile: OutputProfile) -> None:
        self.scanner = scanner
        self.store = store
        self.profile = profile

    def scan(
        self,
        settings: ScanSettings,
        on_page_ready: OnPageReady | None = None,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
        replace_page_id: str | None = None,
        max_pages: int | None = None,
    ) -> CaptureResult:
        """Scan and store; returns what was stored and the fault, if any.

        With `replace_page_id` one page is scanned and takes that page's place
        (the review screen's "scan this page again"). With `max_pages` a feeder
        batch stops after that many pages (by setting `cancel`), without a fault.
        """
        cancel = cancel or threading.Event()
        image_memory.keep_between_pages()  # half the time a page: image_memory.py
        futures: list[Future[tuple[StoredPage, float]]] = []
        in_flight = threading.BoundedSemaphore(MAX_PAGES_IN_FLIGHT)
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="page") as worker,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="page-check") as checker,
        ):

            def on_page(raw: RawPage) -> None:
                read_at = time.perf_counter()
                # Back-pressure: a fast feeder waits rather than piling up raw
                # pages (26 MB each in colour at 300 dpi) in memory.
                in_flight.acquire()
                future = worker.submit(self._store, raw, read_at, checker, replace_page_id)
                future.add_done_callback(lambda _: in_flight.release())
                futures.append(future)
                if max_pages is not None and len(futures) >= max_pages:
                    cancel.set()

            error: ScanError | None = None
            try:
                self.scanner.scan(settings, on_page, on_progress, cancel)
            except ScanError as failure:
                stopped_here = max_pages is not None and len(futures) >= max_pages
                error = None if stopped_here and failure.fault is ScanFault.CANCELLED else failure
            done = [future.result() for future in futures]
        for page, _ in done:
            if on_page_ready is not None:
                on_page_ready(page)
        return CaptureResult(tuple(page for page, _ in done), error, tuple(ms for _, ms in done))

    def _store(
        self,
        raw: RawPage,
        read_at: float,
        checker: ThreadPoolExecutor,
        replace_page_id: str | None,
    ) -> tuple[StoredPage, float]:
        # Checks and thumbnail run beside the encoding: Pillow lets go of the GIL
        # while it resamples and compresses, so the two share the machine's cores.
        looked_at = checker.submit(_look_at, raw)
        dpi = output_dpi(raw.dpi, self.profile)
        encoded = encode_prepared(prepare(raw.image, raw.dpi, self.profile), dpi, self.profile)
        warnings, thumbnail = looked_at.result()
        if replace_page_id is not None and raw.index == 0:
            page = self.store.replace(replace_page_id, encoded, thumbnail, warnings)
        else:
            page = self.store.add(encoded, thumbnail, warnings)
        return page, (time.perf_counter() - read_at) * 1000


def _look_at(raw: RawPage) -> tuple[tuple[QualityWarning, ...], Image.Image]:
    return check_page(raw.image, raw.dpi), make_thumbnail(raw.image)
