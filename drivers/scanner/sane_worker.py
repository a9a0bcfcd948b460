"""The scanner's worker process: libsane runs there, not in the kiosk.

Why a process (NAPS2 can do the same, for the same reason): a SANE backend can
hang for good. Debian 12's libsane `test` backend deadlocks now and then at the
end of a frame (reader_threads.py has the evidence); a scanner whose firmware
stops answering can leave sane_read() blocked where not even sane_cancel()
wakes it. Inside the kiosk such a thread could only be abandoned, still holding
the open device and libsane's global state (and in the test backend's case a
malloc lock) for ever, so no later scan could open the scanner again without a
restart. A process can be killed: SaneScanner (sane_scanner.py) kills a worker
that has stopped answering, and the next request starts a fresh one, which
opens the device anew.

Protocol: pickled tuples over a Unix socket (multiprocessing.connection's
framing). The kiosk sends requests, one at a time:
    ("scan", pattern, settings)   then, while it runs, ("cancel",),
                                  ("set_option", name, value), ("next", pages_taken)
    ("check", pattern) | ("check_answers", pattern) | ("devices", pattern)
and at any time ("recycle", size) with a page's memfd it has finished with
(shared_pages.py: the worker reuses it for a later page).
The worker answers a scan with events:
    ("progress", page, lines_read, total_lines)
    ("page", index, dpi, width, height, mode, size), then the page's memfd (SCM_RIGHTS)
    ("log", level, logger, message, fields)
    ("done", pages) | ("failed", fault, raw, pages)
and the other requests with ("ok", value) or ("failed", fault, raw, 0).
After each page the worker waits for ("next", n) with n past that page (or a
cancel): an option the kiosk sets when it gets a page applies to the next
sheet, and a kiosk busy storing pages holds the feeder back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.scanning import ScanError, ScanFault, ScanProgress, ScanSettings
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    from multiprocessing import connection, reduction
    from multiprocessing.connection import Connection

    from drivers.scanner.sane_direct import DirectSaneScanner, Frame
else:
    # The kiosk builds its scanner before the attract screen's first frame and
    # starts the worker only at the first check or scan, after it: multiprocessing
    # loads then (kiosk/lazy_import.py, bench/bench_startup.py).
    connection = lazy_import("multiprocessing.connection")
    reduction = lazy_import("multiprocessing.reduction")

log = logging.getLogger(__name__)

WORKER_FLAG = "--sane-worker"  # the bundled kiosk (packaging/pyinstaller) starts it so
PROGRESS_EVERY_S = 0.02  # the kiosk throttles again for the screen (ui/background.py)
STOP_WAIT_S = 1.0
RETURNER_IDLE_S = 1.0
_START = "import sys; from drivers.scanner.sane_worker import main; sys.exit(main(sys.argv[1:]))"


class WorkerGone(Exception):
    """The worker process ended (or was killed) before it answered."""


# -- the kiosk's side -------------------------------------------------------------------


def worker_command() -> list[str]:
    """How to start a worker: this Python, or the bundled kiosk with WORKER_FLAG."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    # Not `-m`: drivers.scanner's __init__ imports this module before runpy would.
    return [sys.executable, "-c", _START]


