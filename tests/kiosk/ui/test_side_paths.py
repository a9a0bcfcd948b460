"""Print a form, copy, get help, the receipt, and faults, through the real window:
the real state machine, libsane's test scanner, the private cupsd with its
ippeveprinter, the real outbox and receiver. Screens reached are saved under
build/screenshots/<test name>/."""

from __future__ import annotations

from collections.abc import Iterator
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
    send_pages,
    tap,
    wait_for_screen,
)
from pytestqt.qtbot import QtBot

from drivers.scanner import SaneScanner
from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.core.journey import State
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.printer_faults import load_paper, run_out_of_paper
from kiosk.testbed.receiver import Receiver
from kiosk.testbed.scanner_faults import COVER_OPEN, FaultOnce
from kiosk.ui.window import KioskWindow

PRINT_TIMEOUT_MS = 30_000


@pytest.fixture
def paper(cups_server: PrivateCups) -> Iterator[PrivateCups]:
    """The shared test printer with full trays, and full again after the test."""
    load_paper(cups_server)
    yield cups_server
    load_paper(cups_server)


def printed_since(server: PrivateCups, before: set[Path]) -> list[Path]:
    return [path for path in server.printed_files() if path not in before]


def go_to_services(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")
    # The station checks its scanner and printer when a session ends and at start.
    qtbot.waitUntil(lambda: not window.screens.background.busy, timeout=SCAN_TIMEOUT_MS)


# --- print a form ------------------------------------------------------------------------


def test_a_resident_prints_two_copies_of_a_form(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, paper: PrivateCups
) -> None:
    before = set(paper.printed_files())
    go_to_services(qtbot, station)
    screenshot(station)
    tap(qtbot, station, "formsTile")
    wait_for_screen(qtbot, station, "forms")
    qtbot.wait(300)  # previews render on Qt's image thread
    screenshot(station)

    tap(qtbot, station, "form_change-of-address")
    qtbot.waitUntil(lambda: item(station, "printButton").isVisible())
    assert item(station, "fewerCopiesButton").isEnabled() is False
    tap(qtbot, station, "moreCopiesButton")
    assert item(station, "copiesValue").property("text") == "2"
    screenshot(station, "forms_chosen")

    tap(qtbot, station, "printButton")
    forms = station.screens.forms
    qtbot.waitUntil(lambda: forms.job.phase == "done", timeout=PRINT_TIMEOUT_MS)
    qtbot.wait(50)
    assert "printed" in item(station, "printMessage").property("text")
    screenshot(station, "forms_printed")
    qtbot.waitUntil(lambda: len(printed_since(paper, before)) == 1, timeout=PRINT_TIMEOUT_MS)

    tap(qtbot, station, "finishButton")
    wait_for_screen(qtbot, station, "attract")
    assert station.screens.journey.session is None


def test_a_form_waiting_for_paper_says_so_then_prints_when_paper_is_loaded(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, paper: PrivateCups
) -> None:
    go_to_services(qtbot, station)
    tap(qtbot, station, "formsTile")
    wait_for_screen(qtbot, station, "forms")
    tap(qtbot, station, "form_assisted-bin-collection")
    run_out_of_paper(paper)
    tap(qtbot, station, "printButton")

    forms = station.screens.forms
    qtbot.waitUntil(lambda: forms.job.phase == "held_up", timeout=PRINT_TIMEOUT_MS)
    panel = item(station, "faultPanel")
    qtbot.waitUntil(panel.isVisible)
    assert "run out of paper" in item(station, "faultMessage").property("text")
    assert not item(station, "tryAgainButton").isVisible()
    screenshot(station, "forms_no_paper")

    load_paper(paper)  # a champion fills the tray: the job prints, the panel goes
    qtbot.waitUntil(lambda: forms.job.phase == "done", timeout=PRINT_TIMEOUT_MS)
    assert not panel.isVisible()
    screenshot(station, "forms_printed_after_paper")


# --- copy --------------------------------------------------------------------------------


def test_a_resident_copies_a_page_and_nothing_is_kept(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    paper: PrivateCups,
    tmp_path: Path,
) -> None:
    before = set(paper.printed_files())
    go_to_services(qtbot, station)
    tap(qtbot, station, "copyTile")
    wait_for_screen(qtbot, station, "copy")
    screenshot(station)

    assert item(station, "blackAndWhiteButton").property("text").startswith("\u2713 ")
    tap(qtbot, station, "colourButton")
    assert station.screens.copy.colour is True
    # The tick moves with the choice, so it does not rest on colour alone.
    assert item(station, "colourButton").property("text") == "\u2713 Colour"
    assert item(station, "blackAndWhiteButton").property("text") == "Black and white"
    tap(qtbot, station, "copyButton")
    copy = station.screens.copy
    qtbot.waitUntil(lambda: copy.job.phase == "done", timeout=SCAN_TIMEOUT_MS)
    qtbot.wait(50)
    screenshot(station, "copy_printed")
    qtbot.waitUntil(lambda: len(printed_since(paper, before)) == 1, timeout=PRINT_TIMEOUT_MS)

    tap(qtbot, station, "finishButton")
    wait_for_screen(qtbot, station, "attract")


@pytest.fixture
def lid_station(
    make_station: StationMaker, demo_config: StationConfig, sane_config_dir: Path
) -> tuple[KioskWindow, FaultOnce]:
    scanner = FaultOnce(SaneScanner(demo_config.scanner.device, sane_config_dir), COVER_OPEN)
    return make_station(scanner), scanner


def test_the_lid_opening_mid_journey_shows_a_calm_screen_and_keeps_the_pages(
    lid_station: tuple[KioskWindow, FaultOnce],
    qtbot: QtBot,
    screenshot: Shot,
    backoffice_receiver: Receiver,
) -> None:
    window, scanner = lid_station
    journey = window.screens.journey
    go_to_services(qtbot, window)
    tap(qtbot, window, "service_council-tax")
    wait_for_screen(qtbot, window, "details")
    fill_details(qtbot, window, {"account_number": "123456789"})
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "capture")
    scan_one_page(qtbot, window, 1)

    scanner.armed.set()
    tap(qtbot, window, "scanButton")
    panel = item(window, "faultPanel")
    qtbot.waitUntil(panel.isVisible, timeout=SCAN_TIMEOUT_MS)
    assert item(window, "faultMessage").property("text") == (
        "The scanner lid is open. Close it and tap Try again."
    )
    assert journey.state is State.CAPTURE and journey.session is not None
    assert journey.session.page_count == 1  # the first page is kept
    screenshot(window, "capture_lid_open")

    tap(qtbot, window, "tryAgainButton")
    qtbot.waitUntil(
        lambda: not window.screens.capture.scanning and journey.session.page_count == 2,
        timeout=SCAN_TIMEOUT_MS,
    )
    assert not panel.isVisible()
    send_pages(qtbot, window)
    qtbot.waitUntil(lambda: len(backoffice_receiver.received()) == 1, timeout=SEND_TIMEOUT_MS)
    received = backoffice_receiver.received()[0]
    assert received.metadata["service_id"] == "council-tax"
    assert received.metadata["page_count"] == 2


