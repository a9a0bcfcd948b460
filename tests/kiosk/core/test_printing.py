"""The printer-state rules, without a printer (kiosk.core.printing)."""

from __future__ import annotations

import pytest

from kiosk.core.printing import (
    JobPhase,
    PrinterState,
    PrintOptions,
    Severity,
    TooManyCopiesError,
    check_copies,
    job_phase_from_ipp,
    printer_state_from_ipp,
    split_reason,
)


@pytest.mark.parametrize(
    ("keyword", "expected"),
    [
        ("media-empty-report", ("media-empty", Severity.REPORT)),
        ("toner-low-warning", ("toner-low", Severity.WARNING)),
        ("media-jam-error", ("media-jam", Severity.ERROR)),
        ("paused", ("paused", Severity.ERROR)),  # no suffix: an error (RFC 8011)
    ],
)
def test_reason_suffixes(keyword: str, expected: tuple[str, Severity]) -> None:
    assert split_reason(keyword) == expected


@pytest.mark.parametrize(
    ("state", "reasons", "trays", "expected"),
    [
        (3, ["none"], (), PrinterState.READY),
        (4, ["cups-waiting-for-job-completed"], (), PrinterState.PRINTING),
        (3, ["media-empty-report"], (0, 0), PrinterState.OUT_OF_PAPER),
        (3, ["media-empty-report"], (250, 0), PrinterState.LOW_PAPER),
        (3, ["media-empty-report"], (), PrinterState.OUT_OF_PAPER),
        (3, ["media-empty-report", "media-low-report"], (), PrinterState.LOW_PAPER),
        (4, ["media-empty-warning", "media-needed-warning"], (250,), PrinterState.OUT_OF_PAPER),
        (3, ["toner-low-report"], (), PrinterState.LOW_TONER),
        (3, ["toner-empty-error"], (), PrinterState.OUT_OF_TONER),
        (4, ["media-jam-error"], (), PrinterState.JAMMED),
        (3, ["cover-open-report"], (), PrinterState.DOOR_OPEN),
        (5, ["paused"], (), PrinterState.STOPPED),
        (5, ["paused", "media-jam-error"], (), PrinterState.JAMMED),
        (3, ["offline-report"], (), PrinterState.OFFLINE),
        (3, ["spool-area-full-error"], (), PrinterState.UNKNOWN),
        (None, [], (), PrinterState.UNKNOWN),
    ],
)
def test_printer_state_from_ipp(
    state: int | None, reasons: list[str], trays: tuple[int, ...], expected: PrinterState
) -> None:
    assert printer_state_from_ipp(state, reasons, tray_levels=trays) is expected


def test_unreachable_printer_is_offline_whatever_it_said() -> None:
    assert printer_state_from_ipp(3, ["none"], reachable=False) is PrinterState.OFFLINE


def test_queue_not_accepting_jobs_is_stopped() -> None:
    assert printer_state_from_ipp(3, [], accepting=False) is PrinterState.STOPPED


@pytest.mark.parametrize(
    ("job_state", "reasons", "printer", "expected"),
    [
        (9, ["job-completed-successfully"], PrinterState.READY, JobPhase.COMPLETED),
        (8, ["aborted-by-system"], PrinterState.READY, JobPhase.FAILED),
        (7, ["job-canceled-by-user"], PrinterState.READY, JobPhase.CANCELLED),
        (6, ["job-completed-with-errors"], PrinterState.READY, JobPhase.FAILED),
        (5, ["job-printing"], PrinterState.OUT_OF_PAPER, JobPhase.WAITING),
        (5, ["job-printing"], PrinterState.PRINTING, JobPhase.PRINTING),
        (3, ["none"], PrinterState.STOPPED, JobPhase.WAITING),
        (3, ["none"], PrinterState.READY, JobPhase.QUEUED),
    ],
)
def test_job_phase_from_ipp(
    job_state: int, reasons: list[str], printer: PrinterState, expected: JobPhase
) -> None:
    assert job_phase_from_ipp(job_state, reasons, printer) is expected


def test_copies_outside_the_station_limit_are_refused() -> None:
    assert check_copies(5, limit=5) == 5
    with pytest.raises(TooManyCopiesError):
        check_copies(6, limit=5)
    with pytest.raises(ValueError):
        PrintOptions(copies=0)


def test_every_state_has_a_message_key() -> None:
    assert all(s.message_key.startswith("printer.") for s in PrinterState)
