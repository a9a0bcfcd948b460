"""View-model of the copy screen: colour or black and white, how many copies,
then scan and print at once. Nothing is kept (kiosk.printing.copying)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import ScanProfile
from kiosk.core.journey import Change, Journey, State
from kiosk.core.scanning import ScanError, ScanFault, ScanProgress
from kiosk.printing.copying import Copier
from kiosk.ui.background import Background, ProgressGate
from kiosk.ui.print_job import PrintJobTracker
from kiosk.ui.scanner_words import fault_text, fault_title
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("CopyViewModel is made by the app, not in QML.")
class CopyViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        copier: Copier | None,
        profiles: dict[str, ScanProfile],
        job: PrintJobTracker,
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.copier = copier
        self._profiles = profiles
        self._job = job
        self._background = background
        self._colour = False
        self._copies = 1
        self._progress = 0.0
        self._fault: ScanFault | None = None  # worded when read, in the language of the moment
        self._cancel = threading.Event()
        job.changed.connect(self.changed)
        journey.subscribe(self._on_change)

    @Property(QObject, constant=True)
    def job(self) -> PrintJobTracker:
        return self._job

    @Property(bool, notify=changed)
    def colour(self) -> bool:
        return self._colour

    @Property(int, notify=changed)
    def copies(self) -> int:
        return self._copies

    @Property(int, constant=True)
    def maxCopies(self) -> int:
        return self.copier.max_copies if self.copier else 1

    @Property(float, notify=changed)
    def progress(self) -> float:
        return self._progress

    @Property(str, notify=changed)
    def fault(self) -> str:
        return fault_text(self._fault) if self._fault is not None else ""

    @Property(str, constant=True)
    def faultTitle(self) -> str:
        return fault_title()

    @Slot(bool)
    def setColour(self, colour: bool) -> None:
        self._colour = colour
        self.journey.touched()
        self.changed.emit()

    @Slot(int)
    def changeCopies(self, step: int) -> None:
        self._copies = max(1, min(self.maxCopies, self._copies + step))
        self.journey.touched()
        self.changed.emit()

    @Slot()
    def copy(self) -> None:
        copier = self.copier
        if self._job.busy:
            return
        self._fault, self._progress = None, 0.0
        if copier is None:
            self._fault = ScanFault.DEVICE_GONE
            self.changed.emit()
            return
        self.journey.touched()
        # Grey, not 1-bit black and white: copies of photos and stamps stay readable.
        profile = self._profiles["colour" if self._colour else "grey"]
        copies, cancel = self._copies, threading.Event()
        self._cancel = cancel

        gate = ProgressGate()

        def progressed(progress: ScanProgress) -> None:  # on the worker thread
            if gate.wants(progress.page, progress.fraction):
                self._background.post(lambda: self._show_progress(progress.fraction))

        def work() -> int:  # on the worker thread
            try:
                return copier.copy(profile, copies, on_progress=progressed, cancel=cancel).job_id
            except ScanError as error:
                fault = error.fault
                self._background.post(lambda: self._scan_failed(fault))
                raise

        self._job.start(work, self.tr("We are scanning. Please wait."))

    @Slot()
    def tryAgain(self) -> None:
        self._fault = None
        self._job.reset()
        self.copy()

    @Slot()
    def another(self) -> None:
        self._job.reset()
        self._progress, self._fault = 0.0, None
        self.changed.emit()

    @Slot()
    @resident_tap
    def back(self) -> None:
        if not self._job.busy:
            self.journey.go_back()

    @Slot()
    @resident_tap
    def finish(self) -> None:
        self.journey.finish()

    def _show_progress(self, fraction: float) -> None:
        if self.journey.state is State.COPY:
            self.journey.touched()  # waiting for the scanner is not being idle
            self._progress = fraction
            self.changed.emit()

    def _scan_failed(self, fault: ScanFault) -> None:
        if self.journey.state is State.COPY and fault is not ScanFault.CANCELLED:
            self._fault = fault
        self._job.reset()
        self.changed.emit()

    def _on_change(self, change: Change) -> None:
        left = change.after is State.ATTRACT or (
            change.before is State.COPY and change.after is State.SERVICE
        )
        if left:
            # A copy is the resident's document: stop the scan, and cancel a job
            # that has not printed, so it never comes out for the next person.
            self._cancel.set()
            self._job.cancel_unfinished()
            self._colour, self._copies, self._progress, self._fault = False, 1, 0.0, None
            self.changed.emit()
