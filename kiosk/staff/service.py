"""What a signed-in champion can see and do: the logic behind the staff screens.

Qt-free; the staff view-models only call these methods and show the results.
Slow methods (marked) talk to devices or the network: the view-models run
them off the GUI thread. Methods that touch the resident's journey
(`end_session`, `reset_station`) run on the GUI thread, like every journey call.

Every sign-in, sign-out and action is written to the audit log with the
champion's name. Nothing a resident typed or scanned goes into a result or the
audit log: counts, states, job numbers and kiosk references only.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Protocol, runtime_checkable

from kiosk.core.help import HelpDesk, HelpRequest
from kiosk.core.journey import Journey, State
from kiosk.core.ports import BackOffice, Clock, HealthCheck, HealthState, Printer, Scanner
from kiosk.core.printing import (
    JobPhase,
    JobWaiter,
    PrintError,
    PrinterState,
    PrinterStatus,
    PrintOptions,
)
from kiosk.core.scanning import ColourMode, PaperSource, RawPage, ScanError, ScanSettings
from kiosk.core.sending import EntryState, OutboxStats
from kiosk.core.training import TrainingMode, TrainingUnavailableError
from kiosk.staff.last_error import LastErrorHandler
from kiosk.staff.out_of_service import OutOfService
from kiosk.staff.setup import StaffRecords
from kiosk.staff.signin import SignInResult

log = logging.getLogger(__name__)

STAFF_IDLE_TIMEOUT_S: Final = 120.0  # issue 7: staff mode ends after 2 minutes idle
TEST_PRINT_WAIT_S: Final = 60.0
DISK_WARN_BYTES: Final = 1 << 30  # below 1 GiB free: a champion should call IT
DISK_FAIL_BYTES: Final = 200 << 20  # below 200 MiB the outbox may not take a submission
SESSION_FOLDER_PREFIX: Final = "kiosk-session-"  # kiosk.documents.pages.PageStore's folders
# A quick page: enough to show the scanner works, little to wait for.
TEST_SCAN_SETTINGS: Final = ScanSettings(ColourMode.GREY, 150, PaperSource.FLATBED)


@runtime_checkable
class StaffOutbox(Protocol):
    """The outbox as staff see it (kiosk.outbox.FileOutbox fits)."""

    def stats(self) -> OutboxStats: ...
    def retry_all_parked(self, actor: str = "staff") -> list[str]: ...


@runtime_checkable
class PrintQueue(Protocol):
    """The printer's queue (drivers.printer.CupsPrinter fits)."""

    def pending_jobs(self) -> list[int]: ...
    def cancel(self, job_id: int) -> None: ...


@dataclass(frozen=True)
class StationParts:
    """The devices and queues staff mode looks after; any may be missing."""

    scanner: Scanner | None = None
    printer: Printer | None = None
    print_queue: PrintQueue | None = None
    outbox: StaffOutbox | None = None
    backoffice: BackOffice | None = None
    # One check per service endpoint (reachable or not); none: only backoffice.check().
    endpoint_checks: Callable[[], list[HealthCheck]] | None = None
    disk_path: Path | None = None  # where the outbox keeps submissions
    pages_root: Path | None = None  # where sessions keep their pages (None: the temp folder)
    # The test page as PDF bytes, given the printer's state (kiosk.printing.test_page).
    test_page: Callable[[PrinterStatus], bytes] | None = None


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    message: str  # for the champion: what happened, and what to do if it failed


class NotSignedInError(RuntimeError):
    """A staff action without a signed-in champion (a bug in a screen)."""


