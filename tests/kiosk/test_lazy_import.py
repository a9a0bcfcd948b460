"""Modules imported on first use (kiosk/lazy_import.py), and the kiosk's start
that relies on them: the window is built without the libraries only the rest
of the journey needs. How long the start takes is `make bench`'s (rule 7)."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lazy_import import lazy_import

REPO = Path(__file__).resolve().parents[2]
# What the attract screen's first frame does not need (kiosk.app LATER_MODULES).
NOT_BEFORE_THE_WINDOW = (
    "pypdf",
    "img2pdf",
    "pikepdf",
    "requests",
    "PIL",
    "cups",
    "segno",
    "phonenumbers",
    # The scanner's worker is started at the first check, after the first frame.
    "multiprocessing",
)


@pytest.fixture
def probe_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A module of the test's own that notes each time it is executed, slowly."""
    runs = tmp_path / "runs"
    (tmp_path / "kiosk_lazy_probe.py").write_text(
        "import time\n"
        f"with open({str(runs)!r}, 'a') as runs:\n"
        "    runs.write('ran\\n')\n"
        "time.sleep(0.05)  # two threads arriving together would both run it\n"
        "VALUE = 42\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield runs
    sys.modules.pop("kiosk_lazy_probe", None)


def test_the_module_is_imported_when_an_attribute_is_first_read(probe_module: Path) -> None:
    probe = lazy_import("kiosk_lazy_probe")
    assert "kiosk_lazy_probe" not in sys.modules
    assert not probe_module.exists()
    assert probe.VALUE == 42
    assert "kiosk_lazy_probe" in sys.modules
    assert "imported" in repr(probe)


def test_threads_reading_it_at_once_run_it_once(probe_module: Path) -> None:
    probe = lazy_import("kiosk_lazy_probe")
    start = threading.Barrier(8)
    seen: list[int] = []

    def read() -> None:
        start.wait()
        seen.append(probe.VALUE)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [42] * 8
    assert probe_module.read_text() == "ran\n"


def test_a_missing_module_fails_where_it_is_used() -> None:
    missing = lazy_import("kiosk_no_such_module")
    try:
        missing.anything  # noqa: B018
    except ModuleNotFoundError as error:
        assert error.name == "kiosk_no_such_module"
    else:
        raise AssertionError("a missing module imported")


def test_the_window_is_built_without_the_journeys_libraries() -> None:
    code = f"""
import sys
from PySide6.QtGui import QGuiApplication
from kiosk.app import build_drivers, build_window, prepare_qt_environment
from kiosk.config import load_config
prepare_qt_environment(offscreen=True)
app = QGuiApplication([])
config = load_config({str(REPO / "config" / "demo.toml")!r})
drivers = build_drivers(config)
window = build_window(
    config, drivers.scanner, printer=drivers.printer, backoffice=drivers.backoffice,
    read_forms_later=True,
)
window.show(windowed=True)
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & set({NOT_BEFORE_THE_WINDOW!r}))
window.close()
print(",".join(loaded))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
