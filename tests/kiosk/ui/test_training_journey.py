"""A champion practising: the whole send journey in training mode, through the real
window, scanner, outbox and sender. The submission reaches the sandbox receiver,
marked as training, and the live receiver gets nothing. Training is switched on
from the config, or from staff mode (which ends the session running then)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_screens import (
    SEND_TIMEOUT_MS,
    FakeClock,
    Shot,
    item,
    scan_one_page,
    send_pages,
    start_service,
    tap,
    wait_for_screen,
    with_staff_records_in,
)
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from drivers.scanner import SaneScanner
from kiosk.app import build_window
from kiosk.config import StationConfig
from kiosk.core.journey import State
from kiosk.core.training import TrainingMode
from kiosk.outbox import FileOutbox, OutboxSender, Station
from kiosk.staff.audit import AuditRecord
from kiosk.staff.pins import CredentialStore
from kiosk.staff.setup import open_staff_records
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow

PIN = "482913"


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Receiver]:
    with Receiver(tmp_path / "sandbox", token="test-token") as receiver:
        yield receiver


@pytest.fixture
def config(demo_config: StationConfig, tmp_path: Path) -> StationConfig:
    """The demo station with its staff records in the test's own folders."""
    config = with_staff_records_in(demo_config, tmp_path)
    CredentialStore(config.staff.credentials_file).add("Asha Patel", PIN)
    return config


@pytest.fixture
def training(request: pytest.FixtureRequest) -> TrainingMode:
    """On at start, as `[training] enabled` makes it; parametrize with False for off."""
    return TrainingMode(available=True, active=getattr(request, "param", True))


@pytest.fixture
def training_station(
    qapp: QGuiApplication,
    qtbot: QtBot,
    tmp_path: Path,
    config: StationConfig,
    training: TrainingMode,
    sane_config_dir: Path,
    backoffice_receiver: Receiver,
    sandbox: Receiver,
) -> Iterator[KioskWindow]:
    demo_config = config
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
    window = build_window(
        demo_config,
        SaneScanner(demo_config.scanner.device, sane_config_dir),
        outbox,  # build_window marks what the journey stores while training is on
        FakeClock(),
        staff_records=open_staff_records(demo_config),
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
    start_service(qtbot, window, "parking", {"pcn": "GR12345678"})
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


def staff_action(qtbot: QtBot, window: KioskWindow, action: str, screenshot: Shot) -> str:
    """Sign in with the PIN pad, tap the action in Actions, confirm, and sign out."""
    window.staff.openPinPad()
    for digit in PIN:
        tap(qtbot, window, f"pinKey{digit}")
    tap(qtbot, window, "pinSubmit")
    qtbot.waitUntil(lambda: window.staff.page == "home", timeout=SEND_TIMEOUT_MS)
    tap(qtbot, window, "staffActionsButton")
    screenshot(window, f"staff-actions-before-{action}")
    tap(qtbot, window, f"action_{action}")
    assert window.staff.confirming == action  # it ends the session: asked first
    screenshot(window, f"staff-confirm-{action}")
    tap(qtbot, window, "staffConfirmYes")
    message = str(window.staff.actionMessage)
    tap(qtbot, window, "staffExitButton")
    return message


@pytest.mark.parametrize("training", [False], indirect=True, ids=["off-at-start"])
def test_staff_switch_training_on_and_off_and_each_ends_the_running_session(
    training_station: KioskWindow,
    training: TrainingMode,
    qtbot: QtBot,
    screenshot: Shot,
    config: StationConfig,
    backoffice_receiver: Receiver,
    sandbox: Receiver,
) -> None:
    window = training_station
    banner = item(window, "trainingBanner")
    assert not banner.isVisible()
    window.screens.journey.start()  # a resident has started: their session must not turn practice

    message = staff_action(qtbot, window, "training_on", screenshot)
    assert message.startswith("Training mode is on"), message
    assert window.screens.journey.state is State.ATTRACT and training.active
    qtbot.waitUntil(banner.isVisible)
    screenshot(window, "attract-training-from-staff")

    start_service(qtbot, window, "parking", {"pcn": "GR12345678"})
    scan_one_page(qtbot, window, 1)
    send_pages(qtbot, window)
    qtbot.waitUntil(lambda: len(sandbox.received()) == 1, timeout=SEND_TIMEOUT_MS)
    assert sandbox.received()[0].metadata["training"] is True

    message = staff_action(
        qtbot, window, "training_off", screenshot
    )  # from the confirmation screen
    assert message.startswith("Training mode is off"), message
    assert window.screens.journey.state is State.ATTRACT and not training.active
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert backoffice_receiver.received() == []
    records = [r for r in open_staff_records(config).audit.read() if isinstance(r, AuditRecord)]
    switches = [
        (r.detail["action"], r.champion, r.detail["ended_session"])
        for r in records
        if str(r.detail.get("action", "")).startswith("training")
    ]
    assert switches == [("training_on", "Asha Patel", True), ("training_off", "Asha Patel", True)]
