"""Printing, as the domain sees it: a small typed printer state, print options,
the outcome of each print job, and the errors a resident's screen can explain.

The CUPS adapter (drivers/printer) reads IPP attributes; the rules that turn
`printer-state` and `printer-state-reasons` into a `PrinterState` live here,
as pure functions, so they are tested without a printer and shared by every
adapter. Each state and fault has a message key the UI translates.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

log = logging.getLogger(__name__)

# How often the watcher asks the printer; the issue asks for "out of paper"
# to be noticed within 5 s, also while idle.
STATUS_POLL_INTERVAL_S = 1.0
# A job that is neither waiting for the printer nor finished after this long
# is reported stuck, so staff can clear it.
JOB_STUCK_AFTER_S = 300.0
COPIES_LIMIT = 5  # issue 5: copies 1-5; a station may allow fewer


class PrinterState(enum.Enum):
    """What the printer is doing, in the words a champion's screen uses."""

    READY = "printer.ready"
    PRINTING = "printer.printing"
    LOW_PAPER = "printer.low_paper"
    LOW_TONER = "printer.low_toner"
    OUT_OF_PAPER = "printer.out_of_paper"
    OUT_OF_TONER = "printer.out_of_toner"
    JAMMED = "printer.jammed"
    DOOR_OPEN = "printer.door_open"
    OFFLINE = "printer.offline"
    STOPPED = "printer.stopped"
    UNKNOWN = "printer.unknown"

    @property
    def message_key(self) -> str:
        return self.value

    @property
    def can_print(self) -> bool:
        """Whether a job sent now would print rather than wait."""
        return self in _PRINTABLE


_PRINTABLE = frozenset(
    {PrinterState.READY, PrinterState.PRINTING, PrinterState.LOW_PAPER, PrinterState.LOW_TONER}
)


class Severity(enum.IntEnum):
    """The suffix of a printer-state-reasons keyword (RFC 8011, 5.4.12)."""

    REPORT = 1  # "-report": for information only
    WARNING = 2  # "-warning": the printer still prints
    ERROR = 3  # "-error", or no suffix: the printer cannot print


def split_reason(keyword: str) -> tuple[str, Severity]:
    """`"media-empty-warning"` -> `("media-empty", WARNING)`; no suffix means error."""
    for suffix, severity in (
        ("-report", Severity.REPORT),
        ("-warning", Severity.WARNING),
        ("-error", Severity.ERROR),
    ):
        if keyword.endswith(suffix):
            return keyword[: -len(suffix)], severity
    return keyword, Severity.ERROR


# Reason keywords (RFC 8011 5.4.12, PWG 5100.9) grouped by what they mean here.
_JAM = frozenset({"media-jam", "jam", "input-tray-feed-error", "output-area-full"})
_DOOR = frozenset({"cover-open", "door-open", "interlock-open", "input-tray-missing"})
_NO_PAPER = frozenset({"media-empty", "media-needed"})
_LOW_PAPER = frozenset({"media-low"})
_NO_TONER = frozenset({"toner-empty", "marker-supply-empty", "marker-waste-full"})
_LOW_TONER = frozenset({"toner-low", "marker-supply-low", "marker-waste-almost-full"})
_OFFLINE = frozenset({"offline", "shutdown", "timed-out"})
_PAUSED = frozenset({"paused", "moving-to-paused"})
# Reasons CUPS adds about itself, not about the printer.
_IGNORED = frozenset({"none", "connecting-to-device", "other"})

# IPP printer-state values (RFC 8011, 5.4.11).
IPP_PRINTER_IDLE, IPP_PRINTER_PROCESSING, IPP_PRINTER_STOPPED = 3, 4, 5


