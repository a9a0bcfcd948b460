"""`kiosk-admin test-print` against a private cupsd, with a copy of demo.toml."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from kiosk.admin.cli import EXIT_FAILED, EXIT_OK, main
from kiosk.testbed.cups_testbed import PrivateCups

REPO = Path(__file__).resolve().parents[3]


def demo_config_for(server: str, folder: Path) -> Path:
    """demo.toml with cups_server pointing at `server`; relative paths still resolve."""
    text = (REPO / "config" / "demo.toml").read_text()
    text, count = re.subn(r'(?m)^cups_server = ".*"$', f'cups_server = "{server}"', text)
    assert count == 1
    path = REPO / "config" / f".test-print-{folder.name}.toml"
    path.write_text(text)
    return path


@pytest.fixture
def config_copy(cups_server: PrivateCups, tmp_path: Path) -> Iterator[Path]:
    path = demo_config_for(cups_server.server, tmp_path)
    yield path
    path.unlink()


def test_test_print_prints_station_time_and_state(
    cups_server: PrivateCups, config_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(cups_server.printed_files())

    code = main(["--config", str(config_copy), "test-print", "--wait", "20"])

    out = capsys.readouterr().out
    assert code == EXIT_OK, out
    assert "OK   test-print: completed" in out
    printed = cups_server.printed_files()[before:]
    assert len(printed) == 1
    text = pypdf.PdfReader(printed[0]).pages[0].extract_text()
    assert "demo-01" in text
    assert "Printer state: ready" in text


def test_test_print_without_a_print_server_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.testbed.processes import free_port

    path = demo_config_for(f"127.0.0.1:{free_port()}", tmp_path)
    try:
        code = main(["--config", str(path), "test-print", "--wait", "2"])
    finally:
        path.unlink()
    out = capsys.readouterr().out
    assert code == EXIT_FAILED
    assert "offline" in out
    assert "FAIL test-print" in out
