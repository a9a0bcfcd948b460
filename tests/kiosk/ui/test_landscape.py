"""The screens lay out on a 1920 x 1080 landscape display as well as on the
stations' 1080 x 1920 portrait one, in every language, at 100 % and 200 % text.

The walk goes through the whole journey on the real parts: attract, service,
details, capture (no pages yet, a scanner fault in English and Arabic, one and
two pages), review, check, help, confirmation, then print a form and copy.
On each screen nothing
may be cut off or drawn over something else (layout_checks), and its main
buttons must be reachable: at 100 % text on the screen as it first shows,
without scrolling; at 200 % a swipe may be needed (the screen scrolls), but
a tap must then reach them. "Touch to start" must show whole at 200 % too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from kiosk_screens import (
    SCAN_TIMEOUT_MS,
    SEND_TIMEOUT_MS,
    Shot,
    StationMaker,
    fill_details,
    item,
    scan_one_page,
    scroll_into_view,
    start_service,
    tap,
    wait_for_screen,
)
from layout_checks import layout_problems
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot
from test_bigger_text import choose_language, window_languages

from drivers.scanner import SaneScanner
from kiosk.config import StationConfig
from kiosk.testbed.scanner_faults import COVER_OPEN, FaultOnce
from kiosk.ui.window import KioskWindow

LANDSCAPE = QSize(1920, 1080)
PORTRAIT = QSize(1080, 1920)
LANGUAGES = window_languages()

# What a resident must be able to reach on each screen (or panel over it).
# "Touch to start" is what a passer-by must see: whole, at any text size.
NO_SWIPE = ("attract",)
MAIN_BUTTONS: dict[str, tuple[str, ...]] = {
    "attract": ("startButton",),
    "service": ("backButton",),
    "details": ("continueButton", "backButton"),
    "capture_empty": ("scanButton", "backButton"),
    "capture_fault": ("tryAgainButton", "faultHelpButton"),
    "capture_one_page": ("scanButton", "finishedButton", "backButton"),
    "capture_two_pages": ("scanButton", "finishedButton", "backButton"),
    "review": ("continueButton", "scanMoreButton"),
    "check": ("sendButton", "backButton"),
    "help": ("closeHelpButton",),
    "confirmation": ("finishButton", "receiptButton"),
    "forms": ("backButton",),
    "copy": ("copyButton", "backButton"),
}
# The scanner fault is shown in English and in Arabic (right to left) only:
# each one cancels a scan on libsane's test backend, which now and then
# deadlocks (drivers/scanner/sane_worker.py); the driver then stops its worker
# and reports a stall, and the walk would fail. Fewer cancels, fewer of those.
FAULT_LANGUAGES = frozenset({"en", "ar"})


def shown_rect(target: QQuickItem) -> QRectF:
    """The part of `target` a resident sees now: its box cut by every clipping
    or scrolling parent (a scrolled-away button shows nothing)."""
    rect = target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))
    parent = target.parentItem()
    while parent is not None:
        if parent.clip() or parent.metaObject().indexOfProperty("contentY") >= 0:
            rect = rect.intersected(
                parent.mapRectToScene(QRectF(0, 0, parent.width(), parent.height()))
            )
        parent = parent.parentItem()
    return rect


def in_view(window: KioskWindow, target: QQuickItem) -> bool:
    """Wholly on the screen, nothing of it scrolled away or off the window's edge."""
    whole = target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))
    screen = QRectF(0, 0, window.window.width(), window.window.height())
    shown = shown_rect(target).intersected(screen)
    return abs(shown.width() - whole.width()) <= 1.5 and abs(shown.height() - whole.height()) <= 1.5


def taller_than_its_view(target: QQuickItem) -> bool:
    """Taller than the scrolling view it is in: it can never show whole."""
    parent = target.parentItem()
    while parent is not None:
        if parent.metaObject().indexOfProperty("contentY") >= 0:
            return target.height() > parent.height()
        parent = parent.parentItem()
    return False


