"""libsane itself (python-sane), in the process that imports this module.

Only the scanner's worker process (sane_worker.py) uses it: the kiosk talks to
that process through SaneScanner (sane_scanner.py), so a backend that hangs or
crashes takes the worker with it, never the kiosk. Runs in whatever thread
calls it. One scan at a time per process: libsane keeps global state, so a
module lock guards sane_init/sane_exit and every open device.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sane

from drivers.scanner.fast_read import Buffer, FastReader, Memory, page_buffer
from drivers.scanner.faults import fault_from_message
from drivers.scanner.reader_threads import frame_starting, snap, wait_until_readers_block
from drivers.scanner.sane_device import SaneDevice
from kiosk.core.ports import HealthCheck, HealthState
from kiosk.core.scanning import (
    ColourMode,
    OnProgress,
    PaperSource,
    ScanError,
    ScanFault,
    ScanProgress,
    ScanSettings,
)

log = logging.getLogger(__name__)

SaneError = sane._sane.error
_SANE_LOCK = threading.RLock()

# Words devices use in their option values, lowercase. SANE standardises the
# option names (scan-mode, resolution, source, tl-x…) but not their values.
_MODE_WORDS = {
    ColourMode.COLOUR: ("color", "colour", "rgb"),
    ColourMode.GREY: ("gray", "grey"),
    ColourMode.BW: ("lineart", "binary", "black", "halftone", "mono"),
}
_FLATBED_WORDS = ("flatbed", "normal", "document table", "platen")
_FEEDER_WORDS = ("adf", "feeder", "automatic")


_SIG_IGN = 1


@functools.cache
def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.signal.restype = ctypes.c_void_p
    libc.signal.argtypes = (ctypes.c_int, ctypes.c_void_p)
    return libc


@contextlib.contextmanager
def _sigpipe_kept_ignored() -> Iterator[None]:
    """Put SIGPIPE back to "ignore" after libsane has read a frame.

    libsane's test backend resets SIGPIPE to its default action at the end of
    every frame (tests/drivers/scanner/test_sane_scanner_scanning.py shows it).
    Python ignores SIGPIPE so that a write to a closed socket raises
    BrokenPipeError; with the default action the same write kills the process
    (exit 141). That once was the whole kiosk, when the outbox sender met a
    reset connection; libsane now runs in the scanner's worker process, where
    it is kept the same way. signal.signal() works only on the main thread and
    scans run on another, so the C library's signal() puts it back.
    """
    try:
        yield
    finally:
        restore_sigpipe_ignore()


def restore_sigpipe_ignore() -> None:
    """After any direct use of libsane: SIGPIPE back to "ignore" if Python wants it."""
    if signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN:
        _libc().signal(signal.SIGPIPE, _SIG_IGN)


class _SaneLibrary:
    """libsane's one global state.

    Quirk (tests/drivers/scanner/test_sane_scanner_scanning.py shows it): the dll
    backend reads SANE_CONFIG_DIR at the first sane_init() of the process and
    keeps that folder for dll.conf; later sane_init()s reread dll.conf there but
    ignore a changed SANE_CONFIG_DIR. A process uses one SANE configuration.
    """

    def __init__(self) -> None:
        self.initialised = False
        self.config_dir: Path | None = None

    def restart(self, config_dir: Path | None) -> None:
        """sane_exit() + sane_init(): the only way to see devices come and go."""
        if self.initialised:
            sane.exit()
            self.initialised = False
        previous = os.environ.get("SANE_CONFIG_DIR")
        if config_dir is not None:
            # Read by libsane's dll backend in sane_init() only; no trailing colon,
            # so the system's /etc/sane.d is not searched as well.
            os.environ["SANE_CONFIG_DIR"] = str(config_dir)
        try:
            sane.init()
        finally:
            if previous is None:
                os.environ.pop("SANE_CONFIG_DIR", None)
            else:
                os.environ["SANE_CONFIG_DIR"] = previous
        self.initialised = True
        self.config_dir = config_dir


_LIBRARY = _SaneLibrary()


@dataclass(frozen=True)
class Frame:
    """One page's pixels as libsane gave them: 8-bit grey ("L") or colour ("RGB")."""

    pixels: Buffer | bytes
    width: int
    height: int
    mode: str
    index: int  # 0-based, within this scan
    dpi: int


OnFrame = Callable[[Frame], None]


