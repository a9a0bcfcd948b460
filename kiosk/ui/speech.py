"""Spoken guidance: "Read aloud" reads each screen, each touched control and each warning.

EN 301 549 5.1.3 (speech output for closed functionality): a resident who
cannot read the screen hears, when "Read aloud" is on,
- each screen's heading and its first instruction when the screen appears
  (Main.qml finds them generically: the first visible Heading and the first
  visible body text after it),
- the accessible name of the control they touch (found through Qt's
  accessibility tree, so every control with an Accessible.name is spoken,
  not only the shared buttons),
- warnings: the idle countdown and fault panels.

The voice follows the session's language (QLocale's default, which the
language view-model sets). Which voice is chosen is decided in
kiosk/core/voices.py; when the engine has no voice for the language the
station speaks English and says so once, on screen and aloud.

The engine is QtTextToSpeech's `speechd` (speech-dispatcher with espeak-ng,
Debian packages in packaging/debian-deps.txt). It is made the first time
"Read aloud" is turned on, so a station where nobody uses it never starts
speech-dispatcher. Tests use Qt's `mock` engine (use_engine("mock")), which
"speaks" by emitting sayingWord for each word.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    Signal,
    Slot,
)
from PySide6.QtGui import QAccessible, QAccessibleInterface, QMouseEvent, QTouchEvent
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from kiosk.core.voices import (
    FALLBACK_LANGUAGE,
    FALLBACK_LOCALE,
    Voice,
    VoiceChoice,
    choose_voice,
    language_of,
)

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

DEFAULT_ENGINE = "speechd"
VOLUME_STEP = 0.1
DEFAULT_VOLUME = 0.7
MIN_VOLUME = 0.1  # never silent while "Read aloud" is on: that would look broken

# Shown in the session's language, spoken in English (the voice is English).
_NO_VOICE = "There is no voice for %1 here. The station will read aloud in English."


def session_language() -> tuple[str, str]:
    """The language code and locale name the screens are showing now."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return FALLBACK_LANGUAGE, FALLBACK_LOCALE  # no language chosen: the strings are English
    return QLocale.languageToCode(locale.language()), locale.name()


def engine_voices(engine: QTextToSpeech, languages: set[str]) -> list[tuple[Voice, QVoice]]:
    """The engine's voices for these languages (asking for all would visit every locale)."""
    found: list[tuple[Voice, QVoice]] = []
    before = engine.locale()
    for locale in engine.availableLocales():
        if language_of(locale.name()) not in languages:
            continue
        engine.setLocale(locale)
        for voice in engine.availableVoices():
            found.append((Voice(voice.name(), voice.locale().name()), voice))
    engine.setLocale(before)
    return found