def reachable(window: KioskWindow, target: QQuickItem) -> bool:
    """A tap on its middle reaches it (what tap() does after scrolling it into view)."""
    screen = QRectF(0, 0, window.window.width(), window.window.height())
    middle = target.mapToScene(QPointF(target.width() / 2, target.height() / 2))
    return shown_rect(target).intersected(screen).contains(middle)


@dataclass
class Walk:
    window: KioskWindow
    qtbot: QtBot
    shot: Shot
    scanner: FaultOnce
    size: QSize
    percent: int
    code: str
    problems: dict[str, list[str]] = field(default_factory=dict)

    def check(self, where: str) -> None:
        """No cut-off or overlapping text or targets; the main buttons reachable."""
        self.qtbot.wait(50)
        self.shot(self.window, f"{self.code}_{where}_{self.percent}")
        found = layout_problems(self.window)
        for name in MAIN_BUTTONS[where]:
            target = item(self.window, name)
            if not target.isVisible():
                found.append(f"{name} is hidden")
                continue
            if self.percent > 100 and where not in NO_SWIPE:
                # Bigger text may need a swipe: one must bring the button in full,
                # or, where it is taller than the view it scrolls in, to a tap.
                scroll_into_view(self.qtbot, target)
                if taller_than_its_view(target) and reachable(self.window, target):
                    continue
            if not in_view(self.window, target):
                rect = target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))
                found.append(
                    f"{name} is not wholly on the screen: {rect.x():.0f},{rect.y():.0f} "
                    f"{rect.width():.0f} x {rect.height():.0f} px, shown "
                    f"{shown_rect(target).height():.0f} px high"
                )
        if found:
            self.problems[where] = found

    def begin(self) -> None:
        """On the attract screen: the resident's language and text size."""
        wait_for_screen(self.qtbot, self.window, "attract")
        choose_language(self.window, self.code)
        if self.percent != 100:
            tap(self.qtbot, self.window, "attractBiggerTextButton")
            tap(self.qtbot, self.window, f"textSize{self.percent}")
            tap(self.qtbot, self.window, "displayDoneButton")
        assert self.window.screens.display.textPercent == self.percent

    def go(self, button: str, screen: str, timeout: int = 5000) -> None:
        tap(self.qtbot, self.window, button)
        wait_for_screen(self.qtbot, self.window, screen, timeout=timeout)


def walk_the_journey(walk: Walk) -> None:
    window, qtbot, capture = walk.window, walk.qtbot, walk.window.screens.capture
    walk.begin()
    walk.check("attract")
    walk.go("startButton", "service")
    walk.check("service")
    walk.go("service_parking", "details")
    fill_details(qtbot, window, {"pcn": "GR12345678"})
    walk.check("details")
    walk.go("continueButton", "capture")
    walk.check("capture_empty")

    if walk.code in FAULT_LANGUAGES:
        # The lid open on the first scan: the fault panel over the capture screen.
        walk.scanner.armed.set()
        tap(qtbot, window, "scanButton")
        qtbot.waitUntil(lambda: item(window, "faultPanel").isVisible(), timeout=SCAN_TIMEOUT_MS)
        qtbot.waitUntil(lambda: not capture.scanning, timeout=SCAN_TIMEOUT_MS)
        walk.check("capture_fault")
        tap(qtbot, window, "tryAgainButton")
        qtbot.waitUntil(
            lambda: not capture.scanning and capture.pageCount == 1, timeout=SCAN_TIMEOUT_MS
        )
        qtbot.waitUntil(lambda: not item(window, "faultPanel").isVisible())
    else:
        scan_one_page(qtbot, window, 1)
    walk.check("capture_one_page")
    scan_one_page(qtbot, window, 2)
    walk.check("capture_two_pages")

    walk.go("finishedButton", "review")
    walk.check("review")
    walk.go("continueButton", "check")
    walk.check("check")
    walk.go("getHelpButton", "help")
    walk.check("help")
    walk.go("closeHelpButton", "check")
    walk.go("sendButton", "confirmation", timeout=SEND_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.screens.background.busy, timeout=SCAN_TIMEOUT_MS)
    walk.check("confirmation")
    walk.go("finishButton", "attract")

    for tile, screen in (("formsTile", "forms"), ("copyTile", "copy")):
        walk.begin()
        walk.go("startButton", "service")
        walk.go(tile, screen)
        walk.check(screen)
        tap(qtbot, window, "startAgainButton")
        tap(qtbot, window, "confirmStartAgainButton")


