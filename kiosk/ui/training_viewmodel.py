"""View-model of the "TRAINING" banner: whether training mode is on (kiosk.core.training).

The switch may be flipped from any thread (staff mode, a test); the change
reaches QML through a queued signal, on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Qt, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.training import TrainingMode

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("TrainingViewModel is made by the app, not in QML.")
class TrainingViewModel(QObject):
    changed = Signal()
    _switched = Signal()

    def __init__(self, training: TrainingMode, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self._switched.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        training.subscribe(lambda _active: self._switched.emit())

    @Property(bool, notify=changed)
    def active(self) -> bool:
        return self.training.active