class DirectSaneScanner:
    """Finds the configured scanner among SANE's devices and scans with it.

    `memory(size)` gives the buffer each frame is read into (the worker's is
    shared with the kiosk).
    """

    def __init__(
        self,
        device_pattern: str,
        sane_config_dir: Path | None = None,
        memory: Memory = page_buffer,
    ) -> None:
        self.device_pattern = device_pattern
        self.sane_config_dir = sane_config_dir
        self._memory = memory
        self._device_name: str | None = None
        self._open: Any = None  # the sane.SaneDev while a scan runs
        self._to_restore: dict[str, object] = {}

    # -- finding the device -------------------------------------------------------
    def list_devices(self) -> list[SaneDevice]:
        """Enumerate afresh (sane_exit + sane_init), so a replugged scanner shows up."""
        with _SANE_LOCK:
            _LIBRARY.restart(self.sane_config_dir)
            return [SaneDevice(*entry) for entry in sane.get_devices()]

    def find_device(self) -> SaneDevice | None:
        return next((d for d in self.list_devices() if d.matches(self.device_pattern)), None)

    def check(self) -> HealthCheck:
        try:
            device = self.find_device()
        except SaneError as error:
            return HealthCheck(
                "scanner", HealthState.FAIL, f"SANE failed: {error}", "check the SANE set-up"
            )
        if device is None:
            return HealthCheck(
                "scanner",
                HealthState.FAIL,
                f"no scanner matches {self.device_pattern!r}",
                "check the scanner's power and USB cable, or [scanner] device in the config",
            )
        return HealthCheck(
            "scanner", HealthState.OK, f"{device.name} ({device.vendor} {device.model})"
        )

    def check_answers(self) -> HealthCheck:
        """`check()`, then open the device and read its options: it answers, not only appears.

        For `kiosk-admin doctor`; it holds the device for a moment, so not while a scan runs.
        """
        found = self.check()
        if found.state is not HealthState.OK:
            return found
        with _SANE_LOCK:
            try:
                device = self._open_device()
            except ScanError as error:
                return HealthCheck(
                    "scanner",
                    HealthState.FAIL,
                    f"{found.detail} is listed but cannot be opened: {error}",
                    "close any other program using the scanner, then switch it off and on",
                )
            try:
                options = device.get_options()
                device.get_parameters()
            except SaneError as error:
                return HealthCheck(
                    "scanner",
                    HealthState.FAIL,
                    f"{found.detail} opened but does not answer: {error}",
                    "switch the scanner off and on; check its USB cable",
                )
            finally:
                device.close()
                restore_sigpipe_ignore()
        detail = f"{found.detail}, answers ({len(options)} options)"
        return HealthCheck("scanner", HealthState.OK, detail)

    # -- scanning -------------------------------------------------------------------
    def scan(
        self,
        settings: ScanSettings,
        on_frame: OnFrame,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        """As kiosk.core.scanning.PageSource.scan, with each page as a Frame."""
        cancel = cancel or threading.Event()
        with _SANE_LOCK:
            device = self._open_device()
            try:
                return self._scan_with(device, settings, on_frame, on_progress, cancel)
            except ScanError as failure:
                # An unplugged cable shows as an I/O error. Look for the device again
                # only now that it is closed: sane_exit() under an open handle crashes.
                if failure.fault is ScanFault.IO_ERROR and self._device_vanished():
                    raise ScanError(
                        ScanFault.DEVICE_GONE, failure.raw, failure.pages_scanned
                    ) from failure
                raise

    def _scan_with(
        self,
        device: Any,
        settings: ScanSettings,
        on_frame: OnFrame,
        on_progress: OnProgress | None,
        cancel: threading.Event,
    ) -> int:
        self._open = device
        watch = _CancelWatch(device, cancel)
        try:
            self._apply(device, settings)
            return self._read_pages(device, settings, on_frame, on_progress, cancel)
        finally:
            watch.stop()
            # A feeder batch reads with no_cancel; until sane_cancel() ends the scan,
            # backends refuse option changes (the restore below). After a fault the
            # reader may still be starting: see reader_threads.py.
            wait_until_readers_block()
            device.cancel()
            self._restore_options(device)
            self._open = None
            device.close()

    def set_option(self, name: str, value: str | int | float | bool) -> None:
        """Set a backend option on the device while a scan runs.

        For staff tools and tests, e.g. libsane test's `read_return_value` to
        make the feeder jam after the second page.
        """
        if self._open is None:
            raise RuntimeError("no scan is running")
        self._set_for_this_scan(self._open, name, value)

    def _set_for_this_scan(self, device: Any, name: str, value: object) -> None:
        # Backends keep option values across sane_close()/sane_open() (libsane's
        # test backend does), so a one-off option would leak into the next scan.
        self._to_restore.setdefault(name, getattr(device, name))
        setattr(device, name, value)

    def _restore_options(self, device: Any) -> None:
        # Newest first: an option may be settable only while an earlier one is on
        # (the test backend's read_delay_duration needs read_delay).
        for name, value in reversed(self._to_restore.items()):
            try:
                setattr(device, name, value)
            except (SaneError, AttributeError, TypeError, ValueError):
                log.warning("could not restore scanner option %s", name)
        self._to_restore.clear()

    def _read_pages(
        self,
        device: Any,
        settings: ScanSettings,
        on_frame: OnFrame,
        on_progress: OnProgress | None,
        cancel: threading.Event,
    ) -> int:
        feeder = settings.source is PaperSource.FEEDER
        pages = 0
        while True:
            if cancel.is_set():
                raise ScanError(ScanFault.CANCELLED, pages_scanned=pages)
            try:
                with frame_starting():
                    device.start()
            except SaneError as error:
                failure = self._error(error, cancel, pages)
                if feeder and failure.fault is ScanFault.NO_DOCUMENTS and pages > 0:
                    device.cancel()  # the feeder is empty: the batch is done
                    return pages
                raise failure from error
            page_no = pages + 1

            def progress(lines: int, total: int, page_no: int = page_no) -> None:
                if on_progress is not None:
                    on_progress(ScanProgress(page_no, lines, total))

            try:
                # In a feeder batch sane_cancel() between sheets would end the batch.
                with _sigpipe_kept_ignored():
                    pixels, width, height, mode = _snap(device, feeder, progress, self._memory)
            except SaneError as error:
                raise self._error(error, cancel, pages) from error
            except RuntimeError as error:  # python-sane: "Scanner returned no data"
                fault = ScanFault.CANCELLED if cancel.is_set() else ScanFault.UNKNOWN
                raise ScanError(fault, str(error), pages) from error
            if cancel.is_set():
                # After sane_cancel() some backends end the frame early without an
                # error; what was read is a partial page, so it is dropped.
                raise ScanError(ScanFault.CANCELLED, pages_scanned=pages)
            on_frame(Frame(pixels, width, height, mode, pages, settings.resolution_dpi))
            pages = page_no
            if not feeder:
                return pages

    def _error(self, error: Exception, cancel: threading.Event, pages: int) -> ScanError:
        if cancel.is_set():
            # After sane_cancel() backends answer CANCELLED or, like libsane's test
            # backend, INVAL: either way the resident asked for it.
            return ScanError(ScanFault.CANCELLED, str(error), pages)
        fault = fault_from_message(str(error))
        if not (fault is ScanFault.NO_DOCUMENTS and pages > 0):
            log.warning(
                "scan stopped",
                extra={"fields": {"fault": fault.name, "sane": str(error), "pages": pages}},
            )
        return ScanError(fault, str(error), pages)

    def _device_vanished(self) -> bool:
        try:
            gone = self.find_device() is None
        except SaneError:
            gone = True
        if gone:
            self._device_name = None
        return gone

    # -- options -------------------------------------------------------------------
    def _apply(self, device: Any, settings: ScanSettings) -> None:
        options = {name: opt for name, opt in device.opt.items() if name}
        mode = _nearest_word(options.get("mode"), _MODE_WORDS[settings.mode])
        if mode is None and settings.mode is ColourMode.BW:
            # Many scanners have no line-art mode; grey is thresholded when encoded.
            mode = _nearest_word(options.get("mode"), _MODE_WORDS[ColourMode.GREY])
        self._set(device, options, "mode", mode, settings.mode.value)
        if "depth" in options and settings.mode is not ColourMode.BW:
            self._set(device, options, "depth", _nearest_number(options["depth"], 8), 8)
        self._set(
            device,
            options,
            "resolution",
            _nearest_number(options.get("resolution"), settings.resolution_dpi),
            settings.resolution_dpi,
        )
        source = self._source_value(options.get("source"), settings)
        self._set(device, options, "source", source, settings.source.value)
        width_mm, height_mm = settings.page_mm
        for name, wanted in (("tl_x", 0.0), ("tl_y", 0.0), ("br_x", width_mm), ("br_y", height_mm)):
            self._set(device, options, name, _clamp(options.get(name), wanted), wanted)
        for name, value in settings.device_options.items():
            key = name.replace("-", "_")
            if key not in options:
                raise ScanError(ScanFault.INVALID_OPTION, f"the scanner has no option {name!r}")
            try:
                self._set_for_this_scan(device, key, value)
            except (SaneError, AttributeError, TypeError, ValueError) as error:
                raise ScanError(ScanFault.INVALID_OPTION, f"{name}={value!r}: {error}") from error

    def _source_value(self, option: Any, settings: ScanSettings) -> str | None:
        if settings.source is PaperSource.FLATBED:
            return _nearest_word(option, _FLATBED_WORDS)
        values = [v for v in _string_values(option) if _has_word(v, _FEEDER_WORDS)]
        duplex = [v for v in values if "duplex" in v.lower()]
        simplex = [v for v in values if "duplex" not in v.lower()]
        if settings.duplex and not duplex:
            log.info("scanner has no duplex feeder; scanning one side")
        chosen = (duplex if settings.duplex else []) + simplex + duplex
        if not chosen:
            log.info("scanner has no feeder; using the flatbed")
            return _nearest_word(option, _FLATBED_WORDS)
        return chosen[0]

    @staticmethod
    def _set(device: Any, options: dict[str, Any], name: str, value: Any, wanted: Any) -> None:
        option = options.get(name)
        if option is None or value is None:
            if option is None and name in ("mode", "resolution"):
                log.info("scanner has no %s option; using its default", name)
            elif value is None:
                log.info("scanner cannot do %s=%r; using its default", name, wanted)
            return
        if not option.is_active() or not option.is_settable():
            return
        if value != wanted:
            log.info("scanner cannot do %s=%r; using %r", name, wanted, value)
        try:
            setattr(device, name, value)
        except (SaneError, AttributeError, TypeError, ValueError) as error:
            raise ScanError(ScanFault.INVALID_OPTION, f"{name}={value!r}: {error}") from error

    # -- device lifecycle ------------------------------------------------------------
    def _open_device(self) -> Any:
        """Open the device found last time; re-enumerate when it has moved or gone."""
        if _LIBRARY.config_dir == self.sane_config_dir and self._device_name is not None:
            try:
                return sane.open(self._device_name)
            except SaneError:
                log.info("scanner not where it was; looking for it again")
        found = self.find_device()
        if found is None:
            raise ScanError(ScanFault.DEVICE_GONE, f"no scanner matches {self.device_pattern!r}")
        self._device_name = found.name
        try:
            return sane.open(found.name)
        except SaneError as error:
            raise ScanError(fault_from_message(str(error)), str(error)) from error


def _snap(
    device: Any, no_cancel: bool, progress: Any, memory: Memory
) -> tuple[Buffer | bytes, int, int, str]:
    """Read one frame: its pixels, width, height and Pillow mode ("L" or "RGB")."""
    fast = _fast_reader()
    pixels: Buffer | bytes
    if fast.can_read(device):
        pixels, width, height, samples = fast.read(device, progress, memory)
        if not no_cancel:
            device.cancel()  # as python-sane's snap() does at the end of a frame
    else:
        pixels, width, height, samples, _size = snap(device, no_cancel, progress)
    if not pixels or height == 0:
        raise RuntimeError("Scanner returned no data")
    return pixels, width, height, "RGB" if samples == 3 else "L"


@functools.cache
def _fast_reader() -> FastReader:
    return FastReader()  # made on first use: nothing is loaded at import


class _CancelWatch:
    """Calls sane_cancel() from its own thread as soon as `cancel` is set.

    The SANE standard (4.3.12) allows sane_cancel() from another thread while
    sane_read() blocks: that is how a scan stops within a second. The watch is
    not joined when the scan ends (that would cost up to one poll interval); a
    lock makes sure it never touches the device after stop().
    """

    POLL_S = 0.05
    READER_WAIT_S = 0.25

    def __init__(self, device: Any, cancel: threading.Event) -> None:
        self._device = device
        self._cancel = cancel
        self._lock = threading.Lock()
        self._stopped = False
        threading.Thread(target=self._run, name="scan-cancel", daemon=True).start()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True

    def _run(self) -> None:
        while True:
            asked = self._cancel.wait(self.POLL_S)
            with self._lock:
                if self._stopped:
                    return
                if asked:
                    wait_until_readers_block(self.READER_WAIT_S)  # reader_threads.py
                    self._device.cancel()
                    return


def _string_values(option: Any) -> Sequence[str]:
    constraint = getattr(option, "constraint", None)
    return [c for c in constraint if isinstance(c, str)] if isinstance(constraint, list) else []


def _has_word(value: str, words: Sequence[str]) -> bool:
    return any(word in value.lower() for word in words)


def _nearest_word(option: Any, words: Sequence[str]) -> str | None:
    return next((v for v in _string_values(option) if _has_word(v, words)), None)


def _nearest_number(option: Any, wanted: int) -> int | None:
    if option is None:
        return None
    constraint = option.constraint
    if isinstance(constraint, tuple):  # (min, max, quant)
        low, high = constraint[0], constraint[1]
        return int(min(max(wanted, low), high))
    if isinstance(constraint, list) and constraint:
        return int(min(constraint, key=lambda v: (abs(v - wanted), -v)))
    return wanted


def _clamp(option: Any, wanted: float) -> float | None:
    if option is None:
        return None
    constraint = option.constraint
    if isinstance(constraint, tuple):
        return float(min(max(wanted, constraint[0]), constraint[1]))
    return wanted
