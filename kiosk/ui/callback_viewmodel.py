"""View-model of "Ask for a call back": a UK phone number, a time of day, a service.

The rules are in kiosk.core.callback (which numbers, E.164); this turns their
problems into words that say how to fix them, and stores the request in the
outbox on a background thread (an outbox write fsyncs). The resident gets the
kiosk reference on screen, as for documents.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ServiceConfig
from kiosk.core.callback import PhoneProblem, PreferredTime, callback_notification, check_uk_phone
from kiosk.core.journey import Change, Journey, State
from kiosk.core.sending import Outbox, Queued
from kiosk.ui.background import Background
from kiosk.ui.current import preselected
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("CallbackViewModel is made by the app, not in QML.")
class CallbackViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        outbox: Outbox | None,
        services: Sequence[ServiceConfig],
        background: Background,
        language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        """``services``: those with a call-back endpoint (their own or [help]'s);
        ``language``: the session's language now, sent so the caller can plan."""
        super().__init__(parent)
        self._language = language
        self.journey = journey
        self.outbox = outbox
        self._services = list(services)
        self._background = background
        self._reset()
        journey.subscribe(self._on_change)

    def _reset(self) -> None:
        self._phone = ""
        self._phone_problem: PhoneProblem | None = None
        self._service_id = ""
        self._service_missing = False
        self._time = PreferredTime.ANY
        self._phase = "form"  # form → saving → done, or failed
        self._reference = ""

    @Property(bool, constant=True)
    def offered(self) -> bool:
        """Whether the station can take call-back requests at all."""
        return self.outbox is not None and bool(self._services)

    @Property("QVariantList", notify=changed)
    def services(self) -> list[dict[str, Any]]:
        code = self._language()
        return [{"id": s.id, "title": s.in_language(code).title} for s in self._services]

    @Property(str, notify=changed)
    def serviceId(self) -> str:
        return self._service_id

    @Property(str, notify=changed)
    def phone(self) -> str:
        return self._phone

    @Property(str, notify=changed)
    def preferredTime(self) -> str:
        return self._time.value

    @Property(str, notify=changed)
    def phase(self) -> str:
        return self._phase

    @Property(str, notify=changed)
    def reference(self) -> str:
        return self._reference

    @Property(str, notify=changed)
    def phoneMessage(self) -> str:
        problem = self._phone_problem
        if problem is PhoneProblem.MISSING:
            return self.tr("Please type your phone number.")
        if problem is PhoneProblem.NOT_UK:
            return self.tr("We can only call UK numbers. Start with 0, or with +44.")
        if problem is PhoneProblem.NOT_CALLABLE:
            return self.tr("We cannot call this kind of number. Please give a landline or mobile.")
        if problem is PhoneProblem.WRONG_NUMBER:
            return self.tr(
                "Check the number. UK numbers have 11 digits and start with 0, "
                "like 020 8854 8888 or 07911 123456."
            )
        return ""

    @Property(str, notify=changed)
    def serviceMessage(self) -> str:
        return self.tr("Please choose who should call you.") if self._service_missing else ""

    @Slot(str)
    def setPhone(self, text: str) -> None:
        self._phone = text

    @Slot(str)
    @resident_tap
    def chooseService(self, service_id: str) -> None:
        if any(s.id == service_id for s in self._services):
            self._service_id, self._service_missing = service_id, False
            self.changed.emit()

    @Slot(str)
    @resident_tap
    def chooseTime(self, value: str) -> None:
        self._time = PreferredTime(value)
        self.changed.emit()

    @Slot()
    @resident_tap
    def submit(self) -> None:
        if self._phase != "form":
            return
        phone, self._phone_problem = check_uk_phone(self._phone)
        self._service_missing = not self._service_id
        if phone is None or self._service_missing or self.outbox is None:
            self.changed.emit()
            return
        outbox = self.outbox
        notification = callback_notification(self._service_id, phone, self._time, self._language())
        self._phase = "saving"
        self.changed.emit()
        self._background.run(
            "callback", lambda: outbox.notify(notification), self._saved, self._failed
        )

    @Slot()
    @resident_tap
    def back(self) -> None:
        self.journey.close_help_option()

    def _saved(self, queued: Queued) -> None:
        if self.journey.state is not State.CALLBACK:
            return  # the session ended meanwhile; the request is queued all the same
        self._phase, self._reference = "done", queued.kiosk_reference
        self._phone = ""  # nothing personal stays on screen
        log.info("call-back requested", extra={"fields": {"reference": queued.kiosk_reference}})
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        log.error("call-back request could not be stored in the outbox")
        if self.journey.state is State.CALLBACK:
            self._phase = "failed"
            self.changed.emit()

    def _on_change(self, change: Change) -> None:
        if change.after is State.CALLBACK:
            self._reset()
            self._service_id = preselected(self.journey, [s.id for s in self._services])
            self.changed.emit()
        elif change.before is State.CALLBACK:
            self._reset()  # the number is forgotten as soon as the screen goes
            self.changed.emit()
