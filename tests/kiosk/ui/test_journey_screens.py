"""The send-documents journey through the real window, offscreen: the real state
machine, libsane's test scanner, the real outbox and sender, and the reference
receiver. Every screen reached is saved under build/screenshots/<test name>/."""

from __future__ import annotations

import pypdf
from kiosk_screens import (
    SEND_TIMEOUT_MS,
    FakeClock,
    Shot,
    fill_details,
    item,
    scan_one_page,
    start_service,
    tap,
    type_text,
    wait_for_screen,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import StationConfig
from kiosk.core.journey import IDLE_WARNING_S, State
from kiosk.printing.forms import FormCatalogue
from kiosk.testbed.receiver import Receiver
from kiosk.ui.journey_screens import build_journey_screens
from kiosk.ui.window import KioskWindow

# --- the journey ---------------------------------------------------------------------------


def test_a_resident_sends_two_pages_to_housing_benefit_and_gets_a_reference(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    backoffice_receiver: Receiver,
) -> None:
    journey = station.screens.journey
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    screenshot(station)

    tap(qtbot, station, "service_housing-benefit")
    wait_for_screen(qtbot, station, "details")
    tap(qtbot, station, "field_claim_number")
    qtbot.waitUntil(lambda: item(station, "keyboard").property("active") is True)
    field = item(station, "field_claim_number")
    # Numbers get the digits layout of the on-screen keyboard.
    assert field.property("inputMethodHints") & Qt.InputMethodHint.ImhDigitsOnly
    type_text(qtbot, station, "1234")
    screenshot(station, "details_keyboard")

    tap(qtbot, station, "continueButton")
    qtbot.waitUntil(lambda: item(station, "message_claim_number").property("text") != "")
    assert journey.state is State.DETAILS
    assert item(station, "message_claim_number").property("text") == (
        "Check the number. It has 8 digits, like 12345678."
    )
    assert item(station, "message_full_name").property("text") == "Please fill in this box."
    screenshot(station, "details_problems")

    tap(qtbot, station, "field_claim_number")
    type_text(qtbot, station, "5678")
    tap(qtbot, station, "field_full_name")
    type_text(qtbot, station, "Ada Lovelace")
    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "capture")
    assert journey.session is not None
    assert journey.session.fields == {"claim_number": "12345678", "full_name": "Ada Lovelace"}
    assert not item(station, "finishedButton").isEnabled()
    screenshot(station)

    scan_one_page(qtbot, station, 1)
    assert item(station, "scanButton").property("text") == "Scan another page"
    screenshot(station, "capture_one_page")
    scan_one_page(qtbot, station, 2)

    tap(qtbot, station, "finishedButton")
    wait_for_screen(qtbot, station, "review")
    qtbot.wait(200)  # thumbnails load asynchronously
    screenshot(station)
    tap(qtbot, station, "rotate_2")
    assert journey.session is not None
    pages = journey.session.pages.pages
    assert [getattr(p, "rotation", None) for p in pages] == [0, 90]
    qtbot.wait(200)
    screenshot(station, "review_turned")

    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "check")
    assert item(station, "pageSummary").property("text") == "2 pages"
    screenshot(station)

    tap(qtbot, station, "sendButton")
    wait_for_screen(qtbot, station, "confirmation", timeout=SEND_TIMEOUT_MS)
    reference = item(station, "reference").property("text")
    assert reference.startswith("DEM-")
    assert "5 working days" in item(station, "nextSteps").property("text")
    screenshot(station)

    qtbot.waitUntil(lambda: len(backoffice_receiver.received()) == 1, timeout=SEND_TIMEOUT_MS)
    received = backoffice_receiver.received()[0]
    assert received.metadata["kiosk_reference"] == reference
    assert received.metadata["service_id"] == "housing-benefit"
    assert received.metadata["page_count"] == 2
    assert received.metadata["fields"] == {"claim_number": "12345678", "full_name": "Ada Lovelace"}
    # The PDF names its kiosk reference too (its Keywords), and nothing typed.
    pdf_info = pypdf.PdfReader(received.document_path).metadata
    assert pdf_info is not None and f"kiosk-reference:{reference}" in str(pdf_info.keywords)
    assert "Ada" not in str(dict(pdf_info)) and "12345678" not in str(dict(pdf_info))

    session_folder = journey.session.pages.folder  # type: ignore[attr-defined]
    tap(qtbot, station, "finishButton")
    wait_for_screen(qtbot, station, "attract")
    assert journey.session is None and not session_folder.exists()


