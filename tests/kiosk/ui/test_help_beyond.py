"""Help beyond the station (issue 8), through the real window, outbox and receiver:
the champions' webhook, a call-back, carry on on your phone, talk to someone."""

from __future__ import annotations

import json
import logging
import subprocess
from pathlib import Path

import pytest
from kiosk_screens import (
    SEND_TIMEOUT_MS,
    Shot,
    StationMaker,
    fill_details,
    item,
    tap,
    type_text,
    wait_for_screen,
)
from pytestqt.qtbot import QtBot

from drivers.scanner import SaneScanner
from kiosk.config import HelpConfig, StationConfig
from kiosk.core.help import HelpDesk
from kiosk.outbox import FileOutbox
from kiosk.sending_setup import forward_help_requests
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow


def go_to_services(qtbot: QtBot, station: KioskWindow) -> None:
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")


def test_get_help_also_reaches_the_champions_webhook_without_personal_data(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    help_desk: HelpDesk,
    outbox: FileOutbox,
    backoffice_receiver: Receiver,
    demo_config: StationConfig,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    forwarding = forward_help_requests(demo_config, outbox, help_desk)
    assert forwarding is not None
    try:
        go_to_services(qtbot, station)
        tap(qtbot, station, "service_housing-benefit")
        wait_for_screen(qtbot, station, "details")
        fill_details(qtbot, station, {"claim_number": "12345678", "full_name": "Ada Lovelace"})
        tap(qtbot, station, "getHelpButton")
        wait_for_screen(qtbot, station, "help")
        screenshot(station)
        qtbot.waitUntil(
            lambda: len(backoffice_receiver.notifications("webhooks")) == 1,
            timeout=SEND_TIMEOUT_MS,
        )
    finally:
        forwarding.shutdown(wait=True)
    [message] = backoffice_receiver.notifications("webhooks")
    body = message.body
    assert (body["station_id"], body["site"], body["screen"]) == ("demo-01", "woolwich", "details")
    assert body["text"].startswith("Help wanted at Demo station: a resident on the 'details'")
    assert body["requested_at"].endswith("+00:00")
    typed = ("Ada", "Lovelace", "12345678")
    assert not any(word in json.dumps(body) for word in typed)
    logged = caplog.text + "".join(str(getattr(r, "fields", "")) for r in caplog.records)
    assert not any(word in logged for word in typed)


# --- ask for a call back --------------------------------------------------------------


def open_help_option(qtbot: QtBot, station: KioskWindow, option: str) -> None:
    tap(qtbot, station, f"helpOption_{option}")
    wait_for_screen(qtbot, station, option)


def type_phone(qtbot: QtBot, station: KioskWindow, text: str) -> None:
    field = item(station, "callbackPhone")
    tap(qtbot, station, "callbackPhone")
    field.setProperty("text", "")
    station.screens.callback.setPhone("")
    type_text(qtbot, station, text)


def test_a_call_back_reaches_the_services_endpoint_and_the_resident_gets_a_reference(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    backoffice_receiver: Receiver,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    go_to_services(qtbot, station)
    tap(qtbot, station, "service_housing-benefit")
    wait_for_screen(qtbot, station, "details")
    fill_details(qtbot, station, {"claim_number": "12345678"})
    tap(qtbot, station, "getHelpButton")
    wait_for_screen(qtbot, station, "help")
    screenshot(station)
    open_help_option(qtbot, station, "callback")

    # The resident's own service is chosen already; a digit short is caught here.
    assert station.screens.callback.serviceId == "housing-benefit"
    type_phone(qtbot, station, "020 8854 888")
    tap(qtbot, station, "callbackSubmitButton")
    message = item(station, "callbackPhoneMessage")
    qtbot.waitUntil(lambda: message.isVisible())
    assert "11 digits" in str(message.property("text"))
    screenshot(station, "callback-wrong-number")

    type_phone(qtbot, station, "07911 123456")
    tap(qtbot, station, "callbackTime_morning")
    tap(qtbot, station, "callbackSubmitButton")
    reference = item(station, "callbackReference")
    qtbot.waitUntil(lambda: reference.isVisible(), timeout=SEND_TIMEOUT_MS)
    shown = str(reference.property("text"))
    assert shown.startswith("DEM-")
    screenshot(station, "callback-done")

    qtbot.waitUntil(
        lambda: len(backoffice_receiver.notifications("callbacks")) == 1,
        timeout=SEND_TIMEOUT_MS,
    )
    [call] = backoffice_receiver.notifications("callbacks")
    assert call.name == "housing-benefit"
    body = call.body
    assert body["phone"] == "+447911123456"
    assert (body["preferred_time"], body["language"]) == ("morning", "en")
    assert body["kiosk_reference"] == shown
    # The number is gone from the screen and was never logged.
    assert station.screens.callback.phone == ""
    logged = caplog.text + "".join(str(getattr(r, "fields", "")) for r in caplog.records)
    assert "7911" not in logged

    # Back to help, then to the details screen with what was typed kept.
    tap(qtbot, station, "callbackBackButton")
    wait_for_screen(qtbot, station, "help")
    tap(qtbot, station, "closeHelpButton")
    wait_for_screen(qtbot, station, "details")
    assert item(station, "field_claim_number").property("text") == "12345678"


def test_a_call_back_from_the_start_asks_which_service_and_says_how_to_fix_each_problem(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, backoffice_receiver: Receiver
) -> None:
    tap(qtbot, station, "attractHelpButton")
    wait_for_screen(qtbot, station, "help")
    open_help_option(qtbot, station, "callback")
    callback = station.screens.callback
    assert callback.serviceId == ""
    tap(qtbot, station, "callbackSubmitButton")
    assert "choose" in callback.serviceMessage and "phone number" in callback.phoneMessage
    screenshot(station, "callback-nothing-chosen")
    for typed, words in [
        ("+33 1 23 45 67 89", "UK numbers"),
        ("0906 123 4567", "landline or mobile"),
    ]:
        type_phone(qtbot, station, typed)
        tap(qtbot, station, "callbackSubmitButton")
        assert words in callback.phoneMessage
    tap(qtbot, station, "callbackService_parking")
    type_phone(qtbot, station, "020 8854 8888")
    tap(qtbot, station, "callbackSubmitButton")
    qtbot.waitUntil(lambda: callback.phase == "done", timeout=SEND_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: len(backoffice_receiver.notifications("callbacks")) == 1,
        timeout=SEND_TIMEOUT_MS,
    )
    [call] = backoffice_receiver.notifications("callbacks")
    assert (call.name, call.body["phone"]) == ("parking", "+442088548888")
    assert call.body["preferred_time"] == "any"


# --- carry on on your phone, talk to someone --------------------------------------------


def decode_qr(station: KioskWindow, folder: Path) -> str:
    """What a phone reads from the screen: zbar on a grab of the whole window."""
    picture = folder / "screen.png"
    assert station.window.grabWindow().save(str(picture))
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(picture)],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert found.returncode == 0, f"no QR code on the screen: {found.stderr}"
    return found.stdout.strip()


def wait_for_qr(qtbot: QtBot, station: KioskWindow) -> None:
    code = item(station, "qrCode")
    qtbot.waitUntil(lambda: code.isVisible() and code.property("progress") == 1.0)
    qtbot.wait(50)


def test_carry_on_on_your_phone_shows_the_services_address_as_a_code_a_phone_reads(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, tmp_path: Path
) -> None:
    go_to_services(qtbot, station)
    tap(qtbot, station, "service_blue-badge")
    wait_for_screen(qtbot, station, "details")
    tap(qtbot, station, "getHelpButton")
    wait_for_screen(qtbot, station, "help")
    open_help_option(qtbot, station, "online")
    wait_for_qr(qtbot, station)
    screenshot(station)
    assert decode_qr(station, tmp_path) == "https://www.royalgreenwich.gov.uk/blue-badge"
    assert item(station, "address").property("text") == "www.royalgreenwich.gov.uk/blue-badge"
    # Another service: its own address.
    tap(qtbot, station, "addressService_parking")
    qtbot.waitUntil(lambda: "parking" in station.screens.online.address)
    wait_for_qr(qtbot, station)
    assert decode_qr(station, tmp_path) == "https://www.royalgreenwich.gov.uk/parking-challenge"
    tap(qtbot, station, "onlineBackButton")
    wait_for_screen(qtbot, station, "help")


def test_talk_to_someone_gives_the_contact_centre_and_a_code_to_book_a_video_call(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, tmp_path: Path
) -> None:
    tap(qtbot, station, "attractHelpButton")
    wait_for_screen(qtbot, station, "help")
    open_help_option(qtbot, station, "contact")
    assert item(station, "contactPhone").property("text") == "020 8854 8888"
    assert "Monday to Friday, 9am to 5pm" in str(item(station, "contactHours").property("text"))
    # No service yet: no code until the resident picks one with video calls.
    assert not item(station, "qrCode").isVisible()
    screenshot(station, "contact-choose")
    tap(qtbot, station, "addressService_housing-benefit")
    wait_for_qr(qtbot, station)
    screenshot(station)
    assert decode_qr(station, tmp_path) == (
        "https://www.royalgreenwich.gov.uk/book-a-video-call/housing-benefit"
    )


NO_ADDRESSES = {"callback_endpoint": None, "online_url": None, "video_booking_url": None}


def station_with(
    make_station: StationMaker, config: StationConfig, help_config: HelpConfig, sane: Path
) -> KioskWindow:
    """The demo station with this [help] and no service offering help beyond it."""
    services = tuple(s.model_copy(update=NO_ADDRESSES) for s in config.services)
    bare = config.model_copy(update={"help": help_config, "services": services})
    return make_station(SaneScanner(config.scanner.device, sane), config=bare)


def test_a_station_without_help_beyond_it_offers_none_of_it(
    make_station: StationMaker,
    sane_config_dir: Path,
    demo_config: StationConfig,
    qtbot: QtBot,
) -> None:
    window = station_with(make_station, demo_config, HelpConfig(), sane_config_dir)
    tap(qtbot, window, "attractHelpButton")
    wait_for_screen(qtbot, window, "help")
    assert window.screens.help.options == []
    assert window.find("helpOption_callback") is None


def test_each_help_option_is_offered_on_its_own(
    make_station: StationMaker,
    sane_config_dir: Path,
    demo_config: StationConfig,
    qtbot: QtBot,
) -> None:
    contact_only = HelpConfig(contact_phone="020 8854 8888")
    window = station_with(make_station, demo_config, contact_only, sane_config_dir)
    tap(qtbot, window, "attractHelpButton")
    wait_for_screen(qtbot, window, "help")
    assert window.screens.help.options == ["contact"]
    open_help_option(qtbot, window, "contact")
    assert not window.screens.contact.videoOffered
