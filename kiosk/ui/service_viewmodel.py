"""View-model of the service screen: one tile per service from the station config."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ServiceConfig
from kiosk.core.journey import Journey
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("ServiceViewModel is made by the app, not in QML.")
class ServiceViewModel(QObject):
    changed = Signal()  # the resident's language changed: the tiles' words too

    def __init__(
        self,
        journey: Journey,
        services: Sequence[ServiceConfig],
        language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self._services = list(services)
        self._language = language

    @Property("QVariantList", notify=changed)
    def services(self) -> list[dict[str, Any]]:
        shown = [service.in_language(self._language()) for service in self._services]
        return [
            {
                "id": service.id,
                "title": service.title,
                "description": service.description,
                "asks": [field.label for field in service.fields],
            }
            for service in shown
        ]

    @Slot(str)
    @resident_tap
    def choose(self, service_id: str) -> None:
        self.journey.choose_service(service_id)

    @Slot()
    @resident_tap
    def chooseForms(self) -> None:
        self.journey.choose_forms()

    @Slot()
    @resident_tap
    def chooseCopy(self) -> None:
        self.journey.choose_copy()

    @Slot()
    @resident_tap
    def back(self) -> None:
        self.journey.go_back()
