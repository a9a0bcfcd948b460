"""The station's scanner through SANE, as the kiosk uses it.

libsane runs in a worker process (sane_worker.py says why); this is the
kiosk's side of it. It asks the worker to scan, turns what comes back into
pages and progress, and guards against a scanner that stops answering:

- A scan that reports nothing (no progress, no page) for `stall_after_s`
  ([scanner] stall_after_s, 30 s by default) is cancelled, as "Cancel" would.
- If the worker has not answered CANCEL_GRACE_S after that (sane_cancel()
  could not wake a blocked sane_read()), the worker is killed.
Either way the scan ends with ScanFault.STALLED; the pages read before it have
already gone to `on_page`, so they are kept; and the next scan works: a killed
worker is replaced by a fresh one, which opens the scanner again.

Runs in whatever thread calls it (never the GUI thread: the UI and the admin
tools call it from a worker thread). Safe to use from several threads: one
request at a time per SANE configuration, as libsane allows.
"""

from __future__ import annotations

import atexit
import functools
import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from drivers.scanner.sane_device import SaneDevice
from drivers.scanner.sane_worker import WorkerGone, WorkerProcess
from drivers.scanner.shared_pages import GiveBack, map_page
from kiosk.core.ports import HealthCheck, HealthState
from kiosk.core.scanning import (
    STALL_AFTER_S,
    OnPage,
    OnProgress,
    RawPage,
    ScanError,
    ScanFault,
    ScanProgress,
    ScanSettings,
)
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    from PIL import Image
else:
    Image = lazy_import("PIL.Image")  # with the first page scanned (kiosk/lazy_import.py)

log = logging.getLogger(__name__)

# After a stalled scan is cancelled: how long the worker may take to say so
# before it is killed. A backend that honours sane_cancel() answers within
# CANCEL_WITHIN_S (kiosk.core.scanning); this leaves room for a loaded machine.
CANCEL_GRACE_S = 3.0
_POLL_S = 0.05

_WORKERS: dict[Path | None, WorkerProcess] = {}
_WORKERS_LOCK = threading.Lock()


def _worker_for(sane_config_dir: Path | None) -> WorkerProcess:
    """One worker per SANE configuration folder, shared by every SaneScanner using it."""
    with _WORKERS_LOCK:
        if sane_config_dir not in _WORKERS:
            _WORKERS[sane_config_dir] = WorkerProcess(sane_config_dir)
        return _WORKERS[sane_config_dir]


@atexit.register
def _stop_workers() -> None:
    for worker in list(_WORKERS.values()):
        worker.stop()


