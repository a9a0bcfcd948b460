"""StationMonitor on the real test scanner and private cupsd: checks on its own thread,
leaves the scanner alone while a resident is mid-journey, and says why a station
cannot serve."""

from __future__ import annotations

import threading
from pathlib import Path

from drivers.printer import CupsPrinter
from drivers.scanner import SaneScanner
from kiosk.core.monitor import StationMonitor, StationSnapshot, not_ready_reasons
from kiosk.core.ports import HealthCheck, HealthState
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.sane_testbed import TEST_DEVICE


class CountedScanner:
    """The real scanner, counting how often it is asked."""

    def __init__(self, scanner: SaneScanner) -> None:
        self.scanner = scanner
        self.checks = 0

    def check(self) -> HealthCheck:
        self.checks += 1
        return self.scanner.check()

    def __getattr__(self, name: str) -> object:
        return getattr(self.scanner, name)


def test_the_scanner_is_asked_only_between_residents(
    sane_config_dir: Path, cups_server: PrivateCups
) -> None:
    scanner = CountedScanner(SaneScanner(TEST_DEVICE, sane_config_dir))
    idle = threading.Event()
    monitor = StationMonitor(
        scanner,  # type: ignore[arg-type]  # a counting wrapper around the real one
        CupsPrinter(cups_server.queue, cups_server.server),
        idle=idle.is_set,
    )

    first = monitor.check_now()  # the first check always asks
    monitor.check_now()  # a resident is mid-journey: the last answer stands
    idle.set()
    monitor.check_now()

    assert scanner.checks == 2
    assert first.scanner is not None and first.scanner.state is HealthState.OK
    assert first.printer is not None and first.printer.state.can_print
    assert not_ready_reasons(monitor.snapshot(), None, lambda: False) == [
        "outbox unavailable: the outbox is not available (see the log: key or folder)"
    ]


def test_the_thread_checks_and_listeners_hear_it(
    sane_config_dir: Path, cups_server: PrivateCups
) -> None:
    heard: list[StationSnapshot] = []
    done = threading.Event()
    monitor = StationMonitor(
        SaneScanner(TEST_DEVICE, sane_config_dir),
        CupsPrinter(cups_server.queue, cups_server.server),
        interval_s=3600,
    )
    monitor.subscribe(lambda snapshot: (heard.append(snapshot), done.set()))
    monitor.start()
    try:
        assert done.wait(30)
    finally:
        monitor.stop()

    assert heard[0].checked_at_s is not None
    assert monitor.snapshot() == heard[-1]


def test_nothing_checked_yet_is_not_ready() -> None:
    reasons = not_ready_reasons(StationSnapshot(), None, lambda: True)
    assert reasons[0].startswith("out of service")
    assert reasons[1].startswith("starting")