def run_walk(
    make_station: StationMaker,
    config: StationConfig,
    sane_config_dir: Path,
    qtbot: QtBot,
    shot: Shot,
    size: QSize,
    percent: int,
    code: str,
) -> Walk:
    scanner = FaultOnce(SaneScanner(config.scanner.device, sane_config_dir), COVER_OPEN)
    window = make_station(scanner)
    window.window.resize(size)
    qtbot.waitUntil(lambda: window.window.size() == size)
    qtbot.wait(100)  # the layouts follow on the next frame
    walk = Walk(window, qtbot, shot, scanner, size, percent, code)
    walk_the_journey(walk)
    return walk


def report(walk: Walk) -> str:
    return "\n".join(
        f"{where}: {problem}" for where, found in walk.problems.items() for problem in found
    )


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_screen_lays_out_in_landscape(
    make_station: StationMaker,
    demo_config: StationConfig,
    sane_config_dir: Path,
    qtbot: QtBot,
    screenshot: Shot,
    code: str,
    percent: int,
) -> None:
    walk = run_walk(
        make_station, demo_config, sane_config_dir, qtbot, screenshot, LANDSCAPE, percent, code
    )
    assert walk.problems == {}, report(walk)


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_same_walk_still_lays_out_in_portrait(
    make_station: StationMaker,
    demo_config: StationConfig,
    sane_config_dir: Path,
    qtbot: QtBot,
    screenshot: Shot,
    code: str,
    percent: int,
) -> None:
    walk = run_walk(
        make_station, demo_config, sane_config_dir, qtbot, screenshot, PORTRAIT, percent, code
    )
    assert walk.problems == {}, report(walk)


def test_the_capture_screen_puts_the_picture_beside_the_buttons_when_wide(
    make_station: StationMaker,
    demo_config: StationConfig,
    sane_config_dir: Path,
    qtbot: QtBot,
    screenshot: Shot,
) -> None:
    """Landscape uses the width: how to place the page on one side, "Scan" on
    the other (mirrored right to left); portrait stacks them."""
    scanner = FaultOnce(SaneScanner(demo_config.scanner.device, sane_config_dir), COVER_OPEN)
    window = make_station(scanner)
    window.window.resize(LANDSCAPE)
    qtbot.waitUntil(lambda: window.window.size() == LANDSCAPE)
    qtbot.wait(100)
    start_service(qtbot, window, "parking", {"pcn": "GR12345678"})

    def boxes() -> tuple[QRectF, QRectF]:
        qtbot.wait(50)
        picture, scan = item(window, "glassPicture"), item(window, "scanButton")
        return (
            picture.mapRectToScene(QRectF(0, 0, picture.width(), picture.height())),
            scan.mapRectToScene(QRectF(0, 0, scan.width(), scan.height())),
        )

    picture, scan = boxes()
    assert picture.right() < scan.left(), "the picture is left of the buttons"
    assert max(picture.bottom(), scan.bottom()) <= LANDSCAPE.height()
    screenshot(window, "capture_wide")

    choose_language(window, "ar")
    picture, scan = boxes()
    assert scan.right() < picture.left(), "right to left: the buttons are on the left"
    screenshot(window, "capture_wide_ar")

    window.window.resize(PORTRAIT)
    qtbot.waitUntil(lambda: window.window.size() == PORTRAIT)
    picture, scan = boxes()
    assert picture.bottom() < scan.top(), "portrait: the picture above the buttons"
    screenshot(window, "capture_portrait_ar")
