"""A scanner that stops answering mid-scan: the stall guard in SaneScanner.

Two real ways a scan stops reporting, on libsane's real `test` backend:
- the backend's `read_delay` holds every block of a page back (at most 0.2 s
  each, so the guard is set shorter here); sane_cancel() still works, so the
  worker answers the guard's cancel and is kept;
- the worker process that runs libsane stops altogether (SIGSTOP: as a backend
  stuck where sane_cancel() cannot reach, or firmware that never answers);
  the guard kills it and the next scan starts a fresh one.
Either way the scan ends as ScanFault.STALLED and the pages read before it are kept.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from drivers.scanner import SaneScanner
from drivers.scanner.sane_scanner import CANCEL_GRACE_S
from kiosk.core.ports import HealthState
from kiosk.core.scanning import PaperSource, RawPage, ScanError, ScanFault, ScanSettings

QUICK = ScanSettings(resolution_dpi=75)
FEEDER = ScanSettings(resolution_dpi=75, source=PaperSource.FEEDER)
SHORT_GUARD_S = 0.1  # shorter than the test backend's longest read delay (0.2 s)
# The test backend's longest delay before each block it hands over (test.c's
# read_delay_duration range), in microseconds.
LONGEST_READ_DELAY_US = 200_000


def _one_page(scanner: SaneScanner) -> Image.Image:
    pages: list[RawPage] = []
    scanner.scan(QUICK, pages.append)
    return pages[0].image


@pytest.fixture
def scanner(sane_config_dir: Path) -> SaneScanner:
    return SaneScanner("test:*", sane_config_dir)


def test_a_page_that_stops_coming_is_stopped_as_stalled_and_the_first_page_is_kept(
    scanner: SaneScanner,
) -> None:
    pages: list[RawPage] = []

    def on_page(page: RawPage) -> None:
        pages.append(page)
        # The second sheet comes slower than the guard allows.
        scanner.set_option("read_delay", True)
        scanner.set_option("read_delay_duration", LONGEST_READ_DELAY_US)
        scanner.stall_after_s = SHORT_GUARD_S

    whole = _one_page(scanner).size
    worker = scanner.worker_pid
    started = time.monotonic()
    with pytest.raises(ScanError) as caught:
        scanner.scan(FEEDER, on_page)
    took_s = time.monotonic() - started

    assert caught.value.fault is ScanFault.STALLED
    assert caught.value.pages_scanned == 1 and len(pages) == 1
    assert pages[0].image.size == whole  # the first page, all of it
    assert took_s < 10  # a whole slowed page would take about 3 s more per block of 110 KB
    # sane_cancel() reached the backend: the worker answered and was kept.
    assert scanner.worker_pid == worker
    scanner.stall_after_s = 30
    assert scanner.scan(QUICK, lambda page: None) == 1  # and the delay is gone again


def test_a_scanner_that_stops_answering_altogether_is_replaced_and_the_pages_are_kept(
    scanner: SaneScanner,
) -> None:
    pages: list[RawPage] = []
    whole = _one_page(scanner).size
    worker = scanner.worker_pid
    assert worker is not None

    def on_page(page: RawPage) -> None:
        pages.append(page)
        if len(pages) == 2:
            os.kill(worker, signal.SIGSTOP)  # nothing more comes, not even a cancel's answer
            scanner.stall_after_s = 0.5

    started = time.monotonic()
    with pytest.raises(ScanError) as caught:
        scanner.scan(FEEDER, on_page)
    took_s = time.monotonic() - started

    assert caught.value.fault is ScanFault.STALLED
    assert caught.value.pages_scanned == 2 and len(pages) == 2
    assert [page.image.size for page in pages] == [whole, whole]
    assert took_s < 0.5 + CANCEL_GRACE_S + 5
    with pytest.raises(ProcessLookupError):
        os.kill(worker, 0)  # stopped for good, not left behind
    scanner.stall_after_s = 30
    assert scanner.scan(QUICK, lambda page: None) == 1
    assert scanner.worker_pid not in (None, worker)  # a fresh worker opened the scanner


def test_cancel_on_a_scanner_that_stopped_answering_ends_soon_and_keeps_the_page(
    scanner: SaneScanner,
) -> None:
    """The resident leaves (the journey cancels) while the scanner hangs: the
    scan ends within the grace time, long before the 30 s guard."""
    pages: list[RawPage] = []
    _one_page(scanner)
    worker = scanner.worker_pid
    assert worker is not None
    cancel = threading.Event()

    def on_page(page: RawPage) -> None:
        pages.append(page)
        os.kill(worker, signal.SIGSTOP)
        threading.Timer(0.2, cancel.set).start()

    started = time.monotonic()
    with pytest.raises(ScanError) as caught:
        scanner.scan(FEEDER, on_page, cancel=cancel)
    took_s = time.monotonic() - started

    assert caught.value.fault is ScanFault.CANCELLED
    assert caught.value.pages_scanned == 1 and len(pages) == 1
    assert took_s < 0.2 + CANCEL_GRACE_S + 5 < scanner.stall_after_s
    assert scanner.scan(QUICK, lambda page: None) == 1
    assert scanner.worker_pid != worker


def test_a_health_check_on_a_stuck_scanner_fails_and_the_next_one_passes(
    scanner: SaneScanner,
) -> None:
    assert scanner.check().state is HealthState.OK
    worker = scanner.worker_pid
    assert worker is not None
    os.kill(worker, signal.SIGSTOP)
    scanner.stall_after_s = 0.5

    stuck = scanner.check()

    assert stuck.state is HealthState.FAIL and "does not answer" in stuck.detail
    scanner.stall_after_s = 30
    assert scanner.check().state is HealthState.OK
    assert scanner.worker_pid != worker
