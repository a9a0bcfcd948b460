"""The `[[forms]]` tables of a station config."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.config import ConfigError, load_config
from kiosk.config.schema import StationConfig, validation_context

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "config" / "demo.toml"


@pytest.fixture
def data() -> dict[str, Any]:
    return copy.deepcopy(tomllib.loads(DEMO.read_text(encoding="utf-8")))


def problems(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        StationConfig.model_validate(data)
    return [(error["loc"], error["type"]) for error in caught.value.errors()]


def test_demo_forms_resolve_against_the_config_folder(data: dict[str, Any]) -> None:
    config = StationConfig.model_validate(data, context=validation_context(DEMO.parent))
    assert [form.id for form in config.forms] == [
        "change-of-address",
        "change-of-address-pl",
        "assisted-bin-collection",
    ]
    assert config.forms[1].language == "pl"
    assert config.forms[0].file == REPO / "config" / "forms" / "change-of-address-en.pdf"


def test_a_config_without_forms_still_loads_with_an_empty_catalogue(
    data: dict[str, Any],
) -> None:
    del data["forms"]
    assert StationConfig.model_validate(data).forms == ()


def test_a_form_must_be_a_pdf(data: dict[str, Any]) -> None:
    data["forms"][0]["file"] = "forms/change-of-address.docx"
    assert problems(data) == [(("forms", 0, "file"), "form_format")]


def test_a_form_language_must_be_one_the_station_offers(data: dict[str, Any]) -> None:
    data["forms"][1]["language"] = "so"  # a known code, but not offered by the demo station
    data["forms"][2]["language"] = "xx"
    assert problems(data) == [
        (("forms", 2, "language"), "language"),
    ]
    data["forms"][2]["language"] = "en"
    assert problems(data) == [(("forms", 1, "language"), "form_language")]


def test_form_ids_are_unique(data: dict[str, Any]) -> None:
    data["forms"][2]["id"] = "change-of-address"
    assert problems(data) == [(("forms", 2, "id"), "form_id_repeated")]


def test_the_page_count_is_not_typed_in_the_config(data: dict[str, Any]) -> None:
    data["forms"][0]["pages"] = 2
    assert problems(data) == [(("forms", 0, "pages"), "extra_forbidden")]


def test_check_config_points_at_the_line_of_a_bad_form(tmp_path: Path) -> None:
    text = DEMO.read_text(encoding="utf-8").replace(
        'file = "forms/assisted-bin-collection-en.pdf"', 'file = "forms/bins.odt"'
    )
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index('file = "forms/bins.odt"') + 1
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert f"{path}:{line}: forms[2].file: a form must be a PDF file, not .odt" in str(caught.value)