# --- receipt -----------------------------------------------------------------------------


def test_a_receipt_prints_from_the_confirmation(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, paper: PrivateCups
) -> None:
    before = set(paper.printed_files())
    go_to_services(qtbot, station)
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    fill_details(qtbot, station, {"pcn": "GR12345678"})
    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "capture")
    scan_one_page(qtbot, station, 1)
    send_pages(qtbot, station)

    tap(qtbot, station, "receiptButton")
    confirmation = station.screens.confirmation
    qtbot.waitUntil(lambda: confirmation.job.phase == "done", timeout=PRINT_TIMEOUT_MS)
    qtbot.wait(50)
    assert not item(station, "receiptButton").isVisible()
    screenshot(station, "confirmation_receipt_printed")
    printed = printed_since(paper, before)
    qtbot.waitUntil(lambda: len(printed_since(paper, before)) == 1, timeout=PRINT_TIMEOUT_MS)
    printed = printed_since(paper, before)
    assert printed[0].stat().st_size > 0


# --- help --------------------------------------------------------------------------------


def test_get_help_asks_staff_and_returns_to_the_same_screen_with_the_pages(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    help_desk: HelpDesk,
) -> None:
    journey = station.screens.journey
    go_to_services(qtbot, station)
    tap(qtbot, station, "service_housing-benefit")
    wait_for_screen(qtbot, station, "details")
    fill_details(qtbot, station, {"claim_number": "12345678", "full_name": "Ada Lovelace"})
    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "capture")
    scan_one_page(qtbot, station, 1)

    tap(qtbot, station, "getHelpButton")
    wait_for_screen(qtbot, station, "help")
    assert [r.screen for r in help_desk.waiting()] == ["capture"]
    assert item(station, "helpHeading").property("text") == (
        "A member of staff has been asked to come and help you"
    )
    screenshot(station)
    help_desk.answer(help_desk.waiting()[0].id)  # staff mode marks it answered
    qtbot.waitUntil(
        lambda: item(station, "helpHeading").property("text") == "A member of staff is coming"
    )
    screenshot(station, "help_answered")

    tap(qtbot, station, "closeHelpButton")
    wait_for_screen(qtbot, station, "capture")
    assert journey.session is not None and journey.session.page_count == 1


def test_get_help_from_the_attract_screen(
    station: KioskWindow,
    qtbot: QtBot,
    help_desk: HelpDesk,
) -> None:
    tap(qtbot, station, "attractHelpButton")
    wait_for_screen(qtbot, station, "help")
    assert [r.screen for r in help_desk.waiting()] == ["attract"]
    tap(qtbot, station, "closeHelpButton")
    wait_for_screen(qtbot, station, "attract")


# --- a station without its scanner --------------------------------------------------------


class MissingScanner:
    """A fake for what cannot happen here: the station's USB scanner unplugged
    before the kiosk starts. Same Scanner protocol; every call says it is gone."""

    def check(self):
        from kiosk.core.ports import HealthCheck, HealthState

        return HealthCheck("scanner", HealthState.FAIL, "no scanner matches 'fake'")

    def scan(self, *args, **kwargs):
        from kiosk.core.scanning import ScanError, ScanFault

        raise ScanError(ScanFault.DEVICE_GONE, "unplugged")


def test_a_station_without_its_scanner_offers_only_forms(
    make_station: StationMaker, qtbot: QtBot, screenshot: Shot, paper: PrivateCups
) -> None:
    window = make_station(MissingScanner())
    window.screens.station.check()
    qtbot.waitUntil(lambda: not window.screens.station.canSend, timeout=SCAN_TIMEOUT_MS)
    go_to_services(qtbot, window)
    assert "scanner is not working" in item(window, "stationNotice").property("text")
    assert window.find("service_housing-benefit") is None
    assert not item(window, "copyTile").isVisible()
    assert item(window, "formsTile").isVisible()
    screenshot(window, "service_without_scanner")
