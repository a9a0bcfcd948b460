"""View-model of the details screen: the fields the chosen service asks for.

The journey decides what is acceptable (kiosk.core.journey.check_fields); this
turns its problems into words that say how to fix them, and picks the
on-screen keyboard's layout for each kind of field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ServiceConfig, ServiceField
from kiosk.core.journey import Change, FieldProblem, Journey, State
from kiosk.ui.current import shown_service
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

_Hint = Qt.InputMethodHint
# The keyboard layout per kind of field: digits only for numbers, a dial pad
# for phones. No predictive text: references and names are not dictionary words.
KEYBOARD_HINTS = {
    "number": _Hint.ImhDigitsOnly | _Hint.ImhNoPredictiveText,
    "phone": _Hint.ImhDialableCharactersOnly | _Hint.ImhNoPredictiveText,
    "email": _Hint.ImhEmailCharactersOnly | _Hint.ImhNoAutoUppercase | _Hint.ImhNoPredictiveText,
    "date": _Hint.ImhDate | _Hint.ImhNoPredictiveText,
    "text": _Hint.ImhNoPredictiveText,
}


@QmlElement
@QmlUncreatable("DetailsViewModel is made by the app, not in QML.")
class DetailsViewModel(QObject):
    fieldsChanged = Signal()

    def __init__(
        self,
        journey: Journey,
        language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self._language = language
        self._values: dict[str, str] = {}
        self._problems: dict[str, FieldProblem] = {}
        journey.subscribe(self._on_change)

    @property
    def _service(self) -> ServiceConfig | None:
        return shown_service(self.journey, self._language())

    @Property(str, notify=fieldsChanged)
    def serviceTitle(self) -> str:
        return self._service.title if self._service else ""

    @Property("QVariantList", notify=fieldsChanged)
    def fields(self) -> list[dict[str, Any]]:
        service = self._service
        if service is None:
            return []
        return [
            {
                "id": field.id,
                "label": field.label,
                "example": self._example(field),
                "optional": not field.required,
                "hints": int(KEYBOARD_HINTS.get(field.kind, _Hint.ImhNone).value),
                "value": self._values.get(field.id, ""),
                "message": self._message(field),
            }
            for field in service.fields
        ]

    @Property(int, notify=fieldsChanged)
    def problemCount(self) -> int:
        return len(self._problems)

    @Slot(str, str)
    def setValue(self, field_id: str, text: str) -> None:
        self._values[field_id] = text

    @Slot()
    @resident_tap
    def submit(self) -> None:
        self._problems = self.journey.enter_details(self._values)
        if self._problems:
            self.fieldsChanged.emit()

    @Slot()
    @resident_tap
    def back(self) -> None:
        self.journey.go_back()

    def _on_change(self, change: Change) -> None:
        if change.after is State.DETAILS and change.before is State.SERVICE:
            self._values, self._problems = {}, {}
        elif change.after is State.DETAILS and change.before is State.HELP:
            pass  # back from help: what they typed, entered or not, is as they left it
        elif change.after is State.DETAILS and self.journey.session is not None:
            self._values, self._problems = dict(self.journey.session.fields), {}
        elif change.after is State.ATTRACT:
            self._values, self._problems = {}, {}
        else:
            return
        self.fieldsChanged.emit()

    def _example(self, field: ServiceField) -> str:
        return self.tr("For example: %1").replace("%1", field.example) if field.example else ""

    def _message(self, field: ServiceField) -> str:
        problem = self._problems.get(field.id)
        if problem is FieldProblem.MISSING:
            return self.tr("Please fill in this box.")
        if problem is FieldProblem.WRONG_FORMAT:
            if field.kind == "number" and field.example and field.example.isdigit():
                return (
                    self.tr("Check the number. It has %1 digits, like %2.")
                    .replace("%1", str(len(field.example)))
                    .replace("%2", field.example)
                )
            if field.example:
                return self.tr("This does not look right. It should look like %1.").replace(
                    "%1", field.example
                )
            return self.tr("This does not look right. Please check what you typed.")
        return ""
