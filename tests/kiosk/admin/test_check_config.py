"""`kiosk-admin check-config`: OK with a summary, or every problem at file:line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.admin.cli import EXIT_BAD_CONFIG, EXIT_OK, main

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "config" / "demo.toml"
DEMO_SUMMARY = "OK (station demo-01 at woolwich, 4 services, profiles: bw, colour, grey)"


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The demo config with a typo in one key, on line 11."""
    text = DEMO.read_text(encoding="utf-8").replace("idle_timeout_s = 90", "idle_timout_s = 90")
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


def typo_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if "idle_timout_s" in line)


def test_good_config_prints_a_summary_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check-config", str(DEMO)])

    out, err = capsys.readouterr()
    assert code == EXIT_OK
    assert out == f"{DEMO}: {DEMO_SUMMARY}\n"
    assert err == ""


def test_config_option_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(DEMO), "check-config"]) == EXIT_OK
    assert DEMO_SUMMARY in capsys.readouterr().out


def test_config_option_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", "--config", str(DEMO)]) == EXIT_OK
    assert DEMO_SUMMARY in capsys.readouterr().out


def test_environment_names_the_config(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(DEMO))

    assert main(["check-config"]) == EXIT_OK
    assert capsys.readouterr().out.startswith(f"{DEMO}: OK")


def test_file_argument_wins_over_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(DEMO))

    assert main(["check-config", str(broken)]) == EXIT_BAD_CONFIG
    assert str(broken) in capsys.readouterr().err


def test_broken_config_reports_file_line_and_key_and_exits_2(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    code = main(["check-config", str(broken)])

    out, err = capsys.readouterr()
    assert code == EXIT_BAD_CONFIG
    assert out == ""
    assert err.startswith(f"{broken}:{typo_line(broken)}: station.idle_timout_s: unknown key")
    assert "fix: rename it to idle_timeout_s" in err


def test_missing_default_config_says_how_to_name_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "station.toml"))

    assert main(["check-config"]) == EXIT_BAD_CONFIG
    err = capsys.readouterr().err
    assert "file not found" in err and "--config" in err


def test_secret_file_contents_are_never_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    token = tmp_path / "token"
    token.write_text("s3cr3t-token-value\n", encoding="utf-8")
    text = DEMO.read_text(encoding="utf-8").replace('"secrets/demo-token"', f'"{token}"')
    good = tmp_path / "good.toml"
    good.write_text(text, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("idle_timeout_s = 90", 'token = "s3cr3t-inline"'), "utf-8")

    assert main(["check-config", str(good)]) == EXIT_OK
    assert main(["check-config", str(bad)]) == EXIT_BAD_CONFIG

    out, err = capsys.readouterr()
    assert "s3cr3t" not in out + err
    assert "secrets go in a file" in err


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([])

    assert caught.value.code == 2
    assert "COMMAND" in capsys.readouterr().err


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.admin.cli", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_command_line_exit_codes(broken: Path) -> None:
    good = run_cli("check-config", "config/demo.toml")
    bad = run_cli("--config", str(broken), "check-config")

    assert (good.returncode, good.stdout, good.stderr) == (
        0,
        f"config/demo.toml: {DEMO_SUMMARY}\n",
        "",
    )
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.startswith(f"{broken}:{typo_line(broken)}: station.idle_timout_s:")


def test_languages_without_screens_or_words_are_warned_about_but_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A resident would see English although the station lists their language."""
    text = DEMO.read_text(encoding="utf-8")
    text = text.replace(
        'languages = ["en", "ne", "pl", "ro", "tr", "ar"]',
        'languages = ["en", "ne", "pl", "ro", "tr", "ar", "so"]',
    )
    start = text.index('[services.translations.ro]\ntitle = "Taxa')
    end = text.index("[services.translations.tr]", start)
    path = tmp_path / "station.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")

    assert main(["check-config", str(path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(DEMO_SUMMARY)
    assert lines[1:] == [
        "WARN languages so: this kiosk has no screens in them, so residents are not offered "
        "them (add kiosk/ui/translations/kiosk_<code>.ts, or remove them)",
        "WARN services council-tax have no [services.translations.ro]: residents reading ro "
        "see their titles in English",
    ]
