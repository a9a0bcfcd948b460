"""Which voice reads the screen aloud for the resident's language.

Spoken guidance (EN 301 549 5.1.3, speech output for closed functionality)
speaks in the session's language when the speech engine has a voice for it.
When it has none, the station speaks English and says so once, on screen and
aloud, so the resident knows why the voice does not match their language.
The speech engine's voices are passed in; nothing here knows Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

FALLBACK_LANGUAGE = "en"
# The English a council in London prefers when the engine has several.
FALLBACK_LOCALE = "en_GB"

# Station languages for which the Debian speech stack (speech-dispatcher with
# espeak-ng) is known to have no voice, so English is spoken on purpose. Empty:
# espeak-ng has en-gb, ne, pl, ro, tr and ar. A language added to the stations
# without a voice must be listed here (tests/kiosk/ui/test_speech_voices.py).
DECLARED_WITHOUT_VOICE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Voice:
    """One voice of the speech engine."""

    name: str
    locale: str  # e.g. "ne_NP", "en_GB", "ar_EG"

    @property
    def language(self) -> str:
        return language_of(self.locale)


@dataclass(frozen=True)
class VoiceChoice:
    """The voice to speak `wanted` with, and whether it is the English fallback."""

    wanted: str  # the session's language code
    voice: Voice | None  # None: the engine's own default voice
    fallback: bool

    @property
    def spoken_language(self) -> str:
        return self.voice.language if self.voice is not None else FALLBACK_LANGUAGE


def language_of(locale: str) -> str:
    """ "ne_NP" -> "ne"; "ar" -> "ar"; "en-GB" -> "en"."""
    return locale.replace("-", "_").split("_", 1)[0].lower()


def _best(voices: Iterable[Voice], language: str, locale: str | None) -> Voice | None:
    matching = [voice for voice in voices if voice.language == language]
    if not matching:
        return None
    # The locale's own voices first; espeak-ng lists a plain voice ("Nepali")
    # beside its variants ("Nepali+Adam"): the plain one.
    return min(
        matching,
        key=lambda voice: (voice.locale != locale, "+" in voice.name, len(voice.name)),
    )


def choose_voice(language: str, voices: Sequence[Voice], locale: str | None = None) -> VoiceChoice:
    """The session language's own voice if there is one, else English, else the default.

    `locale` (e.g. "en_GB") picks among several voices of the language.
    """
    if locale is None and language == FALLBACK_LANGUAGE:
        locale = FALLBACK_LOCALE
    own = _best(voices, language, locale)
    if own is not None:
        return VoiceChoice(language, own, fallback=False)
    english = _best(voices, FALLBACK_LANGUAGE, FALLBACK_LOCALE)
    return VoiceChoice(language, english, fallback=language != FALLBACK_LANGUAGE)


def languages_with_voice(languages: Iterable[str], voices: Sequence[Voice]) -> dict[str, bool]:
    """For each language: True when the engine has a voice of its own for it."""
    return {code: not choose_voice(code, voices).fallback for code in languages}