def printer_state_from_ipp(
    printer_state: int | None,
    reasons: Iterable[str],
    reachable: bool = True,
    accepting: bool = True,
    tray_levels: Sequence[int] = (),
) -> PrinterState:
    """The one state to show for IPP `printer-state` and `printer-state-reasons`.

    Faults a person must fix come first (jam, door, paper, toner), then a queue
    stopped by staff, then warnings, then what the printer is doing.
    `tray_levels` are sheets per tray from `printer-input-tray` (PWG 5100.13;
    negative: unknown), when the printer says.
    """
    if not reachable:
        return PrinterState.OFFLINE
    found: dict[str, Severity] = {}
    for keyword in reasons:
        base, severity = split_reason(keyword)
        if base in _IGNORED or base.startswith("cups-"):
            continue
        found[base] = max(severity, found.get(base, Severity.REPORT))
    names = set(found)
    if names & _OFFLINE:
        return PrinterState.OFFLINE
    if names & _JAM:
        return PrinterState.JAMMED
    if names & _DOOR:
        return PrinterState.DOOR_OPEN
    if names & _NO_PAPER and _out_of_paper(found, tray_levels):
        return PrinterState.OUT_OF_PAPER
    if names & _NO_TONER:
        return PrinterState.OUT_OF_TONER
    if printer_state == IPP_PRINTER_STOPPED or names & _PAUSED or not accepting:
        return PrinterState.STOPPED
    if names & (_LOW_PAPER | _NO_PAPER):
        return PrinterState.LOW_PAPER
    if names & _LOW_TONER:
        return PrinterState.LOW_TONER
    if any(severity is Severity.ERROR for severity in found.values()):
        return PrinterState.UNKNOWN
    if printer_state == IPP_PRINTER_PROCESSING:
        return PrinterState.PRINTING
    if printer_state == IPP_PRINTER_IDLE:
        return PrinterState.READY
    return PrinterState.UNKNOWN


def _out_of_paper(found: dict[str, Severity], tray_levels: Sequence[int]) -> bool:
    """Whether "media-empty"/"media-needed" mean no paper at all.

    Printers with several trays (ippeveprinter too) say "media-empty-report"
    while idle when any one tray is empty. Once a job needs paper the reason
    becomes -warning or -error. While idle, the tray levels decide.
    """
    if any(found[name] > Severity.REPORT for name in found.keys() & _NO_PAPER):
        return True
    known = [level for level in tray_levels if level >= 0]
    if known:
        return all(level == 0 for level in known)
    return not found.keys() & _LOW_PAPER


@dataclass(frozen=True)
class Supply:
    """One marker or supply the printer reports, e.g. black toner at 75 %."""

    name: str
    level_percent: int | None  # None: the printer does not say


@dataclass(frozen=True)
class PrinterStatus:
    """A snapshot of the printer for the champion's screen and the health check."""

    state: PrinterState
    reasons: tuple[str, ...] = ()
    message: str = ""  # the printer's own words (printer-state-message), for staff
    supplies: tuple[Supply, ...] = ()

    @property
    def message_key(self) -> str:
        return self.state.message_key

    def describe(self) -> str:
        """One line for logs and `kiosk-admin`: no document or resident data in it."""
        text = self.state.name.lower().replace("_", " ")
        if self.reasons:
            text += f" ({', '.join(self.reasons)})"
        if self.message:
            text += f": {self.message}"
        return text


# --- print jobs -------------------------------------------------------------------


@dataclass(frozen=True)
class PrintOptions:
    """How to print one document."""

    copies: int = 1
    duplex: bool = False
    colour: bool = True
    media: Literal["A4", "A5", "letter"] = "A4"
    # "fit": shrink to the paper (forms, receipts); "none": same size (copies).
    scaling: Literal["fit", "none"] = "fit"

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= 99:
            raise ValueError(f"copies must be 1-99, not {self.copies}")


class JobPhase(enum.Enum):
    """Where a print job is. The last four are final."""

    QUEUED = "print.queued"
    PRINTING = "print.printing"
    WAITING = "print.waiting"  # held up by the printer (paper, offline, stopped)
    COMPLETED = "print.completed"
    FAILED = "print.failed"
    CANCELLED = "print.cancelled"
    STUCK = "print.stuck"

    @property
    def finished(self) -> bool:
        return self in (JobPhase.COMPLETED, JobPhase.FAILED, JobPhase.CANCELLED, JobPhase.STUCK)

    @property
    def message_key(self) -> str:
        return self.value


# IPP job-state values (RFC 8011, 5.3.7).
IPP_JOB_PENDING, IPP_JOB_HELD, IPP_JOB_PROCESSING, IPP_JOB_STOPPED = 3, 4, 5, 6
IPP_JOB_CANCELED, IPP_JOB_ABORTED, IPP_JOB_COMPLETED = 7, 8, 9


@dataclass(frozen=True)
class JobStatus:
    job_id: int
    phase: JobPhase
    # Why, in the printer's or CUPS's words (job-state-reasons, job-printer-state-
    # message, printer-state-reasons): for staff, never shown to residents as is.
    reason: str = ""
    printer_state: PrinterState | None = None

    @property
    def finished(self) -> bool:
        return self.phase.finished

    @property
    def message_key(self) -> str:
        if self.phase is JobPhase.WAITING and self.printer_state is not None:
            return self.printer_state.message_key
        return self.phase.message_key


