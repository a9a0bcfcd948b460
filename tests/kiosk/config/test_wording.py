"""Config text in the station's other languages (`translations` tables): what
residents read in their language, English where a translation is missing, and
mistakes reported at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_loader import DEMO_TEXT, SHIPPED, line_of, load_broken, replace_nth

from kiosk.config import load_config

HOUSING_PL = """
[services.translations.pl]
title = "Dowody do zasiłku mieszkaniowego"
"""


def test_a_service_reads_in_the_residents_language_and_english_where_untranslated() -> None:
    config = load_config(Path(__file__).resolve().parents[3] / "config" / "demo.toml")
    housing = config.service("housing-benefit")
    polish = housing.in_language("pl")
    assert polish.title == "Dowody do zasiłku mieszkaniowego (Housing Benefit)"
    assert polish.next_steps == "Sprawdzimy Twoje dokumenty w ciągu 5 dni roboczych."
    assert [f.label for f in polish.fields] == [
        "Numer wniosku o zasiłek mieszkaniowy",
        "Imię i nazwisko",
    ]
    # What is not words stays as it is: ids, patterns, examples, the endpoint.
    assert polish.id == housing.id and polish.endpoint == housing.endpoint
    assert [f.pattern for f in polish.fields] == [f.pattern for f in housing.fields]
    assert housing.in_language("en") == housing  # English is the config's own text
    assert housing.in_language("so") == housing  # no Somali words: English
    assert config.help.in_language("ar").contact_hours.startswith("من الاثنين")
    assert config.branding.in_language("pl").tagline == (
        "Wysyłaj dokumenty, drukuj formularze i rób kopie"
    )


def test_a_translation_may_give_only_some_words(tmp_path: Path) -> None:
    start = DEMO_TEXT.index("[services.translations.pl]")
    end = DEMO_TEXT.index("[services.translations.ro]", start)
    text = DEMO_TEXT[:start] + HOUSING_PL.lstrip() + "\n" + DEMO_TEXT[end:]
    path = tmp_path / "station.toml"
    path.write_text(text)
    housing = load_config(path).service("housing-benefit")
    polish = housing.in_language("pl")
    assert polish.title == "Dowody do zasiłku mieszkaniowego"
    assert polish.description == housing.description  # not given: English


def test_every_shipped_station_has_words_for_each_of_its_translated_languages() -> None:
    for path in SHIPPED:
        config = load_config(path)
        for service in config.services:
            given = set(service.translations)
            assert given <= set(config.station.languages), path.name
            for code in given:
                wording = service.translations[code]
                assert wording.title and wording.description and wording.next_steps, (
                    path.name,
                    service.id,
                    code,
                )


@pytest.mark.parametrize(
    ("old", "new", "key", "says"),
    [
        (
            "[services.translations.ro]",
            "[services.translations.fr]",
            "services[0].translations.fr",
            "the station does not offer language 'fr' — fix: give words for one of: ne, pl, ro, "
            "tr, ar",
        ),
        (
            "[services.translations.ro]",
            "[services.translations.en]",
            "services[0].translations.en",
            "English is the config's own text",
        ),
        (
            "[services.fields.translations.tr]",
            "[services.fields.translations.xx]",
            "services[0].fields[0].translations.xx",
            "unknown language code 'xx'",
        ),
        (
            '[services.translations.pl]\ntitle = "Dowody',
            '[services.translations.pl]\nheading = "Dowody',
            "services[0].translations.pl.heading",
            "",
        ),
        (
            "[branding.translations.ne]",
            "[branding.translations.de]",
            "branding.translations.de",
            "unknown language code 'de'",
        ),
    ],
)
def test_a_wording_mistake_is_reported_at_its_line(
    tmp_path: Path, old: str, new: str, key: str, says: str
) -> None:
    text = replace_nth(DEMO_TEXT, old, new)
    error = load_broken(tmp_path, text)
    problems = [p for p in error.problems if p.key == key]
    assert problems, [str(p) for p in error.problems]
    [problem] = problems
    anchor = new.strip().splitlines()[-1]
    assert problem.line == line_of(text, anchor), str(problem)
    assert says in str(problem)
