"""`make demo` headless: a resident's whole send-documents journey, tapped and
typed into the real window offscreen, with a screenshot of every screen.

Taps go to the centre of each item (as a finger would), text one key at a
time; the scanner is libsane's test backend and the documents go through the
real outbox to the demo receiver.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.config import StationConfig
from kiosk.core.journey import IDLE_WARNING_S
from kiosk.testbed.frames import wait_for_frame
from kiosk.ui.screenshots import save_screenshot
from kiosk.ui.window import KioskWindow

STEP_TIMEOUT_S = 10.0
PRINT_TIMEOUT_S = 30.0
SCAN_TIMEOUT_S = 60.0
DEMO_NAME = "Sam Demo"  # typed into name fields; not a real person
# A right-to-left and a Devanagari language, walked again at 200 % text.
BIGGER_TEXT_LANGUAGES = ("ar", "ne")


class DemoStepError(RuntimeError):
    """The walk-through could not do one of its steps."""


class DemoClock:
    """The real monotonic clock, which the walk-through can move forward."""

    def __init__(self) -> None:
        self.offset_s = 0.0

    def monotonic_s(self) -> float:
        return time.monotonic() + self.offset_s


class Walker:
    def __init__(self, app: QGuiApplication, window: KioskWindow, folder: Path) -> None:
        self.app = app
        self.window = window
        self.folder = folder
        self.shots: list[Path] = []

    def wait_until(self, condition: Callable[[], bool], what: str, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise DemoStepError(f"gave up waiting for {what}")
            QTest.qWait(20)

    def item(self, name: str) -> QQuickItem:
        found = self.window.find(name)
        if not isinstance(found, QQuickItem):
            raise DemoStepError(f"no {name} on the {self.window.current_screen} screen")
        return found

    def tap(self, name: str) -> None:
        target = self.item(name)
        self.scroll_into_view(target)
        centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
        QTest.mouseClick(self.window.window, Qt.MouseButton.LeftButton, pos=centre)
        QTest.qWait(20)

    def scroll_into_view(self, target: QQuickItem) -> None:
        """As a finger would swipe: every scrolling view around `target` shows it."""
        parent = target.parentItem()
        while parent is not None:
            if parent.metaObject().indexOfProperty("contentY") >= 0:
                top = target.mapToItem(parent.property("contentItem"), QPointF(0, 0)).y()
                bottom = top + target.height()
                view_y = float(parent.property("contentY"))
                if top < view_y or bottom > view_y + parent.height():
                    most = max(0.0, float(parent.property("contentHeight")) - parent.height())
                    parent.setProperty("contentY", min(most, max(0.0, bottom - parent.height())))
                    QTest.qWait(20)
            parent = parent.parentItem()

    def type(self, text: str) -> None:
        for character in text:
            QTest.keyClick(self.window.window, character)

    def screen(self, name: str) -> None:
        self.wait_until(lambda: self.window.current_screen == name, f"the {name} screen", 10)
        wait_for_frame(self.window)  # tap what is drawn, laid out

    def shot(self, name: str | None = None) -> None:
        QTest.qWait(100)  # let the new screen and any images draw
        screen = name or self.window.current_screen
        self.shots.append(save_screenshot(self.window.window, self.folder, screen))


def walk_journey(
    app: QGuiApplication,
    window: KioskWindow,
    config: StationConfig,
    folder: Path,
    clock: DemoClock,
) -> tuple[list[Path], str]:
    """Attract → service → details → capture → review → check → confirmation.

    Returns the screenshots and the kiosk reference the resident was given.
    """
    walk = Walker(app, window, folder)
    capture = window.screens.capture
    service = config.services[0]

    walk.tap("startButton")
    walk.screen("service")
    walk.shot()
    walk.tap(f"service_{service.id}")
    walk.screen("details")
    for field in service.fields:
        walk.tap(f"field_{field.id}")
        walk.type(field.example or DEMO_NAME)
    walk.shot("details")
    walk.tap("continueButton")
    walk.screen("capture")
    walk.shot()

    # Idle: the warning with its countdown, then "I need more time".
    clock.offset_s += config.station.idle_timeout_s
    walk.wait_until(lambda: walk.item("idleWarning").isVisible(), "the idle warning", 5)
    clock.offset_s += IDLE_WARNING_S / 2
    QTest.qWait(300)
    walk.shot("idle_warning")
    walk.tap("moreTimeButton")
    walk.wait_until(lambda: not walk.item("idleWarning").isVisible(), "more time", 5)

    for pages in (1, 2):
        walk.tap("scanButton")
        walk.wait_until(
            lambda pages=pages: not capture.scanning and capture.pageCount == pages,  # type: ignore[misc]
            f"page {pages} to be scanned",
            SCAN_TIMEOUT_S,
        )
        if capture.message or capture.fault:
            raise DemoStepError(f"the scan stopped: {capture.message or capture.fault}")
    walk.shot("capture_scanned")
    walk.tap("finishedButton")
    walk.screen("review")
    walk.shot()
    walk.tap("page_1")
    walk.wait_until(lambda: walk.item("pageView").isVisible(), "the page seen large", 5)
    walk.shot("review_page_large")
    walk.tap("pageViewClose")
    walk.wait_until(lambda: not walk.item("pageView").isVisible(), "the pages again", 5)
    walk.tap("continueButton")
    walk.screen("check")
    walk.shot()
    walk.tap("sendButton")
    walk.screen("confirmation")
    walk.shot()
    reference = str(walk.item("reference").property("text"))
    walk.tap("receiptButton")
    receipt = window.screens.confirmation.job
    walk.wait_until(lambda: receipt.phase == "done", "the receipt to print", PRINT_TIMEOUT_S)
    walk.shot("confirmation_receipt")
    walk.tap("finishButton")
    walk.screen("attract")
    walk_side_paths(walk, window, config)
    for code in BIGGER_TEXT_LANGUAGES:
        if code in config.station.languages:
            walk_bigger_text(walk, window, config, code)
    return walk.shots, reference


def walk_bigger_text(walk: Walker, window: KioskWindow, config: StationConfig, code: str) -> None:
    """The journey up to "Check and send" in one language at 200 % text, then "Start again".

    "Bigger text" and 200 % on the attract screen as a resident taps them; the
    language through the language view-model, as its picker does (the attract
    screen and the hidden picker both hold a `language_<code>` button). Nothing
    is sent (the demo's one submission is the English journey's).
    """
    capture = window.screens.capture
    service = config.services[0]
    walk.tap("attractBiggerTextButton")
    walk.wait_until(lambda: walk.item("displayPanel").isVisible(), "the text size panel", 5)
    walk.tap("textSize200")
    walk.tap("displayDoneButton")
    window.screens.language.choose(code)
    walk.tap("startButton")
    walk.screen("service")
    walk.shot(f"{code}_200_service")
    walk.tap(f"service_{service.id}")
    walk.screen("details")
    for field in service.fields:
        walk.tap(f"field_{field.id}")
        walk.type(field.example or DEMO_NAME)
    walk.shot(f"{code}_200_details")
    walk.tap("continueButton")
    walk.screen("capture")
    walk.tap("scanButton")
    walk.wait_until(
        lambda: not capture.scanning and capture.pageCount == 1,
        "a page to be scanned",
        SCAN_TIMEOUT_S,
    )
    walk.shot(f"{code}_200_capture")
    walk.tap("finishedButton")
    walk.screen("review")
    walk.shot(f"{code}_200_review")
    walk.tap("continueButton")
    walk.screen("check")
    walk.shot(f"{code}_200_check")
    walk.tap("startAgainButton")
    walk.tap("confirmStartAgainButton")
    walk.screen("attract")


def walk_help_options(walk: Walker, window: KioskWindow) -> None:
    """From the help screen: each way of getting help beyond the station it offers."""
    options = window.screens.help.options
    if "callback" in options:
        callback = window.screens.callback
        walk.tap("helpOption_callback")
        walk.screen("callback")
        if callback.serviceId == "":
            walk.tap(f"callbackService_{callback.services[0]['id']}")
        walk.tap("callbackPhone")
        walk.type("020 8854 8888")  # the council's own number: a demo never calls a resident
        walk.tap("callbackSubmitButton")
        walk.wait_until(lambda: callback.phase == "done", "the call-back reference", 10)
        walk.shot("callback_done")
        walk.tap("callbackBackButton")
        walk.screen("help")
    for option in ("online", "contact"):
        if option in options:
            walk.tap(f"helpOption_{option}")
            walk.screen(option)
            walk.shot()
            walk.tap(f"{option}BackButton")
            walk.screen("help")


def walk_side_paths(walk: Walker, window: KioskWindow, config: StationConfig) -> None:
    """Get help, print a form and copy a page, with a screenshot of each screen."""
    walk.tap("startButton")
    walk.screen("service")
    walk.tap("getHelpButton")
    walk.screen("help")
    walk.shot()
    walk_help_options(walk, window)
    walk.tap("closeHelpButton")
    walk.screen("service")

    if config.forms:
        forms = window.screens.forms
        walk.tap("formsTile")
        walk.screen("forms")
        QTest.qWait(500)  # the first-page pictures render on Qt's image thread
        walk.shot()
        walk.tap(f"form_{config.forms[0].id}")
        walk.tap("printButton")
        walk.wait_until(lambda: forms.job.phase == "done", "the form to print", PRINT_TIMEOUT_S)
        walk.shot("forms_printed")
        walk.tap("finishButton")
        walk.screen("attract")
        walk.tap("startButton")
        walk.screen("service")

    copy = window.screens.copy
    walk.tap("copyTile")
    walk.screen("copy")
    walk.shot()
    walk.tap("copyButton")
    walk.wait_until(lambda: copy.job.phase == "done", "the copy to print", SCAN_TIMEOUT_S)
    walk.shot("copy_printed")
    walk.tap("finishButton")
    walk.screen("attract")
