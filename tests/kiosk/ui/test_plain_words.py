"""Plain words: every English instruction a resident reads scores at least 70 on
the Flesch reading ease (textstat), about a reading age of nine to eleven.

What counts as an instruction is defined in plain_words.UiString.is_instruction:
a string that ends a sentence (two words or more) or runs to five words.
Staff mode's screens (Staff*.qml, PinPad.qml, staff_viewmodel.py) are for
trained staff and not measured.
Labels ("Back", "Start again", "Pages scanned: %L1") are not measured. The
strings are read from the sources as lupdate reads them (qsTr in QML; tr,
_tr and translate in Python), so a new string is measured the day it is added.
"""

from __future__ import annotations

import pytest
from plain_words import UiString, ui_strings

# The goal from the council's content standard; every instruction meets it.
MIN_READING_EASE = 70.0


@pytest.fixture(scope="module")
def instructions() -> list[UiString]:
    return [text for text in ui_strings() if text.is_instruction]


def test_the_sources_give_the_strings_a_resident_reads(instructions: list[UiString]) -> None:
    texts = {text.text for text in instructions}
    assert "Close the lid." in " ".join(texts)  # QML's qsTr
    assert "The scanner lid is open. Close it and tap Try again." in texts  # Python's _tr
    labels = {text.text for text in ui_strings() if not text.is_instruction}
    assert {"Back", "Start again", "Pages scanned: %L1"} <= labels


def test_the_scale_is_flesch_reading_ease(instructions: list[UiString]) -> None:
    assert UiString("Close the lid.", "").reading_ease > 100
    assert (
        UiString(
            "Notwithstanding institutional considerations, documentation submission necessitates "
            "authentication.",
            "",
        ).reading_ease
        < 0
    )


def test_every_english_instruction_reads_at_70_or_more(instructions: list[UiString]) -> None:
    scored = sorted(instructions, key=lambda text: text.reading_ease)
    lowest = scored[0]
    print(
        f"\n{len(instructions)} instructions; lowest Flesch reading ease "
        f"{lowest.reading_ease:.1f} ({lowest.where}: {lowest.text!r})"
    )
    hard = [
        f"{text.reading_ease:.1f} {text.where}: {text.text!r}"
        for text in scored
        if text.reading_ease < MIN_READING_EASE
    ]
    assert hard == [], "rewrite in plain words:\n" + "\n".join(hard)
