"""Loading station files: every shipped file loads, and each mistake a person
might make is reported at its file, line and key, with a way to fix it."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.config import (
    DEFAULT_CONFIG_PATH,
    ConfigError,
    ConfigProblem,
    find_config_path,
    load_config,
)
from kiosk.config.loader import TomlLocator, format_key

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "config" / "demo.toml"
DEMO_TEXT = DEMO.read_text(encoding="utf-8")
SHIPPED = sorted((REPO / "config").glob("*.toml"))


def replace_nth(text: str, old: str, new: str) -> str:
    """`text` with the first `old` replaced by `new`, which must be there."""
    assert old in text, old
    return text.replace(old, new, 1)


def line_of(text: str, needle: str, nth: int = 0) -> int:
    """The 1-based line where the nth occurrence of `needle` starts."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return text.count("\n", 0, start) + 1


def load_broken(tmp_path: Path, text: str) -> ConfigError:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.path == path
    return caught.value


# --- files that load ---------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=[path.name for path in SHIPPED])
def test_every_shipped_station_file_loads(path: Path) -> None:
    config = load_config(path)

    assert {"colour", "grey", "bw"} <= set(config.scanner.profiles)
    assert config.services


def test_station_files_for_both_sites_are_shipped() -> None:
    sites = {load_config(path).station.site for path in SHIPPED if path.name != "demo.toml"}

    assert sites == {"woolwich", "eltham"}


def test_real_stations_send_over_https_and_keep_secrets_under_etc() -> None:
    for path in SHIPPED:
        if path.name == "demo.toml":
            continue
        config = load_config(path)
        for service in config.services:
            assert service.endpoint.scheme == "https", (path.name, service.id)
            for secret in (service.token_file, service.client_key_file):
                assert secret is None or secret.is_relative_to("/etc/kiosk/credentials")
        assert config.outbox.directory == Path("/var/lib/kiosk/outbox")
        assert config.printer.cups_server is None


def test_demo_paths_are_absolute_and_point_at_files_beside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO)

    config = load_config(Path("config/demo.toml"))

    assert config.branding.logo == REPO / "config" / "branding" / "greenwich-crest.svg"
    assert config.branding.logo.is_file()
    assert config.scanner.sane_config_dir == REPO / "config" / "sane"
    assert config.outbox.directory == REPO / "build" / "demo" / "outbox"
    assert config.outbox.key_file.is_file()
    assert all(s.token_file is not None and s.token_file.is_file() for s in config.services)


def test_file_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text("\ufeff" + DEMO_TEXT, encoding="utf-8")

    assert load_config(path).station.id == "demo-01"


# --- one mistake each ----------------------------------------------------------------


@dataclass(frozen=True)
class Mistake:
    old: str
    new: str
    key: str
    on_line: str  # text that starts the line the problem must point at
    hint: str  # what the hint must contain
    on_line_nth: int = 0