@dataclass
class StaffService:
    records: StaffRecords
    journey: Journey
    help_desk: HelpDesk
    parts: StationParts
    clock: Clock
    idle_timeout_s: float = STAFF_IDLE_TIMEOUT_S
    last_error: LastErrorHandler | None = None
    test_print_wait_s: float = TEST_PRINT_WAIT_S
    training: TrainingMode | None = None
    champion: str | None = field(default=None, init=False)
    _last_touch_s: float = field(default=0.0, init=False)

    # --- signing in and out --------------------------------------------------------
    def unavailable_reason(self) -> str | None:
        return self.records.sign_in.unavailable_reason()

    def sign_in(self, pin: str) -> SignInResult:
        """Slow (argon2id, on purpose)."""
        result = self.records.sign_in.sign_in(pin)
        if result.signed_in:
            self.champion = result.champion
            self.touched()
        return result

    def sign_out(self, reason: str) -> None:
        """`reason`: "exit" (the champion tapped Exit) or "idle"."""
        if self.champion is None:
            return
        self.records.audit.record("staff.sign_out", champion=self.champion, outcome=reason)
        self.champion = None

    def touched(self) -> None:
        self._last_touch_s = self.clock.monotonic_s()

    def idle_expired(self) -> bool:
        return (
            self.champion is not None
            and self.clock.monotonic_s() - self._last_touch_s >= self.idle_timeout_s
        )

    def idle_seconds_left(self) -> float:
        return max(0.0, self._last_touch_s + self.idle_timeout_s - self.clock.monotonic_s())

    # --- station health (slow) ---------------------------------------------------------
    def health(self) -> list[HealthCheck]:
        """One line per part: scanner, printer, outbox, endpoints, disk, audit, last error."""
        parts = self.parts
        checks: list[HealthCheck] = [self._service_line()]
        if self.training_active():
            checks.append(
                HealthCheck(
                    "training",
                    HealthState.WARN,
                    "training mode is on: what is sent goes to the sandbox, marked as training",
                    "end training under Actions before residents use the station",
                )
            )
        checks.append(
            parts.scanner.check()
            if parts.scanner is not None
            else HealthCheck("scanner", HealthState.FAIL, "no scanner configured")
        )
        checks.append(self._printer_health())
        checks.append(self._outbox_health())
        checks.extend(self._backoffice_health())
        checks.append(self._disk_health())
        audit_problem = self.records.audit.problem
        checks.append(
            HealthCheck(
                "audit log",
                HealthState.FAIL if audit_problem else HealthState.OK,
                audit_problem or f"writing to {self.records.audit.directory}",
                "ask IT to fix the folder's owner or free space" if audit_problem else "",
            )
        )
        checks.append(self._last_error_line())
        return checks

    def _service_line(self) -> HealthCheck:
        current = self.out_of_service()
        if current is None:
            return HealthCheck("station", HealthState.OK, "in service")
        since = current.since.astimezone().strftime("%d %b %H:%M")
        who = f" by {current.champion}" if current.champion else ""
        return HealthCheck(
            "station",
            HealthState.WARN,
            f"out of service since {since}{who}: {current.message}",
            "put it back in service under Actions when it works again",
        )

    def _printer_health(self) -> HealthCheck:
        printer = self.parts.printer
        if printer is None:
            return HealthCheck("printer", HealthState.FAIL, "no printer configured")
        status = printer.status()
        detail = status.describe()
        if status.supplies:
            detail += "; " + ", ".join(
                f"{s.name} {s.level_percent} %" if s.level_percent is not None else s.name
                for s in status.supplies
            )
        if status.state in (PrinterState.READY, PrinterState.PRINTING):
            state = HealthState.OK
        elif status.state.can_print:
            state = HealthState.WARN
        else:
            state = HealthState.FAIL
        return HealthCheck("printer", state, detail, _PRINTER_HINTS.get(status.state, ""))

    def _outbox_health(self) -> HealthCheck:
        outbox = self.parts.outbox
        if outbox is None:
            return HealthCheck(
                "outbox",
                HealthState.FAIL,
                "not available: documents cannot be sent",
                "ask IT: the outbox key or folder is missing (see the system log)",
            )
        stats = outbox.stats()
        parked = stats.by_state.get(EntryState.PARKED, 0)
        oldest = "-" if stats.oldest_age_s is None else _age(stats.oldest_age_s)
        detail = f"{stats.depth} waiting, oldest {oldest}, {parked} parked"
        if parked:
            return HealthCheck(
                "outbox", HealthState.WARN, detail, "the back office refused some: retry them"
            )
        if stats.oldest_age_s is not None and stats.oldest_age_s > 3600:
            return HealthCheck(
                "outbox", HealthState.WARN, detail, "sending is slow: check the network"
            )
        return HealthCheck("outbox", HealthState.OK, detail)

    def _backoffice_health(self) -> list[HealthCheck]:
        checks = []
        if self.parts.backoffice is not None:
            checks.append(self.parts.backoffice.check())
        if self.parts.endpoint_checks is not None:
            checks.extend(self.parts.endpoint_checks())
        if not checks:
            checks.append(HealthCheck("back office", HealthState.FAIL, "not configured"))
        return checks

    def _disk_health(self) -> HealthCheck:
        path = self.parts.disk_path or Path(tempfile.gettempdir())
        while not path.exists() and path != path.parent:
            path = path.parent
        try:
            free = shutil.disk_usage(path).free
        except OSError as error:
            return HealthCheck("disk", HealthState.FAIL, f"{path}: {error.strerror}")
        detail = f"{_size(free)} free at {path}"
        if free < DISK_FAIL_BYTES:
            return HealthCheck("disk", HealthState.FAIL, detail, "ask IT to free space")
        if free < DISK_WARN_BYTES:
            return HealthCheck("disk", HealthState.WARN, detail, "ask IT to free space")
        return HealthCheck("disk", HealthState.OK, detail)

    def _last_error_line(self) -> HealthCheck:
        last = self.last_error.last if self.last_error is not None else None
        if last is None:
            return HealthCheck("last error", HealthState.OK, "none since the station started")
        when = last.at.astimezone().strftime("%H:%M:%S")
        return HealthCheck("last error", HealthState.WARN, f"{when} {last.source}: {last.message}")

    # --- help requests ---------------------------------------------------------------
    def help_requests(self) -> list[HelpRequest]:
        return self.help_desk.waiting()

    def answer_help(self, request_id: int) -> ActionResult:
        self._champion()
        request = self.help_desk.answer(request_id)
        if request is None:
            return ActionResult(False, "That request is no longer there.")
        self._audit("answer_help", True, help_id=request_id, screen=request.screen)
        return ActionResult(True, "Marked as answered.")

    # --- actions ---------------------------------------------------------------------
    def end_session(self) -> ActionResult:
        """GUI thread. Ends the resident's session the way "Start again" does (wiped)."""
        self._champion()
        ended = self._end_running_session()
        self._audit("end_session", True, ended=ended)
        if not ended:
            return ActionResult(True, "No session was running.")
        return ActionResult(True, "The session has ended and its data is wiped.")

    def reset_station(self) -> ActionResult:
        """GUI thread: end the session and wipe every session folder left behind.

        Then call `reconnect_devices` off the GUI thread.
        """
        self._champion()
        ended = self._end_running_session()
        removed = self._wipe_session_folders()
        self._audit("reset_station", True, ended_session=ended, folders_wiped=removed)
        return ActionResult(True, f"Session data wiped ({removed} folder(s)).")

    def reconnect_devices(self) -> ActionResult:
        """Slow: look for the scanner afresh and reconnect to the printer."""
        self._champion()
        lines = []
        ok = True
        for check in (
            self.parts.scanner.check() if self.parts.scanner else None,
            self.parts.printer.check() if self.parts.printer else None,
        ):
            if check is None:
                continue
            ok = ok and check.state is not HealthState.FAIL
            lines.append(f"{check.name}: {check.state.value} {check.detail}")
        self._audit("reconnect_devices", ok, **{line.split(":")[0]: line for line in lines})
        return ActionResult(ok, "\n".join(lines) or "No devices configured.")

    def put_out_of_service(self, message: str) -> ActionResult:
        champion = self._champion()
        try:
            state = self.records.out_of_service.put(message, champion)
        except OSError as error:
            self._audit("out_of_service", False, reason=error.strerror)
            return ActionResult(
                False, f"Could not save it ({error.strerror}); the station stays in service."
            )
        self.records.audit.record(
            "station.out_of_service", champion=champion, outcome="ok", message=state.message
        )
        return ActionResult(True, "The station is out of service.")

    def back_in_service(self) -> ActionResult:
        champion = self._champion()
        try:
            self.records.out_of_service.clear()
        except OSError as error:
            self._audit("in_service", False, reason=error.strerror)
            return ActionResult(False, f"Could not change it ({error.strerror}).")
        self.records.audit.record("station.in_service", champion=champion, outcome="ok")
        return ActionResult(True, "The station is back in service.")

    def out_of_service(self) -> OutOfService | None:
        return self.records.out_of_service.current()

    # --- training mode ---------------------------------------------------------------
    def training_available(self) -> bool:
        """Whether the config names a sandbox endpoint, so training can be switched on."""
        return self.training is not None and self.training.available

    def training_active(self) -> bool:
        return self.training is not None and self.training.active

    def start_training(self) -> ActionResult:
        """GUI thread. End the resident's session, then send to the sandbox only.

        The session ends first because the switch is read when a submission is
        stored (kiosk.core.training): a resident's real documents must never go
        to the sandbox, nor a trainee's practice to a live service.
        """
        champion = self._champion()
        if not self.training_available():
            return self._done("training_on", False, _NO_SANDBOX, ended_session=False)
        assert self.training is not None
        ended = self._end_running_session()
        try:
            self.training.turn_on(actor=champion)
        except TrainingUnavailableError:  # only if `available` changed under us
            return self._done("training_on", False, _NO_SANDBOX, ended_session=ended)
        return self._done(
            "training_on",
            True,
            "Training mode is on. What is sent now goes to the sandbox, marked as training, "
            "and is not counted. End training before residents use the station.",
            ended_session=ended,
        )

    def stop_training(self) -> ActionResult:
        """GUI thread. End the practice session, then send to the live services again."""
        champion = self._champion()
        if not self.training_active():
            return self._done(
                "training_off", True, "Training mode was not on.", ended_session=False
            )
        assert self.training is not None
        ended = self._end_running_session()
        self.training.turn_off(actor=champion)
        return self._done(
            "training_off",
            True,
            "Training mode is off. What residents send goes to the live services again.",
            ended_session=ended,
        )

    def _end_running_session(self) -> bool:
        """End the resident's session as "Start again" does (wiped); False if none ran."""
        if self.journey.state is State.ATTRACT:
            return False
        self.journey.start_again()
        return True

    def test_scan(self) -> ActionResult:
        """Slow: scan one page with the real scanner and keep nothing."""
        self._champion()
        scanner = self.parts.scanner
        if scanner is None:
            return self._done("test_scan", False, "No scanner is configured.")
        pages: list[tuple[int, int]] = []

        def on_page(page: RawPage) -> None:
            pages.append(page.image.size)

        started = time.monotonic()
        try:
            scanner.scan(TEST_SCAN_SETTINGS, on_page)
        except ScanError as error:
            fault = error.fault.name.lower().replace("_", " ")
            return self._done("test_scan", False, f"The scan stopped: {fault}.", fault=fault)
        took = time.monotonic() - started
        if not pages:
            return self._done("test_scan", False, "The scanner gave no page.")
        width, height = pages[0]
        return self._done(
            "test_scan",
            True,
            f"Scanned {len(pages)} page ({width} x {height} px) in {took:.1f} s. Nothing was kept.",
            pages=len(pages),
        )

    def test_print(self) -> ActionResult:
        """Slow: print a test page and wait (up to test_print_wait_s) for it."""
        self._champion()
        printer, make_page = self.parts.printer, self.parts.test_page
        if printer is None or make_page is None:
            return self._done("test_print", False, "No printer is configured.")
        status = printer.status()
        pdf = make_page(status)
        with tempfile.TemporaryDirectory(prefix="kiosk-test-print-") as folder:
            page = Path(folder) / "test-page.pdf"
            page.write_bytes(pdf)
            try:
                job_id = printer.submit(page, "test-page", PrintOptions())
            except PrintError as error:
                return self._done("test_print", False, f"The printer refused it: {error}")
            result = JobWaiter(printer.job_status).wait(job_id, self.test_print_wait_s)
        if result.phase is JobPhase.COMPLETED:
            return self._done("test_print", True, f"Test page printed (job {job_id}).", job=job_id)
        if not result.finished:
            return self._done(
                "test_print",
                False,
                f"Job {job_id} has not printed after {self.test_print_wait_s:.0f} s: "
                f"{status.describe()}. Cancel stuck jobs if it does not come.",
                job=job_id,
            )
        return self._done(
            "test_print",
            False,
            f"Job {job_id} did not print: {result.phase.name.lower()} {result.reason}".rstrip(),
            job=job_id,
        )

    def cancel_stuck_jobs(self) -> ActionResult:
        """Slow: cancel every unfinished job on the station's print queue."""
        self._champion()
        queue = self.parts.print_queue
        if queue is None:
            return self._done("cancel_print_jobs", False, "No printer is configured.")
        try:
            jobs = queue.pending_jobs()
            for job_id in jobs:
                queue.cancel(job_id)
        except PrintError as error:
            return self._done("cancel_print_jobs", False, f"Could not cancel: {error}")
        except Exception as error:  # pycups raises its own IPPError: still a clear message
            return self._done("cancel_print_jobs", False, f"Could not cancel: {error}")
        if not jobs:
            return self._done("cancel_print_jobs", True, "No print jobs were waiting.", jobs=0)
        return self._done(
            "cancel_print_jobs", True, f"Cancelled {len(jobs)} print job(s).", jobs=jobs
        )

    def retry_parked(self) -> ActionResult:
        """Send every parked submission again."""
        champion = self._champion()
        outbox = self.parts.outbox
        if outbox is None:
            return self._done("retry_parked", False, "The outbox is not available.")
        references = outbox.retry_all_parked(actor=champion)
        if not references:
            return self._done("retry_parked", True, "Nothing was parked.", count=0)
        return self._done(
            "retry_parked",
            True,
            f"{len(references)} parked submission(s) will be sent again.",
            references=references,
        )

    # --- helpers -----------------------------------------------------------------------
    def _champion(self) -> str:
        if self.champion is None:
            raise NotSignedInError("no champion is signed in")
        return self.champion

    def _audit(self, action: str, ok: bool, **detail: object) -> None:
        self.records.audit.record(
            "staff.action",
            champion=self.champion,
            outcome="ok" if ok else "failed",
            action=action,
            **detail,
        )

    def _done(self, action: str, ok: bool, message: str, **detail: object) -> ActionResult:
        self._audit(action, ok, **detail)
        return ActionResult(ok, message)

    def _wipe_session_folders(self) -> int:
        root = self.parts.pages_root or Path(tempfile.gettempdir())
        removed = 0
        try:
            folders = [p for p in root.iterdir() if p.name.startswith(SESSION_FOLDER_PREFIX)]
        except OSError:
            return 0
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
        return removed


_NO_SANDBOX: Final = (
    "Training mode needs a sandbox endpoint. Ask IT to set [training] endpoint "
    "in the station config."
)

_PRINTER_HINTS = {
    PrinterState.OUT_OF_PAPER: "load A4 paper",
    PrinterState.OUT_OF_TONER: "replace the toner",
    PrinterState.JAMMED: "open the printer and clear the jammed paper",
    PrinterState.DOOR_OPEN: "close the printer's door or cover",
    PrinterState.OFFLINE: "check the printer is on and its cable is in",
    PrinterState.STOPPED: "ask IT to resume the print queue",
}


def _age(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _size(free: int) -> str:
    return f"{free / (1 << 30):.1f} GB" if free >= 1 << 30 else f"{free / (1 << 20):.0f} MB"
