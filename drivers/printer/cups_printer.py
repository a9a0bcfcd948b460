"""The station's printer through CUPS (pycups), plus a direct IPP status read.

Three CUPS behaviours shape this adapter:
- With `PreserveJobHistory No` (design section 8) CUPS forgets a job the moment
  it ends: Get-Job-Attributes then answers client-error-not-found, whether the
  job completed or was aborted. So the adapter holds a pull subscription
  (RFC 3995 "ippget") for `job-completed` events on its queue and reads each
  job's final state and reason from there.
- cupsd updates a queue's printer-state-reasons only while its backend runs
  a job. An idle queue says "idle" while the printer has no paper, so
  `status()` also asks the device itself (drivers/printer/ipp_status.py).
- pycups builds a job's printer-uri from the process-wide server (see
  `connect()`).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from drivers.printer.documents import DEFAULT_MAX_PAGES, count_pdf_pages
from drivers.printer.ipp_status import DeviceStatus, DeviceUnreachableError, get_device_status
from kiosk.core.ports import HealthCheck, HealthState
from kiosk.core.printing import (
    IPP_JOB_CANCELED,
    IPP_PRINTER_IDLE,
    IPP_PRINTER_PROCESSING,
    JOB_STUCK_AFTER_S,
    STATUS_POLL_INTERVAL_S,
    JobPhase,
    JobStatus,
    PrinterState,
    PrinterStatus,
    PrinterUnavailableError,
    PrintOptions,
    StatusWatcher,
    Supply,
    job_phase_from_ipp,
    printer_state_from_ipp,
)
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import cups
else:
    cups = lazy_import("cups")  # not before the first frame (kiosk/lazy_import.py)

log = logging.getLogger(__name__)

_CUPS_LOCK = threading.Lock()
_MEDIA = {"A4": "iso_a4_210x297mm", "A5": "iso_a5_148x210mm", "letter": "na_letter_8.5x11in"}
# Long enough for a station's day; renewed (recreated) when CUPS has dropped it.
SUBSCRIPTION_LEASE_S = 86_400
_IPP_NOT_FOUND = 0x0406
_QUEUE_ATTRIBUTES = [
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-is-accepting-jobs",
    "device-uri",
    "marker-names",
    "marker-levels",
]
_JOB_ATTRIBUTES = ["job-state", "job-state-reasons", "job-printer-state-message"]
_SAFE_TITLE = re.compile(r"[^A-Za-z0-9 ._-]")


def connect(server: str | None) -> cups.Connection:
    """A connection to `server` ("host:port", a socket path, or None for the default).

    pycups quirk (reproduced in tests/drivers/printer/test_cups_printer.py):
    `cups.Connection(host=..., port=...)` reaches the server, but printFile()
    then fails with "The printer or class does not exist", because libcups
    builds the job's printer-uri from the process-wide server and port. So the
    process-wide setting is the one to change; a station has one CUPS server.
    """
    with _CUPS_LOCK:
        if server:
            host, sep, port = server.rpartition(":")
            if sep and port.isdigit():
                cups.setServer(host)
                cups.setPort(int(port))
            else:
                cups.setServer(server)  # a socket path or a bare host name
        return cups.Connection()


@dataclass
class _Finished:
    job_state: int
    reasons: str
    text: str


class CupsPrinter:
    """The configured CUPS queue."""

    def __init__(
        self,
        queue: str,
        server: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        stuck_after_s: float = JOB_STUCK_AFTER_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.queue = queue
        self.server = server
        self.max_pages = max_pages
        self.stuck_after_s = stuck_after_s
        self._clock = clock
        self._lock = threading.Lock()
        self._subscription: int | None = None
        self._next_event = 1
        self._finished: dict[int, _Finished] = {}
        self._submitted_at: dict[int, float] = {}

    # -- health and state --------------------------------------------------------
    def check(self) -> HealthCheck:
        where = self.server or "the system CUPS"
        try:
            printers = connect(self.server).getPrinters()
        except (RuntimeError, cups.IPPError) as error:
            return HealthCheck(
                "printer",
                HealthState.FAIL,
                f"cannot reach {where}: {error}",
                "check that cupsd is running ([printer] cups_server in the config)",
            )
        attrs = printers.get(self.queue)
        if attrs is None:
            return HealthCheck(
                "printer",
                HealthState.FAIL,
                f"no queue {self.queue!r} on {where}",
                "add the queue with lpadmin or fix [printer] queue in the config",
            )
        status = self.status()
        detail = f"{self.queue} on {where} is {status.describe()}"
        if status.state.can_print:
            ok = status.state in (PrinterState.READY, PrinterState.PRINTING)
            return HealthCheck("printer", HealthState.OK if ok else HealthState.WARN, detail)
        return HealthCheck("printer", HealthState.WARN, detail, _HINTS.get(status.state, ""))

    def status(self) -> PrinterStatus:
        try:
            attrs = connect(self.server).getPrinterAttributes(
                self.queue, requested_attributes=_QUEUE_ATTRIBUTES
            )
        except RuntimeError as error:
            return PrinterStatus(PrinterState.OFFLINE, message=f"print server: {error}")
        except cups.IPPError as error:
            return PrinterStatus(PrinterState.UNKNOWN, message=f"queue {self.queue}: {error}")
        reasons = [r for r in attrs.get("printer-state-reasons", []) if r != "none"]
        message = attrs.get("printer-state-message", "") or ""
        queue_state = attrs.get("printer-state")
        device, reachable = self._device_status(attrs.get("device-uri", ""))
        tray_levels: tuple[int, ...] = ()
        supplies = _marker_supplies(attrs)
        printer_state = queue_state
        if device is not None:
            reasons += [r for r in device.reasons if r != "none" and r not in reasons]
            tray_levels = device.tray_levels
            supplies = tuple(Supply(n, lvl) for n, lvl in device.supplies) or supplies
            message = message or device.message
            if queue_state == IPP_PRINTER_IDLE and device.printer_state == IPP_PRINTER_PROCESSING:
                printer_state = IPP_PRINTER_PROCESSING
        elif not reachable:
            message = "the printer does not answer"
        state = printer_state_from_ipp(
            printer_state,
            reasons,
            reachable=reachable,
            accepting=bool(attrs.get("printer-is-accepting-jobs", True)),
            tray_levels=tray_levels,
        )
        return PrinterStatus(state, tuple(reasons), message, supplies)

    def watch(
        self,
        on_change: Callable[[PrinterStatus], None],
        interval_s: float = STATUS_POLL_INTERVAL_S,
    ) -> StatusWatcher:
        """Start a thread that calls `on_change` whenever the printer's state changes."""
        return StatusWatcher(self.status, on_change, interval_s).start()

    def _device_status(self, device_uri: str) -> tuple[DeviceStatus | None, bool]:
        if urlsplit(device_uri).scheme not in ("ipp", "ipps"):
            return None, True  # a USB or file device: cupsd's word is all there is
        try:
            return get_device_status(device_uri), True
        except DeviceUnreachableError:
            return None, False

    # -- jobs --------------------------------------------------------------------
    def submit(self, document: Path, title: str, options: PrintOptions) -> int:
        pages = count_pdf_pages(document, self.max_pages)
        try:
            connection = connect(self.server)
            self._ensure_subscription(connection)
            job_id: int = connection.printFile(
                self.queue, str(document), _SAFE_TITLE.sub("", title)[:60] or "kiosk", _ipp(options)
            )
        except cups.IPPError as error:
            raise PrinterUnavailableError(f"CUPS refused the job: {_ipp_text(error)}") from error
        except RuntimeError as error:
            raise PrinterUnavailableError(f"cannot reach the print server: {error}") from error
        with self._lock:
            self._submitted_at[job_id] = self._clock()
        log.info(
            "print job submitted",
            extra={"fields": {"job": job_id, "pages": pages, "copies": options.copies}},
        )
        return job_id

    def job_status(self, job_id: int) -> JobStatus:
        connection = connect(self.server)
        self._collect_events(connection)
        finished = self._finished_job(job_id)
        if finished is not None:
            return finished
        try:
            attrs = connection.getJobAttributes(job_id, requested_attributes=_JOB_ATTRIBUTES)
        except cups.IPPError as error:
            if error.args and error.args[0] != _IPP_NOT_FOUND:
                raise
            # It ended between the two calls: its job-completed event is there now.
            self._collect_events(connection)
            return self._finished_job(job_id) or JobStatus(
                job_id, JobPhase.FAILED, "CUPS has no record of this job"
            )
        printer = self.status()
        job_state = int(attrs.get("job-state", 0))
        reasons = _as_list(attrs.get("job-state-reasons"))
        phase = job_phase_from_ipp(job_state, reasons, printer.state)
        reason = ", ".join(reasons)
        detail = attrs.get("job-printer-state-message") or ""
        if phase is JobPhase.FAILED:
            # A job stopped for filter errors stays in the spool for ever: drop it.
            self.cancel(job_id)
            self._remember(job_id, _Finished(job_state, reason, detail))
            return JobStatus(job_id, phase, f"{reason}: {detail}" if detail else reason)
        if phase is JobPhase.WAITING:
            return JobStatus(job_id, phase, printer.describe(), printer.state)
        started = self._submitted_at.get(job_id)
        if started is not None and self._clock() - started > self.stuck_after_s:
            return JobStatus(
                job_id, JobPhase.STUCK, f"not finished after {self.stuck_after_s:.0f} s"
            )
        return JobStatus(job_id, phase, reason, printer.state)

    def cancel(self, job_id: int) -> None:
        try:
            connect(self.server).cancelJob(job_id, purge_job=True)
        except cups.IPPError as error:
            if error.args and error.args[0] != _IPP_NOT_FOUND:
                raise
        with self._lock:
            self._finished.setdefault(
                job_id, _Finished(IPP_JOB_CANCELED, "job-canceled-at-device", "cancelled")
            )

    def pending_jobs(self) -> list[int]:
        """Jobs on this queue that have not finished (any submitter), oldest first.

        For staff mode's "cancel stuck print jobs"; raises PrinterUnavailableError.
        """
        try:
            # pycups keys the answer by job-id: without "job-id" among the requested
            # attributes it returns {} (seen with pycups 2.0 on CUPS 2.4).
            jobs = connect(self.server).getJobs(
                which_jobs="not-completed", requested_attributes=["job-id", "job-printer-uri"]
            )
        except (RuntimeError, cups.IPPError) as error:
            raise PrinterUnavailableError(f"cannot list the print jobs: {error}") from error
        return sorted(
            job_id
            for job_id, attrs in jobs.items()
            if str(attrs.get("job-printer-uri", "")).rstrip("/").endswith(f"/{self.queue}")
        )

    def _finished_job(self, job_id: int) -> JobStatus | None:
        with self._lock:
            finished = self._finished.get(job_id)
        if finished is None:
            return None
        phase = job_phase_from_ipp(finished.job_state, [finished.reasons], PrinterState.READY)
        reason = finished.reasons
        if finished.text and phase is not JobPhase.COMPLETED:
            reason = f"{reason}: {finished.text}"
        return JobStatus(job_id, phase, reason)

    def _remember(self, job_id: int, finished: _Finished) -> None:
        with self._lock:
            self._finished[job_id] = finished
            self._submitted_at.pop(job_id, None)

    def _ensure_subscription(self, connection: cups.Connection) -> None:
        with self._lock:
            if self._subscription is not None:
                return
            self._subscription = connection.createSubscription(
                f"ipp://localhost/printers/{self.queue}",
                events=["job-completed"],
                lease_duration=SUBSCRIPTION_LEASE_S,
            )
            self._next_event = 1

    def _collect_events(self, connection: cups.Connection) -> None:
        with self._lock:
            subscription, sequence = self._subscription, self._next_event
        if subscription is None:
            return
        try:
            answer = connection.getNotifications([subscription], sequence_numbers=[sequence])
        except cups.IPPError:
            log.warning("printer subscription lost; making a new one")
            with self._lock:
                self._subscription = None
            self._ensure_subscription(connection)
            return
        for event in answer.get("events", []):
            with self._lock:
                self._next_event = max(self._next_event, event["notify-sequence-number"] + 1)
            job_id = event.get("notify-job-id")
            if event.get("notify-subscribed-event") == "job-completed" and job_id:
                self._remember(
                    job_id,
                    _Finished(
                        int(event.get("job-state", 0)),
                        ", ".join(_as_list(event.get("job-state-reasons"))),
                        str(event.get("notify-text", "")),
                    ),
                )


