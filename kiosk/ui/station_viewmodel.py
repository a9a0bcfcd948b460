"""Which parts of the station work, checked off the GUI thread, and so what
the resident is offered (kiosk.core.offer).

Checked when the kiosk starts and each time a session ends, and every minute
while the attract screen shows, so a scanner plugged back in or a printer
given paper is offered again without a restart.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Property, QObject, QTimer, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.journey import Change, Journey, State
from kiosk.core.offer import Missing, Offer, Parts, offer_for
from kiosk.core.ports import HealthState, Printer, Scanner
from kiosk.ui.background import Background

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

RECHECK_MS = 60_000


@QmlElement
@QmlUncreatable("StationViewModel is made by the app, not in QML.")
class StationViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        scanner: Scanner | None,
        printer: Printer | None,
        sending: bool,
        forms: int,
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.scanner = scanner
        self.printer = printer
        self._sending = sending
        self._forms = forms
        self._background = background
        self._checking = False
        # Until the first check answers, offer what is configured.
        self._parts = Parts(scanner is not None, printer is not None, sending, forms)
        self._offer = offer_for(self._parts)
        journey.subscribe(self._on_change)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self._recheck_on_attract)
        self._timer.start()

    @property
    def offer(self) -> Offer:
        return self._offer

    @Property(bool, notify=changed)
    def canSend(self) -> bool:
        return self._offer.send_documents

    @Property(bool, notify=changed)
    def canPrintForms(self) -> bool:
        return self._offer.print_forms

    @Property(bool, notify=changed)
    def canCopy(self) -> bool:
        return self._offer.copy

    @Property(bool, notify=changed)
    def canPrintReceipt(self) -> bool:
        return self._offer.print_receipt

    @Property(str, notify=changed)
    def notice(self) -> str:
        """What does not work today, in one or two sentences; empty when all is well."""
        missing = self._offer.missing
        if not self._offer.anything:
            return self.tr(
                "Sorry, this station is not working at the moment. "
                "Please ask a member of staff for help."
            )
        if Missing.SCANNER in missing:
            return self.tr("The scanner is not working right now. You cannot send or copy here.")
        if Missing.SENDING in missing:
            return self.tr("You cannot send documents from here right now.")
        if Missing.PRINTER in missing:
            return self.tr("The printer is not working right now. You cannot print or copy here.")
        return ""

    def check(self) -> None:
        """Ask the scanner and printer how they are, off the GUI thread."""
        if self._checking:
            return
        self._checking = True
        scanner, printer = self.scanner, self.printer

        def work() -> Parts:
            scanner_ok = scanner is not None and scanner.check().state is not HealthState.FAIL
            printer_ok = printer is not None and printer.status().state.can_print
            return Parts(scanner_ok, printer_ok, self._sending)

        self._background.run("station check", work, self._checked, self._check_failed)

    def stop(self) -> None:
        self._timer.stop()

    def forms_read(self, forms: int) -> None:
        """The catalogue was read (after the first frame): `forms` of them can print."""
        self._forms = forms
        self._use(self._parts)

    def _checked(self, parts: Parts) -> None:
        self._checking = False
        self._use(parts)

    def _use(self, parts: Parts) -> None:
        # The forms count is the GUI thread's, never a worker's copy.
        self._parts = dataclasses.replace(parts, forms=self._forms)
        offer = offer_for(self._parts)
        if offer != self._offer:
            log.info(
                "station offer changed",
                extra={"fields": {"missing": [m.value for m in offer.missing]}},
            )
            self._offer = offer
            self.changed.emit()

    def _check_failed(self, error: Exception) -> None:
        self._checking = False
        log.warning("station check failed: %s", type(error).__name__)

    def _recheck_on_attract(self) -> None:
        if self.journey.state is State.ATTRACT:
            self.check()

    def _on_change(self, change: Change) -> None:
        if change.after is State.ATTRACT:
            self.check()
