"""Bigger text (WCAG 1.4.4) and high contrast (1.4.6) on every screen.

At 200 % every screen, in every language the window can show, is walked on the
real parts; on each, no text may be cut off or drawn over other text, and no
touch target may be under 48 px or lie over another (tests/kiosk/ui/layout_checks.py).
The choice is made with the resident's own controls and keeps the session.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_screens import (
    SCAN_TIMEOUT_MS,
    FakeClock,
    Shot,
    fill_details,
    item,
    scan_one_page,
    tap,
    wait_for_screen,
)
from layout_checks import layout_problems
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from kiosk.ui.window import KioskWindow

DEMO_CONFIG = Path(__file__).resolve().parents[3] / "config" / "demo.toml"


def choose_language(window: KioskWindow, code: str) -> None:
    """As the resident does: through the language view-model when the window has one."""
    language = getattr(window.screens, "language", None)
    if language is not None:
        language.choose(code)
    else:
        assert code == "en", "this window shows English only"
        QLocale.setDefault(QLocale("en_GB"))


def window_languages() -> list[str]:
    """The demo station's languages once the window can show them (kiosk/ui/language.py)."""
    import importlib.util

    from kiosk.config import load_config

    if importlib.util.find_spec("kiosk.ui.language") is None:
        return ["en"]
    return list(load_config(DEMO_CONFIG).station.languages)


class Walk:
    def __init__(self, window: KioskWindow, qtbot: QtBot, shot: Shot, code: str) -> None:
        self.window, self.qtbot, self.shot, self.code = window, qtbot, shot, code
        self.problems: dict[str, list[str]] = {}

    def check(self, where: str) -> None:
        self.qtbot.wait(50)
        found = layout_problems(self.window)
        if found:
            self.problems[where] = found
        self.shot(self.window, f"{self.code}_{where}_200")

    def bigger(self, on_attract: bool) -> None:
        """Text at 200 % and high contrast off, with the resident's own buttons."""
        tap(
            self.qtbot, self.window, "attractBiggerTextButton" if on_attract else "biggerTextButton"
        )
        self.qtbot.waitUntil(lambda: item(self.window, "displayPanel").isVisible())
        tap(self.qtbot, self.window, "textSize200")
        assert self.window.screens.display.textPercent == 200
        self.check("display_panel")
        tap(self.qtbot, self.window, "displayDoneButton")

    def go(self, button: str, screen: str, timeout: int = 5000) -> None:
        tap(self.qtbot, self.window, button)
        wait_for_screen(self.qtbot, self.window, screen, timeout=timeout)
        self.check(screen)


def walk_every_screen(walk: Walk, clock: FakeClock) -> None:
    window, qtbot = walk.window, walk.qtbot
    choose_language(window, walk.code)
    walk.bigger(on_attract=True)
    walk.check("attract")

    walk.go("startButton", "service")
    walk.go("service_parking", "details")
    fill_details(qtbot, window, {"pcn": "GR12345678"})
    walk.check("details_filled")
    walk.go("continueButton", "capture")
    scan_one_page(qtbot, window, 1)
    walk.check("capture_one_page")
    walk.go("finishedButton", "review")
    walk.go("continueButton", "check")
    tap(qtbot, window, "startAgainButton")
    walk.check("start_again_confirm")
    tap(qtbot, window, "keepGoingButton")
    clock.advance(window.screens.journey.idle_timeout_s)
    qtbot.waitUntil(lambda: item(window, "idleWarning").isVisible())
    walk.check("idle_warning")
    tap(qtbot, window, "moreTimeButton")
    walk.go("sendButton", "confirmation", timeout=20_000)
    qtbot.waitUntil(lambda: not window.screens.background.busy, timeout=SCAN_TIMEOUT_MS)
    tap(qtbot, window, "finishButton")

    for side in (("formsTile", "forms"), ("copyTile", "copy")):
        wait_for_screen(qtbot, window, "attract")
        choose_language(window, walk.code)
        walk.bigger(on_attract=True)
        walk.go("startButton", "service")
        walk.go(*side)
        if side[1] == "forms":
            tap(qtbot, window, "startAgainButton")
            tap(qtbot, window, "confirmStartAgainButton")
    walk.go("getHelpButton", "help")
    for option in ("callback", "online", "contact"):
        walk.go(f"helpOption_{option}", option)
        tap(qtbot, window, f"{option}BackButton")
        wait_for_screen(qtbot, window, "help")


@pytest.mark.parametrize("code", window_languages())
def test_every_screen_at_200_percent_has_no_cut_off_or_overlapping_text_or_targets(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, clock: FakeClock, code: str
) -> None:
    walk = Walk(station, qtbot, screenshot, code)
    walk_every_screen(walk, clock)
    report = "\n".join(
        f"{where}: {problem}" for where, found in walk.problems.items() for problem in found
    )
    assert walk.problems == {}, report


def test_bigger_text_and_high_contrast_keep_the_session_and_end_with_it(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot
) -> None:
    journey = station.screens.journey
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    fill_details(qtbot, station, {"pcn": "GR12345678"})
    session = journey.session
    tap(qtbot, station, "biggerTextButton")
    tap(qtbot, station, "textSize150")
    tap(qtbot, station, "highContrastButton")
    tap(qtbot, station, "displayDoneButton")
    assert station.screens.display.textPercent == 150
    assert station.screens.display.highContrast
    assert journey.session is session and journey.state.value == "details"
    assert item(station, "field_pcn").property("text") == "GR12345678"
    assert station.window.property("color").name() == "#000000"
    screenshot(station, "details_150_high_contrast")
    assert layout_problems(station) == []

    station.screens.journey.start_again()
    wait_for_screen(qtbot, station, "attract")
    assert station.screens.display.textPercent == 100
    assert not station.screens.display.highContrast
