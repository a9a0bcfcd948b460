"""Composition root: reads the config, builds the drivers, wires core and UI.

This is the only module that names concrete adapters (SaneScanner,
CupsPrinter, HttpBackOffice).

Start-up is measured to the attract screen's first frame (bench/bench_startup.py),
so `run` does before that frame only what the frame needs: the config (a bad one
stops the kiosk before any window), the view-models and the window. The outbox
sender, the forms catalogue, the device check, /metrics and the libraries the
rest of the journey needs come after it, off the GUI thread where they are slow.

PAUSED_GC: the entry points (`python -m kiosk`, the bundle's kiosk_entry.py) turn
CPython's garbage collector off before their first import, and `main` turns it
back on once the attract screen's first frame is drawn (at once on any other
path). Start-up makes some 80 000 objects the collector tracks, nearly all of
them for as long as the kiosk runs (modules, classes, the config's validators,
Qt's enums; a collection at the first frame finds some 550 unreachable), and
the collector, run every 700 new objects, walked them again and again: about
5 % of the CPU samples to the first frame (perf record of the bundle).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import socket
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication

from drivers.backoffice import HttpBackOffice
from drivers.backoffice.probe import endpoint_checks
from drivers.printer import CupsPrinter
from kiosk import stop_signals
from kiosk.bootstrap import build_scanner
from kiosk.config import ConfigError, StationConfig, find_config_path, load_config
from kiosk.core.help import HelpDesk
from kiosk.core.journey import SystemClock
from kiosk.core.ports import BackOffice, Clock, HealthCheck, HealthState, Printer, Scanner
from kiosk.core.printing import PrinterStatus
from kiosk.core.sending import Outbox
from kiosk.core.training import TrainingMode, TrainingOutbox
from kiosk.logs import configure_logging
from kiosk.outbox import FileOutbox, OutboxKeyError
from kiosk.printing.forms import FormCatalogue
from kiosk.printing.test_page import test_page_pdf
from kiosk.sending_setup import (
    build_backoffice,
    build_sender,
    forward_help_requests,
    open_outbox,
)
from kiosk.staff.gesture import StaffGesture
from kiosk.staff.last_error import LastErrorHandler
from kiosk.staff.service import PrintQueue, StaffOutbox, StaffService, StationParts
from kiosk.staff.setup import StaffRecords, open_staff_records
from kiosk.ui.attract_viewmodel import AttractViewModel
from kiosk.ui.journey_screens import JourneyScreens, build_journey_screens
from kiosk.ui.key_filter import install_key_filter
from kiosk.ui.staff_viewmodel import StaffViewModel
from kiosk.ui.training_viewmodel import TrainingViewModel
from kiosk.ui.window import KioskWindow, UiLoadError, after_first_frame
from kiosk.watchdog import GuiWatchdog, SystemdNotifier

if TYPE_CHECKING:
    from kiosk.ops.station import Operations
    from kiosk.outbox import OutboxSender

log = logging.getLogger("kiosk")

SELF_TEST_TIMEOUT_MS = 10_000
# At a stop, how long the start-up imports may take to finish (they take about
# a second; a thread importing while the interpreter shuts down can crash it).
START_UP_FINISH_S = 10.0
QUIET_QT_CATEGORIES = "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false"
# Imported off the GUI thread once the attract screen shows, so a resident's first
# scan, print or send does not wait for them (kiosk/lazy_import.py).
LATER_MODULES = (
    "kiosk.ops.station",
    "PIL.Image",
    "PIL.ImageFilter",
    "pypdf",
    "img2pdf",
    "requests",
    "cups",
    "segno",
    "phonenumbers",
    "http.client",
    "ssl",
    "email.utils",
)
EXIT_OK, EXIT_FAILED, EXIT_BAD_CONFIG = 0, 1, 2


@dataclass(frozen=True)
class Drivers:
    scanner: Scanner
    printer: Printer
    backoffice: BackOffice


def build_drivers(config: StationConfig) -> Drivers:
    """The real adapters for this station. Opens nothing: no I/O until used."""
    return Drivers(
        scanner=build_scanner(config),
        printer=CupsPrinter(config.printer.queue, config.printer.cups_server),
        backoffice=build_backoffice(config),
    )


def prepare_qt_environment(offscreen: bool) -> None:
    """Environment Qt reads when the application object is made, so set it first."""
    # The keyboard panel lives inside our window (see kiosk/ui/qml/Kiosk/Main.qml).
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    # Two warnings from inside Qt that say nothing about the kiosk: the keyboard's
    # QtMultimedia looks for PipeWire, and the keyboard's own PopupList QML.
    os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT_CATEGORIES)
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def build_window(
    config: StationConfig,
    scanner: Scanner | None = None,
    outbox: Outbox | None = None,
    clock: Clock | None = None,
    printer: Printer | None = None,
    help_desk: HelpDesk | None = None,
    *,
    backoffice: BackOffice | None = None,
    staff_records: StaffRecords | None = None,
    last_error: LastErrorHandler | None = None,
    training: TrainingMode | None = None,
    read_forms_later: bool = False,
) -> KioskWindow:
    """The kiosk window with its view-models. Needs a QGuiApplication.

    Without a scanner, printer or outbox (the self-test) the screens still show,
    and staff mode says what is missing.
    """
    attract = AttractViewModel(
        council_name=config.branding.council_name,
        tagline=config.branding.tagline or "",
        logo=config.branding.logo,
        station_name=config.station.name,
    )
    # One help desk: the resident's help screen raises requests, staff mode answers them.
    help_desk = help_desk or HelpDesk()
    # What residents send is marked as training while training mode is on;
    # staff mode keeps the outbox itself (retry, purge).
    sends_to = (
        TrainingOutbox(outbox, training) if outbox is not None and training is not None else outbox
    )
    screens = build_journey_screens(
        config,
        scanner,
        sends_to,
        clock,
        printer=printer,
        help_desk=help_desk,
        read_forms_later=read_forms_later,
    )
    language = screens.language
    language.changed.connect(
        lambda: attract.set_tagline(config.branding.in_language(language.code).tagline or "")
    )
    staff = build_staff(
        config, screens, scanner, outbox, clock, printer, backoffice, help_desk, staff_records,
        last_error, training,
    )  # fmt: skip
    banner = TrainingViewModel(training) if training is not None else None
    return KioskWindow(attract, screens, staff, banner)


def build_staff(
    config: StationConfig,
    screens: JourneyScreens,
    scanner: Scanner | None,
    outbox: Outbox | None,
    clock: Clock | None,
    printer: Printer | None,
    backoffice: BackOffice | None,
    help_desk: HelpDesk,
    records: StaffRecords | None,
    last_error: LastErrorHandler | None,
    training: TrainingMode | None = None,
) -> StaffViewModel:
    """Staff mode's view-model on the station's own devices and records."""
    station = config.station

    def test_page(status: PrinterStatus) -> bytes:
        return test_page_pdf(station.id, station.name, datetime.now(), status)

    parts = StationParts(
        scanner=scanner,
        printer=printer,
        print_queue=printer if isinstance(printer, PrintQueue) else None,
        outbox=outbox if isinstance(outbox, StaffOutbox) else None,
        backoffice=backoffice,
        endpoint_checks=(
            (lambda: endpoint_checks(backoffice))
            if isinstance(backoffice, HttpBackOffice)
            else None
        ),
        disk_path=config.outbox.directory,
        test_page=test_page,
        pages_root=screens.pages_root,
    )
    service = StaffService(
        records or open_staff_records(config),
        screens.journey,
        help_desk,
        parts,
        clock or SystemClock(),
        idle_timeout_s=config.staff.idle_timeout_s,
        last_error=last_error,
        training=training,
    )
    return StaffViewModel(
        service,
        StaffGesture(config.staff.tap_pattern),
        config.staff.hold_corner,
        config.staff.hold_s,
        screens.background,
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kiosk", description="Council self-serve station")
    parser.add_argument(
        "--config", help="station config (else $KIOSK_CONFIG, else /etc/kiosk/station.toml)"
    )
    parser.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen, check the window and the drivers, print one line per check",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    stop_signals.install()  # no-op if kiosk/__main__.py did it before the imports
    args = parse_args(argv)
    configure_logging()
    try:
        path = find_config_path(args.config)
        config = load_config(path)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_CONFIG
    configure_logging(config.logging.level)
    if args.self_test:
        stop_signals.release()
        gc.enable()  # PAUSED_GC (module docstring)
        return self_test(config, path)
    if stop_signals.requested() is not None:
        log.info("stopped before the window was made")
        return EXIT_OK
    return run(config, windowed=args.windowed)


def run(config: StationConfig, windowed: bool) -> int:
    prepare_qt_environment(offscreen=False)
    app = QGuiApplication(sys.argv[:1])
    quit_on_stop_signals(app, stop_signals.install())
    drivers = build_drivers(config)
    outbox = open_station_outbox(config)
    help_desk, clock = HelpDesk(), SystemClock()
    training = TrainingMode(config.training.endpoint is not None, config.training.enabled)
    forwarding = (
        forward_help_requests(config, outbox, help_desk, lambda: training.active)
        if outbox
        else None
    )
    last_error = LastErrorHandler().install()
    window = build_window(
        config,
        drivers.scanner,
        outbox,
        clock,
        printer=drivers.printer,
        help_desk=help_desk,
        backoffice=drivers.backoffice,
        last_error=last_error,
        training=training,
        read_forms_later=True,
    )
    install_key_filter(app)
    watchdog = GuiWatchdog(SystemdNotifier(), app)
    # When the first frame is drawn: READY=1 first, then the rest of the start
    # (queued to the GUI thread in the order they were connected).
    watchdog.start_on_first_frame(window.window, f"station {config.station.id}")
    window.show(windowed=windowed)  # then the keyboard, made in between frames
    later = StartLater(config, drivers, outbox, window, clock, training, help_desk)
    after_first_frame(window.window, later.start)
    after_first_frame(window.window, gc.enable)  # PAUSED_GC (module docstring)
    log.info("kiosk started", extra={"fields": {"station": config.station.id}})
    code = app.exec()
    watchdog.stop()
    later.stop()
    window.close()
    if forwarding is not None:
        forwarding.shutdown(wait=True)  # help requests raised just before the end are kept
    if later.sender is not None:
        later.sender.stop()
    if outbox is not None:
        outbox.close()
    return code


class StartLater:
    """What the kiosk starts once the attract screen's first frame is drawn.

    On the GUI thread: the outbox sender's thread. Off it: reading the forms'
    PDFs and importing what the rest of the journey uses; then, back on it, the
    catalogue for the forms screen, the first check of the scanner and printer,
    and /metrics and /healthz (kiosk.ops).
    """

    def __init__(
        self,
        config: StationConfig,
        drivers: Drivers,
        outbox: FileOutbox | None,
        window: KioskWindow,
        clock: Clock,
        training: TrainingMode,
        help_desk: HelpDesk,
    ) -> None:
        self.config = config
        self.drivers = drivers
        self.outbox = outbox
        self.window = window
        self.clock = clock
        self.training = training
        self.help_desk = help_desk
        self.sender: OutboxSender | None = None
        self.operations: Operations | None = None
        self._stopped = False
        self._reading: threading.Event | None = None  # set when the imports are done

    def start(self) -> None:
        if self._stopped:
            return
        if self.outbox is not None:
            self.sender = build_sender(self.config, self.outbox, self.drivers.backoffice).start()
        done = self._reading = threading.Event()
        self.window.screens.background.run(
            "start-up", lambda: self._read_and_import(done), self._started, self._read_failed
        )

    def _read_and_import(self, done: threading.Event) -> FormCatalogue:
        try:
            catalogue = FormCatalogue.load(self.config.forms)
            for name in LATER_MODULES:
                if self._stopped:
                    break
                importlib.import_module(name)
            return catalogue
        finally:
            done.set()

    def _started(self, catalogue: FormCatalogue) -> None:
        if self._stopped:
            return
        screens = self.window.screens
        screens.use_forms(catalogue)
        screens.station.check()
        from kiosk.ops.station import start_operations  # imported by _read_and_import

        self.operations = start_operations(
            self.config,
            self.drivers.scanner,
            self.drivers.printer,
            self.outbox,
            screens.journey,
            self.clock,
            self.training,
            self.help_desk,
            # /healthz answers 503 while a champion has the station out of service.
            out_of_service=lambda: self.window.staff.service.out_of_service() is not None,
        )

    def _read_failed(self, error: Exception) -> None:
        # A damaged PDF is the catalogue's to report; this is a module missing from
        # the install (the bundle's self-test is there to catch it first). The
        # station offers what it can without it: no forms, no /metrics.
        log.error("start-up after the first frame failed", extra={"fields": {"error": repr(error)}})
        if self._stopped:
            return
        self.window.screens.use_forms(FormCatalogue(()))
        self.window.screens.station.check()

    def stop(self) -> None:
        """Before the window closes: /metrics and the monitor stop, nothing more starts.

        A stop during the start-up waits for the module being imported off the
        GUI thread: the interpreter must not shut down under an import (a
        SIGTERM in the first second crashed there too, in a C extension's
        import). The sender (`self.sender`) is the caller's to stop, after the
        last help request has been written to the outbox.
        """
        self._stopped = True
        if self._reading is not None and not self._reading.wait(START_UP_FINISH_S):
            log.warning("start-up imports still running at stop")
        if self.operations is not None:
            self.operations.stop()


def open_station_outbox(config: StationConfig) -> FileOutbox | None:
    """Open the outbox, recovering after a crash; its sender starts after the first frame.

    Without a usable key the station still starts (printing and copying work);
    the log says why documents cannot be sent.
    """
    try:
        return open_outbox(config, recover=True)
    except OutboxKeyError as error:
        log.error("outbox unavailable", extra={"fields": {"reason": str(error)}})
        return None


def quit_on_stop_signals(app: QGuiApplication, wakeup: socket.socket) -> None:
    """Leave the event loop cleanly on SIGTERM (systemd stop) and SIGINT.

    The quit comes from a socket notifier at the top of the event loop, never
    from the signal handler: Qt 6's quit closes the window, and from a handler
    that ran inside the delivery of a frame that crashed the kiosk
    (kiosk/stop_signals.py has what was found). CPython writes each signal to
    `wakeup` as it arrives, so the notifier also wakes an event loop waiting
    in C++, and a signal that came before the loop ran is waiting there.
    """
    notifier = QSocketNotifier(wakeup.fileno(), QSocketNotifier.Type.Read, app)

    def signalled() -> None:
        numbers = stop_signals.drain(wakeup)
        log.info("stopping on a signal", extra={"fields": {"signals": numbers}})
        app.quit()

    notifier.activated.connect(signalled)


def self_test(config: StationConfig, path: os.PathLike[str] | str) -> int:
    prepare_qt_environment(offscreen=True)
    checks = [HealthCheck("config", HealthState.OK, f"{path} (station {config.station.id})")]
    app = QGuiApplication(sys.argv[:1])
    checks.append(_check_window(config, app))
    try:
        drivers = build_drivers(config)
    except Exception as error:  # a driver that cannot even be built is the finding
        checks.append(HealthCheck("drivers", HealthState.FAIL, f"could not build: {error}"))
    else:
        checks.append(HealthCheck("drivers", HealthState.OK, "scanner, printer, back office built"))
        # Whether the devices answer is reported, but a station whose printer is
        # off still passes its self-test: `kiosk-admin doctor` is for the devices.
        for probe in (drivers.scanner.check(), drivers.printer.check(), drivers.backoffice.check()):
            state = HealthState.WARN if probe.state is HealthState.FAIL else probe.state
            checks.append(HealthCheck(probe.name, state, probe.detail, probe.hint))
    checks.append(FormCatalogue.load(config.forms).check())
    for check in checks:
        print(check.line(), flush=True)
    return EXIT_FAILED if any(c.state is HealthState.FAIL for c in checks) else EXIT_OK


def _check_window(config: StationConfig, app: QGuiApplication) -> HealthCheck:
    try:
        window = build_window(config)
    except UiLoadError as error:
        return HealthCheck("window", HealthState.FAIL, str(error))
    window.show(windowed=True)
    frames: list[int] = []
    window.window.frameSwapped.connect(lambda: (frames.append(1), app.quit()))
    QTimer.singleShot(SELF_TEST_TIMEOUT_MS, app.quit)
    app.exec()
    screen = window.current_screen
    window.close()
    if not frames:
        return HealthCheck("window", HealthState.FAIL, "no frame drawn within 10 s")
    if screen != "attract":
        return HealthCheck("window", HealthState.FAIL, f"showed {screen!r}, not the attract screen")
    return HealthCheck("window", HealthState.OK, "attract screen drawn")


if __name__ == "__main__":
    raise SystemExit(main())