class WorkerProcess:
    """One worker process for one SANE configuration folder, started when needed.

    `lock` is held for a whole request (a scan included): one at a time, as
    libsane allows. The holder is always a kiosk thread waiting with a time
    limit, never a thread stuck inside libsane, so a stall cannot keep the
    next scan waiting.
    """

    def __init__(self, sane_config_dir: Path | None) -> None:
        self.sane_config_dir = sane_config_dir
        self.lock = threading.RLock()
        self._send_lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._returned: queue.SimpleQueue[tuple[int, int]] = queue.SimpleQueue()
        self._returner: threading.Thread | None = None
        # Reentrant: a finalizer may run give_back() on the returner's own thread.
        self._returner_lock = threading.RLock()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def ensure_started(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._forget()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        env = dict(os.environ)
        if not getattr(sys, "frozen", False):
            root = str(Path(__file__).resolve().parents[2])  # so that `drivers` imports
            env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        config = str(self.sane_config_dir) if self.sane_config_dir is not None else ""
        with ours, theirs:
            self._process = subprocess.Popen(
                [*worker_command(), str(theirs.fileno()), config],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                env=env,
            )
            self._conn = connection.Connection(ours.detach())
        log.info("scanner worker started", extra={"fields": {"pid": self._process.pid}})

    def send(self, message: tuple[Any, ...], fd: int | None = None) -> None:
        """Send `message` (and `fd` with it, e.g. a page's memory)."""
        try:
            with self._send_lock:
                conn = self._connection()
                conn.send(message)
                if fd is not None:
                    reduction.send_handle(conn, fd, self.pid or 0)
        except OSError as error:
            raise WorkerGone(str(error)) from error

    def give_back(self, fd: int, size: int) -> None:
        """A page's memory the kiosk has finished with (shared_pages.map_page's give_back).

        Called from a finalizer, in whatever thread dropped the page: it only
        queues; a thread of its own sends it back, so no lock is taken here.
        """
        self._returned.put((fd, size))
        with self._returner_lock:
            if self._returner is None:
                self._returner = threading.Thread(
                    target=self._return_pages, name="scan-pages-back", daemon=True
                )
                self._returner.start()

    def _return_pages(self) -> None:
        """Send pages back as they come; end after RETURNER_IDLE_S without any."""
        while True:
            try:
                fd, size = self._returned.get(timeout=RETURNER_IDLE_S)
            except queue.Empty:
                with self._returner_lock:
                    if self._returned.empty():
                        self._returner = None
                        return
                continue
            try:
                self.send(("recycle", size), fd)
            except WorkerGone:
                pass  # no worker now: the memory is simply freed
            finally:
                os.close(fd)

    def receive(self, timeout_s: float) -> tuple[Any, ...] | None:
        """The next message, or None if none came within `timeout_s`."""
        conn = self._connection()
        try:
            if not conn.poll(timeout_s):
                return None
            message: tuple[Any, ...] = conn.recv()
        except (EOFError, OSError) as error:
            self._forget()
            raise WorkerGone(str(error) or "the scanner worker ended") from error
        return message

    def receive_fd(self) -> int:
        try:
            fd: int = reduction.recv_handle(self._connection())
        except (EOFError, OSError, RuntimeError) as error:
            self._forget()
            raise WorkerGone(str(error)) from error
        return fd

    def kill(self) -> None:
        """Stop the worker at once, whatever it is doing (SIGKILL)."""
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
            log.warning("scanner worker stopped", extra={"fields": {"pid": process.pid}})
        self._forget()

    def stop(self) -> None:
        """Let an idle worker end by itself (its socket closes); kill it if it does not."""
        process = self._process
        with self._send_lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        if process is not None:
            try:
                process.wait(STOP_WAIT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._process = None

    def _connection(self) -> Connection:
        if self._conn is None:
            raise WorkerGone("the scanner worker is not running")
        return self._conn

    def _forget(self) -> None:
        with self._send_lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._process = None


# -- the worker's side ------------------------------------------------------------------


class _ForwardLogs(logging.Handler):
    """The worker's log records, sent to the kiosk to be logged there as its own."""

    def __init__(self, serve: _Serve) -> None:
        super().__init__(logging.INFO)
        self._serve = serve

    def emit(self, record: logging.LogRecord) -> None:
        fields = getattr(record, "fields", None)
        with contextlib.suppress(OSError):
            self._serve.send(("log", record.levelno, record.name, record.getMessage(), fields))


class _Serve:
    def __init__(self, conn: Connection, sane_config_dir: Path | None) -> None:
        from drivers.scanner.shared_pages import PageMemory

        self.conn = conn
        self.sane_config_dir = sane_config_dir
        self.memory = PageMemory()
        self._send_lock = threading.Lock()
        self._scanners: dict[str, DirectSaneScanner] = {}
        self._scanning: DirectSaneScanner | None = None
        self._cancel = threading.Event()
        self._taken = 0
        self._taken_changed = threading.Condition()

    def send(self, message: tuple[Any, ...], fd: int | None = None) -> None:
        with self._send_lock:
            self.conn.send(message)
            if fd is not None:
                reduction.send_handle(self.conn, fd, os.getppid())

    def run(self) -> None:
        while True:
            try:
                request = self.conn.recv()
            except (EOFError, OSError):
                # The kiosk has gone. A scan thread stuck in libsane must not keep
                # this process alive, so no clean-up: the kernel closes the device.
                os._exit(0)
            kind = request[0]
            if kind == "scan":
                self._start_scan(request[1], request[2])
            elif kind == "cancel":
                self._cancel.set()
                with self._taken_changed:
                    self._taken_changed.notify_all()
            elif kind == "next":
                with self._taken_changed:
                    self._taken = max(self._taken, request[1])
                    self._taken_changed.notify_all()
            elif kind == "set_option":
                self._set_option(request[1], request[2])
            elif kind == "recycle":
                self.memory.recycle(reduction.recv_handle(self.conn), request[1])
            else:
                self._answer(kind, request[1])

    def _scanner(self, pattern: str) -> DirectSaneScanner:
        from drivers.scanner.sane_direct import DirectSaneScanner

        if pattern not in self._scanners:
            self._scanners[pattern] = DirectSaneScanner(pattern, self.sane_config_dir, self.memory)
        return self._scanners[pattern]

    def _answer(self, kind: str, pattern: str) -> None:
        from drivers.scanner.sane_direct import SaneError

        scanner = self._scanner(pattern)
        try:
            if kind == "devices":
                value: object = scanner.list_devices()
            elif kind == "check":
                value = scanner.check()
            elif kind == "check_answers":
                value = scanner.check_answers()
            else:
                raise ValueError(f"unknown request {kind!r}")
        except SaneError as error:
            self.send(("failed", ScanFault.UNKNOWN.value, str(error), 0))
        except ScanError as error:
            self.send(("failed", error.fault.value, error.raw, 0))
        else:
            self.send(("ok", value))

    def _set_option(self, name: str, value: object) -> None:
        scanner = self._scanning
        try:
            if scanner is None:
                raise RuntimeError("no scan is running")
            scanner.set_option(name, value)  # type: ignore[arg-type]
        except Exception as error:  # reported, never fatal to the scan
            log.warning("could not set scanner option %s: %s", name, error)

    def _start_scan(self, pattern: str, settings: ScanSettings) -> None:
        scanner = self._scanner(pattern)
        self._cancel = threading.Event()
        with self._taken_changed:
            self._taken = 0
        self._scanning = scanner
        threading.Thread(
            target=self._scan, args=(scanner, settings, self._cancel), name="scan", daemon=True
        ).start()

    def _scan(self, scanner: DirectSaneScanner, settings: ScanSettings, cancel: Any) -> None:
        last = {"page": 0, "at": 0.0}

        def on_progress(progress: ScanProgress) -> None:
            now = time.monotonic()
            finished = progress.lines_read >= progress.total_lines
            if progress.page != last["page"] or finished or now - last["at"] >= PROGRESS_EVERY_S:
                last["page"], last["at"] = progress.page, now
                self.send(("progress", progress.page, progress.lines_read, progress.total_lines))

        def on_frame(frame: Frame) -> None:
            size = len(frame.pixels)
            fd = self.memory.hand_over(frame.pixels)
            try:
                self.send(
                    ("page", frame.index, frame.dpi, frame.width, frame.height, frame.mode, size),
                    fd,
                )
            finally:
                os.close(fd)
            with self._taken_changed:
                self._taken_changed.wait_for(lambda: self._taken > frame.index or cancel.is_set())

        final: tuple[Any, ...]
        try:
            final = ("done", scanner.scan(settings, on_frame, on_progress, cancel))
        except ScanError as error:
            final = ("failed", error.fault.value, error.raw, error.pages_scanned)
        except Exception as error:  # anything else is the scanner's failure too
            log.warning("scan failed", extra={"fields": {"error": type(error).__name__}})
            final = ("failed", ScanFault.UNKNOWN.value, f"{type(error).__name__}: {error}", 0)
        # Before the answer: the kiosk may start the next scan as soon as it has it.
        self._scanning = None
        self.send(final)


def main(argv: list[str] | None = None) -> int:
    """Serve the kiosk on the socket FD: `worker_command() FD [SANE_CONFIG_DIR]`."""
    args = sys.argv[1:] if argv is None else argv
    conn = connection.Connection(int(args[0]))
    sane_config_dir = Path(args[1]) if len(args) > 1 and args[1] else None
    serve = _Serve(conn, sane_config_dir)
    root = logging.getLogger()
    root.addHandler(_ForwardLogs(serve))
    root.setLevel(logging.INFO)
    serve.run()
    return 0