MISTAKES = {
    "typo_in_key": Mistake(
        "idle_timeout_s = 90",
        "idle_timout_s = 90",
        "station.idle_timout_s",
        "idle_timout_s",
        "idle_timeout_s",
    ),
    "number_written_as_text": Mistake(
        "idle_timeout_s = 90",
        'idle_timeout_s = "ninety"',
        "station.idle_timeout_s",
        "idle_timeout_s",
        "without quotes",
    ),
    "bad_url": Mistake(
        "http://127.0.0.1:18650/services/housing-benefit",
        "ftp://127.0.0.1/services/housing-benefit",
        "services[0].endpoint",
        'endpoint = "ftp://',
        'endpoint = "https://',
    ),
    "address_without_scheme": Mistake(
        "http://127.0.0.1:18650/services/parking",
        "backoffice/parking",
        "services[2].endpoint",
        'endpoint = "backoffice',
        'endpoint = "https://',
    ),
    "plain_http_to_another_machine": Mistake(
        "http://127.0.0.1:18650/services/parking",
        "http://backoffice.royalgreenwich.gov.uk/services/parking",
        "services[2].endpoint",
        'endpoint = "http://backoffice',
        "https://backoffice.royalgreenwich.gov.uk/services/parking",
    ),
    "inline_token": Mistake(
        'token_file = "secrets/demo-token"\n',
        'token_file = "secrets/demo-token"\ntoken = "abc"\n',
        "services[0].token",
        'token = "abc"',
        'use token_file = "/etc/kiosk/credentials/...',
    ),
    "undefined_scan_profile": Mistake(
        'scan_profile = "grey"',
        'scan_profile = "gray"',
        "services[1].scan_profile",
        'scan_profile = "gray"',
        "bw, colour, grey",
    ),
    "bad_regex": Mistake(
        'pattern = "^[0-9]{9}$"',
        'pattern = "^[0-9{9}$"',
        "services[1].fields[0].pattern",
        'pattern = "^[0-9{9}$"',
        "brackets",
    ),
    "example_not_matching_pattern": Mistake(
        'example = "GR12345678"',
        'example = "12345678"',
        "services[2].fields[0].example",
        'example = "12345678"',
        "fix the example or the pattern",
        on_line_nth=1,  # the first is the claim number's own example
    ),
    "duplicate_service_id": Mistake(
        'id = "parking"',
        'id = "council-tax"',
        "services[2].id",
        'id = "council-tax"',
        "its own id",
        on_line_nth=1,
    ),
    "misspelt_choice": Mistake(
        'mode = "grey"',
        'mode = "gray"',
        "scanner.profiles.grey.mode",
        'mode = "gray"',
        'mode = "colour"',
    ),
    "out_of_range": Mistake(
        "max_document_mb = 10",
        "max_document_mb = 500",
        "services[2].max_document_mb",
        "max_document_mb = 500",
        "1 to 100",
    ),
    "true_written_as_text": Mistake(
        "required = false",
        'required = "no"',
        "services[3].fields[1].required",
        'required = "no"',
        "without quotes",
    ),
    "unknown_language": Mistake(
        '"tr", "ar"]',
        '"tr", "xx"]',
        "station.languages[5]",
        "languages = [",
        "ne, pa, pl",
    ),
}


@pytest.mark.parametrize("name", list(MISTAKES))
def test_one_mistake_is_reported_at_its_line_and_key(tmp_path: Path, name: str) -> None:
    mistake = MISTAKES[name]
    text = replace_nth(DEMO_TEXT, mistake.old, mistake.new)

    error = load_broken(tmp_path, text)

    (problem,) = error.problems
    assert problem.key == mistake.key
    assert problem.line == line_of(text, mistake.on_line, mistake.on_line_nth)
    assert mistake.hint in problem.hint
    assert str(problem) in str(error)


def test_missing_key_points_at_its_table(tmp_path: Path) -> None:
    text = DEMO_TEXT.replace('endpoint = "http://127.0.0.1:18650/services/council-tax"\n', "")

    error = load_broken(tmp_path, text)

    (problem,) = error.problems
    assert problem.key == "services[1].endpoint"
    assert problem.line == line_of(text, "[[services]]", nth=1)
    assert problem.hint.startswith('add endpoint = "https://')


def test_missing_bw_profile_points_at_the_profiles(tmp_path: Path) -> None:
    block = '[scanner.profiles.bw]\nmode = "bw"\nresolution_dpi = 300\nsource = "flatbed"\n'
    text = DEMO_TEXT.replace(block, "")

    error = load_broken(tmp_path, text)

    (problem,) = error.problems
    assert problem.key == "scanner.profiles"
    assert problem.line == line_of(text, "[scanner.profiles.colour]")
    assert "bw" in problem.message
    assert "[scanner.profiles.bw]" in problem.hint


def test_missing_table_is_named(tmp_path: Path) -> None:
    block = '[printer]\ncups_server = "127.0.0.1:18631"\nqueue = "kiosk-printer"\n'
    error = load_broken(tmp_path, DEMO_TEXT.replace(block, ""))

    (problem,) = error.problems
    assert (problem.key, problem.line) == ("printer", None)
    assert "[printer]" in problem.hint