_HINTS = {
    PrinterState.OUT_OF_PAPER: "load A4 paper",
    PrinterState.OUT_OF_TONER: "replace the toner",
    PrinterState.JAMMED: "open the printer and clear the jammed paper",
    PrinterState.DOOR_OPEN: "close the printer's door or cover",
    PrinterState.OFFLINE: "check the printer is on and its cable is in",
    PrinterState.STOPPED: "resume the queue: cupsenable <queue>",
    PrinterState.UNKNOWN: "look at the printer's own display",
}


def _ipp(options: PrintOptions) -> dict[str, str]:
    """CUPS job options (IPP Job Template attributes, PWG 5100.x)."""
    ipp = {
        "copies": str(options.copies),
        "media": _MEDIA[options.media],
        "sides": "two-sided-long-edge" if options.duplex else "one-sided",
        "print-color-mode": "color" if options.colour else "monochrome",
        "print-scaling": options.scaling,
    }
    if options.scaling == "fit":
        ipp["fit-to-page"] = "true"  # what cups-filters' pdftopdf reads
    return ipp


def _marker_supplies(attrs: dict[str, Any]) -> tuple[Supply, ...]:
    names = _as_list(attrs.get("marker-names"))
    levels = _as_list(attrs.get("marker-levels"))
    return tuple(
        Supply(name, int(level) if isinstance(level, int) and level >= 0 else None)
        for name, level in zip(names, levels, strict=False)
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _ipp_text(error: cups.IPPError) -> str:
    return str(error.args[1]) if len(error.args) > 1 else str(error)
