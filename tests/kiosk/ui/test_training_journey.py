"""A champion practising: the whole send journey in training mode, through the real
window, scanner, outbox and sender. The submission reaches the sandbox receiver,
marked as training, and the live receiver gets nothing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_screens import (
    SEND_TIMEOUT_MS,
    FakeClock,
    Shot,
    fill_details,
    item,
    scan_one_page,
    tap,
    wait_for_screen,
)
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from drivers.scanner import SaneScanner
from kiosk.app import build_window
from kiosk.config import StationConfig
from kiosk.core.training import TrainingMode
from kiosk.outbox import FileOutbox, OutboxSender, Station
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Receiver]:
    with Receiver(tmp_path / "sandbox", token="test-token") as receiver:
        yield receiver


@pytest.fixture
def training_station(
    qapp: QGuiApplication,
    qtbot: QtBot,
    tmp_path: Path,
    demo_config: StationConfig,
    sane_config_dir: Path,
    backoffice_receiver: Receiver,
    sandbox: Receiver,
) -> Iterator[KioskWindow]:
    info = demo_config.station
    outbox = FileOutbox(
        tmp_path / "outbox", os.urandom(32), Station(info.id, info.site, info.reference_prefix)
    )
    token = tmp_path / "token"
    token.write_text("test-token")
    services = [s.id for s in demo_config.services]
    office = HttpBackOffice(
        [ServiceEndpoint(s, backoffice_receiver.service_url(s), token) for s in services],
        [ServiceEndpoint(s, sandbox.service_url(s), token) for s in services],
    )
    sender = OutboxSender(outbox, office, retry_initial_s=0.05, retry_max_s=0.2).start()
    training = TrainingMode(available=True, active=True)
    window = build_window(
        demo_config,
        SaneScanner(demo_config.scanner.device, sane_config_dir),
        outbox,  # build_window marks what the journey stores while training is on
        FakeClock(),
        training=training,
    )
    window.show(windowed=True)
    qtbot.waitUntil(lambda: window.window.isExposed())
    window.window.requestActivate()
    qtbot.waitUntil(lambda: window.window.isActive())
    yield window
    qtbot.waitUntil(lambda: not window.screens.background.busy, timeout=SEND_TIMEOUT_MS)
    assert window.qml_warnings == []
    window.close()
    qapp.processEvents()
    sender.stop()
    outbox.close()


def test_a_practice_submission_goes_to_the_sandbox_marked_as_training(
    training_station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    backoffice_receiver: Receiver,
    sandbox: Receiver,
) -> None:
    window = training_station
    assert item(window, "trainingBanner").isVisible()
    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")
    tap(qtbot, window, "service_parking")
    wait_for_screen(qtbot, window, "details")
    fill_details(qtbot, window, {"pcn": "GR12345678"})
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "capture")
    scan_one_page(qtbot, window, 1)
    tap(qtbot, window, "finishedButton")
    wait_for_screen(qtbot, window, "review")
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "check")
    assert item(window, "trainingBanner").isVisible()
    screenshot(window, "check-training")
    tap(qtbot, window, "sendButton")
    wait_for_screen(qtbot, window, "confirmation", timeout=SEND_TIMEOUT_MS)
    reference = item(window, "reference").property("text")
    screenshot(window, "confirmation-training")

    qtbot.waitUntil(lambda: len(sandbox.received()) == 1, timeout=SEND_TIMEOUT_MS)
    [practice] = sandbox.received()
    assert practice.metadata["kiosk_reference"] == reference
    assert practice.metadata["training"] is True
    assert practice.metadata["service_id"] == "parking"
    assert backoffice_receiver.received() == []
    tap(qtbot, window, "finishButton")
    wait_for_screen(qtbot, window, "attract")
