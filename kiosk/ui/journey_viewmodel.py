"""View-model of the journey as a whole: which screen shows, the idle warning
with its countdown, "Start again", and every touch counted as activity."""

from __future__ import annotations

import math

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.journey import Change, Journey
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

IDLE_TICK_MS = 250  # the countdown shows whole seconds; four ticks a second keep it smooth

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,  # taps on the on-screen keyboard
    }
)


@QmlElement
@QmlUncreatable("JourneyViewModel is made by the app, not in QML.")
class JourneyViewModel(QObject):
    screenChanged = Signal()
    idleChanged = Signal()

    def __init__(self, journey: Journey, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        journey.subscribe(self._on_change)
        self._idle_shown = False
        self._seconds_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        return self.journey.state.value

    @Property(bool, notify=idleChanged)
    def idleWarningShown(self) -> bool:
        return self._idle_shown

    @Property(int, notify=idleChanged)
    def idleSecondsLeft(self) -> int:
        return self._seconds_left

    @Slot()
    @resident_tap
    def moreTime(self) -> None:
        self.journey.more_time()
        self._refresh_idle()

    @Slot()
    @resident_tap
    def startAgain(self) -> None:
        self.journey.start_again()

    @Slot()
    def tick(self) -> None:
        self.journey.tick()
        self._refresh_idle()

    def stop(self) -> None:
        self._timer.stop()

    def watch(self, window: QObject) -> None:
        """Count every touch, click and key in `window` as the resident still being here."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.journey.touched()
        return False

    def _on_change(self, change: Change) -> None:
        self._refresh_idle()
        self.screenChanged.emit()

    def _refresh_idle(self) -> None:
        shown = self.journey.idle_warning_shown
        left = math.ceil(self.journey.idle_seconds_left)
        if (shown, left) != (self._idle_shown, self._seconds_left):
            self._idle_shown, self._seconds_left = shown, left
            self.idleChanged.emit()
