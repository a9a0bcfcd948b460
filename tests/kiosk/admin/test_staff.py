"""`kiosk-admin staff add|remove|list` and `kiosk-admin audit` on a station config."""

from __future__ import annotations

import io
import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.admin.audit import parse_since
from kiosk.admin.cli import EXIT_FAILED, EXIT_OK, main
from kiosk.config import load_config
from kiosk.staff.pins import CredentialStore

REPO = Path(__file__).resolve().parents[3]
CONFIG_DIR = REPO / "config"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    """The demo config with its staff files in this test's folder."""
    text = (CONFIG_DIR / "demo.toml").read_text(encoding="utf-8")
    for name in ("staff-pins", "staff", "audit", "outbox"):
        text = text.replace(f'"../build/demo/{name}"', json.dumps(str(tmp_path / name)))
    for relative in ("secrets/", "branding/", "forms/"):
        text = text.replace(f'"{relative}', f'"{CONFIG_DIR}/{relative}')
    text = text.replace('sane_config_dir = "sane"', f'sane_config_dir = "{CONFIG_DIR}/sane"')
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


def staff(config_path: Path, *args: str) -> int:
    return main(["--config", str(config_path), "staff", *args])


def with_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_add_list_remove_with_pins_from_stdin(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_stdin(monkeypatch, "482913\n")
    assert staff(config_path, "add", "Asha Patel", "--pin-stdin") == EXIT_OK
    with_stdin(monkeypatch, "573920\n")
    assert staff(config_path, "add", "Tom Okafor", "--pin-stdin") == EXIT_OK
    pins = config_path.parent / "staff-pins"
    assert stat.S_IMODE(pins.stat().st_mode) == 0o600
    assert "482913" not in pins.read_text()
    capsys.readouterr()
    assert staff(config_path, "list") == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["Asha Patel", "Tom Okafor"]
    assert staff(config_path, "remove", "tom okafor") == EXIT_OK
    assert staff(config_path, "remove", "Nobody") == EXIT_FAILED
    assert "nobody called 'Nobody'" in capsys.readouterr().err
    champion = CredentialStore(pins).champion_for("482913")
    assert champion is not None and champion.name == "Asha Patel"


def test_pins_are_asked_twice_without_echo(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["482913", "482913", "573920", "573921"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:  # the terminal part; the rest is real
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert staff(config_path, "add", "Asha Patel") == EXIT_OK
    assert prompts == ["PIN for Asha Patel (6+ digits): ", "The same PIN again: "]
    assert staff(config_path, "add", "Tom Okafor") == EXIT_FAILED
    assert "the two PINs differ; nothing changed" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("pin", "message"),
    [("1234", "at least 6 digits"), ("777777", "not one digit repeated"), ("12345a", "digits")],
)
def test_a_pin_breaking_the_rules_is_refused(
    config_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pin: str,
    message: str,
) -> None:
    with_stdin(monkeypatch, pin + "\n")
    assert staff(config_path, "add", "Asha Patel", "--pin-stdin") == EXIT_FAILED
    assert message in capsys.readouterr().err
    assert not (config_path.parent / "staff-pins").exists()


def test_a_garbled_file_is_named_with_its_line(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pins = config_path.parent / "staff-pins"
    pins.write_text("# champions\nAsha Patel:$argon2id$v=19$broken\n")
    pins.chmod(0o600)
    assert staff(config_path, "list") == EXIT_FAILED
    err = capsys.readouterr().err
    assert f"{pins}:2: the hash for 'Asha Patel' is not an argon2id hash" in err
    assert "Staff sign-in is unavailable" in err
    with_stdin(monkeypatch, "573920\n")
    assert staff(config_path, "add", "Tom Okafor", "--pin-stdin") == EXIT_FAILED
    assert f"{pins}:2:" in capsys.readouterr().err
    assert "Tom" not in pins.read_text()


def test_list_warns_about_a_file_others_can_read(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_stdin(monkeypatch, "482913\n")
    staff(config_path, "add", "Asha Patel", "--pin-stdin")
    (config_path.parent / "staff-pins").chmod(0o644)
    assert staff(config_path, "list") == EXIT_OK
    assert "chmod 600" in capsys.readouterr().err


def test_changes_to_pins_are_in_the_audit_log(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_stdin(monkeypatch, "482913\n")
    staff(config_path, "add", "Asha Patel", "--pin-stdin")
    with_stdin(monkeypatch, "739201\n")
    staff(config_path, "add", "Asha Patel", "--pin-stdin")
    staff(config_path, "remove", "Asha Patel")
    capsys.readouterr()
    assert main(["--config", str(config_path), "audit"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[2] for line in lines] == [
        "staff.pin_added",
        "staff.pin_changed",
        "staff.pin_removed",
    ]
    assert all("demo-01" in line and "by Asha Patel" in line for line in lines)
    assert "482913" not in "".join(lines)


def test_audit_since_and_bad_since(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_stdin(monkeypatch, "482913\n")
    staff(config_path, "add", "Asha Patel", "--pin-stdin")
    capsys.readouterr()
    assert main(["--config", str(config_path), "audit", "--since", "1h"]) == EXIT_OK
    assert "staff.pin_added" in capsys.readouterr().out
    assert main(["--config", str(config_path), "audit", "--since", "2999-01-01"]) == EXIT_OK
    assert "nothing recorded since 2999-01-01" in capsys.readouterr().out
    assert main(["--config", str(config_path), "audit", "--since", "last week"]) == EXIT_FAILED
    assert "cannot read --since 'last week'" in capsys.readouterr().err


def test_audit_reports_a_torn_line_and_shows_the_rest(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_stdin(monkeypatch, "482913\n")
    staff(config_path, "add", "Asha Patel", "--pin-stdin")
    audit_dir = load_config(config_path).staff.audit_dir
    day_file = next(audit_dir.iterdir())
    with day_file.open("a") as file:
        file.write("{not json\n")
    capsys.readouterr()
    assert main(["--config", str(config_path), "audit"]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert "staff.pin_added" in captured.out
    assert f"skipped {day_file}:2" in captured.err


def test_parse_since_forms() -> None:
    now = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
    assert parse_since("30m", now) == datetime(2025, 6, 15, 11, 30, tzinfo=UTC)
    assert parse_since("7d", now) == datetime(2025, 6, 8, 12, 0, tzinfo=UTC)
    assert parse_since("2025-06-01T09:30+00:00", now) == datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_since("soon", now)
