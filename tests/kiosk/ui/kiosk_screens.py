"""Driving the kiosk window in tests: find, tap, type, wait for a screen.

Every tap checks the target as a resident meets it: visible, enabled, at
least 48 x 48 px (WCAG 2.5.5) and on the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.config import StationConfig
from kiosk.ui.window import KioskWindow

SCAN_TIMEOUT_MS = 60_000
SEND_TIMEOUT_MS = 20_000
Shot = Callable[..., Path]
# conftest.py's make_station: builds the kiosk around a given scanner (and config).
StationMaker = Callable[..., KioskWindow]


class FakeClock:
    def __init__(self) -> None:
        self.now_s = 0.0

    def monotonic_s(self) -> float:
        return self.now_s

    def advance(self, seconds: float) -> None:
        self.now_s += seconds


def item(window: KioskWindow, name: str) -> QQuickItem:
    found = window.find(name)
    assert isinstance(found, QQuickItem), f"no item named {name!r}"
    return found


def scroll_into_view(qtbot: QtBot, target: QQuickItem) -> None:
    """Scroll every Flickable around `target` so it shows, as a resident would."""
    parent = target.parentItem()
    while parent is not None:
        if parent.metaObject().indexOfProperty("contentY") >= 0:
            content = parent.property("contentItem")
            top = target.mapToItem(content, QPointF(0, 0)).y()
            bottom = top + target.height()
            view_y = float(parent.property("contentY"))
            height = parent.height()
            if top < view_y or bottom > view_y + height:
                most = max(0.0, float(parent.property("contentHeight")) - height)
                parent.setProperty("contentY", min(most, max(0.0, bottom - height)))
                qtbot.wait(20)
        parent = parent.parentItem()


def tap(qtbot: QtBot, window: KioskWindow, name: str) -> None:
    target = item(window, name)
    assert target.isVisible() and target.isEnabled(), f"{name} cannot be tapped"
    scroll_into_view(qtbot, target)
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


def start_service(
    qtbot: QtBot, window: KioskWindow, service_id: str, values: dict[str, str]
) -> None:
    """From attract: Touch to start, the service's tile, its details, on to capture."""
    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")
    tap(qtbot, window, f"service_{service_id}")
    wait_for_screen(qtbot, window, "details")
    fill_details(qtbot, window, values)
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "capture")


def scan_one_page(qtbot: QtBot, window: KioskWindow, expected_pages: int) -> None:
    capture = window.screens.capture
    tap(qtbot, window, "scanButton")
    qtbot.waitUntil(
        lambda: not capture.scanning and capture.pageCount == expected_pages,
        timeout=SCAN_TIMEOUT_MS,
    )
    assert capture.message == ""


def send_pages(qtbot: QtBot, window: KioskWindow) -> None:
    """From capture with pages scanned: "I've finished", review, check, send."""
    tap(qtbot, window, "finishedButton")
    wait_for_screen(qtbot, window, "review")
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "check")
    tap(qtbot, window, "sendButton")
    wait_for_screen(qtbot, window, "confirmation", timeout=SEND_TIMEOUT_MS)


def with_staff_records_in(config: StationConfig, folder: Path) -> StationConfig:
    """`config` with staff mode's PINs, state and audit log in `folder` (a test's own)."""
    staff = config.staff.model_copy(
        update={
            "credentials_file": folder / "staff-pins",
            "state_dir": folder / "staff",
            "audit_dir": folder / "audit",
        }
    )
    return config.model_copy(update={"staff": staff})
