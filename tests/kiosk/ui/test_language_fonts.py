"""Every character of every language can be drawn with the fonts the kiosk sets
for it (kiosk/ui/language.py): the translated strings, the English ones (service
names from the config show in every language), each language's own name, and
its locale's digits, dates and times. A missing font package fails here, not
as empty boxes in front of a resident."""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest
from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from kiosk.ui.language import LANGUAGES, font_families, install_font_fallbacks
from tests.kiosk.ui.test_translations import read_ts, ts_path

SAMPLE_DATE = QDate(2026, 11, 23)
SAMPLE_TIME = QTime(14, 5)


@cache
def raw_font(family: str) -> QRawFont:
    return QRawFont.fromFont(QFont(family))


def supports(font: QRawFont, character: str) -> bool:
    # The UCS-4 overload: PySide passes a one-letter str to the QChar one wrongly.
    return font.supportsCharacter(ord(character))


def drawable(character: str) -> bool:
    """Characters that need no glyph: spaces, and format marks (ZWJ, ZWNJ, bidi marks)."""
    return not (character.isspace() or unicodedata.category(character) == "Cf")


def texts_shown_in(code: str) -> list[str]:
    info = LANGUAGES[code]
    locale = QLocale(info.locale)
    texts = [info.name]
    for entry in [*read_ts(ts_path(code)), *read_ts(ts_path("en"))]:
        texts.extend(entry.translations)
    texts += [
        locale.toString(1234567890),
        locale.toString(SAMPLE_DATE, QLocale.FormatType.LongFormat),
        locale.toString(SAMPLE_TIME, QLocale.FormatType.ShortFormat),
        locale.percent(),
    ]
    return texts


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_the_fonts_for_each_language_are_installed(qapp: QGuiApplication, code: str) -> None:
    for family in font_families(code):
        assert QFontDatabase.hasFamily(family), (
            f"font {family!r} is missing: install packaging/debian-deps.txt (make deps)"
        )
        # Qt substitutes another font for a missing one without a word.
        assert raw_font(family).familyName() == family


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_character_of_the_language_has_a_glyph(qapp: QGuiApplication, code: str) -> None:
    install_font_fallbacks()
    families = font_families(code)
    # Qt keeps substitutes in lower case.
    assert list(QFont.substitutes(families[0])) == [f.lower() for f in families[1:]]
    fonts = [raw_font(family) for family in families]
    cannot = set()
    for text in texts_shown_in(code):
        for character in filter(drawable, text):
            if not any(supports(font, character) for font in fonts):
                cannot.add(f"U+{ord(character):04X} {character!r} in {text!r}")
    assert not cannot, f"{families} cannot draw:\n" + "\n".join(sorted(cannot))


def test_each_language_name_is_drawn_in_its_own_font(qapp: QGuiApplication) -> None:
    # The language buttons draw each name with that language's fonts.
    for code, info in LANGUAGES.items():
        fonts = [raw_font(family) for family in font_families(code)]
        for character in filter(drawable, info.name):
            assert any(supports(font, character) for font in fonts), (code, character)


def test_the_check_fails_on_a_script_the_fonts_lack(qapp: QGuiApplication) -> None:
    # Ethiopic (Tigrinya) is in no font the kiosk sets: proof the check can fail.
    fonts = [raw_font(family) for family in font_families("en")]
    assert not any(supports(font, "ሰ") for font in fonts)
