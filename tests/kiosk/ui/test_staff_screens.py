"""Staff mode through the real window, offscreen: the hidden gesture, the PIN pad
with its lockout, and every staff screen and action on the real parts (libsane's
test scanner, the private cupsd with ippeveprinter, the real outbox and the
reference receiver). Screenshots go to build/screenshots/<test name>/."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_screens import with_staff_records_in
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from drivers.printer import CupsPrinter
from drivers.printer.cups_printer import connect
from drivers.scanner import SaneScanner
from kiosk.app import build_window
from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.core.journey import State
from kiosk.core.printing import PrintOptions
from kiosk.core.sending import EntryState, Submission
from kiosk.outbox import FileOutbox, Station
from kiosk.staff.audit import AuditRecord
from kiosk.staff.pins import CredentialStore
from kiosk.staff.setup import open_staff_records
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow

PIN = "482913"
ACTION_TIMEOUT_MS = 60_000
Shot = Callable[..., Path]


class FakeClock:
    def __init__(self) -> None:
        self.now_s = 0.0

    def monotonic_s(self) -> float:
        return self.now_s


@pytest.fixture
def config(demo_config: StationConfig, tmp_path: Path) -> StationConfig:
    outbox = demo_config.outbox.model_copy(update={"directory": tmp_path / "outbox"})
    return with_staff_records_in(demo_config, tmp_path).model_copy(update={"outbox": outbox})


@pytest.fixture
def outbox(config: StationConfig) -> Iterator[FileOutbox]:
    box = FileOutbox(config.outbox.directory, os.urandom(32), Station("demo-01", "woolwich", "DEM"))
    yield box
    box.close()


@pytest.fixture
def make_window(
    qapp: QGuiApplication,
    qtbot: QtBot,
    config: StationConfig,
    sane_config_dir: Path,
    cups_server: PrivateCups,
    outbox: FileOutbox,
    backoffice_receiver: Receiver,
    tmp_path: Path,
) -> Iterator[Callable[[], KioskWindow]]:
    """Starts the whole kiosk on the real parts; a second call is a restart."""
    token = tmp_path / "token"
    token.write_text("test-token")
    office = HttpBackOffice(
        [
            ServiceEndpoint(s.id, backoffice_receiver.service_url(s.id), token)
            for s in config.services
        ]
    )
    windows: list[KioskWindow] = []

    def start() -> KioskWindow:
        if windows:
            windows[-1].close()
            qapp.processEvents()
        window = build_window(
            config,
            SaneScanner(config.scanner.device, sane_config_dir),
            outbox,
            FakeClock(),
            printer=CupsPrinter(cups_server.queue, cups_server.server),
            backoffice=office,
            help_desk=HelpDesk(),
            staff_records=open_staff_records(config),
        )
        window.show(windowed=True)
        qtbot.waitUntil(lambda: window.window.isExposed())
        window.window.requestActivate()
        qtbot.waitUntil(lambda: window.window.isActive())
        windows.append(window)
        return window

    yield start
    window = windows[-1]
    qtbot.waitUntil(lambda: not window.screens.background.busy, timeout=ACTION_TIMEOUT_MS)
    assert window.qml_warnings == []
    window.close()
    qapp.processEvents()


@pytest.fixture
def champion(config: StationConfig) -> str:
    CredentialStore(config.staff.credentials_file).add("Asha Patel", PIN)
    return "Asha Patel"


# --- helpers -------------------------------------------------------------------------


def item(window: KioskWindow, name: str) -> QQuickItem:
    found = window.find(name)
    assert isinstance(found, QQuickItem), f"no item named {name!r}"
    return found


def tap(qtbot: QtBot, window: KioskWindow, name: str) -> None:
    target = item(window, name)
    assert target.isVisible() and target.isEnabled(), f"{name} cannot be tapped"
    assert target.width() >= 48 and target.height() >= 48, f"{name} is too small"
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    assert 0 <= centre.y() < window.window.height(), f"{name} is off the screen"
    qtbot.mouseClick(window.window, Qt.MouseButton.LeftButton, pos=centre)


def type_pin(qtbot: QtBot, window: KioskWindow, pin: str) -> None:
    for digit in pin:
        tap(qtbot, window, f"pinKey{digit}")
    tap(qtbot, window, "pinSubmit")
    qtbot.waitUntil(lambda: not window.staff.busy, timeout=ACTION_TIMEOUT_MS)


def sign_in(qtbot: QtBot, window: KioskWindow) -> None:
    window.staff.openPinPad()
    type_pin(qtbot, window, PIN)
    assert window.staff.page == "home"


def wait_health(qtbot: QtBot, window: KioskWindow) -> None:
    qtbot.waitUntil(lambda: len(window.staff.health) > 0, timeout=ACTION_TIMEOUT_MS)
    qtbot.wait(100)


def do_action(qtbot: QtBot, window: KioskWindow, name: str, confirm: bool = False) -> str:
    tap(qtbot, window, f"action_{name}")
    if confirm:
        assert window.staff.confirming == name
        tap(qtbot, window, "staffConfirmYes")
    qtbot.waitUntil(lambda: not window.staff.busy, timeout=ACTION_TIMEOUT_MS)
    qtbot.wait(50)
    return str(window.staff.actionMessage)


def audit_actions(config: StationConfig) -> list[str]:
    records = open_staff_records(config).audit.read()
    return [str(r.detail.get("action", r.event)) for r in records if isinstance(r, AuditRecord)]


# --- the gesture and the PIN ----------------------------------------------------------


def test_hidden_gesture_opens_the_pin_pad_and_the_right_pin_opens_staff_mode(
    qtbot: QtBot, make_window: Callable[[], KioskWindow], champion: str, screenshot: Shot
) -> None:
    window = make_window()
    size = window.window.size()
    w, h = size.width(), size.height()
    # Hold the top-left corner for 3 s, then tap top-right, bottom-right, bottom-left.
    qtbot.mousePress(window.window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.wait(window.staff.holdMs + 300)
    qtbot.mouseRelease(window.window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.staff.gestureArmed
    for x, y in ((w - 20, 20), (w - 20, h - 20), (20, h - 20)):
        qtbot.mouseClick(window.window, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert window.staff.page == "pin"
    assert window.screens.journey.state is State.ATTRACT  # no resident session started
    screenshot(window, "pin_pad")
    type_pin(qtbot, window, "123456")
    assert window.staff.pinMessage == "That PIN is not right. Try again."
    screenshot(window, "pin_pad_wrong_pin")
    type_pin(qtbot, window, PIN)
    assert window.staff.page == "home" and window.staff.champion == champion
    wait_health(qtbot, window)
    screenshot(window, "staff_home")
    states = {row["name"]: row["state"] for row in window.staff.health}
    assert states["scanner"] == "OK" and states["printer"] == "OK"
    assert states["endpoint housing-benefit"] == "OK"
    tap(qtbot, window, "staffExitButton")
    assert window.staff.page == "closed"


def test_wrong_gesture_does_not_open_the_pad(
    qtbot: QtBot, make_window: Callable[[], KioskWindow], champion: str
) -> None:
    window = make_window()
    size = window.window.size()
    qtbot.mousePress(window.window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.wait(window.staff.holdMs + 300)
    qtbot.mouseRelease(window.window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseClick(window.window, Qt.MouseButton.LeftButton, pos=QPoint(20, size.height() - 20))
    assert not window.staff.gestureArmed and window.staff.page == "closed"


def test_five_wrong_pins_lock_the_pad_also_after_a_restart(
    qtbot: QtBot,
    make_window: Callable[[], KioskWindow],
    champion: str,
    config: StationConfig,
    screenshot: Shot,
) -> None:
    window = make_window()
    window.staff.openPinPad()
    for pin in ("111222", "222333", "333444", "444555", "555666"):
        type_pin(qtbot, window, pin)
    assert "Too many wrong PINs. Try again in 30 seconds" in window.staff.pinMessage
    screenshot(window, "pin_pad_locked")
    window = make_window()  # the station restarts
    window.staff.openPinPad()
    type_pin(qtbot, window, PIN)
    assert window.staff.page == "pin"
    assert "Too many wrong PINs" in window.staff.pinMessage
    outcomes = [
        r.outcome for r in open_staff_records(config).audit.read() if isinstance(r, AuditRecord)
    ]
    assert outcomes == ["wrong_pin"] * 5 + ["locked"]


def test_garbled_credential_file_says_sign_in_is_unavailable(
    qtbot: QtBot, make_window: Callable[[], KioskWindow], config: StationConfig, screenshot: Shot
) -> None:
    config.staff.credentials_file.write_text("Asha Patel:$argon2id$garbled\n")
    window = make_window()
    window.staff.openPinPad()
    assert window.staff.pinMessage.startswith("Staff sign-in is unavailable")
    screenshot(window, "pin_pad_unavailable")
    type_pin(qtbot, window, PIN)
    assert window.staff.page == "pin"
    assert window.staff.pinMessage.startswith("Staff sign-in is unavailable")


# --- the staff screens and actions ------------------------------------------------------


def test_help_requests_show_time_and_screen_and_im_here_answers(
    qtbot: QtBot, make_window: Callable[[], KioskWindow], champion: str, screenshot: Shot
) -> None:
    window = make_window()
    desk = window.staff.service.help_desk
    request = desk.raise_request("capture")
    desk.raise_request("details")
    sign_in(qtbot, window)
    wait_health(qtbot, window)
    tap(qtbot, window, "staffHelpButton")
    assert [r["screen"] for r in window.staff.helpRequests] == ["capture", "details"]
    qtbot.wait(50)
    screenshot(window, "staff_help")
    tap(qtbot, window, f"imHereButton{request.id}")
    assert [r["screen"] for r in window.staff.helpRequests] == ["details"]


def test_each_action_on_the_real_parts_with_confirm_where_it_destroys(
    qtbot: QtBot,
    make_window: Callable[[], KioskWindow],
    champion: str,
    config: StationConfig,
    cups_server: PrivateCups,
    outbox: FileOutbox,
    screenshot: Shot,
    tmp_path: Path,
) -> None:
    window = make_window()
    window.screens.journey.start()  # a resident is mid-session
    sign_in(qtbot, window)
    wait_health(qtbot, window)
    tap(qtbot, window, "staffActionsButton")
    screenshot(window, "staff_actions")

    # End the session: asks first; "No" keeps it.
    tap(qtbot, window, "action_end_session")
    screenshot(window, "staff_confirm_end_session")
    tap(qtbot, window, "staffConfirmNo")
    assert window.screens.journey.state is State.SERVICE
    assert do_action(qtbot, window, "end_session", confirm=True).startswith("The session has ended")
    assert window.screens.journey.state is State.ATTRACT

    message = do_action(qtbot, window, "test_scan")
    assert message.startswith("Scanned 1 page"), message
    screenshot(window, "staff_test_scan")
    message = do_action(qtbot, window, "test_print")
    assert message.startswith("Test page printed"), message

    connection = connect(cups_server.server)
    connection.disablePrinter(cups_server.queue, reason="stuck for the test")
    try:
        pdf = tmp_path / "stuck.pdf"
        pdf.write_bytes(
            window.staff.service.parts.test_page(  # type: ignore[misc]
                window.staff.service.parts.printer.status()  # type: ignore[union-attr]
            )
        )
        CupsPrinter(cups_server.queue, cups_server.server).submit(pdf, "stuck", PrintOptions())
        assert do_action(qtbot, window, "cancel_jobs", confirm=True) == "Cancelled 1 print job(s)."
    finally:
        connection.enablePrinter(cups_server.queue)

    queued = outbox.enqueue(Submission("parking", "en", {"pcn": "GR12345678"}, 1, b"%PDF-1.7\n"))
    outbox.record_parked(queued.kiosk_reference, "422 refused", 422)
    assert do_action(qtbot, window, "retry_parked") == "1 parked submission(s) will be sent again."
    assert outbox.entry(queued.kiosk_reference).state is EntryState.QUEUED

    # Another process's session folder beside this window's own: Reset leaves it.
    other = Path(tempfile.mkdtemp(prefix="kiosk-session-"))
    mine = Path(tempfile.mkdtemp(prefix="kiosk-session-", dir=window.screens.pages_root))
    message = do_action(qtbot, window, "reset_station", confirm=True)
    assert "scanner: OK" in message and "printer: OK" in message, message
    assert other.exists() and not mine.exists()
    other.rmdir()
    screenshot(window, "staff_reset")

    done = audit_actions(config)
    for action in ("end_session", "test_scan", "test_print", "cancel_print_jobs",
                   "retry_parked", "reset_station", "reconnect_devices"):  # fmt: skip
        assert action in done


def test_out_of_service_shows_the_message_to_residents_and_survives_a_restart(
    qtbot: QtBot,
    make_window: Callable[[], KioskWindow],
    champion: str,
    config: StationConfig,
    screenshot: Shot,
) -> None:
    window = make_window()
    sign_in(qtbot, window)
    tap(qtbot, window, "staffActionsButton")
    tap(qtbot, window, "action_out_of_service")
    field = item(window, "outOfServiceMessage")
    field.setProperty("text", "The printer is being repaired. Please use the station by the lifts.")
    screenshot(window, "staff_out_of_service_form")
    tap(qtbot, window, "outOfServiceSubmit")
    tap(qtbot, window, "staffConfirmYes")
    qtbot.waitUntil(lambda: window.staff.outOfService, timeout=ACTION_TIMEOUT_MS)
    tap(qtbot, window, "staffExitButton")
    qtbot.waitUntil(lambda: item(window, "outOfServiceScreen").isVisible())
    screenshot(window, "resident_out_of_service")
    # A resident's tap does not start a session.
    qtbot.mouseClick(window.window, Qt.MouseButton.LeftButton, pos=QPoint(540, 1400))
    assert window.screens.journey.state is State.ATTRACT

    window = make_window()  # restart: still out of service
    assert window.staff.outOfService
    assert "being repaired" in window.staff.outOfServiceMessage
    qtbot.waitUntil(lambda: item(window, "outOfServiceScreen").isVisible())
    sign_in(qtbot, window)
    tap(qtbot, window, "staffActionsButton")
    tap(qtbot, window, "action_in_service")
    qtbot.waitUntil(lambda: not window.staff.outOfService, timeout=ACTION_TIMEOUT_MS)
    tap(qtbot, window, "staffExitButton")
    assert not item(window, "outOfServiceScreen").isVisible()
    events = [
        r.event for r in open_staff_records(config).audit.read() if isinstance(r, AuditRecord)
    ]
    assert "station.out_of_service" in events and "station.in_service" in events


def test_staff_mode_ends_after_two_minutes_idle(
    qtbot: QtBot, make_window: Callable[[], KioskWindow], champion: str, config: StationConfig
) -> None:
    window = make_window()
    sign_in(qtbot, window)
    clock = window.staff.service.clock
    assert isinstance(clock, FakeClock)
    clock.now_s += 119
    window.staff.tick()
    assert window.staff.page == "home"
    clock.now_s += 1
    window.staff.tick()
    assert window.staff.page == "closed" and window.staff.champion == ""
    last = [r for r in open_staff_records(config).audit.read() if isinstance(r, AuditRecord)][-1]
    assert (last.event, last.outcome) == ("staff.sign_out", "idle")


def test_unwritable_audit_folder_is_shown_on_the_health_screen(
    qtbot: QtBot,
    make_window: Callable[[], KioskWindow],
    champion: str,
    config: StationConfig,
    screenshot: Shot,
) -> None:
    config.staff.audit_dir.parent.mkdir(parents=True, exist_ok=True)
    config.staff.audit_dir.write_text("")  # a file where the folder should be
    window = make_window()
    sign_in(qtbot, window)
    wait_health(qtbot, window)
    audit_row = next(r for r in window.staff.health if r["name"] == "audit log")
    assert audit_row["state"] == "FAIL" and "cannot write the audit log" in audit_row["detail"]
    screenshot(window, "staff_home_audit_unwritable")
