"""View-model of staff mode: the hidden gesture, the PIN pad and the staff screens.

Thin on purpose: every decision is in kiosk.staff (StaffService, StaffGesture);
this turns taps into calls, runs the slow ones off the GUI thread
(kiosk.ui.background) and hands the results to QML as plain values.
"""

from __future__ import annotations

import logging
import math
from typing import Any, Final

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.ports import HealthCheck
from kiosk.staff.gesture import StaffGesture, corner_at
from kiosk.staff.out_of_service import DEFAULT_MESSAGE, MAX_MESSAGE_LENGTH, OutOfService
from kiosk.staff.pins import MAX_PIN_LENGTH, MIN_PIN_LENGTH
from kiosk.staff.service import ActionResult, StaffService
from kiosk.staff.signin import SignInOutcome, SignInResult
from kiosk.ui.background import Background

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

TICK_MS: Final = 1000
_ACTIVITY = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress})
# Actions that destroy something ask first; the others run at once.
# Switching training ends the resident's session, so it asks too.
CONFIRM_FIRST: Final = frozenset(
    {"end_session", "reset_station", "cancel_jobs", "out_of_service", "training_on", "training_off"}
)
_SLOW: Final = {
    "test_scan": "test_scan",
    "test_print": "test_print",
    "cancel_jobs": "cancel_stuck_jobs",
    "retry_parked": "retry_parked",
    "in_service": "back_in_service",
}
PAGES: Final = ("closed", "pin", "home", "help", "actions", "outOfService")


