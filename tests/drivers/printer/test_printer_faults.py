"""Printer faults on the real ippeveprinter behind a private cupsd.

Each test reaches its state through the driver within STATE_TIMEOUT_S (the
issue's 5 s). This module starts its own PrivateCups: it empties trays and
switches the printer off, which other modules must not see.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest

from drivers.printer import CupsPrinter
from drivers.printer.cups_printer import connect
from kiosk.core.printing import (
    EmptyDocumentError,
    JobPhase,
    JobStatus,
    NotAPdfError,
    PrinterState,
    PrinterStatus,
    PrintOptions,
    TooManyPagesError,
)
from kiosk.testbed import printer_faults
from kiosk.testbed.cups_testbed import PrivateCups

STATE_TIMEOUT_S = 5.0
JOB_TIMEOUT_S = 20.0
POLL_S = 0.1


@pytest.fixture(scope="module")
def faulty_cups() -> Iterator[PrivateCups]:
    with PrivateCups() as server:
        yield server


@pytest.fixture
def printer(faulty_cups: PrivateCups) -> Iterator[CupsPrinter]:
    printer_faults.load_paper(faulty_cups)
    printer_faults.set_toner(faulty_cups, printer_faults.FULL_TONER_PERCENT)
    yield CupsPrinter(faulty_cups.queue, faulty_cups.server)
    # Leave the printer as the next test expects it: on, paper in, queue running.
    faulty_cups.start_printer()
    printer_faults.load_paper(faulty_cups)
    connection = connect(faulty_cups.server)
    for job_id in connection.getJobs():
        connection.cancelJob(job_id, purge_job=True)
    connection.enablePrinter(faulty_cups.queue)


def make_pdf(path: Path, pages: int = 1) -> Path:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    writer.write(path)
    return path


def wait_for_state(printer: CupsPrinter, wanted: PrinterState) -> tuple[PrinterStatus, float]:
    started = time.monotonic()
    status = printer.status()
    while status.state is not wanted and time.monotonic() - started < STATE_TIMEOUT_S:
        time.sleep(POLL_S)
        status = printer.status()
    assert status.state is wanted, status.describe()
    return status, time.monotonic() - started


def wait_for_job(
    printer: CupsPrinter, job_id: int, done: Callable[[JobStatus], bool], timeout_s: float
) -> JobStatus:
    deadline = time.monotonic() + timeout_s
    status = printer.job_status(job_id)
    while not done(status) and time.monotonic() < deadline:
        time.sleep(POLL_S)
        status = printer.job_status(job_id)
    assert done(status), status
    return status


def test_ready_printer_prints_and_reports_completed(printer: CupsPrinter, tmp_path: Path) -> None:
    wait_for_state(printer, PrinterState.READY)
    job_id = printer.submit(make_pdf(tmp_path / "a.pdf"), "form", PrintOptions(copies=2))
    status = wait_for_job(printer, job_id, lambda s: s.finished, JOB_TIMEOUT_S)
    assert status.phase is JobPhase.COMPLETED, status


def test_out_of_paper_while_idle_is_noticed_and_paper_back_is_ready(
    printer: CupsPrinter, faulty_cups: PrivateCups
) -> None:
    printer_faults.run_out_of_paper(faulty_cups)
    status, _ = wait_for_state(printer, PrinterState.OUT_OF_PAPER)
    assert status.message_key == "printer.out_of_paper"
    printer_faults.load_paper(faulty_cups)
    wait_for_state(printer, PrinterState.READY)


def test_one_empty_tray_is_low_paper_not_out(
    printer: CupsPrinter, faulty_cups: PrivateCups
) -> None:
    printer_faults.load_paper(faulty_cups, main=250, bypass=0)
    wait_for_state(printer, PrinterState.LOW_PAPER)


def test_low_toner_is_reported_with_its_level(
    printer: CupsPrinter, faulty_cups: PrivateCups
) -> None:
    printer_faults.set_toner(faulty_cups, 3)
    status, _ = wait_for_state(printer, PrinterState.LOW_TONER)
    assert ("Black Toner", 3) in [(s.name, s.level_percent) for s in status.supplies]


def test_job_sent_without_paper_waits_and_completes_when_paper_returns(
    printer: CupsPrinter, faulty_cups: PrivateCups, tmp_path: Path
) -> None:
    printer_faults.run_out_of_paper(faulty_cups)
    job_id = printer.submit(make_pdf(tmp_path / "a.pdf"), "form", PrintOptions())
    waiting = wait_for_job(printer, job_id, lambda s: s.phase is JobPhase.WAITING, STATE_TIMEOUT_S)
    assert waiting.printer_state is PrinterState.OUT_OF_PAPER
    assert waiting.message_key == "printer.out_of_paper"
    time.sleep(1.0)  # still waiting, not lost
    assert printer.job_status(job_id).phase is JobPhase.WAITING

    printer_faults.load_paper(faulty_cups)
    done = wait_for_job(printer, job_id, lambda s: s.finished, JOB_TIMEOUT_S)
    assert done.phase is JobPhase.COMPLETED, done


def test_printer_switched_off_is_offline_and_back_on_is_ready(
    printer: CupsPrinter, faulty_cups: PrivateCups
) -> None:
    faulty_cups.stop_printer()
    status, _ = wait_for_state(printer, PrinterState.OFFLINE)
    assert status.message_key == "printer.offline"
    faulty_cups.start_printer()
    wait_for_state(printer, PrinterState.READY)


def test_queue_stopped_by_staff_is_stopped_and_resumes(
    printer: CupsPrinter, faulty_cups: PrivateCups
) -> None:
    connection = connect(faulty_cups.server)
    connection.disablePrinter(faulty_cups.queue, reason="champion stopped it")
    status, _ = wait_for_state(printer, PrinterState.STOPPED)
    assert "paused" in status.reasons
    connection.enablePrinter(faulty_cups.queue)
    wait_for_state(printer, PrinterState.READY)


def test_job_cups_cannot_process_is_failed_with_the_reason(
    printer: CupsPrinter, faulty_cups: PrivateCups, tmp_path: Path
) -> None:
    """A PDF that passes a glance but breaks CUPS's pdftopdf filter.

    CUPS stops such a job ("Job stopped due to filter errors") and keeps it;
    the driver reports it failed with CUPS's reason and removes it.
    """
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    job_id = connect(faulty_cups.server).printFile(faulty_cups.queue, str(broken), "broken", {})
    printer._submitted_at[job_id] = time.monotonic()

    status = wait_for_job(printer, job_id, lambda s: s.finished, JOB_TIMEOUT_S)

    assert status.phase is JobPhase.FAILED, status
    assert "job-completed-with-errors" in status.reason
    assert job_id not in connect(faulty_cups.server).getJobs()


def test_cancelled_job_is_reported_cancelled(
    printer: CupsPrinter, faulty_cups: PrivateCups, tmp_path: Path
) -> None:
    printer_faults.run_out_of_paper(faulty_cups)  # keeps the job from finishing first
    job_id = printer.submit(make_pdf(tmp_path / "a.pdf"), "form", PrintOptions())
    printer.cancel(job_id)
    status = wait_for_job(printer, job_id, lambda s: s.finished, STATE_TIMEOUT_S)
    assert status.phase is JobPhase.CANCELLED


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"Dear council, this is a letter\n", NotAPdfError), (b"", EmptyDocumentError)],
    ids=["not-a-pdf", "empty"],
)
def test_bad_documents_are_refused_at_once(
    printer: CupsPrinter, tmp_path: Path, content: bytes, error: type[Exception]
) -> None:
    document = tmp_path / "document.pdf"
    document.write_bytes(content)
    started = time.monotonic()
    with pytest.raises(error):
        printer.submit(document, "form", PrintOptions())
    assert time.monotonic() - started < 1.0


def test_500_page_document_gets_the_limit_message(printer: CupsPrinter, tmp_path: Path) -> None:
    document = make_pdf(tmp_path / "long.pdf", pages=500)
    started = time.monotonic()
    with pytest.raises(TooManyPagesError) as raised:
        printer.submit(document, "form", PrintOptions())
    assert time.monotonic() - started < 5.0
    assert raised.value.pages == 500
    assert raised.value.message_key == "print.too_many_pages"
    assert "at most 100" in str(raised.value)


def test_watcher_thread_notices_out_of_paper_while_idle(
    printer: CupsPrinter, faulty_cups: PrivateCups
) -> None:
    seen: list[PrinterStatus] = []
    watcher = printer.watch(seen.append, interval_s=0.5)
    try:
        deadline = time.monotonic() + STATE_TIMEOUT_S
        while not seen and time.monotonic() < deadline:
            time.sleep(POLL_S)
        printer_faults.run_out_of_paper(faulty_cups)
        noticed_by = time.monotonic() + STATE_TIMEOUT_S
        while time.monotonic() < noticed_by and seen[-1].state is not PrinterState.OUT_OF_PAPER:
            time.sleep(POLL_S)
    finally:
        watcher.stop()
    assert seen[-1].state is PrinterState.OUT_OF_PAPER, [s.state for s in seen]
