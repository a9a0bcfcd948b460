"""Choosing the voice that reads aloud: the session's language, else English, said so."""

from __future__ import annotations

from kiosk.core.voices import Voice, choose_voice, language_of, languages_with_voice

ESPEAK_LIKE = [
    Voice("English (America)", "en_US"),
    Voice("English (Great Britain)+Adam", "en_GB"),
    Voice("English (Great Britain)", "en_GB"),
    Voice("Nepali+Alex", "ne_NP"),
    Voice("Nepali", "ne_NP"),
    Voice("Arabic", "ar_EG"),
    Voice("Arabic", "ar_MR"),
]


def test_the_sessions_language_is_spoken_in_its_own_plain_voice() -> None:
    choice = choose_voice("ne", ESPEAK_LIKE, "ne_NP")
    assert choice.voice == Voice("Nepali", "ne_NP")
    assert not choice.fallback
    assert choice.spoken_language == "ne"


def test_the_locale_picks_among_a_languages_voices_else_the_first_plain_one() -> None:
    assert choose_voice("ar", ESPEAK_LIKE, "ar_MR").voice == Voice("Arabic", "ar_MR")
    assert choose_voice("ar", ESPEAK_LIKE, "ar_SA").voice == Voice("Arabic", "ar_EG")


def test_english_is_british_english() -> None:
    choice = choose_voice("en", ESPEAK_LIKE, None)
    assert choice.voice == Voice("English (Great Britain)", "en_GB")
    assert not choice.fallback


def test_a_language_without_a_voice_falls_back_to_british_english_and_says_so() -> None:
    choice = choose_voice("pl", ESPEAK_LIKE, "pl_PL")
    assert choice.voice == Voice("English (Great Britain)", "en_GB")
    assert choice.fallback
    assert choice.wanted == "pl"
    assert choice.spoken_language == "en"


def test_no_voices_at_all_leaves_the_engines_default_as_a_fallback() -> None:
    choice = choose_voice("tr", [], "tr_TR")
    assert choice.voice is None
    assert choice.fallback
    assert choice.spoken_language == "en"


def test_language_codes_come_from_locale_names() -> None:
    assert language_of("ne_NP") == "ne"
    assert language_of("en-GB") == "en"
    assert language_of("ar") == "ar"


def test_languages_with_voice_reports_each_language() -> None:
    assert languages_with_voice(["en", "ne", "pl"], ESPEAK_LIKE) == {
        "en": True,
        "ne": True,
        "pl": False,
    }