def test_no_answer_to_the_idle_warning_wipes_the_session_and_returns_to_attract(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, clock: FakeClock
) -> None:
    journey = station.screens.journey
    start_service(qtbot, station, "council-tax", {"account_number": "123456789"})
    scan_one_page(qtbot, station, 1)
    assert journey.session is not None
    session_folder = journey.session.pages.folder  # type: ignore[attr-defined]

    clock.advance(journey.idle_timeout_s)
    qtbot.waitUntil(lambda: item(station, "idleWarning").isVisible())
    countdown = item(station, "idleCountdown")
    assert countdown.property("text") == f"{IDLE_WARNING_S:.0f} seconds"
    screenshot(station, "capture_idle_warning")

    # "I need more time" keeps everything.
    tap(qtbot, station, "moreTimeButton")
    qtbot.waitUntil(lambda: not item(station, "idleWarning").isVisible())
    assert journey.state is State.CAPTURE and session_folder.exists()

    clock.advance(journey.idle_timeout_s)
    qtbot.waitUntil(lambda: item(station, "idleWarning").isVisible())
    clock.advance(IDLE_WARNING_S - 5)
    qtbot.waitUntil(lambda: countdown.property("text") == "5 seconds")
    screenshot(station, "capture_idle_5_seconds_left")
    clock.advance(5)
    wait_for_screen(qtbot, station, "attract")
    assert journey.session is None and not session_folder.exists()
    assert not item(station, "idleWarning").isVisible()
    screenshot(station, "attract_after_time_out")


def test_start_again_asks_first_then_wipes_the_session(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot
) -> None:
    journey = station.screens.journey
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    fill_details(qtbot, station, {"pcn": "GR12345678"})

    tap(qtbot, station, "startAgainButton")
    qtbot.waitUntil(lambda: item(station, "startAgainConfirm").isVisible())
    screenshot(station, "details_start_again")
    tap(qtbot, station, "keepGoingButton")
    qtbot.waitUntil(lambda: not item(station, "startAgainConfirm").isVisible())
    assert journey.state is State.DETAILS

    tap(qtbot, station, "startAgainButton")
    qtbot.waitUntil(lambda: item(station, "startAgainConfirm").isVisible())
    tap(qtbot, station, "confirmStartAgainButton")
    wait_for_screen(qtbot, station, "attract")
    assert journey.session is None
    assert not item(station, "startAgainConfirm").isVisible()
    assert not item(station, "topBar").isVisible()

    # The next resident sees empty fields.
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    assert item(station, "field_pcn").property("text") == ""


# --- start-up ------------------------------------------------------------------------------


def test_forms_read_after_the_first_frame_reach_the_forms_screen_and_the_offer(
    station: KioskWindow, demo_config: StationConfig
) -> None:
    """kiosk.app reads the forms' PDFs off the GUI thread once the window shows."""
    screens = build_journey_screens(
        demo_config, printer=station.screens.station.printer, read_forms_later=True
    )
    try:
        # Until then the station offers the forms configured, and lists none yet.
        assert screens.station.canPrintForms
        assert screens.forms.forms == []
        screens.use_forms(FormCatalogue.load(demo_config.forms))
        assert {tile["id"] for tile in screens.forms.forms} == {f.id for f in demo_config.forms}
        assert screens.station.canPrintForms
        # None of them could be read: no forms offered.
        screens.use_forms(FormCatalogue(()))
        assert not screens.station.canPrintForms
    finally:
        screens.close()
