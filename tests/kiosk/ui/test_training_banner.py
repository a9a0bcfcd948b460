"""The "TRAINING" banner: on every screen while training mode is on, readable, named."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import build_window
from kiosk.config import StationConfig
from kiosk.core.training import TrainingMode
from kiosk.ui.window import KioskWindow


@pytest.fixture
def training() -> TrainingMode:
    return TrainingMode(available=True, active=True)


@pytest.fixture
def window(
    qapp: QGuiApplication, qtbot: QtBot, demo_config: StationConfig, training: TrainingMode
) -> Iterator[KioskWindow]:
    window = build_window(demo_config, training=training)
    window.show(windowed=True)
    qtbot.waitUntil(lambda: window.window.isExposed())
    yield window
    assert window.qml_warnings == []
    window.close()
    qapp.processEvents()


def banner(window: KioskWindow) -> QQuickItem:
    found = window.find("trainingBanner")
    assert isinstance(found, QQuickItem)
    return found


def test_banner_shows_on_the_attract_screen_and_after(
    window: KioskWindow, qtbot: QtBot, screenshot: Callable[..., Path]
) -> None:
    item = banner(window)
    assert item.isVisible()
    assert item.height() >= 48
    assert item.property("color").name() == "#ffdd00"
    screenshot(window, "attract-training")

    window.screens.journey.start()
    qtbot.waitUntil(lambda: window.current_screen == "service")
    top_bar = window.find("topBar")
    assert isinstance(top_bar, QQuickItem)
    assert item.isVisible()
    assert top_bar.y() == pytest.approx(item.height())  # nothing hidden under it
    screenshot(window, "service-training")


def test_banner_has_an_accessible_name(window: KioskWindow) -> None:
    interface = QAccessible.queryAccessibleInterface(banner(window))
    assert interface is not None
    assert interface.text(QAccessible.Text.Name).startswith("TRAINING")


def test_banner_follows_the_switch_from_any_thread(
    window: KioskWindow, qtbot: QtBot, training: TrainingMode
) -> None:
    training.turn_off()
    qtbot.waitUntil(lambda: not banner(window).isVisible())
    assert banner(window).height() == 0

    worker = threading.Thread(target=training.turn_on, args=("staff",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: banner(window).isVisible())


def test_no_banner_without_training_mode(kiosk_window: KioskWindow) -> None:
    assert not banner(kiosk_window).isVisible()
