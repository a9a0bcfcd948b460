"""How responsive the GUI thread stays, measured on the real window.

- `StallMeter`: a 10 ms timer on the GUI thread; the longest gap between two
  of its ticks is the longest time the GUI thread could not run anything.
- `scan_send_stall_ms`: that gap while a resident scans a 10-page feeder batch
  (libsane's test scanner), the PDF is built and enqueued into the real outbox.
- `tap_feedback_ms`: from a tap on a button to the first frame drawn after it
  (the copy screen's "Colour" and "Black and white", which change what is shown).

Used by `make bench` (bench/bench_gui.py) for the figures and by
tests/kiosk/testbed/test_responsiveness.py, which only checks they are taken.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.config import ScanProfile, StationConfig
from kiosk.testbed.frames import wait_for_frame
from kiosk.ui.window import KioskWindow

TICK_MS = 10
SCAN_TIMEOUT_S = 120.0
FRAME_TIMEOUT_S = 2.0


class StallMeter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.longest_gap_ms = 0.0
        self._clock = QElapsedTimer()
        self._last_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest_gap_ms = 0.0
        self._clock.start()
        self._last_ms = 0.0
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest_gap_ms

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        # The gap beyond the timer's own interval is time the GUI thread was busy.
        self.longest_gap_ms = max(self.longest_gap_ms, now - self._last_ms - TICK_MS)
        self._last_ms = now


def feeder_config(config: StationConfig) -> StationConfig:
    """The config with every scan profile reading from the feeder.

    libsane's test backend feeds 10 sheets.
    """
    profiles: dict[str, ScanProfile] = {
        name: profile.model_copy(update={"source": "feeder"})
        for name, profile in config.scanner.profiles.items()
    }
    scanner = config.scanner.model_copy(update={"profiles": profiles})
    return config.model_copy(update={"scanner": scanner})


def _item(window: KioskWindow, name: str) -> QQuickItem:
    found = window.find(name)
    if not isinstance(found, QQuickItem):
        raise LookupError(f"no item named {name!r} on {window.current_screen}")
    return found


def _tap(window: KioskWindow, name: str) -> None:
    target = _item(window, name)
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    QTest.mouseClick(
        window.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )


def _wait(app: QGuiApplication, condition: Callable[[], bool], what: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        app.processEvents()
        QTest.qWait(5)


def scan_send_stall_ms(app: QGuiApplication, window: KioskWindow, service_id: str) -> float:
    """Longest GUI-thread stall over a 10-page feeder scan, the PDF and the enqueue.

    `window` must be built on a feeder config (`feeder_config`) with a real
    scanner and outbox, showing the attract screen. Returns milliseconds.
    """
    journey = window.screens.journey
    _tap(window, "startButton")
    _wait(app, lambda: window.current_screen == "service", "the service screen", 5)
    journey.choose_service(service_id)
    session = journey.session
    assert session is not None and session.service is not None
    values = {f.id: f.example or "Ada Lovelace" for f in session.service.fields}
    journey.enter_details(values)
    _wait(app, lambda: window.current_screen == "capture", "the capture screen", 5)
    wait_for_frame(window)
    capture = window.screens.capture
    meter = StallMeter()
    meter.start()
    _tap(window, "scanButton")
    _wait(app, lambda: capture.pageCount >= 1, "the first page", SCAN_TIMEOUT_S)
    _wait(app, lambda: not capture.scanning, "the feeder to empty", SCAN_TIMEOUT_S)
    if capture.pageCount < 10:
        raise RuntimeError(f"only {capture.pageCount} page(s) scanned: {capture.fault}")
    _tap(window, "finishedButton")
    _wait(app, lambda: window.current_screen == "review", "the review screen", 5)
    wait_for_frame(window)
    _tap(window, "continueButton")
    _wait(app, lambda: window.current_screen == "check", "the check screen", 5)
    wait_for_frame(window)
    _tap(window, "sendButton")
    _wait(app, lambda: window.current_screen == "confirmation", "the confirmation", 60)
    QTest.qWait(100)
    return meter.stop()


def tap_feedback_ms(app: QGuiApplication, window: KioskWindow, taps: int) -> list[float]:
    """Tap to next frame, `taps` times, on the copy screen's colour choice."""
    journey = window.screens.journey
    if window.current_screen != "copy":
        if window.current_screen != "attract":
            journey.start_again()
        journey.start()
        journey.choose_copy()
        _wait(app, lambda: window.current_screen == "copy", "the copy screen", 5)
        QTest.qWait(100)
    frames: list[float] = []
    window.window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))
    results = []
    for index in range(taps):
        button = "colourButton" if index % 2 == 0 else "blackAndWhiteButton"
        before = len(frames)
        tapped = time.perf_counter()
        _tap(window, button)
        _wait(app, lambda b=before: len(frames) > b, "a frame after the tap", FRAME_TIMEOUT_S)  # type: ignore[misc]
        results.append((frames[before] - tapped) * 1000)
        QTest.qWait(20)
    return results
