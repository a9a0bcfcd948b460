"""The top bar: the council's full name beside "Read aloud", "Bigger text", the
language, "Get help" and "Start again", in every language, on the stations'
1080 x 1920 portrait screen and on a 1920 x 1080 landscape one.

The name is never cut short ("Royal Boroug…" in Arabic before): it takes the
room the last row of buttons leaves, on two lines if need be. Nothing in the
bar is cut off or drawn over anything else, its buttons stay >= 48 px and its
text >= 24 px (layout_checks, WCAG 2.5.5).
"""

from __future__ import annotations

import pytest
from kiosk_screens import Shot, item, tap, wait_for_screen
from layout_checks import layout_problems
from PySide6.QtCore import QRectF, QSize
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot
from test_bigger_text import choose_language, window_languages

from kiosk.config import StationConfig
from kiosk.ui.window import KioskWindow

LANDSCAPE = QSize(1920, 1080)
PORTRAIT = QSize(1080, 1920)
MIN_TEXT_PX = 24
MIN_TARGET_PX = 48
BAR_BUTTONS = (
    "startAgainButton",
    "getHelpButton",
    "languageButton",
    "biggerTextButton",
    "readAloudButton",
)


def scene_rect(target: QQuickItem) -> QRectF:
    return target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))


def name_problems(window: KioskWindow, council_name: str) -> list[str]:
    """What is wrong with the council's name in the top bar now, if anything."""
    name = item(window, "topBarCouncilName")
    if not name.isVisible():
        return ["the council's name does not show"]
    problems = []
    if name.property("text") != council_name or bool(name.property("truncated")):
        problems.append(f"the name is cut short in {name.width():.0f} px")
    if int(name.property("lineCount")) > 2:
        problems.append(f"the name takes {name.property('lineCount')} lines")
    if name.property("font").pixelSize() < MIN_TEXT_PX:
        problems.append(f"the name is {name.property('font').pixelSize()} px high")
    bar = scene_rect(item(window, "topBar"))
    if not bar.contains(scene_rect(name)):
        problems.append("the name is outside the bar")
    for button_name in BAR_BUTTONS:
        button = window.find(button_name)
        if not isinstance(button, QQuickItem) or not button.isVisible():
            continue
        if button.width() < MIN_TARGET_PX or button.height() < MIN_TARGET_PX:
            problems.append(f"{button_name} is {button.width():.0f} x {button.height():.0f} px")
        common = scene_rect(button).intersected(scene_rect(name))
        if common.width() > 1 and common.height() > 1:
            problems.append(f"the name lies over {button_name}")
    return problems + layout_problems(window)


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def test_the_council_name_shows_in_full_beside_the_buttons_in_every_language(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    demo_config: StationConfig,
    size: QSize,
) -> None:
    station.window.resize(size)
    qtbot.waitUntil(lambda: station.window.width() == size.width())
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    council_name = demo_config.branding.council_name
    problems = {}
    for code in window_languages():
        choose_language(station, code)
        for screen, go in (("service", None), ("details", "service_parking")):
            if go is not None:
                tap(qtbot, station, go)
                wait_for_screen(qtbot, station, screen)
            qtbot.wait(50)  # a frame, for the layout and the screenshot
            screenshot(station, f"{code}_{screen}")
            found = name_problems(station, council_name)
            if found:
                problems[f"{code} {screen}"] = found
        tap(qtbot, station, "backButton")
        wait_for_screen(qtbot, station, "service")

    assert problems == {}
