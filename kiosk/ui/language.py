"""The resident's language: translations, numbers and dates, reading direction, font.

One view-model for the whole window. Choosing a language swaps the one
installed QTranslator for that language's compiled `.qm` file, makes its
QLocale the default (so `%L1`, `%Ln` and `Qt.locale()` inside qsTr() bindings
follow it), sets the application's layout direction (Main.qml mirrors every
layout from it) and asks the QML engine to re-evaluate every binding that
calls qsTr(). Nothing about the resident's session changes: the same screen,
pages and typed fields stay. When the session ends (the journey is back on
the attract screen) the station's default language returns.

Translations live in `kiosk/ui/translations/kiosk_<code>.ts` (committed) and
are compiled to `.qm` beside them by `make translations` (not committed).
A language whose `.qm` is missing is not offered; English always is, because
the strings in the code are English.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable, QQmlEngine

from kiosk.core.journey import Change, Journey, State

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SOURCE_LANGUAGE = "en"  # the language the strings in the code are written in
# Staff mode is in English for every resident's language: champions and IT
# share it, and the station config says untranslated text falls back to
# English. These contexts stay empty in the other .ts files, so Qt finds them
# in the English translation, which stays installed beneath the resident's.
ENGLISH_ONLY_CONTEXTS = ("PinPad", "Staff")  # PinPad, and every context starting Staff


def english_only(context: str) -> bool:
    return context.startswith(ENGLISH_ONLY_CONTEXTS)


# Fonts from Debian: fonts-dejavu-core (Latin, with Polish, Romanian and Turkish
# letters) and fonts-noto-ui-core (Devanagari for Nepali, Arabic). The "UI"
# cuts have the tighter line height of interface text: with plain Noto Sans
# Arabic a two-line warning no longer fits the review screen's two lines.
LATIN_FONT = "DejaVu Sans"
DEVANAGARI_FONT = "Noto Sans Devanagari UI"
ARABIC_FONT = "Noto Sans Arabic UI"
# When the first family has no glyph for a character, Qt tries these in order
# (QFont.insertSubstitutions). Without them Qt asks fontconfig, whose answer
# depends on what else the machine has installed.
FONT_FALLBACKS: dict[str, tuple[str, ...]] = {
    LATIN_FONT: (DEVANAGARI_FONT, ARABIC_FONT),
    DEVANAGARI_FONT: (LATIN_FONT, ARABIC_FONT),
    ARABIC_FONT: (LATIN_FONT, DEVANAGARI_FONT),
}


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    name: str  # in its own script, so a resident finds their language without reading English
    locale: str  # QLocale name: digits, dates and times
    font_family: str
    right_to_left: bool = False


# Each script's own font first: its line height and vertical centre suit it
# (Devanagari drawn as a fallback of DejaVu Sans sits too high in a button),
# and DejaVu Sans's Arabic letters are not the ones Arabic readers expect.
LANGUAGES: dict[str, LanguageInfo] = {
    info.code: info
    for info in (
        LanguageInfo("en", "English", "en_GB", LATIN_FONT),
        LanguageInfo("ne", "नेपाली", "ne_NP", DEVANAGARI_FONT),
        LanguageInfo("pl", "Polski", "pl_PL", LATIN_FONT),
        LanguageInfo("ro", "Română", "ro_RO", LATIN_FONT),
        LanguageInfo("tr", "Türkçe", "tr_TR", LATIN_FONT),
        LanguageInfo("ar", "العربية", "ar", ARABIC_FONT, right_to_left=True),
    )
}


def qm_path(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"kiosk_{code}.qm"


def font_families(code: str) -> list[str]:
    """The families Qt draws this language's text with: the first, then its fallbacks."""
    first = LANGUAGES[code].font_family
    return [first, *FONT_FALLBACKS.get(first, ())]


def install_font_fallbacks() -> None:
    for family, fallbacks in FONT_FALLBACKS.items():
        # Qt keeps substitutes in lower case.
        if list(QFont.substitutes(family)) != [name.lower() for name in fallbacks]:
            QFont.removeSubstitutions(family)
            QFont.insertSubstitutions(family, list(fallbacks))


