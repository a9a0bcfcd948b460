"""wait_for_frame: scripted walks tap only what the window has drawn."""

from __future__ import annotations

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.testbed.frames import wait_for_frame
from kiosk.ui.window import KioskWindow


def test_after_a_change_of_screen_one_frame_lays_the_new_screen_out(
    kiosk_window: KioskWindow,
) -> None:
    kiosk_window.screens.journey.start()
    assert kiosk_window.current_screen == "service"
    wait_for_frame(kiosk_window)
    back = kiosk_window.find("backButton")
    assert isinstance(back, QQuickItem)
    box = back.mapRectToScene(back.boundingRect())
    assert box.width() >= 48 and box.height() >= 48
    assert box.top() >= 0 and box.bottom() <= kiosk_window.window.height()


def test_a_window_that_draws_nothing_is_a_timeout(kiosk_window: KioskWindow) -> None:
    kiosk_window.window.hide()
    with pytest.raises(TimeoutError):
        wait_for_frame(kiosk_window, timeout_s=0.3)