@QmlElement
@QmlUncreatable("SpeechViewModel is made by the app, not in QML.")
class SpeechViewModel(QObject):
    """The "Read aloud" switch, the volume, and what the station says."""

    changed = Signal()
    # The text handed to the engine and the locale of the voice speaking it.
    queued = Signal(str, str)

    def __init__(self, engine_name: str = DEFAULT_ENGINE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine_name
        self._engine: QTextToSpeech | None = None
        self._enabled = False
        self._volume = DEFAULT_VOLUME
        self._choice: VoiceChoice | None = None
        self._voice_locale = ""
        self._announced: set[str] = set()
        self._notice = ""
        self._notice_language = ""

    # --- what QML reads -------------------------------------------------
    @Property(bool, notify=changed)
    def enabled(self) -> bool:
        return self._enabled

    @Property(bool, notify=changed)
    def available(self) -> bool:
        return self._engine_name in QTextToSpeech.availableEngines()

    @Property(int, notify=changed)
    def volumePercent(self) -> int:
        return round(self._volume * 100)

    @Property(str, notify=changed)
    def notice(self) -> str:
        """Shown while the English fallback voice reads a language without its own voice."""
        if not self._enabled or not self._notice_language:
            return ""
        # The literal again (not _NO_VOICE) so lupdate finds it.
        shown = QCoreApplication.translate(
            "SpeechViewModel",
            "There is no voice for %1 here. The station will read aloud in English.",
        )
        return shown.replace("%1", QLocale(self._notice_language).nativeLanguageName())

    @property
    def engine(self) -> QTextToSpeech | None:
        return self._engine

    @property
    def choice(self) -> VoiceChoice | None:
        return self._choice

    def use_engine(self, name: str) -> None:
        """Speak through this QtTextToSpeech engine (tests: Qt's "mock")."""
        self._drop_engine()
        self._engine_name = name
        if self._enabled:
            self._make_engine()
        self.changed.emit()

    # --- what the resident does -----------------------------------------
    @Slot()
    def toggle(self) -> None:
        self.set_enabled(not self._enabled)

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self._enabled:
            return
        if enabled and self._make_engine() is None:
            return
        self._enabled = enabled
        log.info("read aloud %s", "on" if enabled else "off")
        if not enabled:
            if self._engine is not None:
                self._engine.stop()
            self._announced.clear()
            self._choice = None
            self._notice_language = ""
        self.changed.emit()

    @Slot()
    def volumeUp(self) -> None:
        self._set_volume(self._volume + VOLUME_STEP)

    @Slot()
    def volumeDown(self) -> None:
        self._set_volume(self._volume - VOLUME_STEP)

    def end_session(self) -> None:
        """The next resident starts with "Read aloud" off and the usual volume."""
        self.set_enabled(False)
        self._set_volume(DEFAULT_VOLUME)

    # --- what the screens say -------------------------------------------
    @Slot(str, str)
    def sayScreen(self, heading: str, instruction: str) -> None:
        """A screen appeared: after what is being said (the control just touched).

        `instruction` may hold several lines (a label and its text); each is a sentence.
        """
        self._speak(_sentences(heading, *instruction.split("\n")), interrupt=False)

    @Slot(str)
    def sayControl(self, name: str) -> None:
        self._speak(name, interrupt=True)

    @Slot(str, str)
    def sayWarning(self, title: str, message: str) -> None:
        """A warning cuts in: whatever was being said matters less."""
        self._speak(_sentences(title, message), interrupt=True)

    def close(self) -> None:
        self._drop_engine()

    # --- inside ---------------------------------------------------------
    def _set_volume(self, volume: float) -> None:
        volume = round(min(1.0, max(MIN_VOLUME, volume)), 2)
        if volume == self._volume:
            return
        self._volume = volume
        if self._engine is not None:
            self._engine.setVolume(volume)
        self.changed.emit()

    def _make_engine(self) -> QTextToSpeech | None:
        if self._engine is not None:
            return self._engine
        if self._engine_name not in QTextToSpeech.availableEngines():
            log.error("read aloud unavailable: no %s speech engine", self._engine_name)
            return None
        # speechd connects to speech-dispatcher (starting it if need be). Seen
        # here: a speech-dispatcher left speaking with no sound device never
        # answers again, and the next connection waits; stations have sound.
        engine = QTextToSpeech(self._engine_name, self)
        if engine.state() == QTextToSpeech.State.Error:
            log.error("read aloud unavailable: %s", engine.errorString())
            engine.deleteLater()
            return None
        engine.setVolume(self._volume)
        self._engine = engine
        self._voice_locale = ""
        return engine

    def _drop_engine(self) -> None:
        if self._engine is not None:
            self._engine.stop()
            self._engine.deleteLater()
        self._engine = None
        self._choice = None

    def _speak(self, text: str, interrupt: bool) -> None:
        engine = self._engine
        if not self._enabled or engine is None or not text.strip():
            return
        if interrupt:
            engine.stop()
        self._follow_language(engine)
        engine.enqueue(text)
        self.queued.emit(text, self._voice_locale)

    def _follow_language(self, engine: QTextToSpeech) -> None:
        language, locale = session_language()
        if self._choice is not None and self._choice.wanted == language:
            return
        voices = engine_voices(engine, {language, FALLBACK_LANGUAGE})
        choice = choose_voice(language, [voice for voice, _ in voices], locale)
        self._choice = choice
        for voice, qvoice in voices:
            if voice == choice.voice:
                engine.setLocale(qvoice.locale())
                engine.setVoice(qvoice)
                break
        self._voice_locale = engine.locale().name()
        log.info(
            "read aloud voice",
            extra={"fields": {"language": language, "voice_locale": self._voice_locale}},
        )
        self._notice_language = language if choice.fallback else ""
        self.changed.emit()
        if choice.fallback and language not in self._announced:
            self._announced.add(language)
            english_name = QLocale.languageToString(QLocale(language).language())
            engine.enqueue(_NO_VOICE.replace("%1", english_name))
            self.queued.emit(_NO_VOICE.replace("%1", english_name), self._voice_locale)


def _sentences(*parts: str) -> str:
    """Parts joined so the voice pauses between them."""
    kept = [part.strip() for part in parts if part and part.strip()]
    return " ".join(part if part[-1] in ".?!:…।؟" else part + "." for part in kept)


class ControlSpeaker(QObject):
    """Says the accessible name of whatever control the resident touches.

    Watches the window's presses (mouse and touch) and asks Qt's accessibility
    tree what is under the finger: every Button, TextField and tile that has an
    Accessible.name is spoken without each screen doing anything.
    """

    def __init__(
        self,
        window: QQuickWindow,
        speech: SpeechViewModel,
        quiet: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__()
        self._window = window
        self._speech = speech
        self._quiet = quiet
        window.installEventFilter(self)

    def close(self) -> None:
        self._window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._speech.enabled
            and not self._quiet()
            and event.type()
            in (
                QEvent.Type.MouseButtonPress,
                QEvent.Type.TouchBegin,
            )
        ):
            point = _press_point(event)
            if point is not None:
                name = self.name_at(point)
                if name:
                    self._speech.sayControl(name)
        return False

    def name_at(self, scene_point: QPointF) -> str:
        root = QAccessible.queryAccessibleInterface(self._window)
        if root is None:
            return ""
        where = self._window.mapToGlobal(scene_point.toPoint())
        current: QAccessibleInterface = root
        named = ""
        while True:
            child = current.childAt(where.x(), where.y())
            if child is None:
                return named
            current = child
            if current.role() in _CONTROL_ROLES:
                named = current.text(QAccessible.Text.Name) or named


_CONTROL_ROLES = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.ListItem,
    QAccessible.Role.Cell,
    QAccessible.Role.Slider,
    QAccessible.Role.SpinBox,
    QAccessible.Role.ComboBox,
}


def _press_point(event: QEvent) -> QPointF | None:
    if isinstance(event, QMouseEvent):
        return event.scenePosition()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].scenePosition()
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the engine's voices for some languages, one JSON object a line.

    `python -m kiosk.ui.speech speechd en ne ar`: what `kiosk-admin` and the
    tests ask a real speech-dispatcher, in a process of its own.
    """
    import json
    import sys

    from PySide6.QtCore import QCoreApplication

    args = sys.argv[1:] if argv is None else argv
    engine_name, languages = args[0], set(args[1:])
    app = QCoreApplication.instance() or QCoreApplication([])
    if engine_name not in QTextToSpeech.availableEngines():
        print(json.dumps({"error": f"no {engine_name} engine"}))
        return 1
    engine = QTextToSpeech(engine_name)
    if engine.state() == QTextToSpeech.State.Error:
        print(json.dumps({"error": engine.errorString()}))
        return 1
    for voice, _ in engine_voices(engine, languages):
        print(json.dumps({"name": voice.name, "locale": voice.locale}))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
