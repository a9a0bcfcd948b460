"""View-model of the confirmation screen: "Documents sent", the kiosk reference,
next steps, and "Print a receipt"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Property, QDateTime, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ServiceConfig
from kiosk.core.journey import Change, Journey, State
from kiosk.core.printing import PrintOptions
from kiosk.core.receipts import Receipt
from kiosk.printing.receipt_pdf import receipt_pdf
from kiosk.ui.current import shown_service
from kiosk.ui.print_job import PrintJobTracker
from kiosk.ui.taps import resident_tap

RECEIPT_TITLE = "receipt"  # the CUPS job title: never the reference or the service

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("ConfirmationViewModel is made by the app, not in QML.")
class ConfirmationViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        job: PrintJobTracker,
        council_name: str,
        station_name: str,
        language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self._language = language
        self._job = job
        self._council_name = council_name
        self._station_name = station_name
        self._reference = self._next_steps = self._title = ""
        self._sent_at = datetime.now().astimezone()
        job.changed.connect(self.changed)
        journey.subscribe(self._on_change)

    @Property(QObject, constant=True)
    def job(self) -> PrintJobTracker:
        return self._job

    @Property(str, notify=changed)
    def reference(self) -> str:
        return self._reference

    @Property(str, notify=changed)
    def nextSteps(self) -> str:
        shown = self._shown()
        return shown.next_steps if shown is not None else self._next_steps

    @Property(QDateTime, notify=changed)
    def sentAt(self) -> QDateTime:
        """When the documents were sent; QML shows it in the resident's locale."""
        if not self._reference:
            return QDateTime()
        return QDateTime.fromMSecsSinceEpoch(round(self._sent_at.timestamp() * 1000))

    @Property(str, notify=changed)
    def serviceTitle(self) -> str:
        shown = self._shown()
        return shown.title if shown is not None else self._title

    def _shown(self) -> ServiceConfig | None:
        """The service in the resident's language (the printed receipt stays English:
        its PDF fonts cover only Latin-1)."""
        if not self._reference:
            return None
        return shown_service(self.journey, self._language())

    @Slot()
    def printReceipt(self) -> None:
        session = self.journey.session
        if session is None or not self._reference or self._job.busy:
            return
        self.journey.touched()
        receipt = Receipt(
            council_name=self._council_name,
            service_title=self._title,
            kiosk_reference=self._reference,
            sent_at=self._sent_at,
            pages=session.page_count,
            next_steps=self._next_steps,
            station_name=self._station_name,
        )
        # The session's folder: wiped with the pages when the session ends.
        folder = getattr(session.pages, "folder", None)
        assert isinstance(folder, Path)
        printer = self._job.printer

        def work() -> int:
            document = folder / "receipt.pdf"
            document.write_bytes(receipt_pdf(receipt))
            assert printer is not None
            return printer.submit(document, RECEIPT_TITLE, PrintOptions(colour=False))

        self._job.start(work, self.tr("We are printing your receipt."))

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
            self._sent_at = datetime.now().astimezone()
        elif change.after is State.ATTRACT:
            # A receipt not yet printed is cancelled: it must not come out later.
            self._job.cancel_unfinished()
            self._reference = self._next_steps = self._title = ""
        else:
            return
        self.changed.emit()
