"""Scanning into a session on libsane's test backend, page by page."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from drivers.scanner import SaneScanner
from kiosk.core.scanning import ColourMode, PaperSource, RawPage, ScanFault, ScanSettings
from kiosk.documents.capture import Capture
from kiosk.documents.encoding import OutputProfile
from kiosk.documents.pages import PageStore, StoredPage

QUICK = ScanSettings(resolution_dpi=100)
FEEDER = ScanSettings(resolution_dpi=100, source=PaperSource.FEEDER, mode=ColourMode.GREY)


@pytest.fixture
def scanner(sane_config_dir: Path) -> SaneScanner:
    return SaneScanner("test:*", sane_config_dir)


@pytest.fixture
def capture(scanner: SaneScanner, store: PageStore) -> Capture:
    return Capture(scanner, store, OutputProfile(ColourMode.COLOUR, 100, 60))


def test_each_scanned_page_is_stored_checked_and_thumbnailed(
    capture: Capture, store: PageStore
) -> None:
    ready: list[StoredPage] = []
    result = capture.scan(QUICK, on_page_ready=ready.append)

    assert result.error is None and len(result.pages) == 1 and ready == list(result.pages)
    page = store.pages[0]
    assert page.path.exists() and page.thumbnail.exists()
    assert page.kind == "jpeg" and page.dpi == 100
    # libsane's colour pattern fills the page to its edges.
    assert page.warnings and len(result.ready_ms) == 1


def test_a_feeder_batch_lands_in_scan_order(capture: Capture, store: PageStore) -> None:
    result = capture.scan(FEEDER)
    assert len(result.pages) == 10 and [p.id for p in store.pages] == [p.id for p in result.pages]


def test_a_jam_mid_batch_keeps_the_pages_already_scanned(
    scanner: SaneScanner, capture: Capture, store: PageStore
) -> None:
    real_scan = scanner.scan

    def jam_after_three(settings, on_page, on_progress=None, cancel=None):  # type: ignore[no-untyped-def]
        def counting(page: RawPage) -> None:
            on_page(page)
            if page.index == 2:
                scanner.set_option("read_return_value", "SANE_STATUS_JAMMED")

        return real_scan(settings, counting, on_progress, cancel)

    scanner.scan = jam_after_three  # type: ignore[method-assign]
    result = capture.scan(FEEDER)

    assert result.error is not None and result.error.fault is ScanFault.JAMMED
    assert len(result.pages) == 3 and len(store.pages) == 3


def test_max_pages_stops_a_feeder_batch_without_a_fault(capture: Capture) -> None:
    result = capture.scan(FEEDER, max_pages=4)
    assert result.error is None and len(result.pages) == 4


def test_cancelled_scan_stores_nothing_more(capture: Capture, store: PageStore) -> None:
    cancel = threading.Event()
    cancel.set()
    result = capture.scan(QUICK, cancel=cancel)
    assert result.error is not None and result.error.fault is ScanFault.CANCELLED
    assert store.pages == []


def test_rescanning_a_page_takes_its_place(capture: Capture, store: PageStore) -> None:
    first = capture.scan(QUICK).pages[0]
    second = capture.scan(QUICK).pages[0]

    again = capture.scan(QUICK, replace_page_id=first.id).pages[0]

    assert [p.id for p in store.pages] == [again.id, second.id]
