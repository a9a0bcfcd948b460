"""Waiting for the window to draw: a resident taps what is on the screen.

Straight after a change of screen the new screen's layouts have not run yet
(Qt Quick lays out in the polish pass before the next frame), so a button's
place and size are not yet where it will be drawn: the capture screen's Scan
button was once found 0 px wide and below the window's edge. Scripted walks
(the headless demo, the responsiveness measurements) wait for one frame
before they tap.
"""

from __future__ import annotations

import time

from PySide6.QtTest import QTest

from kiosk.ui.window import KioskWindow

FRAME_TIMEOUT_S = 2.0


def wait_for_frame(window: KioskWindow, timeout_s: float = FRAME_TIMEOUT_S) -> None:
    """Until the window has drawn one more frame (its layouts have run)."""
    frames: list[bool] = []

    def swapped() -> None:
        frames.append(True)

    window.window.frameSwapped.connect(swapped)
    try:
        window.window.update()
        deadline = time.monotonic() + timeout_s
        while not frames:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the window drew no frame on {window.current_screen}")
            QTest.qWait(5)
    finally:
        window.window.frameSwapped.disconnect(swapped)
