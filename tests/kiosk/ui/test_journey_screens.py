"""The send-documents journey through the real window, offscreen: the real state
machine, libsane's test scanner, the real outbox and sender, and the reference
receiver. Every screen reached is saved under build/screenshots/<test name>/."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from drivers.scanner import SaneScanner
from kiosk.app import build_window
from kiosk.config import StationConfig
from kiosk.core.journey import IDLE_WARNING_S, State
from kiosk.outbox import FileOutbox, OutboxSender, Station
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow

SCAN_TIMEOUT_MS = 60_000
SEND_TIMEOUT_MS = 20_000
Shot = Callable[..., Path]


class FakeClock:
    def __init__(self) -> None:
        self.now_s = 0.0

    def monotonic_s(self) -> float:
        return self.now_s

    def advance(self, seconds: float) -> None:
        self.now_s += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def outbox(tmp_path: Path, demo_config: StationConfig) -> Iterator[FileOutbox]:
    station = demo_config.station
    box = FileOutbox(
        tmp_path / "outbox",
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
    office = HttpBackOffice(
        [
            ServiceEndpoint(s.id, backoffice_receiver.service_url(s.id), token, read_timeout_s=5)
            for s in demo_config.services
        ]
    )
    running = OutboxSender(outbox, office, retry_initial_s=0.05, retry_max_s=0.2).start()
    yield running
    running.stop()


@pytest.fixture
def station(
    qapp: QGuiApplication,
    qtbot: QtBot,
    demo_config: StationConfig,
    sane_config_dir: Path,
    outbox: FileOutbox,
    sender: OutboxSender,
    clock: FakeClock,
) -> Iterator[KioskWindow]:
    """The whole kiosk: real scanner, real outbox and sender, a fake clock for idling."""
    scanner = SaneScanner(demo_config.scanner.device, sane_config_dir)
    window = build_window(demo_config, scanner, outbox, clock)
    window.show(windowed=True)
    qtbot.waitUntil(lambda: window.window.isExposed())
    window.window.requestActivate()
    qtbot.waitUntil(lambda: window.window.isActive())
    yield window
    qtbot.waitUntil(lambda: not window.screens.background.busy, timeout=SCAN_TIMEOUT_MS)
    assert window.qml_warnings == []
    window.close()
    qapp.processEvents()


# --- helpers -------------------------------------------------------------------------


def item(window: KioskWindow, name: str) -> QQuickItem:
    found = window.find(name)
    assert isinstance(found, QQuickItem), f"no item named {name!r}"
    return found


def tap(qtbot: QtBot, window: KioskWindow, name: str) -> None:
    target = item(window, name)
    assert target.isVisible() and target.isEnabled(), f"{name} cannot be tapped"
    # WCAG 2.5.5 target size, checked on everything a test taps.
    assert target.width() >= 48 and target.height() >= 48, f"{name} is too small"
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    assert 0 <= centre.y() < window.window.height(), f"{name} is off the screen"
    qtbot.mouseClick(window.window, Qt.MouseButton.LeftButton, pos=centre)


def assert_touch_targets(window: KioskWindow) -> None:
    """Every visible button and text field is at least 48 x 48 px (WCAG 2.5.5)."""
    pending = [window.window.contentItem()]
    checked = 0
    while pending:
        current = pending.pop()
        pending.extend(current.childItems())
        kind = current.metaObject().className()
        if current.isVisible() and ("Button" in kind or "TextField" in kind):
            checked += 1
            name = current.objectName() or kind
            assert current.width() >= 48 and current.height() >= 48, f"{name} is too small"
    assert checked > 0


def type_text(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    for character in text:
        qtbot.keyClick(window.window, character)


def wait_for_screen(qtbot: QtBot, window: KioskWindow, screen: str, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: window.current_screen == screen, timeout=timeout)
    qtbot.wait(50)  # one frame, so the screenshot shows the new screen drawn
    assert_touch_targets(window)


def fill_details(qtbot: QtBot, window: KioskWindow, values: dict[str, str]) -> None:
    for field_id, value in values.items():
        tap(qtbot, window, f"field_{field_id}")
        type_text(qtbot, window, value)


def scan_one_page(qtbot: QtBot, window: KioskWindow, expected_pages: int) -> None:
    capture = window.screens.capture
    tap(qtbot, window, "scanButton")
    qtbot.waitUntil(
        lambda: not capture.scanning and capture.pageCount == expected_pages,
        timeout=SCAN_TIMEOUT_MS,
    )
    assert capture.message == ""


# --- the journey ---------------------------------------------------------------------------


def test_a_resident_sends_two_pages_to_housing_benefit_and_gets_a_reference(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    backoffice_receiver: Receiver,
) -> None:
    journey = station.screens.journey
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    screenshot(station)

    tap(qtbot, station, "service_housing-benefit")
    wait_for_screen(qtbot, station, "details")
    tap(qtbot, station, "field_claim_number")
    qtbot.waitUntil(lambda: item(station, "keyboard").property("active") is True)
    field = item(station, "field_claim_number")
    # Numbers get the digits layout of the on-screen keyboard.
    assert field.property("inputMethodHints") & Qt.InputMethodHint.ImhDigitsOnly
    type_text(qtbot, station, "1234")
    screenshot(station, "details_keyboard")

    tap(qtbot, station, "continueButton")
    qtbot.waitUntil(lambda: item(station, "message_claim_number").property("text") != "")
    assert journey.state is State.DETAILS
    assert item(station, "message_claim_number").property("text") == (
        "Check the number. It has 8 digits, like 12345678."
    )
    assert item(station, "message_full_name").property("text") == "Please fill in this box."
    screenshot(station, "details_problems")

    tap(qtbot, station, "field_claim_number")
    type_text(qtbot, station, "5678")
    tap(qtbot, station, "field_full_name")
    type_text(qtbot, station, "Ada Lovelace")
    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "capture")
    assert journey.session is not None
    assert journey.session.fields == {"claim_number": "12345678", "full_name": "Ada Lovelace"}
    assert not item(station, "finishedButton").isEnabled()
    screenshot(station)

    scan_one_page(qtbot, station, 1)
    assert item(station, "scanButton").property("text") == "Scan another page"
    screenshot(station, "capture_one_page")
    scan_one_page(qtbot, station, 2)

    tap(qtbot, station, "finishedButton")
    wait_for_screen(qtbot, station, "review")
    qtbot.wait(200)  # thumbnails load asynchronously
    screenshot(station)
    tap(qtbot, station, "rotate_2")
    assert journey.session is not None
    pages = journey.session.pages.pages
    assert [getattr(p, "rotation", None) for p in pages] == [0, 90]
    qtbot.wait(200)
    screenshot(station, "review_turned")

    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "check")
    assert item(station, "pageSummary").property("text") == "2 pages"
    screenshot(station)

    tap(qtbot, station, "sendButton")
    wait_for_screen(qtbot, station, "confirmation", timeout=SEND_TIMEOUT_MS)
    reference = item(station, "reference").property("text")
    assert reference.startswith("DEM-")
    assert "5 working days" in item(station, "nextSteps").property("text")
    screenshot(station)

    qtbot.waitUntil(lambda: len(backoffice_receiver.received()) == 1, timeout=SEND_TIMEOUT_MS)
    received = backoffice_receiver.received()[0]
    assert received.metadata["kiosk_reference"] == reference
    assert received.metadata["service_id"] == "housing-benefit"
    assert received.metadata["page_count"] == 2
    assert received.metadata["fields"] == {"claim_number": "12345678", "full_name": "Ada Lovelace"}

    session_folder = journey.session.pages.folder  # type: ignore[attr-defined]
    tap(qtbot, station, "finishButton")
    wait_for_screen(qtbot, station, "attract")
    assert journey.session is None and not session_folder.exists()


def test_no_answer_to_the_idle_warning_wipes_the_session_and_returns_to_attract(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, clock: FakeClock
) -> None:
    journey = station.screens.journey
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "service_council-tax")
    wait_for_screen(qtbot, station, "details")
    fill_details(qtbot, station, {"account_number": "123456789"})
    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "capture")
    scan_one_page(qtbot, station, 1)
    assert journey.session is not None
    session_folder = journey.session.pages.folder  # type: ignore[attr-defined]

    clock.advance(journey.idle_timeout_s)
    qtbot.waitUntil(lambda: item(station, "idleWarning").isVisible())
    countdown = item(station, "idleCountdown")
    assert countdown.property("text") == f"{IDLE_WARNING_S:.0f} seconds"
    screenshot(station, "capture_idle_warning")

    # "I need more time" keeps everything.
    tap(qtbot, station, "moreTimeButton")
    qtbot.waitUntil(lambda: not item(station, "idleWarning").isVisible())
    assert journey.state is State.CAPTURE and session_folder.exists()

    clock.advance(journey.idle_timeout_s)
    qtbot.waitUntil(lambda: item(station, "idleWarning").isVisible())
    clock.advance(IDLE_WARNING_S - 5)
    qtbot.waitUntil(lambda: countdown.property("text") == "5 seconds")
    screenshot(station, "capture_idle_5_seconds_left")
    clock.advance(5)
    wait_for_screen(qtbot, station, "attract")
    assert journey.session is None and not session_folder.exists()
    assert not item(station, "idleWarning").isVisible()
    screenshot(station, "attract_after_time_out")


def test_start_again_asks_first_then_wipes_the_session(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot
) -> None:
    journey = station.screens.journey
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    fill_details(qtbot, station, {"pcn": "GR12345678"})

    tap(qtbot, station, "startAgainButton")
    qtbot.waitUntil(lambda: item(station, "startAgainConfirm").isVisible())
    screenshot(station, "details_start_again")
    tap(qtbot, station, "keepGoingButton")
    qtbot.waitUntil(lambda: not item(station, "startAgainConfirm").isVisible())
    assert journey.state is State.DETAILS

    tap(qtbot, station, "startAgainButton")
    qtbot.waitUntil(lambda: item(station, "startAgainConfirm").isVisible())
    tap(qtbot, station, "confirmStartAgainButton")
    wait_for_screen(qtbot, station, "attract")
    assert journey.session is None
    assert not item(station, "startAgainConfirm").isVisible()
    assert not item(station, "topBar").isVisible()

    # The next resident sees empty fields.
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    assert item(station, "field_pcn").property("text") == ""
