"""The station's health, checked on a background thread and read without waiting.

Fleet metrics, `/healthz` and staff mode's health screen all want to know
whether the scanner and printer answer. Asking the devices is slow (SANE
re-enumerates the USB bus; an unplugged printer takes seconds to time out)
and a scan holds the scanner, so one `StationMonitor` thread asks them every
`interval_s` and everyone else reads its latest `StationSnapshot`.

`not_ready_reasons` is the rule for "can this station serve residents now":
a scanner that is found, a printer that can print, an outbox that is there,
and a station not taken out of service by a champion.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from kiosk.core.ports import HealthCheck, HealthState, Printer, Scanner
from kiosk.core.printing import PrinterStatus
from kiosk.core.sending import Outbox, OutboxStats

log = logging.getLogger(__name__)

MONITOR_INTERVAL_S: Final = 60.0


@dataclass(frozen=True)
class StationSnapshot:
    """What the monitor last saw; None for a part not checked yet (or not there)."""

    scanner: HealthCheck | None = None
    printer: PrinterStatus | None = None
    checked_at_s: float | None = None  # the monitor's clock, None before the first check


SnapshotListener = Callable[[StationSnapshot], None]


class StationMonitor:
    """Checks the scanner and printer on its own thread; `snapshot()` never blocks on them."""

    def __init__(
        self,
        scanner: Scanner | None,
        printer: Printer | None,
        interval_s: float = MONITOR_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
        idle: Callable[[], bool] = lambda: True,
    ) -> None:
        self._scanner = scanner
        self._idle = idle
        self._printer = printer
        self._interval_s = interval_s
        self.clock = clock
        self._latest = StationSnapshot()
        self._lock = threading.Lock()
        self._listeners: list[SnapshotListener] = []
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def subscribe(self, listener: SnapshotListener) -> None:
        """Hear each new snapshot (on the monitor's thread)."""
        self._listeners.append(listener)

    def snapshot(self) -> StationSnapshot:
        with self._lock:
            return self._latest

    def check_now(self) -> StationSnapshot:
        """Ask the devices in this thread (never the GUI thread) and keep the answer.

        The scanner is asked only while `idle()` (no resident mid-journey): finding
        it re-enumerates SANE's devices, which would make a resident's scan wait.
        """
        previous = self.snapshot()
        if self._idle() or previous.scanner is None:
            scanner = _scanner_check(self._scanner)
        else:
            scanner = previous.scanner
        printer = _printer_status(self._printer)
        snapshot = StationSnapshot(scanner, printer, self.clock())
        with self._lock:
            self._latest = snapshot
        for listener in list(self._listeners):
            listener(snapshot)
        return snapshot

    def refresh(self) -> None:
        """Check again soon, without waiting for the interval (e.g. after a reset)."""
        self._wake.set()

    def start(self) -> StationMonitor:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="station-monitor", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.check_now()
            except Exception:  # a monitor that dies silently would hide every fault
                log.exception("station check failed")
            self._wake.wait(self._interval_s)
            self._wake.clear()


def _scanner_check(scanner: Scanner | None) -> HealthCheck:
    if scanner is None:
        return HealthCheck("scanner", HealthState.FAIL, "no scanner configured")
    try:
        return scanner.check()
    except Exception as error:  # a driver bug must not stop the monitor
        return HealthCheck("scanner", HealthState.FAIL, f"check failed: {error}")


def _printer_status(printer: Printer | None) -> PrinterStatus | None:
    return printer.status() if printer is not None else None


def outbox_stats(outbox: Outbox | None) -> tuple[OutboxStats | None, str]:
    """The outbox's stats, or None and why they cannot be read."""
    if outbox is None:
        return None, "the outbox is not available (see the log: key or folder)"
    try:
        return outbox.stats(), ""
    except Exception as error:  # e.g. sqlite3.OperationalError on a broken disk
        return None, f"the outbox cannot be read: {type(error).__name__}"


def not_ready_reasons(
    snapshot: StationSnapshot,
    outbox: Outbox | None,
    out_of_service: Callable[[], bool],
) -> list[str]:
    """Why the station cannot serve residents now; empty when it can."""
    reasons: list[str] = []
    if out_of_service():
        reasons.append("out of service: a champion has taken the station out of service")
    if snapshot.checked_at_s is None:
        reasons.append("starting: the scanner and printer have not been checked yet")
    else:
        if snapshot.scanner is None or snapshot.scanner.state is HealthState.FAIL:
            detail = snapshot.scanner.detail if snapshot.scanner else "not checked"
            reasons.append(f"scanner missing: {detail}")
        if snapshot.printer is None:
            reasons.append("printer down: no printer configured")
        elif not snapshot.printer.state.can_print:
            reasons.append(f"printer down: {snapshot.printer.describe()}")
    _, outbox_problem = outbox_stats(outbox)
    if outbox_problem:
        reasons.append(f"outbox unavailable: {outbox_problem}")
    return reasons
