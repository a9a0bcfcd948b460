"""Fixtures for the packaging tests: the built bundle and a station folder.

These tests run on what `make bundle` (and `make deb`) built, so they are marked
`packaging` and run by `make test-packaging` (CI), not by `make test`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "kiosk"
DEMO = REPO / "config" / "demo.toml"
# What demo.toml refers to by relative path, copied beside the station's config.
DEMO_PARTS = ("branding", "forms", "sane", "secrets")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.packaging)


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/kiosk, as `make bundle` left it."""
    if not (BUNDLE / "kiosk").is_file():
        pytest.fail("dist/kiosk/kiosk is missing: run `make bundle` (make test-packaging does)")
    return BUNDLE


def make_station_dir(cups_server: str, folder: Path) -> Path:
    """A station folder like /etc/kiosk: station.toml (the demo config on this
    cupsd, its outbox and staff state inside the folder) and the forms, branding, SANE test set-up
    and secrets it names. Returns the config file."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in DEMO_PARTS:
        shutil.copytree(REPO / "config" / part, folder / part)
    text = DEMO.read_text()
    text = re.sub(r'(?m)^cups_server = ".*"$', f'cups_server = "{cups_server}"', text)
    # The demo keeps its outbox and staff state under the repo's build/.
    text = text.replace('"../build/demo/', '"state/')
    config = folder / "station.toml"
    config.write_text(text)
    return config


@pytest.fixture
def station_dir() -> Iterator[Path]:
    """A folder that other users can read (tmp_path is root's 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-station-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def station_config(station_dir: Path) -> Callable[[str], Path]:
    """make_station_dir in station_dir: call it with the cupsd to print on."""
    return lambda cups_server: make_station_dir(cups_server, station_dir)


@pytest.fixture(scope="session")
def deb() -> Path:
    """dist/greenwich-kiosk_<version>_amd64.deb, as `make deb` left it."""
    found = sorted((REPO / "dist").glob("greenwich-kiosk_*_amd64.deb"))
    if not found:
        pytest.fail("no dist/greenwich-kiosk_*.deb: run `make deb` (make test-packaging does)")
    return found[-1]


@pytest.fixture(scope="session")
def installed(deb: Path) -> Iterator[Path]:
    """The package's files unpacked into a throwaway root (`dpkg-deb -x`), which
    other users can read: what dpkg would put on a station."""
    root = Path(tempfile.mkdtemp(prefix="kiosk-root-"))
    root.chmod(0o755)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)
