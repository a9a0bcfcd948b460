"""Read aloud: what the station says on each screen, for each touch, for warnings,
and in which language, heard through a QtTextToSpeech engine.

There is no sound device here, so the screens speak through Qt's `mock` engine:
it "says" a text by emitting sayingWord for each of its words, then returns to
Ready. What a resident would hear is rebuilt from those words. The mock engine
has voices for en_GB, en_US, nb_NO, nn_NO and fi_FI only, so Norwegian stands
in for a language with its own voice and Nepali for one without. The speechd
engine's voices for the station languages are checked in test_speech_voices.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from kiosk_screens import FakeClock, Shot, item, tap, wait_for_screen
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot
from test_idle_everywhere import ROUTES, to_capture, to_details, to_service
from test_side_paths import lid_station  # noqa: F401  (a fixture)

from kiosk.core.journey import IDLE_WARNING_S, State
from kiosk.testbed.scanner_faults import FaultOnce
from kiosk.ui.window import KioskWindow

SAY_TIMEOUT_MS = 30_000
NO_NEPALI_VOICE = "There is no voice for Nepali here. The station will read aloud in English."


class Ear:
    """Turns "Read aloud" on with the mock engine and listens to it."""

    def __init__(self, window: KioskWindow) -> None:
        speech = window.screens.speech
        speech.use_engine("mock")
        self.texts: list[tuple[str, str]] = []  # (text, voice locale) handed to the engine
        self.words: list[str] = []  # what the engine said
        speech.queued.connect(lambda text, locale: self.texts.append((text, locale)))
        speech.set_enabled(True)
        engine = speech.engine
        assert engine is not None
        self.engine: QTextToSpeech = engine
        engine.sayingWord.connect(lambda word, *_: self.words.append(word))

    @property
    def said(self) -> list[str]:
        return [text for text, _ in self.texts]

    def clear(self) -> None:
        self.engine.stop()
        self.texts.clear()
        self.words.clear()

    def heard(self, qtbot: QtBot) -> str:
        """Everything the engine said since clear(), once it has finished."""
        qtbot.waitUntil(
            lambda: bool(self.words) and self.engine.state() == QTextToSpeech.State.Ready,
            timeout=SAY_TIMEOUT_MS,
        )
        return " ".join(self.words)


def words_of(text: str) -> str:
    """The words the mock engine says for `text` (it speaks each run of word characters)."""
    return " ".join(re.findall(r"\w+", text))


@pytest.fixture
def language() -> Iterator[None]:
    """The session's language, as the language view-model sets it (QLocale's default)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


# Each screen's heading, then its instruction (a reference or typed value: a prefix).
SCREEN_SPEECH: dict[State, str] = {
    State.SERVICE: "Who are you sending documents to? "
    "Tap the council service that asked you for documents.",
    State.DETAILS: "Your details. For example: GR12345678.",
    State.CAPTURE: "Scan your documents. Lift the scanner lid. Put one page face down on the "
    "glass, with its top left corner at the arrow. Close the lid.",
    State.REVIEW: "Check your pages. Make sure every page is the right way up and easy to read.",
    State.CHECK: "Check and send. Parking (PCN challenge). GR12345678. 1 page.",
    State.CONFIRMATION: "Documents sent. Your reference. DEM-",
    State.FORMS: "Print a council form. Tap the form you want. Printing is free.",
    State.COPY: "Copy a document. Lift the scanner lid. Put your page face down on the glass. "
    "Close the lid.",
    State.HELP: "A member of staff has been asked to come and help you.",
    State.CALLBACK: "Ask for a call back. Give us your phone number. "
    "Someone from the council will call you.",
    State.ONLINE: "Carry on on your phone. Point your phone camera at the square code. "
    "Your phone opens the council's web page.",
    State.CONTACT: "Talk to someone. Phone the council. 020 8854 8888",
}


def test_every_timed_screen_has_its_words_here() -> None:
    assert set(SCREEN_SPEECH) == set(ROUTES)


@pytest.mark.parametrize("state", list(ROUTES), ids=lambda s: s.value)
def test_each_screen_reads_its_heading_and_instruction_aloud(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, language: None, state: State
) -> None:
    ear = Ear(station)
    ROUTES[state](qtbot, station)
    expected = SCREEN_SPEECH[state]
    # On entry, after the name of the control that led here.
    qtbot.waitUntil(lambda: any(text.startswith(expected) for text in ear.said))
    screenshot(station, f"{state.value}_read_aloud")

    # Turned off and on again, the screen is read at once: hear it whole.
    ear.clear()
    station.screens.speech.set_enabled(False)
    station.screens.speech.set_enabled(True)
    assert ear.heard(qtbot).startswith(words_of(expected))
    assert [locale for _, locale in ear.texts] == ["en_GB"]


def test_the_attract_screen_has_read_aloud_and_the_touched_control_is_spoken(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, language: None
) -> None:
    speech = station.screens.speech
    speech.use_engine("mock")
    said: list[str] = []
    speech.queued.connect(lambda text, _: said.append(text))
    tap(qtbot, station, "attractReadAloudButton")
    assert speech.enabled
    assert item(station, "attractReadAloudButton").property("text") == "Read aloud: on"
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Royal Borough of Greenwich. Send documents, print forms")
    screenshot(station, "attract_read_aloud_on")

    said.clear()
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    qtbot.waitUntil(lambda: len(said) >= 2)
    assert said[0] == "Touch to start"
    assert said[1].startswith("Who are you sending documents to?")

    said.clear()
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    qtbot.waitUntil(lambda: len(said) >= 2)
    assert said[0].startswith("Parking (PCN challenge)")  # the tile's accessible name

    said.clear()
    tap(qtbot, station, "field_pcn")  # a text field: its label, not what is typed
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["PCN number"]


