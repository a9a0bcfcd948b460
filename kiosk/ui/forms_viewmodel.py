"""View-model of the print-a-form screen: the catalogue, one form with its
copies, and the print job as it goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QLocale, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.journey import Change, Journey, State
from kiosk.printing.forms import Form, FormCatalogue, print_form
from kiosk.ui.form_preview import FormPreviewProvider
from kiosk.ui.print_job import PrintJobTracker
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("FormsViewModel is made by the app, not in QML.")
class FormsViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        catalogue: FormCatalogue,
        job: PrintJobTracker,
        max_copies: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.catalogue = catalogue
        self._job = job
        self._max_copies = max_copies
        self._chosen: Form | None = None
        self._copies = 1
        job.changed.connect(self.changed)
        journey.subscribe(self._on_change)

    @Property(QObject, constant=True)
    def job(self) -> PrintJobTracker:
        return self._job

    @Property("QVariantList", notify=changed)
    def forms(self) -> list[dict[str, Any]]:
        language = QLocale().name().split("_")[0]
        return [self._tile(form) for form in self.catalogue.for_language(language)]

    @Property("QVariantMap", notify=changed)
    def chosen(self) -> dict[str, Any]:
        return self._tile(self._chosen) if self._chosen else {}

    @Property(int, notify=changed)
    def copies(self) -> int:
        return self._copies

    @Property(int, constant=True)
    def maxCopies(self) -> int:
        return self._max_copies

    @Slot(str)
    def choose(self, form_id: str) -> None:
        self._chosen = self.catalogue.form(form_id)
        self._copies = 1
        self._job.reset()
        self.journey.touched()
        self.changed.emit()

    @Slot(int)
    def changeCopies(self, step: int) -> None:
        self._copies = max(1, min(self._max_copies, self._copies + step))
        self.journey.touched()
        self.changed.emit()

    @Slot()
    def print(self) -> None:
        form, copies = self._chosen, self._copies
        if form is None or self._job.busy:
            return
        self.journey.touched()
        printer = self._job.printer
        self._job.start(
            lambda: print_form(printer, form, copies, self._max_copies),  # type: ignore[arg-type]
            self.tr("Sending your form to the printer."),
        )

    @Slot()
    def another(self) -> None:
        """Back to the catalogue for another form."""
        self._chosen = None
        self._job.reset()
        self.changed.emit()

    @Slot()
    @resident_tap
    def back(self) -> None:
        if self._chosen is not None and not self._job.busy:
            self.another()
        elif self._chosen is None:
            self.journey.go_back()

    @Slot()
    @resident_tap
    def finish(self) -> None:
        self.journey.finish()

    def use_catalogue(self, catalogue: FormCatalogue) -> None:
        """The catalogue as read after the first frame (kiosk.app)."""
        self.catalogue = catalogue
        self.changed.emit()

    def _tile(self, form: Form) -> dict[str, Any]:
        return {
            "id": form.id,
            "title": form.title,
            "description": form.description,
            "pages": form.pages,
            "preview": f"image://{FormPreviewProvider.SCHEME}/{form.id}",
        }

    def _on_change(self, change: Change) -> None:
        if change.after is State.ATTRACT or (change.before, change.after) == (
            State.SERVICE,
            State.FORMS,
        ):
            # Forms are no one's personal data: a job still printing goes on.
            self._chosen, self._copies = None, 1
            self._job.reset()
            self.changed.emit()