def test_inline_secret_is_never_echoed(tmp_path: Path) -> None:
    text = DEMO_TEXT.replace('key_file = "secrets/demo-outbox.key"', 'key = "s3cr3t-outbox-key"')

    error = load_broken(tmp_path, text)

    assert "s3cr3t" not in str(error)
    unknown = next(problem for problem in error.problems if problem.key == "outbox.key")
    assert unknown.line == line_of(text, 'key = "s3cr3t')
    assert 'use key_file = "/etc/kiosk/credentials/' in unknown.hint


def test_toml_syntax_error_is_one_problem_at_its_line(tmp_path: Path) -> None:
    text = DEMO_TEXT.replace('queue = "kiosk-printer"', "queue = kiosk-printer")

    error = load_broken(tmp_path, text)

    (problem,) = error.problems
    assert problem.line == line_of(text, "queue = kiosk-printer")
    assert problem.key == ""
    assert "TOML syntax" in problem.message
    assert "quotes" in problem.hint
    assert str(error).startswith(f"{tmp_path / 'station.toml'}:{problem.line}: TOML syntax")


def test_unclosed_string_at_the_end_is_reported(tmp_path: Path) -> None:
    error = load_broken(tmp_path, DEMO_TEXT + 'tagline = """never closed\n')

    (problem,) = error.problems
    assert problem.line is not None and problem.line >= DEMO_TEXT.count("\n")
    assert problem.hint


def test_several_mistakes_are_all_reported_in_file_order(tmp_path: Path) -> None:
    text = (
        DEMO_TEXT.replace('mode = "grey"', 'mode = "gray"')
        .replace("idle_timeout_s = 90", "idle_timout_s = 90")
        .replace("max_document_mb = 10", "max_document_mb = 0")
        .replace('kind = "phone"', 'kind = "telephone"')
    )

    error = load_broken(tmp_path, text)

    assert [(problem.key, problem.line) for problem in error.problems] == [
        ("station.idle_timout_s", line_of(text, "idle_timout_s")),
        ("scanner.profiles.grey.mode", line_of(text, 'mode = "gray"')),
        ("services[2].max_document_mb", line_of(text, "max_document_mb = 0")),
        ("services[3].fields[1].kind", line_of(text, 'kind = "telephone"')),
    ]
    assert all(problem.hint for problem in error.problems)
    assert len(str(error).splitlines()) == 4


# --- files that cannot be read ------------------------------------------------------


def test_missing_file_says_how_to_name_one(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"

    with pytest.raises(ConfigError) as caught:
        load_config(path)

    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == (path, None)
    assert "not found" in problem.message
    assert "--config" in problem.hint and "KIOSK_CONFIG" in problem.hint
    assert str(caught.value) == f"{path}: file not found — fix: {problem.hint}"


def test_folder_instead_of_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)

    assert "folder" in caught.value.problems[0].message


def test_file_that_is_not_utf8_is_reported_at_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_bytes(b'[station]\nid = "demo-01"\nname = "Caf\xe9"\n')

    with pytest.raises(ConfigError) as caught:
        load_config(path)

    (problem,) = caught.value.problems
    assert problem.line == 3
    assert "UTF-8" in problem.message and "UTF-8" in problem.hint


# --- where is the config -----------------------------------------------------------


def test_config_flag_wins_over_environment() -> None:
    environ = {"KIOSK_CONFIG": "/srv/env.toml"}

    assert find_config_path("cli.toml", environ) == Path("cli.toml")


def test_environment_wins_over_default() -> None:
    assert find_config_path(None, {"KIOSK_CONFIG": "/srv/env.toml"}) == Path("/srv/env.toml")


@pytest.mark.parametrize("environ", [{}, {"KIOSK_CONFIG": ""}, {"KIOSK_CONFIG": "  "}])
def test_default_config_path_when_nothing_is_given(environ: dict[str, str]) -> None:
    assert find_config_path(None, environ) == DEFAULT_CONFIG_PATH == Path("/etc/kiosk/station.toml")


