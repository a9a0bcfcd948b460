"""Scanning: read speed against scanimage, page-ready time, memory for 10 pages.

- ``scan_speed_ratio``: SaneScanner's read rate / scanimage's, on libsane's
  test backend, colour A4 at 600 dpi (104 MB a page, so that scanimage's own
  start-up, which the kiosk does not pay per page, weighs little), same
  settings, same run, best of 5 each. Goal >= 0.9. ``scan_speed_ratio_300dpi``
  is the same at 300 dpi, where scanimage's start-up is most of its time.
- ``page_ready_ms``: from the scanner's last line to the page encoded, checked,
  thumbnailed and stored (kiosk.documents.capture), A4 300 dpi colour with the
  demo config's colour profile, on pages made like real scans (the test
  backend's own pattern is reported too, as ``page_ready_ms_sane_pattern``).
  Median over 10 pages. Goal <= 100.
- ``scan_peak_rss_mb_10_pages``: peak RSS of a fresh process that scans a
  10-page colour feeder batch at 300 dpi into a session, plus that of the
  scanner's worker process libsane runs in (``scan_worker_peak_rss_mb`` on its
  own; page memory both map is counted in both).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from drivers.scanner import SaneScanner
from kiosk.config import load_config
from kiosk.core.scanning import OnPage, OnProgress, RawPage, ScanSettings
from kiosk.documents.capture import Capture
from kiosk.documents.pages import PageStore
from kiosk.documents.profiles import output_profile
from kiosk.testbed.sample_pages import KINDS, cached_page

REPO = Path(__file__).resolve().parents[1]
SANE_DIR = REPO / "config" / "sane"
DEMO = REPO / "config" / "demo.toml"
ROUNDS = 5
A4_COLOUR_BYTES = {300: 2480 * 3507 * 3, 600: 4960 * 7015 * 3}

GOALS = {
    "scan_speed_ratio": ">= 0.9",
    "scan_speed_ratio_300dpi": "",
    "page_ready_ms": "<= 100",
    "page_ready_ms_sane_pattern": "<= 100",
    "scan_peak_rss_mb_10_pages": "",
    "scan_worker_peak_rss_mb": "",
    "scanimage_mb_per_s": "",
    "driver_mb_per_s": "",
}


class ReplayPages:
    """Hands the capture pipeline pages made like real scans, as a scanner would."""

    def __init__(self, count: int) -> None:
        self.images = [
            cached_page(KINDS[i % len(KINDS)], 300, 1 + i // len(KINDS)) for i in range(count)
        ]

    def scan(
        self,
        settings: ScanSettings,
        on_page: OnPage,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        for index, image in enumerate(self.images):
            on_page(RawPage(image, 300, index))
            time.sleep(0.25)  # a flatbed takes far longer per page; keep pages apart
        return len(self.images)


def run() -> dict[str, float]:
    env = {**os.environ, "SANE_CONFIG_DIR": str(SANE_DIR)}
    scanner = SaneScanner("test:*", SANE_DIR)
    figures: dict[str, float] = {}
    for dpi in (300, 600):
        scanimage_s = _best(lambda dpi=dpi: _scanimage(env, dpi))
        settings = ScanSettings(resolution_dpi=dpi)
        driver_s = _best(lambda settings=settings: scanner.scan(settings, _read_only))
        suffix = "" if dpi == 600 else f"_{dpi}dpi"
        figures[f"scan_speed_ratio{suffix}"] = scanimage_s / driver_s
        figures[f"scanimage_mb_per_s{suffix}"] = A4_COLOUR_BYTES[dpi] / scanimage_s / 1e6
        figures[f"driver_mb_per_s{suffix}"] = A4_COLOUR_BYTES[dpi] / driver_s / 1e6
    ready, ready_pattern = _page_ready_ms(scanner)
    figures["page_ready_ms"] = ready
    figures["page_ready_ms_sane_pattern"] = ready_pattern
    figures["scan_peak_rss_mb_10_pages"], figures["scan_worker_peak_rss_mb"] = (
        _peak_rss_mb_10_pages()
    )
    return figures


def _read_only(page: RawPage) -> None:
    """Read rate only: the image is made later by the page worker (page_ready_ms)."""


def _scanimage(env: dict[str, str], dpi: int) -> None:
    subprocess.run(
        ["scanimage", "-d", "test:0", "--mode", "Color", "--resolution", str(dpi),
         "-l", "0", "-t", "0", "-x", "210", "-y", "297", "--format=pnm"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True,
    )  # fmt: skip


def _best(action: object) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def _page_ready_ms(scanner: SaneScanner) -> tuple[float, float]:
    profile = output_profile(load_config(DEMO).scanner.profiles["colour"])
    with tempfile.TemporaryDirectory() as tmp:
        store = PageStore(Path(tmp))
        replay = Capture(ReplayPages(10), store, profile).scan(ScanSettings())
        pattern = [Capture(scanner, store, profile).scan(ScanSettings()) for _ in range(5)]
        store.wipe()
    pattern_ms = [ms for result in pattern for ms in result.ready_ms]
    return statistics.median(replay.ready_ms), statistics.median(pattern_ms)


CHILD = """
import json, sys, tempfile
from pathlib import Path
from drivers.scanner import SaneScanner
from kiosk.config import load_config
from kiosk.core.scanning import PaperSource, ScanSettings
from kiosk.documents.capture import Capture
from kiosk.documents.pages import PageStore
from kiosk.documents.profiles import output_profile
profile = output_profile(load_config(Path(sys.argv[1])).scanner.profiles["colour"])
store = PageStore(Path(tempfile.mkdtemp()))
scanner = SaneScanner("test:*", Path(sys.argv[2]))
result = Capture(scanner, store, profile).scan(ScanSettings(source=PaperSource.FEEDER))
store.wipe()
# VmHWM, not ru_maxrss: Linux folds the forking parent's RSS into the child's
# ru_maxrss at exec, so a big parent would be counted as the scan's memory.
def peak_kb(pid):
    return next(int(line.split()[1]) for line in open(f"/proc/{pid}/status")
                if line.startswith("VmHWM:"))
print(json.dumps({"pages": len(result.pages), "peak_kb": peak_kb("self"),
                  "worker_peak_kb": peak_kb(scanner.worker_pid)}))
"""


def _peak_rss_mb_10_pages() -> tuple[float, float]:
    """The kiosk's and its scanner worker's peak RSS together, and the worker's."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(DEMO), str(SANE_DIR)],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    report = json.loads(result.stdout.strip().splitlines()[-1])
    if report["pages"] != 10:
        raise RuntimeError(f"the feeder batch gave {report['pages']} pages, not 10")
    worker_mb = float(report["worker_peak_kb"]) / 1024
    return float(report["peak_kb"]) / 1024 + worker_mb, worker_mb
