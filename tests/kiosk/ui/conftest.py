"""Fixtures for the screens: the whole kiosk window on the real parts.

`station` is the kiosk as a resident meets it: libsane's test scanner, the
private cupsd's printer, the real outbox with its sender posting to the
reference receiver, a help desk, and a fake clock to move idle time by hand.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_screens import SCAN_TIMEOUT_MS, FakeClock, StationMaker
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from drivers.printer import CupsPrinter
from drivers.scanner import SaneScanner
from kiosk.app import build_window
from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.core.ports import Scanner
from kiosk.core.sending import HELP_CHANNEL, callback_channel
from kiosk.outbox import FileOutbox, OutboxSender, Station
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def outbox_dir(tmp_path: Path) -> Path:
    """Where the outbox keeps submissions (a test may put it on a disk of its own)."""
    return tmp_path / "outbox"


@pytest.fixture
def outbox(outbox_dir: Path, demo_config: StationConfig) -> Iterator[FileOutbox]:
    station = demo_config.station
    box = FileOutbox(
        outbox_dir,
        os.urandom(32),
        Station(station.id, station.site, station.reference_prefix),
    )
    yield box
    box.close()


@pytest.fixture
def sender(
    tmp_path: Path,
    outbox: FileOutbox,
    backoffice_receiver: Receiver,
    demo_config: StationConfig,
) -> Iterator[OutboxSender]:
    token = tmp_path / "token"
    token.write_text("test-token")
    base = backoffice_receiver.url
    office = HttpBackOffice(
        [
            ServiceEndpoint(s.id, backoffice_receiver.service_url(s.id), token, read_timeout_s=5)
            for s in demo_config.services
        ],
        # The champions' webhook and every service's call-backs, on the same receiver.
        notification_endpoints=[
            ServiceEndpoint(HELP_CHANNEL, f"{base}/webhooks/champions", token, read_timeout_s=5),
            *(
                ServiceEndpoint(callback_channel(s.id), f"{base}/callbacks/{s.id}", token)
                for s in demo_config.services
            ),
        ],
    )
    running = OutboxSender(outbox, office, retry_initial_s=0.05, retry_max_s=0.2).start()
    yield running
    running.stop()


@pytest.fixture
def help_desk() -> HelpDesk:
    return HelpDesk()


@pytest.fixture
def printer(cups_server: PrivateCups) -> CupsPrinter:
    return CupsPrinter(cups_server.queue, cups_server.server)


@pytest.fixture
def make_station(
    qapp: QGuiApplication,
    qtbot: QtBot,
    demo_config: StationConfig,
    outbox: FileOutbox,
    sender: OutboxSender,
    clock: FakeClock,
    printer: CupsPrinter,
    help_desk: HelpDesk,
) -> Iterator[StationMaker]:
    """Builds the kiosk on the real outbox, sender and printer around a given scanner."""
    made: list[KioskWindow] = []

    def make(scanner: Scanner, config: StationConfig | None = None) -> KioskWindow:
        window = build_window(config or demo_config, scanner, outbox, clock, printer, help_desk)
        window.show(windowed=True)
        qtbot.waitUntil(lambda: window.window.isExposed())
        window.window.requestActivate()
        qtbot.waitUntil(lambda: window.window.isActive())
        made.append(window)
        return window

    yield make
    for window in made:
        qtbot.waitUntil(lambda w=window: not w.screens.background.busy, timeout=SCAN_TIMEOUT_MS)  # type: ignore[misc]
        assert window.qml_warnings == []
        window.close()
    qapp.processEvents()


@pytest.fixture
def station(
    make_station: StationMaker, demo_config: StationConfig, sane_config_dir: Path
) -> KioskWindow:
    """The whole kiosk: real scanner, printer, outbox and sender, a fake clock for idling."""
    return make_station(SaneScanner(demo_config.scanner.device, sane_config_dir))
