"""The resident's display choices: text size (100, 150, 200 %) and high contrast.

Theme.qml scales its sizes and swaps its colours from these (Main.qml binds
them). Changing them keeps the session: only the drawing changes. The next
resident starts with the usual size and colours.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.journey import Change, Journey, State

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

TEXT_SIZES_PERCENT = (100, 150, 200)


@QmlElement
@QmlUncreatable("DisplayViewModel is made by the app, not in QML.")
class DisplayViewModel(QObject):
    changed = Signal()

    def __init__(self, journey: Journey, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._percent = TEXT_SIZES_PERCENT[0]
        self._high_contrast = False
        journey.subscribe(self._on_change)

    @Property("QVariantList", constant=True)
    def textSizes(self) -> list[int]:
        return list(TEXT_SIZES_PERCENT)

    @Property(int, notify=changed)
    def textPercent(self) -> int:
        return self._percent

    @Property(float, notify=changed)
    def textScale(self) -> float:
        return self._percent / 100

    @Property(bool, notify=changed)
    def highContrast(self) -> bool:
        return self._high_contrast

    @Slot(int)
    def setTextPercent(self, percent: int) -> None:
        if percent not in TEXT_SIZES_PERCENT:
            log.warning("text size %s%% is not offered", percent)
            return
        if percent != self._percent:
            self._percent = percent
            log.info("text size %s%%", percent)
            self.changed.emit()

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            log.info("high contrast %s", "on" if on else "off")
            self.changed.emit()

    def reset(self) -> None:
        self.setTextPercent(TEXT_SIZES_PERCENT[0])
        self.setHighContrast(False)

    def _on_change(self, change: Change) -> None:
        if change.after is State.ATTRACT and change.before is not State.ATTRACT:
            self.reset()
