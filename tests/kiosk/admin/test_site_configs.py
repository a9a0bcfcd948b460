"""`kiosk-admin check-config` accepts every site's station config (the image uses them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SITES = sorted([*REPO.glob("config/woolwich-*.toml"), *REPO.glob("config/eltham-*.toml")])


def test_both_sites_have_station_configs() -> None:
    assert {path.name.split("-")[0] for path in SITES} == {"woolwich", "eltham"}


@pytest.mark.parametrize("config", SITES, ids=[path.name for path in SITES])
def test_check_config_passes_on_a_site_config(config: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.admin.cli", "check-config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"{config}: OK")