@QmlElement
@QmlUncreatable("StaffViewModel is made by the app, not in QML.")
class StaffViewModel(QObject):
    changed = Signal()
    healthChanged = Signal()
    helpChanged = Signal()
    stationChanged = Signal()
    _stationHeard = Signal()

    def __init__(
        self,
        service: StaffService,
        gesture: StaffGesture,
        hold_corner: str,
        hold_s: float,
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.gesture = gesture
        self._hold_corner = hold_corner
        self._hold_ms = int(hold_s * 1000)
        self._background = background
        self._page = "closed"
        self._pin = ""
        self._pin_message = ""
        self._busy = False
        self._health: list[dict[str, str]] = []
        self._action_message = ""
        self._action_ok = True
        self._pending_confirm = ""
        self._pending_message = ""
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._stationHeard.connect(self.stationChanged)
        service.records.out_of_service.subscribe(self._heard_out_of_service)
        if service.training is not None:
            # Flipped from config, staff mode or a test thread: reaches QML queued.
            service.training.subscribe(lambda _active: self._stationHeard.emit())
        service.help_desk.subscribe(lambda _request: background.post(self.helpChanged.emit))

    # --- what QML shows -----------------------------------------------------------
    @Property(str, notify=changed)
    def page(self) -> str:
        return self._page

    @Property(str, notify=changed)
    def champion(self) -> str:
        return self.service.champion or ""

    @Property(int, notify=changed)
    def pinLength(self) -> int:
        return len(self._pin)

    @Property(int, constant=True)
    def minPinLength(self) -> int:
        return MIN_PIN_LENGTH

    @Property(str, notify=changed)
    def pinMessage(self) -> str:
        return self._pin_message

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=changed)
    def gestureArmed(self) -> bool:
        return self.gesture.armed

    @Property(str, constant=True)
    def holdCorner(self) -> str:
        return self._hold_corner

    @Property(int, constant=True)
    def holdMs(self) -> int:
        return self._hold_ms

    @Property("QVariantList", notify=healthChanged)
    def health(self) -> list[dict[str, str]]:
        return self._health

    @Property("QVariantList", notify=helpChanged)
    def helpRequests(self) -> list[dict[str, Any]]:
        return [
            {
                "id": r.id,
                "time": r.raised_at.astimezone().strftime("%H:%M"),
                "screen": r.screen,
            }
            for r in self.service.help_requests()
        ]

    @Property(str, notify=changed)
    def actionMessage(self) -> str:
        return self._action_message

    @Property(bool, notify=changed)
    def actionOk(self) -> bool:
        return self._action_ok

    @Property(str, notify=changed)
    def confirming(self) -> str:
        """The action waiting for "Yes" ("" when none)."""
        return self._pending_confirm

    @Property(bool, notify=stationChanged)
    def outOfService(self) -> bool:
        return self.service.out_of_service() is not None

    @Property(str, notify=stationChanged)
    def outOfServiceMessage(self) -> str:
        current = self.service.out_of_service()
        return current.message if current else ""

    @Property(bool, constant=True)
    def trainingAvailable(self) -> bool:
        """The config names a sandbox, so staff can switch training mode."""
        return self.service.training_available()

    @Property(bool, notify=stationChanged)
    def trainingActive(self) -> bool:
        return self.service.training_active()

    @Property(str, constant=True)
    def defaultOutOfServiceMessage(self) -> str:
        return DEFAULT_MESSAGE

    @Property(int, constant=True)
    def maxMessageLength(self) -> int:
        return MAX_MESSAGE_LENGTH

    # --- the gesture and the PIN pad ----------------------------------------------------
    @Slot()
    def cornerHeld(self) -> None:
        if self._page == "closed":
            self.gesture.held()
            self.changed.emit()

    @Slot(float, float, float, float)
    def tappedAt(self, x: float, y: float, width: float, height: float) -> None:
        if self.gesture.tapped(corner_at(x, y, width, height)):
            self.openPinPad()
        self.changed.emit()

    @Slot()
    def openPinPad(self) -> None:
        self._pin = ""
        reason = self.service.unavailable_reason()
        if reason:
            log.error("staff sign-in unavailable", extra={"fields": {"reason": reason}})
        self._pin_message = (
            self.tr("Staff sign-in is unavailable. Ask IT to check the staff PINs.")
            if reason
            else ""
        )
        self._show("pin")

    @Slot(str)
    def digit(self, digit: str) -> None:
        if self._busy or len(self._pin) >= MAX_PIN_LENGTH or not digit.isdigit():
            return
        self._pin += digit[:1]
        self._pin_message = ""
        self.changed.emit()

    @Slot()
    def deleteDigit(self) -> None:
        self._pin = self._pin[:-1]
        self.changed.emit()

    @Slot()
    def submitPin(self) -> None:
        if self._busy or not self._pin:
            return
        pin, self._pin = self._pin, ""
        self._busy = True
        self._pin_message = self.tr("Checking…")
        self.changed.emit()
        self._background.run(
            "staff sign-in", lambda: self.service.sign_in(pin), self._signed_in, self._failed
        )

    def _signed_in(self, result: SignInResult) -> None:
        self._busy = False
        if result.signed_in:
            self._pin_message = ""
            self._action_message = ""
            self._show("home")
            self.refreshHealth()
            return
        if result.outcome is SignInOutcome.LOCKED:
            self._pin_message = self._locked_text(result.locked_for_s)

        elif result.outcome is SignInOutcome.UNAVAILABLE:
            self._pin_message = self.tr(
                "Staff sign-in is unavailable. Ask IT to check the staff PINs."
            )
        else:
            self._pin_message = self.tr("That PIN is not right. Try again.")
        self.changed.emit()

    def _locked_text(self, locked_for_s: float) -> str:
        seconds = max(1, math.ceil(locked_for_s))
        if seconds < 60:
            wait = self.tr("%1 seconds").replace("%1", str(seconds))
        elif seconds < 120:
            wait = self.tr("1 minute")
        else:
            wait = self.tr("%1 minutes").replace("%1", str(math.ceil(seconds / 60)))
        return self.tr("Too many wrong PINs. Try again in %1.").replace("%1", wait)

    # --- moving around -------------------------------------------------------------------
    @Slot(str)
    def showPage(self, page: str) -> None:
        if page in PAGES and self.service.champion is not None:
            self._action_message = ""
            self._show(page)
            if page == "home":
                self.refreshHealth()

    @Slot()
    def exit(self) -> None:
        self.service.sign_out("exit")
        self._close()

    @Slot()
    def cancelPinPad(self) -> None:
        self._close()

    @Slot()
    def tick(self) -> None:
        if self.service.idle_expired():
            self.service.sign_out("idle")
            self._close()
        if self.gesture.armed is False and self._page == "closed":
            self.changed.emit()

    def watch(self, window: QObject) -> None:
        """Any touch in the window keeps staff mode open."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.service.champion is not None:
            self.service.touched()
        return False

    # --- health and help ---------------------------------------------------------------
    @Slot()
    def refreshHealth(self) -> None:
        self._background.run("staff health", self.service.health, self._got_health, self._failed)

    def _got_health(self, checks: list[HealthCheck]) -> None:
        self._health = [
            {"name": c.name, "state": c.state.value, "detail": c.detail, "hint": c.hint}
            for c in checks
        ]
        self.healthChanged.emit()

    @Slot(int)
    def answerHelp(self, request_id: int) -> None:
        self._report(self.service.answer_help(request_id))
        self.helpChanged.emit()

    # --- actions ---------------------------------------------------------------------------
    @Slot(str)
    def request(self, action: str) -> None:
        """A tap on an action: ask first if it destroys something, else do it."""
        if action in CONFIRM_FIRST:
            self._pending_confirm = action
            self.changed.emit()
        else:
            self._run(action)

    @Slot(str)
    def requestOutOfService(self, message: str) -> None:
        self._pending_message = message
        self.request("out_of_service")

    @Slot()
    def confirm(self) -> None:
        action, self._pending_confirm = self._pending_confirm, ""
        if action:
            self._run(action)

    @Slot()
    def dismissConfirm(self) -> None:
        self._pending_confirm = ""
        self.changed.emit()

    def _run(self, action: str) -> None:
        if self._busy:
            return
        if action == "end_session":
            self._report(self.service.end_session())
        elif action == "training_on":
            self._report(self.service.start_training())
        elif action == "training_off":
            self._report(self.service.stop_training())
        elif action == "reset_station":
            self._report(self.service.reset_station())
            self._slow("reconnect_devices")
        elif action == "out_of_service":
            message = self._pending_message
            self._slow_call(lambda: self.service.put_out_of_service(message), then_home=True)
        elif action in _SLOW:
            self._slow(_SLOW[action], then_home=action == "in_service")
        self.changed.emit()

    def _slow(self, method: str, then_home: bool = False) -> None:
        self._slow_call(getattr(self.service, method), then_home)

    def _slow_call(self, call: Any, then_home: bool = False) -> None:
        self._busy = True
        self._action_message = self.tr("Working…")
        self._action_ok = True
        self.changed.emit()

        def done(result: ActionResult) -> None:
            self._busy = False
            self._report(result)
            if then_home and result.ok:
                self._show("actions")

        self._background.run("staff action", call, done, self._failed)

    def _report(self, result: ActionResult) -> None:
        self._action_message, self._action_ok = result.message, result.ok
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self._action_message = self.tr("That did not work: %1").replace("%1", str(error))
        self._action_ok = False
        self._pin_message = "" if self.service.champion else self._pin_message
        self.changed.emit()

    # --- helpers ---------------------------------------------------------------------------
    def _show(self, page: str) -> None:
        if page not in ("closed", "pin") and self.service.champion is None:
            return  # a slow action finished after Exit or the idle time-out: stay closed
        self._page = page
        self._pending_confirm = ""
        self.changed.emit()

    def _close(self) -> None:
        self._pin = ""
        self._pin_message = ""
        self._health = []
        self._show("closed")
        self.healthChanged.emit()

    def _heard_out_of_service(self, _state: OutOfService | None) -> None:
        self._stationHeard.emit()  # queued to the GUI thread by Qt if from a worker