# --- report format ------------------------------------------------------------------


def test_problem_line_format() -> None:
    problem = ConfigProblem(
        Path("config/demo.toml"),
        57,
        "services[0].endpoint",
        "URL scheme should be 'http' or 'https'",
        'write the full address, e.g. endpoint = "https://backoffice.example.gov.uk/services/x"',
    )

    assert str(problem) == (
        "config/demo.toml:57: services[0].endpoint: URL scheme should be 'http' or 'https'"
        ' — fix: write the full address, e.g. endpoint = "https://backoffice.example.gov.uk/'
        'services/x"'
    )


def test_format_key_writes_indices_and_quotes_odd_names() -> None:
    assert format_key(("services", 1, "fields", 0, "pattern")) == "services[1].fields[0].pattern"
    assert format_key(("scanner", "profiles", "my profile")) == 'scanner.profiles."my profile"'
    assert format_key(()) == ""


# --- the line locator ---------------------------------------------------------------

SAMPLE = """\
# comment [not.a.table]
title = "x"  # trailing = comment
a.b = 1
"quoted key" = 2
site."dotted.name" = 3

[server]
hosts = [
  "alpha",  # key = "not a key"
  "beta",
]
description = \"\"\"
fake = "not a key"
[not_a_table]
\"\"\"
literal = '''
[[also_not]]
'''
point = { x = 1, y = { z = "}" } }
items = [{ name = "first" }, { name = "second" }]

[[services]]
id = "one"

[[services.fields]]
id = "f0"

[[services.fields]]
id = "f1"
pattern = '^\\d+$'

[[services]]
id = "two"

[[services.fields]]
id = "g0"

[x.y.z]
d = 1
"""


@pytest.fixture(scope="module")
def locator() -> TomlLocator:
    tomllib.loads(SAMPLE)  # the sample itself must be valid TOML
    return TomlLocator(SAMPLE)


@pytest.mark.parametrize(
    ("key", "line"),
    [
        (("title",), 2),
        (("a", "b"), 3),
        (("a",), 3),
        (("quoted key",), 4),
        (("site", "dotted.name"), 5),
        (("server",), 7),
        (("server", "hosts"), 8),
        (("server", "hosts", 1), 10),
        (("server", "description"), 12),
        (("server", "literal"), 16),
        (("server", "point", "y", "z"), 19),
        (("server", "items", 1, "name"), 20),
        (("services",), 22),
        (("services", 0, "id"), 23),
        (("services", 0, "fields", 0, "id"), 26),
        (("services", 0, "fields", 1, "pattern"), 30),
        (("services", 1), 32),
        (("services", 1, "fields", 0, "id"), 36),
        (("x", "y"), 38),
        (("x", "y", "z", "d"), 39),
    ],
)
def test_locator_finds_each_key(
    locator: TomlLocator, key: tuple[str | int, ...], line: int
) -> None:
    assert locator.line_of(key) == line


def test_locator_points_a_missing_key_at_its_table(locator: TomlLocator) -> None:
    assert locator.line_of(("services", 1, "endpoint")) == 32
    assert locator.line_of(("services", 0, "fields", 1, "label")) == 28
    assert locator.line_of(("server", "hosts", 7)) == 8


@pytest.mark.parametrize("key", [("fake",), ("not_a_table",), ("also_not",), ("nothing",), ()])
def test_locator_ignores_text_inside_strings(locator: TomlLocator, key: tuple[str, ...]) -> None:
    assert locator.line_of(key) is None


@pytest.mark.parametrize(
    "text",
    [
        "a = [1, 2\nb = 3\n",
        'a = "unterminated\n[[x\n= 3\n{',
        "a = { b = \n",
        "[a.\n]]]\n'''",
        'a = """\\',
        "= = =\n[",
        "a = [}\n",
    ],
)
def test_locator_survives_broken_toml(text: str) -> None:
    TomlLocator(text).line_of(("a", "b"))
