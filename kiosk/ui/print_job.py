"""One print job as a resident sees it: sent, printing, done, or held up and why.

Forms, copies and receipts all print this way. `start(work)` runs `work` off
the GUI thread (it submits the job and answers its CUPS job id, or raises a
PrintError / ScanError), then follows the job through the Printer port until
it finishes, reporting each change on the GUI thread. A job held up by the
printer (no paper, a door open) keeps being followed: when staff fix the
printer it prints and the screen says so, without the resident doing anything.

`cancel_unfinished()` is for the end of a session: a copy or a receipt held
up by the printer must not come out later, for the next person. A job the
printer is already printing is left to finish: it is seconds from the tray.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.ports import Printer
from kiosk.core.printing import JobPhase, JobStatus, PrintError, PrinterState
from kiosk.core.scanning import ScanError
from kiosk.ui.background import Background

log = logging.getLogger(__name__)

POLL_S = 0.25
FOLLOW_S = 15 * 60.0  # after this a held-up job is left to staff


class Phase(enum.Enum):
    IDLE = "idle"
    WORKING = "working"  # scanning (copy) or handing the document to the printer
    PRINTING = "printing"
    DONE = "done"
    HELD_UP = "held_up"  # the printer needs a person; the job waits in the queue
    FAILED = "failed"


class PrintJobTracker(QObject):
    changed = Signal()

    def __init__(
        self,
        printer: Printer | None,
        background: Background,
        parent: QObject | None = None,
        poll_s: float = POLL_S,
        follow_s: float = FOLLOW_S,
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self._background = background
        self._poll_s = poll_s
        self._follow_s = follow_s
        self._phase = Phase.IDLE
        self._message = ""
        self._job_id: int | None = None
        self._stop = threading.Event()
        self._run = 0  # which start() the reports belong to

    # --- what the screens bind to -------------------------------------------------------
    @Property(str, notify=changed)
    def phase(self) -> str:
        return self._phase.value

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._phase in (Phase.WORKING, Phase.PRINTING, Phase.HELD_UP)

    @property
    def job_id(self) -> int | None:
        return self._job_id

    # --- intents ----------------------------------------------------------------------------
    def start(self, work: Callable[[], int], working_message: str) -> None:
        """Run `work` (submit a job, answer its id) and follow the job."""
        if self.printer is None:
            self._set(Phase.FAILED, self._printer_message(PrinterState.OFFLINE))
            return
        self._run += 1
        run, stop = self._run, threading.Event()
        self._stop = stop
        self._job_id = None
        self._set(Phase.WORKING, working_message)
        printer = self.printer

        def follow() -> JobStatus:  # on a worker thread
            job_id = work()
            self._background.post(lambda: self._submitted(run, job_id))
            deadline = time.monotonic() + self._follow_s
            last: JobStatus | None = None
            while True:
                status = printer.job_status(job_id)
                if status != last:
                    last = status
                    self._background.post(lambda s=status: self._report(run, s))
                if status.finished or stop.is_set() or time.monotonic() > deadline:
                    return status
                stop.wait(self._poll_s)

        self._background.run(
            "print job",
            follow,
            lambda status: self._report(run, status),
            lambda error: self._crashed(run, error),
        )

    @Slot()
    def reset(self) -> None:
        """Back to idle for the next job (stops following the last one)."""
        self._stop.set()
        self._run += 1
        self._job_id = None
        self._set(Phase.IDLE, "")

    def cancel_unfinished(self) -> None:
        """Stop following, and cancel the job if the printer is holding it (session ended)."""
        job_id, phase = self._job_id, self._phase
        self.reset()
        if job_id is not None and phase is Phase.HELD_UP:
            printer = self.printer
            assert printer is not None
            log.info("unprinted job cancelled at session end", extra={"fields": {"job": job_id}})
            self._background.run("cancel job", lambda: printer.cancel(job_id), _ok, _log_failure)

    # --- reports, on the GUI thread -------------------------------------------------------
    def _submitted(self, run: int, job_id: int) -> None:
        if run == self._run:
            self._job_id = job_id

    def _report(self, run: int, status: JobStatus) -> None:
        if run != self._run:
            return
        phase = status.phase
        if phase is JobPhase.COMPLETED:
            self._set(Phase.DONE, "")
        elif phase is JobPhase.WAITING:
            state = status.printer_state or PrinterState.UNKNOWN
            self._set(Phase.HELD_UP, self._printer_message(state))
        elif phase.finished:
            log.info("print job ended unprinted", extra={"fields": {"phase": phase.name}})
            self._set(Phase.FAILED, self._failed_message())
        else:
            self._set(Phase.PRINTING, self.tr("Printing. Please wait."))

    def _crashed(self, run: int, error: Exception) -> None:
        if run != self._run:
            return
        if isinstance(error, ScanError):
            return  # the copy screen says what the scanner needs; nothing was printed
        if isinstance(error, PrintError):
            log.info("print refused", extra={"fields": {"why": error.message_key}})
        self._set(Phase.FAILED, self._failed_message())

    def _set(self, phase: Phase, message: str) -> None:
        self._phase, self._message = phase, message
        self.changed.emit()

    # --- words for residents --------------------------------------------------------------
    def _printer_message(self, state: PrinterState) -> str:
        staff = self.tr("Please ask a member of staff for help.")
        messages = {
            PrinterState.OUT_OF_PAPER: self.tr(
                "The printer has run out of paper. Please ask a member of staff to add paper. "
                "Your pages will print then."
            ),
            PrinterState.OUT_OF_TONER: self.tr("The printer has run out of ink.") + " " + staff,
            PrinterState.JAMMED: self.tr("Paper is stuck in the printer.") + " " + staff,
            PrinterState.DOOR_OPEN: self.tr("A door on the printer is open.") + " " + staff,
        }
        return messages.get(state, self.tr("The printer is not working.") + " " + staff)

    def _failed_message(self) -> str:
        return self.tr("Your pages could not be printed. Please ask a member of staff for help.")


def _ok(_: object) -> None:
    pass


def _log_failure(error: Exception) -> None:
    log.warning("could not cancel a print job: %s", type(error).__name__)
