"""Languages in the real window, offscreen: the attract screen's language buttons,
the top bar's language control mid-journey, Arabic right to left, numbers and
dates in the resident's locale, the language in the submission's metadata, and
the station's default language back for the next resident."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.config import StationConfig
from kiosk.core.journey import Journey, State, SystemClock
from kiosk.documents.pages import PageStore
from kiosk.testbed.receiver import Receiver
from kiosk.ui.journey_screens import build_journey_screens
from kiosk.ui.language import LanguageViewModel, qm_path
from kiosk.ui.window import KioskWindow

Shot = Callable[..., Path]
AUTONYMS = {
    "en": "English",
    "ne": "नेपाली",
    "pl": "Polski",
    "ro": "Română",
    "tr": "Türkçe",
    "ar": "العربية",
}
ARABIC_ZERO, ARABIC_ONE = "\u0660", "\u0661"  # Arabic-Indic digits
SCAN_TIMEOUT_MS = 60_000
SEND_TIMEOUT_MS = 20_000


# --- helpers -------------------------------------------------------------------------


def item(window: KioskWindow, name: str) -> QQuickItem:
    """The visible item with this name (the language buttons are both on the
    attract screen and in the hidden picker), else any item with it."""
    pending = [window.window.contentItem()]
    while pending:
        current = pending.pop()
        if current.isVisible():
            if current.objectName() == name:
                return current
            pending.extend(current.childItems())
    found = window.find(name)
    assert isinstance(found, QQuickItem), f"no item named {name!r}"
    return found


def scene_x(target: QQuickItem) -> float:
    return target.mapToScene(QPointF(0, 0)).x()


def tap(qtbot: QtBot, window: KioskWindow, name: str) -> None:
    target = item(window, name)
    assert target.isVisible() and target.isEnabled(), f"{name} cannot be tapped"
    assert target.width() >= 48 and target.height() >= 48, f"{name} is too small"
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    qtbot.mouseClick(window.window, Qt.MouseButton.LeftButton, pos=centre)


def shown_texts(window: KioskWindow) -> set[str]:
    """The text of every visible item: what a resident can read now."""
    texts, pending = set(), [window.window.contentItem()]
    while pending:
        current = pending.pop()
        if current.isVisible():
            pending.extend(current.childItems())
            text = current.property("text")
            if isinstance(text, str) and text:
                texts.add(text)
    return texts


def wait_for_screen(qtbot: QtBot, window: KioskWindow, screen: str, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: window.current_screen == screen, timeout=timeout)
    qtbot.wait(50)  # one frame, so a screenshot shows it drawn


def type_text(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    for character in text:
        qtbot.keyClick(window.window, character)


def choose_in_top_bar(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    tap(qtbot, window, "languageButton")
    qtbot.waitUntil(lambda: item(window, "languagePicker").isVisible())
    tap(qtbot, window, f"language_{code}")
    qtbot.waitUntil(lambda: not item(window, "languagePicker").isVisible())
    qtbot.wait(50)


# --- the view-model on its own -----------------------------------------------------------


def test_only_languages_with_a_built_translation_are_offered(
    qapp: QGuiApplication, tmp_path: Path
) -> None:
    for code in ("en", "ne", "ar"):
        shutil.copy(qm_path(code), tmp_path)
    journey = Journey([], 90, SystemClock(), PageStore)
    # Somali has no translation in the kiosk yet; Polish is not built in this folder.
    language = LanguageViewModel(journey, ["en", "so", "ne", "pl", "ar"], "en", folder=tmp_path)
    try:
        assert [entry["code"] for entry in language.languages] == ["en", "ne", "ar"]
        language.choose("pl")
        assert language.code == "en"
        language.choose("ar")
        assert language.code == "ar"
        assert QGuiApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("Main", "Start again") == "ابدأ من جديد"
    finally:
        language.close()
    assert QGuiApplication.layoutDirection() is Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("Main", "Start again") == "Start again"


def test_a_fault_worded_in_python_follows_a_change_of_language(
    qapp: QGuiApplication, demo_config: StationConfig, tmp_path: Path
) -> None:
    # No scanner: the capture screen's scan reports the scanner gone.
    screens = build_journey_screens(demo_config, pages_root=tmp_path)
    journey, capture, language = screens.journey, screens.capture, screens.language
    try:
        journey.start()
        journey.choose_service("council-tax")
        journey.enter_details({"account_number": "123456789"})
        capture.scan()
        assert capture.fault.startswith("The scanner is not working")
        heard: list[str] = []
        capture.changed.connect(lambda: heard.append(capture.fault))

        language.choose("pl")

        assert heard and heard[-1] == capture.fault
        assert capture.fault == "Skaner nie działa. Poproś pracownika o pomoc."
    finally:
        screens.close()


# --- the attract screen ------------------------------------------------------------------


def test_attract_offers_the_station_languages_each_in_its_own_script(
    kiosk_window: KioskWindow, demo_config: StationConfig
) -> None:
    buttons = [item(kiosk_window, f"language_{code}") for code in demo_config.station.languages]

    assert [b.property("text") for b in buttons] == [
        AUTONYMS[code] for code in demo_config.station.languages
    ]
    for button in buttons:
        assert button.isVisible()
        assert button.width() >= 48 and button.height() >= 48
        assert button.property("Accessible.name") or button.property("text")
    assert item(kiosk_window, "language_en").property("current") is True


def test_tapping_a_language_on_attract_picks_it_and_starts(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot
) -> None:
    tap(qtbot, station, "language_pl")
    wait_for_screen(qtbot, station, "service")

    assert station.screens.language.code == "pl"
    assert "Do kogo wysyłasz dokumenty?" in shown_texts(station)
    assert item(station, "languageButton").property("text") == "Polski"
    assert QLocale().name() == "pl_PL"
    screenshot(station, "service_pl")


# --- switching mid-journey -----------------------------------------------------------------


def test_switching_language_mid_journey_keeps_the_pages_and_typed_fields(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot
) -> None:
    window, journey = station, station.screens.journey
    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")
    assert item(window, "languageButton").isVisible()
    tap(qtbot, window, "service_housing-benefit")
    wait_for_screen(qtbot, window, "details")
    tap(qtbot, window, "field_claim_number")
    type_text(qtbot, window, "1234")
    tap(qtbot, window, "field_full_name")
    type_text(qtbot, window, "Ada Lovelace")
    session = journey.session

    choose_in_top_bar(qtbot, window, "ne")

    assert journey.state is State.DETAILS and journey.session is session
    assert item(window, "field_claim_number").property("text") == "1234"
    assert item(window, "field_full_name").property("text") == "Ada Lovelace"
    assert item(window, "continueButton").property("text") == "अगाडि बढ्नुहोस्"
    assert "तपाईंको विवरण" in shown_texts(window)
    screenshot(window, "details_ne")

    # Python's tr() text (the field checks) comes in the new language too.
    tap(qtbot, window, "continueButton")
    qtbot.waitUntil(lambda: item(window, "message_claim_number").property("text") != "")
    assert item(window, "message_claim_number").property("text") == (
        "नम्बर जाँच गर्नुहोस्। यसमा 8 अङ्क हुन्छन्, जस्तै 12345678।"
    )
    choose_in_top_bar(qtbot, window, "pl")
    qtbot.waitUntil(
        lambda: item(window, "message_claim_number").property("text").startswith("Sprawdź numer")
    )
    assert item(window, "field_full_name").property("text") == "Ada Lovelace"


def test_arabic_lays_the_screens_out_right_to_left(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot
) -> None:
    window = station
    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")
    tap(qtbot, window, "service_council-tax")
    wait_for_screen(qtbot, window, "details")
    width = window.window.width()
    start_again = item(window, "startAgainButton")
    right_margin = width - scene_x(start_again) - start_again.width()
    assert scene_x(start_again) > width / 2  # at the right in English

    choose_in_top_bar(qtbot, window, "ar")

    assert QGuiApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft
    # Mirrored: as far from the left edge as it was from the right.
    assert scene_x(start_again) == pytest.approx(right_margin, abs=1)
    assert scene_x(item(window, "languageButton")) > scene_x(start_again)
    assert item(window, "startAgainButton").property("text") == "ابدأ من جديد"
    screenshot(window, "details_ar")

    # Numbers in the Arabic locale's digits.
    tap(qtbot, window, "field_account_number")
    type_text(qtbot, window, "123456789")
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "capture")
    assert item(window, "pageCount").property("text") == f"الصفحات الممسوحة: {ARABIC_ZERO}"
    screenshot(window, "capture_ar")

    # The next resident starts in the station's default language, left to right.
    tap(qtbot, window, "startAgainButton")
    qtbot.waitUntil(lambda: item(window, "startAgainConfirm").isVisible())
    tap(qtbot, window, "confirmStartAgainButton")
    wait_for_screen(qtbot, window, "attract")
    assert window.screens.language.code == "en"
    assert QGuiApplication.layoutDirection() is Qt.LayoutDirection.LeftToRight
    assert item(window, "startButton").property("text") == "Touch to start"


@pytest.mark.parametrize("code", ["ar", "ne"])
def test_attract_and_service_screens_in_arabic_and_nepali(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, code: str
) -> None:
    window = station
    window.screens.language.choose(code)  # as the station's default would
    qtbot.wait(50)
    start = item(window, "startButton")
    assert start.property("text") == {"ar": "المس للبدء", "ne": "सुरु गर्न छुनुहोस्"}[code]
    assert item(window, f"language_{code}").property("current") is True
    screenshot(window, f"attract_{code}")

    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")
    heading = {"ar": "إلى من ترسل المستندات؟", "ne": "तपाईं कागजात कसलाई पठाउँदै हुनुहुन्छ?"}
    assert heading[code] in shown_texts(window)
    screenshot(window, f"service_{code}")


# --- a whole journey in Arabic, sent to the receiver -------------------------------------


def test_documents_sent_in_arabic_carry_the_language_and_show_arabic_dates(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, backoffice_receiver: Receiver
) -> None:
    window = station
    tap(qtbot, window, "language_ar")
    wait_for_screen(qtbot, window, "service")
    tap(qtbot, window, "service_council-tax")
    wait_for_screen(qtbot, window, "details")
    tap(qtbot, window, "field_account_number")
    type_text(qtbot, window, "123456789")
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "capture")
    tap(qtbot, window, "scanButton")
    capture = window.screens.capture
    qtbot.waitUntil(
        lambda: not capture.scanning and capture.pageCount == 1, timeout=SCAN_TIMEOUT_MS
    )
    assert item(window, "pageCount").property("text") == f"الصفحات الممسوحة: {ARABIC_ONE}"
    tap(qtbot, window, "finishedButton")
    wait_for_screen(qtbot, window, "review")
    qtbot.wait(200)  # thumbnails load asynchronously
    screenshot(window, "review_ar")
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "check")
    assert item(window, "pageSummary").property("text") == f"{ARABIC_ONE} صفحة"
    screenshot(window, "check_ar")

    tap(qtbot, window, "sendButton")
    wait_for_screen(qtbot, window, "confirmation", timeout=SEND_TIMEOUT_MS)
    sent_at = window.screens.confirmation.sentAt
    arabic = QLocale("ar")
    day = arabic.toString(sent_at.date(), QLocale.FormatType.LongFormat)
    time = arabic.toString(sent_at.time(), QLocale.FormatType.ShortFormat)
    assert item(window, "sentAt").property("text") == f"أُرسلت في {day} الساعة {time}"
    screenshot(window, "confirmation_ar")

    qtbot.waitUntil(lambda: len(backoffice_receiver.received()) == 1, timeout=SEND_TIMEOUT_MS)
    assert backoffice_receiver.received()[0].metadata["language"] == "ar"

    tap(qtbot, window, "finishButton")
    wait_for_screen(qtbot, window, "attract")
    assert window.screens.language.code == "en"


def test_staff_mode_stays_english_and_left_to_right_in_an_arabic_session(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot
) -> None:
    window = station
    tap(qtbot, window, "language_ar")
    wait_for_screen(qtbot, window, "service")
    assert QGuiApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft

    window.staff.openPinPad()  # as the hidden gesture does
    qtbot.waitUntil(lambda: item(window, "pinPad").isVisible())
    texts = shown_texts(window)
    assert {"Staff sign-in", "Enter your PIN"} <= texts
    # Not mirrored: key 1 left of key 3, as on every keypad.
    assert scene_x(item(window, "pinKey1")) < scene_x(item(window, "pinKey3"))
    screenshot(window, "pin_pad_in_arabic_session")


def test_the_configs_own_words_follow_the_language_and_the_back_office_still_gets_english(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, backoffice_receiver: Receiver
) -> None:
    """Service titles, descriptions, field labels, next steps and the tagline come
    from the station config; its `translations` tables give them per language."""
    window = station
    station.screens.language.choose("pl")
    qtbot.waitUntil(
        lambda: station.attract.tagline == "Wysyłaj dokumenty, drukuj formularze i rób kopie"
    )
    tap(qtbot, window, "startButton")
    wait_for_screen(qtbot, window, "service")
    tiles = {tile["id"]: tile for tile in station.screens.service.services}
    assert tiles["council-tax"]["title"] == "Podatek lokalny (Council Tax)"
    assert tiles["housing-benefit"]["asks"] == [
        "Numer wniosku o zasiłek mieszkaniowy",
        "Imię i nazwisko",
    ]
    assert "Podatek lokalny (Council Tax)" in shown_texts(window)
    screenshot(window, "service_pl")

    tap(qtbot, window, "service_parking")
    wait_for_screen(qtbot, window, "details")
    assert "Numer PCN" in shown_texts(window)
    tap(qtbot, window, "field_pcn")
    type_text(qtbot, window, "GR12345678")
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "capture")
    capture = station.screens.capture
    tap(qtbot, window, "scanButton")
    qtbot.waitUntil(
        lambda: capture.pageCount == 1 and not capture.scanning, timeout=SCAN_TIMEOUT_MS
    )
    tap(qtbot, window, "finishedButton")
    wait_for_screen(qtbot, window, "review")
    tap(qtbot, window, "continueButton")
    wait_for_screen(qtbot, window, "check")
    check = station.screens.check
    assert check.serviceTitle == "Parkowanie (odwołanie od PCN)"
    assert check.answers == [{"label": "Numer PCN", "value": "GR12345678"}]
    tap(qtbot, window, "sendButton")
    wait_for_screen(qtbot, window, "confirmation", timeout=SEND_TIMEOUT_MS)
    confirmation = station.screens.confirmation
    assert confirmation.nextSteps == "Dział parkowania napisze do Ciebie w ciągu 28 dni."
    screenshot(window, "confirmation_pl")

    # Back to English mid-screen: the config's words follow at once.
    choose_in_top_bar(qtbot, window, "en")
    assert confirmation.nextSteps == "Parking Services will write to you within 28 days."
    # The back office gets the service's English title in the PDF, and the language.
    qtbot.waitUntil(lambda: len(backoffice_receiver.received()) == 1, timeout=SEND_TIMEOUT_MS)
    [sent] = backoffice_receiver.received()
    assert sent.metadata["language"] == "pl"
    assert PdfReader(sent.document_path).metadata.title == "Parking (PCN challenge)"
