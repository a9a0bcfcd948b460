"""Nothing leaks out of the kiosk's window: no context menu on a right click or a
long press in a text field, no selection handles, no window decorations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kiosk_screens import Shot, item, tap, wait_for_screen
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.ui.window import KioskWindow

LONG_PRESS_MS = 1500


def popups_shown(window: KioskWindow) -> list[str]:
    """Every visible popup (menus, drawers, dialogs) and popup item in the window."""
    found = []
    for candidate in window.window.findChildren(QObject):
        kind = candidate.metaObject().className()
        if any(w in kind for w in ("Menu", "Popup", "Dialog")) and candidate.property("visible"):
            found.append(kind)
    pending: list[QQuickItem] = [window.window.contentItem()]
    while pending:
        current = pending.pop()
        pending.extend(current.childItems())
        kind = current.metaObject().className()
        if current.isVisible() and any(w in kind for w in ("Menu", "PopupItem", "Dialog")):
            found.append(kind)
    return found


def open_details_field(qtbot: QtBot, station: KioskWindow) -> str:
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    return "field_pcn"


def open_callback_field(qtbot: QtBot, station: KioskWindow) -> str:
    tap(qtbot, station, "attractHelpButton")
    wait_for_screen(qtbot, station, "help")
    tap(qtbot, station, "helpOption_callback")
    wait_for_screen(qtbot, station, "callback")
    return "callbackPhone"


@pytest.mark.parametrize("open_field", [open_details_field, open_callback_field])
def test_no_menu_on_a_right_click_or_a_long_press_in_a_field(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    open_field: Callable[[QtBot, KioskWindow], str],
) -> None:
    """Every field a resident types in (KioskTextField): the details and the call-back."""
    name = open_field(qtbot, station)
    field = item(station, name)
    tap(qtbot, station, name)
    for character in "0207":
        qtbot.keyClick(station.window, character)
    centre = field.mapToScene(QPointF(field.width() / 2, field.height() / 2)).toPoint()

    qtbot.mouseClick(station.window, Qt.MouseButton.RightButton, pos=centre)
    qtbot.wait(200)
    assert popups_shown(station) == []

    qtbot.mousePress(station.window, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(LONG_PRESS_MS)
    qtbot.mouseRelease(station.window, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(200)
    assert popups_shown(station) == []
    # A double tap selects nothing, so no selection handles appear.
    qtbot.mouseDClick(station.window, Qt.MouseButton.LeftButton, pos=centre)
    assert field.property("selectedText") == ""
    assert field.property("text") == "0207"  # typed, and nothing cut or pasted
    screenshot(station, f"{name}_after_long_press")


def test_full_screen_has_no_window_decorations(kiosk_window: KioskWindow, qtbot: QtBot) -> None:
    kiosk_window.show(windowed=False)
    assert kiosk_window.window.flags() & Qt.WindowType.FramelessWindowHint
    assert QPoint(0, 0) == kiosk_window.window.position()
