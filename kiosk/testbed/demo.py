"""`make demo`: the kiosk on the SANE test scanner, with the reference
receiver and a private printer, all on this machine.

With a display it opens the kiosk in a window. Without one (a server, CI)
it walks through every screen offscreen, saves a screenshot of each under
build/screenshots/demo/, and says what the parts saw. It stops everything
it started, also on Ctrl-C, SIGTERM or failure.

The parts listen on the ports the config names (config/demo.toml), so the
demo is the same for everyone. With --free-ports they listen on ports that
are free now, and the kiosk gets a copy of the config that points at them
(kiosk/testbed/station_copy.py): the tests use it, so they run beside
someone's `make demo` or another checkout's tests.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

from kiosk.config import ConfigError, StationConfig, load_config
from kiosk.core.ports import BackOffice
from kiosk.outbox import FileOutbox
from kiosk.testbed import processes
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.processes import PartStartError
from kiosk.testbed.receiver import Receiver
from kiosk.testbed.station_copy import receiver_address, station_on_ports

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = REPO / "config" / "demo.toml"
DEFAULT_SCREENSHOTS = REPO / "build" / "screenshots" / "demo"
FIRST_FRAME_TIMEOUT_MS = 10_000
OUTBOX_DEMO_TIMEOUT_S = 15.0
# How long the windowed kiosk may take to stop after Ctrl-C or SIGTERM (it
# closes its window, wipes the session's pages and stops its sender).
KIOSK_STOP_S = 30.0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    headless = args.headless or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    try:
        with (
            _stop_on_sigterm(),
            _demo_parts(config, args.config, args.free_ports) as (receiver, printer, path),
        ):
            print(f"demo: receiver   {receiver.url} (storing in {receiver.store_dir})")
            print(f"demo: printer    queue {printer.queue} on cupsd {printer.server}")
            print("demo: scanner    libsane test backend (config/sane)")
            if path != args.config:
                print(f"demo: config     {path} (a copy on the free ports)")
            if headless:
                code = walk_through(load_config(path), args.screenshots)
            else:
                code = run_kiosk(path)
            _report(receiver, printer)
            return code
    except PartStartError as error:
        print(f"demo: a part did not start: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"demo: {error}. Is another `make demo` running? Stop it, or run this "
            "one on free ports: make demo DEMO_ARGS=--free-ports",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("demo: stopped; everything it started has been stopped", file=sys.stderr)
        return 130


def run_kiosk(config_path: Path) -> int:
    """The kiosk in a window, until it is closed or stopped; its exit status.

    On Ctrl-C or SIGTERM the kiosk is stopped and waited for, so it can wipe
    its session's pages: Ctrl-C in a terminal reaches it too (one process
    group), a SIGTERM to the demo does not.
    """
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--config", str(config_path), "--windowed"]
    )
    try:
        return kiosk.wait()
    except KeyboardInterrupt:
        kiosk.send_signal(signal.SIGTERM)  # the kiosk stops the same way on either
        try:
            kiosk.wait(timeout=KIOSK_STOP_S)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            kiosk.wait()
        raise


def walk_through(config: StationConfig, folder: Path) -> int:
    """Every screen that exists, offscreen, one screenshot each.

    A resident's whole journey: the documents are scanned on libsane's test
    backend and go through a real outbox and sender to the demo receiver.
    """
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import build_drivers, build_window, prepare_qt_environment
    from kiosk.core.help import HelpDesk
    from kiosk.sending_setup import forward_help_requests
    from kiosk.testbed.demo_journey import DemoClock, DemoStepError, walk_journey
    from kiosk.testbed.frames import wait_for_frame
    from kiosk.ui.screenshots import save_screenshot

    prepare_qt_environment(offscreen=True)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    drivers = build_drivers(config)
    for check in (drivers.scanner.check(), drivers.printer.check(), drivers.backoffice.check()):
        print(f"demo: {check.line()}")
    clock = DemoClock()
    with _demo_outbox(config, drivers.backoffice) as outbox:
        help_desk = HelpDesk()
        forwarding = forward_help_requests(config, outbox, help_desk)
        window = build_window(config, drivers.scanner, outbox, clock, drivers.printer, help_desk)
        try:
            window.show(windowed=True)
            # The first frame, without app.exec()/app.quit(): Qt 6's quit closes
            # every window, and the walk then tapped a hidden window whose
            # screens were only laid out when a screenshot drew them.
            # If none comes, the screenshot below draws the window anyway.
            with suppress(TimeoutError):
                wait_for_frame(window, timeout_s=FIRST_FRAME_TIMEOUT_MS / 1000)
            shots = [save_screenshot(window.window, folder, window.current_screen)]
            try:
                journey_shots, reference = walk_journey(app, window, config, folder, clock)
            except DemoStepError as error:
                print(f"demo: the walk-through stopped: {error}", file=sys.stderr)
                return 1
            shots += journey_shots
            print(f"demo: outbox     queued {reference} for {config.services[0].id}")
            _report_delivery(outbox, reference)
            _report_help_webhook(outbox, forwarding)
        finally:
            window.close()
    print(f"demo: {len(shots)} screenshot(s) in {folder}:")
    for shot in shots:
        print(f"demo:   {shot.relative_to(REPO) if shot.is_relative_to(REPO) else shot}")
    return 0


@contextmanager
def _demo_outbox(config: StationConfig, backoffice: BackOffice) -> Iterator[FileOutbox]:
    """A real outbox and sender for this run, delivering to the demo receiver.

    The outbox lives in a temporary folder for this run, so entries left by an
    earlier demo never reach this run's receiver.
    """
    from kiosk.outbox import FileOutbox, OutboxSender, Station, load_key

    station = config.station
    with tempfile.TemporaryDirectory(prefix="kiosk-demo-outbox-") as folder:
        outbox = FileOutbox(
            Path(folder),
            load_key(config.outbox.key_file),
            Station(station.id, station.site, station.reference_prefix),
        )
        sender = OutboxSender(outbox, backoffice, retry_initial_s=0.2, retry_max_s=2.0)
        try:
            sender.start()
            yield outbox
        finally:
            sender.stop()
            outbox.close()


def _report_help_webhook(outbox: FileOutbox, forwarding: Executor | None) -> None:
    from kiosk.core.sending import HELP_CHANNEL, EntryState, is_callback_channel

    if forwarding is None:
        print("demo: help       no [help] webhook_url: help requests stay on the station")
        return
    forwarding.shutdown(wait=True)
    deadline = time.monotonic() + OUTBOX_DEMO_TIMEOUT_S
    while outbox.stats().by_state[EntryState.QUEUED] and time.monotonic() < deadline:
        time.sleep(0.05)
    sent = [e for e in outbox.entries((EntryState.SENT,)) if e.service_id == HELP_CHANNEL]
    print(f"demo: help       {len(sent)} help request(s) delivered to the webhook")
    calls = [e for e in outbox.entries((EntryState.SENT,)) if is_callback_channel(e.service_id)]
    print(f"demo: call-back  {len(calls)} call-back request(s) delivered to the back office")


def _report_delivery(outbox: FileOutbox, reference: str) -> None:
    from kiosk.core.sending import EntryState

    deadline = time.monotonic() + OUTBOX_DEMO_TIMEOUT_S
    while outbox.stats().depth and time.monotonic() < deadline:
        time.sleep(0.05)
    entry = outbox.entry(reference)
    if entry.state is EntryState.SENT:
        print(
            f"demo: outbox     delivered {entry.reference}: back-office reference "
            f"{entry.backoffice_reference}"
        )
    else:
        print(f"demo: outbox     not delivered yet: {entry.last_error or entry.state.value}")


@contextmanager
def _demo_parts(
    config: StationConfig, path: Path, free_ports: bool
) -> Iterator[tuple[Receiver, PrivateCups, Path]]:
    """The receiver and the printer; the config that points at them."""
    try:
        host, port = receiver_address(config)
    except ValueError as error:
        raise SystemExit(f"demo: {error}") from None
    token = _demo_token(config)
    cups_port = int((config.printer.cups_server or "").rpartition(":")[2] or 0)
    if free_ports:
        port = cups_port = 0  # each part takes a free one
    with (
        tempfile.TemporaryDirectory(prefix="kiosk-demo-") as tmp,
        Receiver(Path(tmp) / "received", host=host, port=port, token=token) as receiver,
        PrivateCups(port=cups_port, queue=config.printer.queue) as printer,
    ):
        if free_ports:
            path = station_on_ports(
                path,
                Path(tmp) / "station",
                receiver_url=receiver.url,
                cups_server=printer.server,
                metrics_port=processes.free_port(),
            )
        yield receiver, printer, path


def _demo_token(config: StationConfig) -> str | None:
    files = {s.token_file for s in config.services if s.token_file is not None}
    return next(iter(files)).read_text().strip() if len(files) == 1 else None


def _report(receiver: Receiver, printer: PrivateCups) -> None:
    received = receiver.received()
    print(f"demo: the receiver received {len(received)} submission(s)")
    for item in received:
        pages = item.metadata.get("page_count", "?")
        print(f"demo:   {item.reference} {item.metadata.get('service_id')} ({pages} pages)")
    print(f"demo: the printer received {len(printer.printed_files())} document(s)")


@contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C, so every `with` above stops its part."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make demo", description=__doc__)
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--headless", action="store_true", help="walk through offscreen")
    parser.add_argument("--screenshots", type=Path, default=DEFAULT_SCREENSHOTS)
    parser.add_argument(
        "--free-ports",
        action="store_true",
        help="run the receiver, the printer and /metrics on free ports, not the config's",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(main())
