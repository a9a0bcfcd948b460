"""The attract screen, in the real QML window offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.config import StationConfig
from kiosk.ui.window import KioskWindow


def item(window: KioskWindow, name: str) -> QQuickItem:
    found = window.find(name)
    assert isinstance(found, QQuickItem), f"no item named {name!r}"
    return found


def tap(qtbot: QtBot, window: KioskWindow, target: QQuickItem) -> None:
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    qtbot.mouseClick(window.window, Qt.MouseButton.LeftButton, pos=centre)


def test_attract_screen_invites_a_touch_with_council_branding(
    kiosk_window: KioskWindow, demo_config: StationConfig, screenshot: Callable[..., Path]
) -> None:
    assert kiosk_window.current_screen == "attract"
    start = item(kiosk_window, "startButton")
    assert start.property("text") == "Touch to start"
    assert start.width() >= 48 and start.height() >= 48
    assert kiosk_window.attract.councilName == demo_config.branding.council_name

    shot = screenshot(kiosk_window)

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1080, 1920)
    # The brand banner is at the top and the page below it is white.
    assert image.pixelColor(540, 20).name() == "#00558c"
    assert image.pixelColor(540, 1000).name() in {"#ffffff", "#00703c"}


def test_touching_start_reaches_the_view_model(kiosk_window: KioskWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(kiosk_window.attract.startRequested, timeout=2000):
        tap(qtbot, kiosk_window, item(kiosk_window, "startButton"))
    assert kiosk_window.attract.starts == 1


def test_on_screen_keyboard_lives_inside_the_window(
    kiosk_window: KioskWindow, qtbot: QtBot
) -> None:
    # Made once the attract screen's first frame is drawn (kiosk/ui/window.py),
    # by an asynchronous Loader: the panel can be found by name before its
    # bindings are set (seen at 0,0 0x0 under load), so wait for the Loader.
    loader = item(kiosk_window, "keyboardLoader")
    # (`item` is set once it is complete; PySide6 cannot read Loader's `status` enum.)
    qtbot.waitUntil(lambda: loader.property("item") is not None)
    keyboard = item(kiosk_window, "keyboard")
    # Hidden below the bottom edge until a text field wants it.
    assert keyboard.property("active") is False
    assert keyboard.y() >= kiosk_window.window.height()
