"""The idle time-out on every screen but the attract screen: the warning shows
with its countdown over that screen, and with no answer the session is wiped
and the attract screen returns. The fake clock moves time by hand."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kiosk_screens import (
    FakeClock,
    Shot,
    fill_details,
    item,
    scan_one_page,
    send_pages,
    tap,
    wait_for_screen,
)
from pytestqt.qtbot import QtBot

from kiosk.core.journey import IDLE_WARNING_S, State
from kiosk.ui.window import KioskWindow

Steps = Callable[[QtBot, KioskWindow], None]


def to_service(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")


def to_details(qtbot: QtBot, window: KioskWindow) -> None:
    to_service(qtbot, window)
    tap(qtbot, window, "service_parking")
    wait_for_screen(qtbot, window, "details")
    fill_details(qtbot, window, {"pcn": "GR12345678"})


def to_capture(qtbot: QtBot, window: KioskWindow) -> None:
    to_details(qtbot, window)
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "capture")
    scan_one_page(qtbot, window, 1)


def to_confirmation(qtbot: QtBot, window: KioskWindow) -> None:
    to_capture(qtbot, window)
    send_pages(qtbot, window)


def to_review(qtbot: QtBot, window: KioskWindow) -> None:
    to_capture(qtbot, window)
    tap(qtbot, window, "finishedButton")
    wait_for_screen(qtbot, window, "review")


def to_check(qtbot: QtBot, window: KioskWindow) -> None:
    to_review(qtbot, window)
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "check")


def to_forms(qtbot: QtBot, window: KioskWindow) -> None:
    to_service(qtbot, window)
    tap(qtbot, window, "formsTile")
    wait_for_screen(qtbot, window, "forms")


def to_copy(qtbot: QtBot, window: KioskWindow) -> None:
    to_service(qtbot, window)
    tap(qtbot, window, "copyTile")
    wait_for_screen(qtbot, window, "copy")


def to_help(qtbot: QtBot, window: KioskWindow) -> None:
    to_capture(qtbot, window)
    tap(qtbot, window, "getHelpButton")
    wait_for_screen(qtbot, window, "help")


def to_help_option(option: str) -> Steps:
    def steps(qtbot: QtBot, window: KioskWindow) -> None:
        to_help(qtbot, window)
        tap(qtbot, window, f"helpOption_{option}")
        wait_for_screen(qtbot, window, option)

    return steps


ROUTES: dict[State, Steps] = {
    State.SERVICE: to_service,
    State.DETAILS: to_details,
    State.CAPTURE: to_capture,
    State.REVIEW: to_review,
    State.CHECK: to_check,
    State.CONFIRMATION: to_confirmation,
    State.FORMS: to_forms,
    State.COPY: to_copy,
    State.HELP: to_help,
    State.CALLBACK: to_help_option("callback"),
    State.ONLINE: to_help_option("online"),
    State.CONTACT: to_help_option("contact"),
}


def test_every_timed_screen_has_a_route_here() -> None:
    from kiosk.core.journey import UNTIMED_STATES

    assert set(ROUTES) == set(State) - UNTIMED_STATES


@pytest.mark.parametrize("state", list(ROUTES), ids=lambda s: s.value)
def test_no_answer_to_the_idle_warning_ends_the_session_on_every_screen(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, clock: FakeClock, state: State
) -> None:
    journey = station.screens.journey
    ROUTES[state](qtbot, station)
    assert journey.state is state
    session = journey.session
    assert session is not None
    folder = getattr(session.pages, "folder", None)

    clock.advance(journey.idle_timeout_s)
    qtbot.waitUntil(lambda: item(station, "idleWarning").isVisible())
    assert item(station, "idleCountdown").property("text") == f"{IDLE_WARNING_S:.0f} seconds"
    screenshot(station, f"{state.value}_idle_warning")

    clock.advance(IDLE_WARNING_S)
    wait_for_screen(qtbot, station, "attract")
    assert journey.session is None
    assert folder is None or not folder.exists()
