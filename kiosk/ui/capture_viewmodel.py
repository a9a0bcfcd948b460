"""View-model of the capture screen: "Scan", live progress, "I've finished".

Scanning runs on a background thread (kiosk.ui.background): the scanner, the
encoding and the page checks never touch the GUI thread. Progress and the
result come back to it through queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ScanProfile, ServiceConfig
from kiosk.core.journey import Change, Journey, State
from kiosk.core.scanning import PageSource, ScanError, ScanFault, ScanProgress
from kiosk.documents.capture import Capture, CaptureResult
from kiosk.documents.pages import PageStore
from kiosk.documents.profiles import output_profile, scan_settings
from kiosk.ui.background import Background, ProgressGate
from kiosk.ui.current import current_service
from kiosk.ui.scanner_words import fault_text, fault_title, stopped_text
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("CaptureViewModel is made by the app, not in QML.")
class CaptureViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        scanner: PageSource | None,
        profile_for: Callable[[ServiceConfig], ScanProfile],
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.scanner = scanner
        self._profile_for = profile_for
        self._background = background
        self._scanning = False
        self._progress = 0.0
        # Kept as what happened, worded when read: a change of language shows at once.
        self._stopped = False  # a note under the buttons ("Scanning stopped")
        self._fault: ScanFault | None = None  # the resident must deal with it: full-screen panel
        self._cancel: threading.Event | None = None
        journey.subscribe(self._on_change)

    @property
    def _service(self) -> ServiceConfig | None:
        return current_service(self.journey)

    @Property(bool, notify=changed)
    def scanning(self) -> bool:
        return self._scanning

    @Property(float, notify=changed)
    def progress(self) -> float:
        return self._progress

    @Property(int, notify=changed)
    def pageCount(self) -> int:
        return self.journey.session.page_count if self.journey.session else 0

    @Property(bool, notify=changed)
    def canFinish(self) -> bool:
        return not self._scanning and self.pageCount > 0

    @Property(int, notify=changed)
    def rescanPageNumber(self) -> int:
        """The page "Scan this page again" replaces (1 = the first), or 0."""
        session = self.journey.session
        if session is None or session.rescan_page_id is None:
            return 0
        assert isinstance(session.pages, PageStore)
        ids = [page.id for page in session.pages.pages]
        return ids.index(session.rescan_page_id) + 1 if session.rescan_page_id in ids else 0

    @Property(str, notify=changed)
    def message(self) -> str:
        return stopped_text() if self._stopped else ""

    @Property(str, notify=changed)
    def fault(self) -> str:
        """What is wrong and what to do; empty when the scanner is fine."""
        return fault_text(self._fault) if self._fault is not None else ""

    @Property(str, notify=changed)
    def faultTitle(self) -> str:
        return fault_title()

    @Property(bool, notify=changed)
    def feeder(self) -> bool:
        service = self._service
        return service is not None and self._profile_for(service).source == "feeder"

    @Slot()
    def scan(self) -> None:
        session, service = self.journey.session, self._service
        if self._scanning or session is None or service is None:
            return
        self.journey.touched()
        if self.scanner is None:
            self._show_fault(ScanFault.DEVICE_GONE)
            return
        assert isinstance(session.pages, PageStore)
        profile = self._profile_for(service)
        capture = Capture(self.scanner, session.pages, output_profile(profile))
        cancel = self._cancel = threading.Event()
        session_id, replacing = session.id, session.rescan_page_id
        # Scanning a page again takes one sheet, even from a loaded feeder.
        max_pages = 1 if replacing else None
        self._scanning, self._progress, self._stopped, self._fault = True, 0.0, False, None
        self.changed.emit()
        log.info("scan started", extra={"fields": {"service": service.id}})

        gate = ProgressGate()

        def progressed(progress: ScanProgress) -> None:  # on the scanning thread
            if gate.wants(progress.page, progress.fraction):
                self._background.post(lambda: self._show_progress(session_id, progress.fraction))

        self._background.run(
            "scan",
            lambda: capture.scan(
                scan_settings(profile),
                on_progress=progressed,
                cancel=cancel,
                replace_page_id=replacing,
                max_pages=max_pages,
            ),
            lambda result: self._scanned(session_id, result, replacing),
            lambda error: self._scan_crashed(session_id, error),
        )

    @Slot()
    def tryAgain(self) -> None:
        """The resident fixed it (closed the lid, cleared the jam): scan again.

        The pages scanned before the fault are kept; the new ones are added.
        """
        self._fault = None
        self.changed.emit()
        self.scan()

    @Slot()
    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    @Slot()
    @resident_tap
    def finish(self) -> None:
        if not self._scanning:
            self.journey.finish_capture()

    @Slot()
    @resident_tap
    def back(self) -> None:
        if self._scanning:
            return
        if self.rescanPageNumber:
            # "Keep the old page": back to review with the pages as they were.
            self.journey.finish_capture()
        else:
            self.journey.go_back()

    def _show_progress(self, session_id: str, fraction: float) -> None:
        if self._is_current(session_id) and self._scanning:
            # Waiting for the scanner is not being idle.
            self.journey.touched()
            self._progress = fraction
            self.changed.emit()

    def _scanned(self, session_id: str, result: CaptureResult, replacing: str | None) -> None:
        self._scanning, self._cancel = False, None
        if self._is_current(session_id):
            self._progress = 1.0 if result.pages else 0.0
            if result.error is not None:
                log.info("scan stopped", extra={"fields": {"fault": result.error.fault.value}})
                self._show_fault(result.error.fault)
                return
            if replacing is not None and result.pages and self.journey.state is State.CAPTURE:
                # The new scan took the old page's place: show it on review.
                self.changed.emit()
                self.journey.finish_capture()
                return
        self.changed.emit()

    def _scan_crashed(self, session_id: str, error: Exception) -> None:
        self._scanning, self._cancel = False, None
        if self._is_current(session_id):
            self._show_fault(error.fault if isinstance(error, ScanError) else ScanFault.UNKNOWN)
            return
        self.changed.emit()

    def _is_current(self, session_id: str) -> bool:
        return self.journey.session is not None and self.journey.session.id == session_id

    def _on_change(self, change: Change) -> None:
        if change.after is State.ATTRACT:
            self.cancel()  # the resident left; stop the scanner within a second
        if State.CAPTURE in (change.before, change.after) or change.after is State.ATTRACT:
            self._progress, self._stopped, self._fault = 0.0, False, None
            self.changed.emit()

    def _show_fault(self, fault: ScanFault) -> None:
        if fault is ScanFault.CANCELLED:
            self._stopped = True
        else:
            self._fault = fault
        self.changed.emit()
