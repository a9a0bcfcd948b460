"""View-model of the check-and-send screen: a summary, then "Send".

"Send" builds the PDF and stores it in the outbox on a background thread,
then the journey moves on: the outbox's own sender deals with the network
later (design §5), so the resident never waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ServiceConfig
from kiosk.core.journey import Change, Journey, State
from kiosk.core.sending import Outbox, Queued, Submission
from kiosk.documents.pages import PageStore
from kiosk.documents.pdf_builder import DocumentInfo, build_pdf
from kiosk.ui.background import Background
from kiosk.ui.current import current_service, shown_service
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("CheckViewModel is made by the app, not in QML.")
class CheckViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        outbox: Outbox | None,
        station_id: str,
        background: Background,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.outbox = outbox
        self.station_id = station_id
        self._background = background
        self._now = now
        self._language = language
        self._not_stored_shown = False  # worded when read, in the language of the moment
        journey.subscribe(self._on_change)

    @property
    def _service(self) -> ServiceConfig | None:
        return current_service(self.journey)

    @Property(str, notify=changed)
    def serviceTitle(self) -> str:
        shown = shown_service(self.journey, self._language())
        return shown.title if shown else ""

    @Property("QVariantList", notify=changed)
    def answers(self) -> list[dict[str, Any]]:
        service, session = shown_service(self.journey, self._language()), self.journey.session
        if service is None or session is None:
            return []
        return [
            {"label": f.label, "value": session.fields[f.id]}
            for f in service.fields
            if f.id in session.fields
        ]

    @Property(int, notify=changed)
    def pageCount(self) -> int:
        return self.journey.session.page_count if self.journey.session else 0

    @Property(str, notify=changed)
    def message(self) -> str:
        if not self._not_stored_shown:
            return ""
        return self.tr(
            "Your documents could not be sent from this station. "
            "Please ask a member of staff for help."
        )

    @Slot()
    @resident_tap
    def back(self) -> None:
        self.journey.go_back()

    @Slot()
    @resident_tap
    def send(self) -> None:
        session, service = self.journey.session, self._service
        if session is None or service is None:
            return
        assert isinstance(session.pages, PageStore)
        self._not_stored_shown = False
        self.journey.send()
        outbox, pages = self.outbox, session.pages.pages
        submission_fields = dict(session.fields)
        created = self._now()
        language = self._language()  # the back office answers the resident in it

        def store() -> Queued:  # on a worker thread
            if outbox is None:
                raise RuntimeError("the outbox is not available")
            # The reference goes in the PDF's own metadata as well as beside it,
            # so a printed or forwarded copy still says where it came from.
            reference = outbox.new_reference()
            info = DocumentInfo(service.title, service.id, self.station_id, reference, created)
            document = build_pdf(pages, info)
            return outbox.enqueue(
                Submission(service.id, language, submission_fields, len(pages), document, reference)
            )

        session_id = session.id
        self._background.run(
            "send",
            store,
            lambda queued: self.journey.documents_queued(session_id, queued.kiosk_reference),
            lambda error: self._not_stored(session_id, error),
        )

    def _not_stored(self, session_id: str, error: Exception) -> None:
        # The reason for IT ("No space left on device"), never the error's text
        # as such: an OSError's may name a file, a pydantic one a typed value.
        reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
        fields = {"error": type(error).__name__, "reason": reason}
        log.error("documents could not be stored in the outbox", extra={"fields": fields})
        self.journey.sending_failed(session_id)
        self._not_stored_shown = True
        self.changed.emit()

    def _on_change(self, change: Change) -> None:
        if change.after is State.CHECK and change.before is not State.SENDING:
            self._not_stored_shown = False
        if change.after in (State.CHECK, State.ATTRACT):
            self.changed.emit()
