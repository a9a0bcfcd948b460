"""View-model of the confirmation screen: "Documents sent", the kiosk reference, next steps."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ServiceConfig
from kiosk.core.journey import Change, Journey, State
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("ConfirmationViewModel is made by the app, not in QML.")
class ConfirmationViewModel(QObject):
    changed = Signal()

    def __init__(self, journey: Journey, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self._reference = self._next_steps = self._title = ""
        journey.subscribe(self._on_change)

    @Property(str, notify=changed)
    def reference(self) -> str:
        return self._reference

    @Property(str, notify=changed)
    def nextSteps(self) -> str:
        return self._next_steps

    @Property(str, notify=changed)
    def serviceTitle(self) -> str:
        return self._title

    @Slot()
    @resident_tap
    def finish(self) -> None:
        self.journey.finish()

    def _on_change(self, change: Change) -> None:
        session = self.journey.session
        if change.after is State.CONFIRMATION and session is not None:
            service = session.service
            assert isinstance(service, ServiceConfig)
            self._reference = session.kiosk_reference or ""
            self._next_steps, self._title = service.next_steps, service.title
        elif change.after is State.ATTRACT:
            self._reference = self._next_steps = self._title = ""
        else:
            return
        self.changed.emit()