def job_phase_from_ipp(
    job_state: int, job_reasons: Iterable[str], printer: PrinterState
) -> JobPhase:
    """The phase for an IPP job-state, given the printer's state right now."""
    reasons = set(job_reasons)
    if job_state == IPP_JOB_COMPLETED:
        return JobPhase.COMPLETED
    if job_state == IPP_JOB_ABORTED:
        return JobPhase.FAILED
    if job_state == IPP_JOB_CANCELED:
        return JobPhase.CANCELLED
    if job_state == IPP_JOB_STOPPED and "job-completed-with-errors" in reasons:
        # CUPS stops (not aborts) a job whose filters failed and keeps it forever.
        return JobPhase.FAILED
    if job_state in (IPP_JOB_PROCESSING, IPP_JOB_PENDING, IPP_JOB_HELD, IPP_JOB_STOPPED):
        if not printer.can_print or job_state == IPP_JOB_STOPPED:
            return JobPhase.WAITING
        return JobPhase.PRINTING if job_state == IPP_JOB_PROCESSING else JobPhase.QUEUED
    return JobPhase.QUEUED


# --- errors -------------------------------------------------------------------------


class PrintError(Exception):
    """Printing could not start. `message_key` explains it to the resident."""

    message_key = "print.error"


class PrinterUnavailableError(PrintError):
    """The print server or the queue cannot be reached, or refuses jobs."""

    message_key = "print.printer_unavailable"


class DocumentError(PrintError):
    """The document itself cannot be printed."""

    message_key = "print.bad_document"


class NotAPdfError(DocumentError):
    message_key = "print.not_a_pdf"


class EmptyDocumentError(DocumentError):
    message_key = "print.empty_document"


class TooManyPagesError(DocumentError):
    message_key = "print.too_many_pages"

    def __init__(self, pages: int, limit: int) -> None:
        super().__init__(f"the document has {pages} pages; this station prints at most {limit}")
        self.pages = pages
        self.limit = limit


class TooManyCopiesError(PrintError):
    message_key = "print.too_many_copies"

    def __init__(self, copies: int, limit: int) -> None:
        super().__init__(f"{copies} copies asked for; this station prints at most {limit}")
        self.copies = copies
        self.limit = limit


def check_copies(copies: int, limit: int = COPIES_LIMIT) -> int:
    if not 1 <= copies <= limit:
        raise TooManyCopiesError(copies, limit)
    return copies


# --- watching -------------------------------------------------------------------------


class StatusWatcher:
    """Polls `read_status` on its own thread and calls `on_change` when the state changes.

    Never on the GUI thread: a printer that does not answer can take seconds.
    `on_change` runs on the watcher thread; a Qt view-model hands it over with
    a queued signal.
    """

    def __init__(
        self,
        read_status: Callable[[], PrinterStatus],
        on_change: Callable[[PrinterStatus], None],
        interval_s: float = STATUS_POLL_INTERVAL_S,
    ) -> None:
        self._read = read_status
        self._on_change = on_change
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.latest: PrinterStatus | None = None

    def start(self) -> StatusWatcher:
        self._thread = threading.Thread(target=self._run, name="printer-watcher", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                status = self._read()
            except Exception:  # a watcher that dies silently would hide every fault
                log.exception("reading the printer state failed")
                status = PrinterStatus(PrinterState.UNKNOWN, message="could not read the state")
            previous, self.latest = self.latest, status
            if previous is None or (previous.state, previous.reasons) != (
                status.state,
                status.reasons,
            ):
                try:
                    self._on_change(status)
                except Exception:
                    log.exception("printer state listener failed")
            self._stop.wait(self._interval_s)


@dataclass
class JobWaiter:
    """Wait for a job to finish by polling `job_status`; for tools and tests, not the GUI."""

    read: Callable[[int], JobStatus]
    poll_s: float = 0.2
    seen: list[JobStatus] = field(default_factory=list)

    def wait(self, job_id: int, timeout_s: float) -> JobStatus:
        deadline = time.monotonic() + timeout_s
        status = self.read(job_id)
        self.seen.append(status)
        while not status.finished and time.monotonic() < deadline:
            time.sleep(self.poll_s)
            status = self.read(job_id)
            if status != self.seen[-1]:
                self.seen.append(status)
        return status
