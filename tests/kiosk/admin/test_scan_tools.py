"""kiosk-admin test-scan, build-pdf and check-page on the demo config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from kiosk.admin.cli import EXIT_FAILED, EXIT_OK, main
from kiosk.testbed import sample_pages

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "config" / "demo.toml"


def test_test_scan_three_pages_with_the_demo_config(tmp_path: Path) -> None:
    """As IT runs it: a separate process, the config from KIOSK_CONFIG."""
    out = tmp_path / "x.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.admin.cli", "test-scan", "--pages", "3", "--out", str(out)],
        env={"KIOSK_CONFIG": str(DEMO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == EXIT_OK, result.stderr
    assert len(pypdf.PdfReader(out).pages) == 3
    assert "3 page(s) scanned" in result.stdout and "PDF" in result.stdout


def test_test_scan_feeder_profile_stops_at_the_page_count(
    tmp_path: Path, sane_config_dir: Path
) -> None:
    config = tmp_path / "station.toml"
    text = DEMO.read_text().replace(
        'sane_config_dir = "sane"', f'sane_config_dir = "{sane_config_dir}"'
    )
    text = text.replace(
        '[scanner.profiles.bw]\nmode = "bw"\nresolution_dpi = 300\nsource = "flatbed"',
        '[scanner.profiles.bw]\nmode = "bw"\nresolution_dpi = 150\nsource = "feeder"',
    )
    config.write_text(
        text.replace('"secrets/', f'"{DEMO.parent}/secrets/').replace(
            '"branding/', f'"{DEMO.parent}/branding/'
        )
    )
    out = tmp_path / "bw.pdf"

    code = main(
        ["--config", str(config), "test-scan", "--profile", "bw", "--pages", "4", "--out", str(out)]
    )

    assert code == EXIT_OK
    assert len(pypdf.PdfReader(out).pages) == 4


def test_unknown_profile_names_the_ones_there_are(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(
        ["--config", str(DEMO), "test-scan", "--profile", "photo", "--out", str(tmp_path / "x.pdf")]
    )
    assert code == EXIT_FAILED
    assert "bw, colour, grey" in capsys.readouterr().err


def test_build_pdf_and_check_page_use_the_scan_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "letter.png"
    sample_pages.cached_page("letter", 150).save(good, dpi=(150, 150))
    blank = tmp_path / "blank.png"
    sample_pages.blank_page(150).save(blank, dpi=(150, 150))
    out = tmp_path / "rebuilt.pdf"

    assert main(["--config", str(DEMO), "build-pdf", "--out", str(out), str(good), str(blank)]) == 0
    assert len(pypdf.PdfReader(out).pages) == 2

    assert main(["check-page", str(good), str(blank)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert f"{good}: ok" in lines and f"{blank}: blank" in lines


def test_check_page_says_clearly_when_a_file_is_not_an_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not an image")
    assert main(["check-page", str(bogus)]) == EXIT_FAILED
    assert "cannot read it as an image" in capsys.readouterr().err