def offered_languages(configured: Sequence[str], folder: Path = TRANSLATIONS_DIR) -> list[str]:
    """The configured languages this station can show, in the config's order."""
    offered = []
    for code in configured:
        if code not in LANGUAGES:
            log.warning("language not offered: the kiosk has no translation for %s", code)
        elif code != SOURCE_LANGUAGE and not qm_path(code, folder).is_file():
            log.error("language not offered: %s is not built (run make translations)", code)
        else:
            offered.append(code)
    return offered or [SOURCE_LANGUAGE]


@QmlElement
@QmlUncreatable("LanguageViewModel is made by the app, not in QML.")
class LanguageViewModel(QObject):
    """The station's languages and the one the resident is reading now."""

    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        configured: Sequence[str],
        default: str,
        folder: Path = TRANSLATIONS_DIR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._codes = offered_languages(configured, folder)
        self._default = default if default in self._codes else self._codes[0]
        self._engine: QQmlEngine | None = None
        self._translator: QTranslator | None = None
        # English beneath every language: plural forms of the English source and
        # the English-only contexts (staff mode) come from it.
        self._english = QTranslator(self)
        if self._english.load(str(qm_path(SOURCE_LANGUAGE, folder))):
            QCoreApplication.installTranslator(self._english)
        else:
            log.error("English translation is not built (run make translations)")
        # Put back when the window closes (tests share one application).
        self._previous_locale = QLocale()
        self._previous_direction = QGuiApplication.layoutDirection()
        install_font_fallbacks()
        self._code = ""
        self._apply(self._default)
        journey.subscribe(self._on_change)

    def attach(self, engine: QQmlEngine) -> None:
        """The engine whose qsTr() bindings are refreshed on each change."""
        self._engine = engine

    @Property("QVariantList", constant=True)
    def languages(self) -> list[dict[str, Any]]:
        return [
            {"code": code, "name": LANGUAGES[code].name, "fontFamily": LANGUAGES[code].font_family}
            for code in self._codes
        ]

    @Property(str, notify=changed)
    def code(self) -> str:
        return self._code

    @Property(str, notify=changed)
    def name(self) -> str:
        return LANGUAGES[self._code].name

    @Property(str, notify=changed)
    def fontFamily(self) -> str:
        return LANGUAGES[self._code].font_family

    @Property(bool, notify=changed)
    def rightToLeft(self) -> bool:
        return LANGUAGES[self._code].right_to_left

    @property
    def default(self) -> str:
        return self._default

    @Slot(str)
    def choose(self, code: str) -> None:
        if code not in self._codes:
            log.warning("language %s is not offered here", code)
            return
        if code != self._code:
            log.info("language chosen", extra={"fields": {"language": code}})
            self._apply(code)

    def reset(self) -> None:
        """Back to the station's default, as for the next resident."""
        if self._code != self._default:
            self._apply(self._default)

    def close(self) -> None:
        """Leave the application as it was before this view-model."""
        if QCoreApplication.instance() is not None:
            for translator in (self._translator, self._english):
                if translator is not None:
                    QCoreApplication.removeTranslator(translator)
        self._translator = None
        QLocale.setDefault(self._previous_locale)
        QGuiApplication.setLayoutDirection(self._previous_direction)

    def _apply(self, code: str) -> None:
        info = LANGUAGES[code]
        translator: QTranslator | None = None
        if code != SOURCE_LANGUAGE:  # English is always installed beneath
            translator = QTranslator(self)
            if not translator.load(str(qm_path(code, self._folder))):
                # offered_languages() checked the file; it went away since.
                log.error("translation for %s could not be loaded", code)
                return
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = translator
        if translator is not None:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(info.locale))
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if info.right_to_left else Qt.LayoutDirection.LeftToRight
        )
        self._code = code
        self.changed.emit()
        if self._engine is not None:
            # Re-evaluates every binding that calls qsTr(), with the new locale.
            self._engine.retranslate()

    def _on_change(self, change: Change) -> None:
        if change.after is State.ATTRACT:
            self.reset()
