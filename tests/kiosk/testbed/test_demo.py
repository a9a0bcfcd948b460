"""`make demo` headless: screenshots, a report, and nothing left running.

The demo runs on free ports (--free-ports) with a temp folder of its own
(TMPDIR), and what is "left over" is only what this test started: processes
carrying this run's mark in their environment (every child inherits it) or
naming its temp folder, and files in that folder. So it passes beside someone's
`make demo` or another checkout's tests.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
DEMO_TIMEOUT_S = 120
LEFTOVER_WAIT_S = 5.0
MARK = "KIOSK_DEMO_TEST_RUN"


@pytest.fixture
def demo_tmp() -> Iterator[Path]:
    """The demo's TMPDIR: not under pytest's 0700 folders, which cupsd's filters,
    run as the `lp` user, cannot enter (kiosk/testbed/cups_testbed.py)."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-demo-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


class DemoRun:
    """`python -m kiosk.testbed.demo --free-ports` in a process group of its own."""

    def __init__(self, tmp: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.tmp = tmp
        self.mark = uuid.uuid4().hex
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk.testbed.demo", "--free-ports", *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**(env or os.environ), "TMPDIR": str(self.tmp), MARK: self.mark},
            start_new_session=True,
        )

    def processes_left(self) -> list[str]:
        found = []
        mark = f"{MARK}={self.mark}".encode()
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                environ = (proc / "environ").read_bytes().split(b"\0")
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if mark in environ or str(self.tmp) in cmdline:
                found.append(f"pid {proc.name}: {cmdline}")
        return found

    def leftovers(self) -> list[str]:
        """What this run left behind: processes, and files in its temp folder."""
        deadline = time.monotonic() + LEFTOVER_WAIT_S
        while self.processes_left() and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.processes_left() + [str(p) for p in self.tmp.iterdir()]


def test_headless_demo_saves_screenshots_reports_and_cleans_up(
    tmp_path: Path, demo_tmp: Path
) -> None:
    demo = DemoRun(demo_tmp, "--headless", "--screenshots", str(tmp_path / "shots"))
    output, _ = demo.process.communicate(timeout=DEMO_TIMEOUT_S)

    assert demo.process.returncode == 0, output
    for screen in (
        "attract",
        "service",
        "details",
        "capture",
        "idle_warning",
        "capture_scanned",
        "review",
        "review_page_large",
        "check",
        "confirmation",
        "confirmation_receipt",
        "help",
        "callback_done",
        "online",
        "contact",
        "forms",
        "forms_printed",
        "copy",
        "copy_printed",
        *(
            f"{code}_200_{screen}"
            for code in ("ar", "ne")
            for screen in ("service", "details", "capture", "review", "check")
        ),
    ):
        assert (tmp_path / "shots" / f"{screen}.png").stat().st_size > 10_000, screen
    assert "demo: 29 screenshot(s)" in output
    # Not the config's fixed ports: a copy on free ones.
    assert "demo: config" in output and "(a copy on the free ports)" in output
    assert ":18650" not in output and ":18631" not in output
    # The receipt, a form and a copy.
    assert "demo: the printer received 3 document(s)" in output
    assert "OK   scanner: test:0" in output
    assert "OK   printer: kiosk-printer" in output
    assert "demo: outbox     delivered DEM-" in output
    assert "the receiver received 1 submission(s)" in output
    assert "housing-benefit (2 pages)" in output
    assert "demo: help       1 help request(s) delivered to the webhook" in output
    assert "demo: call-back  1 call-back request(s) delivered to the back office" in output
    assert demo.leftovers() == []


def test_ctrl_c_stops_the_kiosk_and_every_part(demo_tmp: Path) -> None:
    # A "display" so the demo opens the kiosk and waits for it; the kiosk
    # itself draws offscreen here.
    env = {**os.environ, "DISPLAY": ":99", "QT_QPA_PLATFORM": "offscreen"}
    demo = DemoRun(demo_tmp, env=env)
    stdout = demo.process.stdout
    assert stdout is not None
    for line in stdout:
        if line.startswith("demo: scanner"):
            break
    else:
        raise AssertionError("the demo never reported its parts")
    # Once the kiosk has its window (a session folder), so the stop has
    # something to clean up.
    deadline = time.monotonic() + DEMO_TIMEOUT_S
    while not list(demo.tmp.glob("kiosk-pages-*")) and time.monotonic() < deadline:
        time.sleep(0.05)

    os.killpg(demo.process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    output, _ = demo.process.communicate(timeout=DEMO_TIMEOUT_S)

    assert demo.process.returncode == 130, output
    assert demo.leftovers() == []