class SaneScanner:
    """Finds the configured scanner among SANE's devices and scans with it."""

    def __init__(
        self,
        device_pattern: str,
        sane_config_dir: Path | None = None,
        stall_after_s: float = STALL_AFTER_S,
    ) -> None:
        self.device_pattern = device_pattern
        self.sane_config_dir = sane_config_dir
        self.stall_after_s = stall_after_s
        self._worker = _worker_for(sane_config_dir)
        self._scanning = False

    @property
    def worker_pid(self) -> int | None:
        """The process libsane runs in now (None before the first use): for tests and staff."""
        return self._worker.pid

    # -- finding the device -------------------------------------------------------
    def list_devices(self) -> list[SaneDevice]:
        """Enumerate afresh (sane_exit + sane_init), so a replugged scanner shows up."""
        devices: list[SaneDevice] = self._ask("devices")
        return devices

    def find_device(self) -> SaneDevice | None:
        return next((d for d in self.list_devices() if d.matches(self.device_pattern)), None)

    def check(self) -> HealthCheck:
        return self._ask_health("check")

    def check_answers(self) -> HealthCheck:
        """`check()`, then open the device and read its options: it answers, not only appears.

        For `kiosk-admin doctor`; it holds the device for a moment, so not while a scan runs.
        """
        return self._ask_health("check_answers")

    def _ask_health(self, kind: str) -> HealthCheck:
        try:
            health: HealthCheck = self._ask(kind)
        except ScanError as error:
            return HealthCheck(
                "scanner",
                HealthState.FAIL,
                f"the scanner does not answer ({error.raw or error.fault.name.lower()})",
                "switch the scanner off and on; check its USB cable",
            )
        return health

    def _ask(self, kind: str) -> Any:
        worker = self._worker
        with worker.lock:
            try:
                worker.ensure_started()
                worker.send((kind, self.device_pattern))
                deadline = time.monotonic() + self.stall_after_s
                while True:
                    message = worker.receive(_POLL_S)
                    if message is None:
                        if time.monotonic() >= deadline:
                            worker.kill()
                            raise ScanError(
                                ScanFault.STALLED, f"no answer within {self.stall_after_s:g} s"
                            )
                        continue
                    if message[0] == "log":
                        _log_from_worker(message)
                    elif message[0] == "ok":
                        return message[1]
                    elif message[0] == "failed":
                        raise ScanError(ScanFault(message[1]), message[2])
            except (WorkerGone, OSError) as gone:
                raise ScanError(ScanFault.UNKNOWN, f"scanner worker: {gone}") from gone

    # -- scanning -------------------------------------------------------------------
    def scan(
        self,
        settings: ScanSettings,
        on_page: OnPage,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        cancel = cancel or threading.Event()
        worker = self._worker
        with worker.lock:
            try:
                worker.ensure_started()
            except OSError as error:
                raise ScanError(ScanFault.UNKNOWN, f"scanner worker: {error}") from error
            self._scanning = True
            try:
                return self._scan_on(worker, settings, on_page, on_progress, cancel)
            finally:
                self._scanning = False

    def set_option(self, name: str, value: str | int | float | bool) -> None:
        """Set a backend option on the device while a scan runs.

        For staff tools and tests, e.g. libsane test's `read_return_value` to
        make the feeder jam after the second page. Set from `on_page`, it
        applies from the next sheet on.
        """
        if not self._scanning:
            raise RuntimeError("no scan is running")
        self._worker.send(("set_option", name, value))

    def _scan_on(
        self,
        worker: WorkerProcess,
        settings: ScanSettings,
        on_page: OnPage,
        on_progress: OnProgress | None,
        cancel: threading.Event,
    ) -> int:
        pages = 0
        stalled_at: float | None = None
        cancel_sent_at: float | None = None
        answered = False

        def send_cancel() -> None:
            nonlocal cancel_sent_at
            if cancel_sent_at is None:
                worker.send(("cancel",))
                cancel_sent_at = time.monotonic()

        try:
            worker.send(("scan", self.device_pattern, settings))
            heard = time.monotonic()
            while True:
                if cancel.is_set():
                    send_cancel()
                message = worker.receive(_POLL_S)
                now = time.monotonic()
                if message is None:
                    if stalled_at is None and now - heard >= self.stall_after_s:
                        stalled_at = now
                        log.warning(
                            "scanner stopped answering; cancelling the scan",
                            extra={"fields": {"silent_s": round(now - heard, 1), "pages": pages}},
                        )
                        send_cancel()
                    elif cancel_sent_at is not None and (
                        now - max(cancel_sent_at, heard) >= CANCEL_GRACE_S
                    ):
                        # Cancelled (by the guard or the resident) and silent since:
                        # sane_cancel() did not wake it either.
                        worker.kill()
                        answered = True
                        stopped_by_guard = stalled_at is not None or not cancel.is_set()
                        raise ScanError(
                            ScanFault.STALLED if stopped_by_guard else ScanFault.CANCELLED,
                            f"no answer for {now - heard:.0f} s, cancel included; "
                            "the scanner worker was stopped",
                            pages,
                        )
                    continue
                heard = now
                kind = message[0]
                if kind == "progress":
                    if on_progress is not None:
                        on_progress(ScanProgress(message[1], message[2], message[3]))
                elif kind == "page":
                    page = _page(message, worker.receive_fd(), worker.give_back)
                    on_page(page)
                    pages += 1
                    if cancel.is_set():
                        send_cancel()  # before "next": no further sheet is fed
                    worker.send(("next", pages))
                    heard = time.monotonic()
                elif kind == "log":
                    _log_from_worker(message)
                elif kind == "done":
                    answered = True
                    count: int = message[1]
                    return count
                elif kind == "failed":
                    answered = True
                    fault = ScanFault(message[1])
                    if stalled_at is not None and fault is ScanFault.CANCELLED:
                        # The guard's cancel, not the resident's.
                        fault = ScanFault.CANCELLED if cancel.is_set() else ScanFault.STALLED
                    raise ScanError(fault, message[2], pages)
        except WorkerGone as gone:
            answered = True
            fault = ScanFault.STALLED if stalled_at is not None else ScanFault.UNKNOWN
            raise ScanError(fault, f"the scanner worker ended: {gone}", pages) from gone
        finally:
            if not answered:
                # on_page or on_progress raised mid-scan: the worker is somewhere
                # in a scan nobody follows any more; start afresh next time.
                worker.kill()


def _page(message: tuple[Any, ...], fd: int, give_back: GiveBack) -> RawPage:
    _, index, dpi, width, height, mode, size = message
    # Any buffer will do; Pillow's stubs say bytes.
    pixels = cast(bytes, map_page(fd, size, give_back))
    # The page worker, not this thread, pays for making the image (capture.py).
    make = functools.partial(Image.frombuffer, mode, (width, height), pixels, "raw", mode, 0, 1)
    return RawPage(make, dpi=dpi, index=index)


def _log_from_worker(message: tuple[Any, ...]) -> None:
    _, level, name, text, fields = message
    extra = {"fields": fields} if isinstance(fields, dict) else None
    logging.getLogger(name).log(level, "%s", text, extra=extra)
