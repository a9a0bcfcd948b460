"""`python -m kiosk`: the self-test and a clear stop on a bad config."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "config" / "demo.toml"


def run_kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )


def test_self_test_draws_the_window_and_builds_the_drivers() -> None:
    result = run_kiosk("--config", str(DEMO), "--self-test")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("OK   config:") for line in lines)
    assert any(line.startswith("OK   window: attract screen drawn") for line in lines)
    assert any(line.startswith("OK   drivers:") for line in lines)
    # The SANE test backend is enabled by the demo config on its own.
    assert any(line.startswith("OK   scanner: test:0") for line in lines)
    assert "OK   forms: 3 form(s) ready" in lines


def test_bad_config_stops_the_app_with_file_line_and_fix(tmp_path: Path) -> None:
    broken = tmp_path / "station.toml"
    text = DEMO.read_text().replace("idle_timeout_s = 90", 'idle_timeout_s = "ninety"')
    broken.write_text(text)
    line = text.splitlines().index('idle_timeout_s = "ninety"') + 1

    result = run_kiosk("--config", str(broken), "--self-test")

    assert result.returncode == 2
    assert f"{broken}:{line}:" in result.stderr
    assert "idle_timeout_s" in result.stderr


def test_config_comes_from_kiosk_config_when_no_flag(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--self-test"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**os.environ, "KIOSK_CONFIG": str(tmp_path / "missing.toml")},
        check=False,
    )
    assert result.returncode == 2
    assert "missing.toml" in result.stderr
