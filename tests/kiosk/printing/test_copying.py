"""Copy on the real parts: libsane's test scanner and the private cupsd + ippeveprinter."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from drivers.printer import CupsPrinter
from drivers.scanner import SaneScanner
from kiosk.config import ScanProfile
from kiosk.core.printing import JobPhase, PrinterUnavailableError, TooManyCopiesError
from kiosk.core.scanning import (
    OnPage,
    OnProgress,
    PaperSource,
    RawPage,
    ScanError,
    ScanFault,
    ScanSettings,
)
from kiosk.printing.copying import Copier, CopyResult
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.printed_jobs import printed_jobs, wait_for_printed_job

A4_PT = (595.3, 841.9)
SIZE_TOLERANCE_PT = 2.0  # whole pixels at 100 dpi: within 0.7 mm of A4
PRINTED_WAIT_S = 20.0
FEEDER_PAGES = 10  # libsane test's feeder empties after 10 sheets
# 100 dpi keeps the tests quick; the page size is what matters here.
COLOUR = ScanProfile(mode="colour", resolution_dpi=100, source="flatbed")
BW_FEEDER = ScanProfile(mode="bw", resolution_dpi=100, source="feeder")


class JamsAfter:
    """The real scanner, whose feeder jams after `pages` sheets (libsane test's
    `read_return_value`, set while the batch runs)."""

    def __init__(self, scanner: SaneScanner, pages: int) -> None:
        self.scanner = scanner
        self.pages = pages

    def scan(
        self,
        settings: ScanSettings,
        on_page: OnPage,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        def counting(page: RawPage) -> None:
            on_page(page)
            if page.index == self.pages - 1:
                self.scanner.set_option("read_return_value", "SANE_STATUS_JAMMED")

        return self.scanner.scan(settings, counting, on_progress, cancel)


@pytest.fixture
def scanner(sane_config_dir: Path) -> SaneScanner:
    return SaneScanner("test:*", sane_config_dir)


@pytest.fixture
def printer(cups_server: PrivateCups) -> CupsPrinter:
    return CupsPrinter(cups_server.queue, cups_server.server)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "sessions"
    yield folder
    # Whatever happened in the test, a copy leaves nothing behind.
    assert not folder.exists() or list(folder.iterdir()) == []


@pytest.fixture
def copier(scanner: SaneScanner, printer: CupsPrinter, sessions: Path) -> Copier:
    return Copier(scanner, printer, sessions, max_copies=5, station_id="demo-01", wait_s=20)


def new_printed(server: PrivateCups, before: int) -> Path:
    deadline = time.monotonic() + PRINTED_WAIT_S
    while len(server.printed_files()) <= before and time.monotonic() < deadline:
        time.sleep(0.05)
    printed = server.printed_files()[before:]
    assert len(printed) == 1, printed
    return printed[0]


def assert_a4(page: pypdf.PageObject) -> None:
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    if page.rotation % 180:
        width, height = height, width
    assert abs(width - A4_PT[0]) < SIZE_TOLERANCE_PT, (width, height)
    assert abs(height - A4_PT[1]) < SIZE_TOLERANCE_PT, (width, height)


def test_a_flatbed_copy_comes_out_of_the_printer_as_one_a4_page(
    copier: Copier, cups_server: PrivateCups
) -> None:
    before = len(cups_server.printed_files())
    jobs_before = len(printed_jobs(cups_server))
    submitted: list[int] = []

    result = copier.copy(COLOUR, copies=1, on_submitted=submitted.append)

    assert isinstance(result, CopyResult)
    assert result.job.phase is JobPhase.COMPLETED, result.job
    assert (result.pages, result.copies, submitted) == (1, 1, [result.job_id])
    reader = pypdf.PdfReader(new_printed(cups_server, before))
    assert len(reader.pages) == 1
    assert_a4(reader.pages[0])
    job = wait_for_printed_job(cups_server, jobs_before, PRINTED_WAIT_S)
    assert (job.name, job.copies) == ("copy", 1)


def test_three_copies_of_a_black_and_white_feeder_batch(
    copier: Copier, cups_server: PrivateCups
) -> None:
    before = len(cups_server.printed_files())
    jobs_before = len(printed_jobs(cups_server))

    result = copier.copy(BW_FEEDER, copies=3)

    assert result.job.phase is JobPhase.COMPLETED, result.job
    assert (result.pages, result.copies) == (FEEDER_PAGES, 3)
    reader = pypdf.PdfReader(new_printed(cups_server, before))
    assert len(reader.pages) == FEEDER_PAGES
    for page in reader.pages:
        assert_a4(page)
    assert wait_for_printed_job(cups_server, jobs_before, PRINTED_WAIT_S).copies == 3


def test_a_jam_mid_batch_gives_the_jam_and_prints_nothing(
    scanner: SaneScanner, printer: CupsPrinter, cups_server: PrivateCups, sessions: Path
) -> None:
    copier = Copier(JamsAfter(scanner, pages=3), printer, sessions, wait_s=20)
    before = len(cups_server.printed_files())
    jobs_before = len(printed_jobs(cups_server))

    with pytest.raises(ScanError) as caught:
        copier.copy(COLOUR, copies=2, source=PaperSource.FEEDER)

    assert caught.value.fault is ScanFault.JAMMED
    assert caught.value.fault.message_key == "scanner.jammed"
    assert len(cups_server.printed_files()) == before
    assert len(printed_jobs(cups_server)) == jobs_before
    assert list(sessions.iterdir()) == []


def test_more_copies_than_the_station_allows_are_refused_before_scanning(
    scanner: SaneScanner, printer: CupsPrinter, sessions: Path
) -> None:
    copier = Copier(scanner, printer, sessions, max_copies=3)
    with pytest.raises(TooManyCopiesError, match="at most 3"):
        copier.copy(COLOUR, copies=4)
    assert not sessions.exists()


def test_a_printer_that_cannot_be_reached_is_a_typed_error_and_the_scan_is_wiped(
    scanner: SaneScanner, cups_server: PrivateCups, sessions: Path
) -> None:
    missing_queue = CupsPrinter("no-such-queue", cups_server.server)
    copier = Copier(scanner, missing_queue, sessions)

    with pytest.raises(PrinterUnavailableError) as caught:
        copier.copy(COLOUR)

    assert caught.value.message_key == "print.printer_unavailable"
    assert list(sessions.iterdir()) == []


def test_a_cancelled_copy_scans_and_prints_nothing(
    copier: Copier, cups_server: PrivateCups, sessions: Path
) -> None:
    cancel = threading.Event()
    cancel.set()
    before = len(cups_server.printed_files())

    with pytest.raises(ScanError) as caught:
        copier.copy(COLOUR, cancel=cancel)

    assert caught.value.fault is ScanFault.CANCELLED
    assert len(cups_server.printed_files()) == before
    assert list(sessions.iterdir()) == []