def test_read_aloud_off_says_nothing_and_the_next_resident_starts_with_it_off(
    station: KioskWindow, qtbot: QtBot, language: None
) -> None:
    ear = Ear(station)
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")
    tap(qtbot, station, "readAloudButton")
    assert not station.screens.speech.enabled
    ear.clear()
    tap(qtbot, station, "service_parking")
    wait_for_screen(qtbot, station, "details")
    qtbot.wait(200)
    assert ear.said == []

    tap(qtbot, station, "readAloudButton")
    assert station.screens.speech.enabled
    station.screens.journey.start_again()
    wait_for_screen(qtbot, station, "attract")
    assert not station.screens.speech.enabled


def test_the_idle_warning_is_read_aloud(
    station: KioskWindow, qtbot: QtBot, clock: FakeClock, language: None
) -> None:
    ear = Ear(station)
    to_details(qtbot, station)
    ear.clear()
    clock.advance(station.screens.journey.idle_timeout_s)
    qtbot.waitUntil(lambda: item(station, "idleWarning").isVisible())
    expected = (
        "Are you still there? To keep your documents private, we will delete them and "
        f"start again in: {IDLE_WARNING_S:.0f} seconds."
    )
    assert ear.heard(qtbot) == words_of(expected)
    assert ear.said == [expected]


def test_a_fault_is_read_aloud_at_once(
    lid_station: tuple[KioskWindow, FaultOnce],  # noqa: F811
    qtbot: QtBot,
    screenshot: Shot,
    language: None,
) -> None:
    window, scanner = lid_station
    ear = Ear(window)
    to_capture(qtbot, window)
    ear.clear()
    scanner.armed.set()
    tap(qtbot, window, "scanButton")
    qtbot.waitUntil(lambda: item(window, "faultPanel").isVisible(), timeout=60_000)
    qtbot.waitUntil(lambda: any("lid is open" in text for text in ear.said))
    fault = next(text for text in ear.said if "lid is open" in text)
    assert fault.endswith("The scanner lid is open. Close it and tap Try again.")
    screenshot(window, "capture_lid_open_read_aloud")
    tap(qtbot, window, "tryAgainButton")
    qtbot.waitUntil(lambda: not window.screens.capture.scanning, timeout=60_000)


def test_a_language_with_a_voice_is_read_in_it(
    station: KioskWindow, qtbot: QtBot, language: None
) -> None:
    QLocale.setDefault(QLocale("nb_NO"))  # the mock engine has a Norwegian voice
    ear = Ear(station)
    to_service(qtbot, station)
    qtbot.waitUntil(lambda: len(ear.texts) >= 2)
    assert {locale for _, locale in ear.texts} == {"nb_NO"}
    assert not item(station, "speechNotice").isVisible()
    choice = station.screens.speech.choice
    assert choice is not None and not choice.fallback


def test_a_language_without_a_voice_is_read_in_english_and_says_so_once(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, language: None
) -> None:
    station.screens.language.choose("ne")  # the mock engine has no Nepali voice
    ear = Ear(station)
    to_capture(qtbot, station)
    qtbot.waitUntil(lambda: any(text.startswith("आफ्ना कागजात") for text in ear.said))
    assert ear.said.count(NO_NEPALI_VOICE) == 1
    assert {locale for _, locale in ear.texts} == {"en_GB"}
    notice = item(station, "speechNotice")
    assert notice.isVisible()
    screenshot(station, "capture_no_nepali_voice")
    # On screen in the session's language, naming Nepali in Nepali.
    assert station.screens.speech.notice == "यहाँ नेपाली को आवाज छैन। यो स्टेसनले अङ्ग्रेजीमा पढेर सुनाउनेछ।"

    ear.clear()
    station.screens.speech.set_enabled(False)
    station.screens.speech.set_enabled(True)
    assert words_of(NO_NEPALI_VOICE) in ear.heard(qtbot)
    assert ear.said[0] == NO_NEPALI_VOICE  # said again, first, after turning it back on


def test_volume_goes_up_and_down_from_the_display_panel(
    station: KioskWindow, qtbot: QtBot, screenshot: Shot, language: None
) -> None:
    ear = Ear(station)
    to_service(qtbot, station)
    tap(qtbot, station, "biggerTextButton")
    qtbot.waitUntil(lambda: item(station, "displayPanel").isVisible())
    before = ear.engine.volume()
    tap(qtbot, station, "louderButton")
    assert ear.engine.volume() == pytest.approx(before + 0.1)
    assert item(station, "volumeText").property("text") == "Volume: 80 %"
    screenshot(station, "display_panel_read_aloud")
    for _ in range(12):
        tap(qtbot, station, "quieterButton")
    assert ear.engine.volume() == pytest.approx(0.1)  # never silent while on
    tap(qtbot, station, "displayDoneButton")
    assert station.screens.journey.state is State.SERVICE


def test_staff_mode_is_never_read_aloud(station: KioskWindow, qtbot: QtBot, language: None) -> None:
    ear = Ear(station)
    to_service(qtbot, station)
    qtbot.waitUntil(lambda: bool(ear.said))
    ear.clear()
    station.staff.openPinPad()
    qtbot.waitUntil(lambda: item(station, "pinKey1").isVisible())
    for digit in "1234":
        tap(qtbot, station, f"pinKey{digit}")
    qtbot.wait(200)
    assert ear.said == []  # a PIN spoken is a PIN told
