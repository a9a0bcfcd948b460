"""`make demo` headless: screenshots, a report, and nothing left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEMO_TIMEOUT_S = 120


def leftovers() -> set[str]:
    """Demo temp folders and testbed daemons that exist right now."""
    tmp = Path(tempfile.gettempdir())
    found = {str(p) for pattern in ("kiosk-demo-*", "kiosk-cups-*") for p in tmp.glob(pattern)}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if "kiosk-cups-" in cmdline or "kiosk.testbed.demo" in cmdline:
                found.add(f"pid {proc.name}: {cmdline}")
    return found


def start_demo(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.testbed.demo", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,
    )


def test_headless_demo_saves_screenshots_reports_and_cleans_up(tmp_path: Path) -> None:
    before = leftovers()
    demo = start_demo("--headless", "--screenshots", str(tmp_path / "shots"))
    output, _ = demo.communicate(timeout=DEMO_TIMEOUT_S)

    assert demo.returncode == 0, output
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
    # The receipt, a form and a copy.
    assert "demo: the printer received 3 document(s)" in output
    assert "OK   scanner: test:0" in output
    assert "OK   printer: kiosk-printer" in output
    assert "demo: outbox     delivered DEM-" in output
    assert "the receiver received 1 submission(s)" in output
    assert "housing-benefit (2 pages)" in output
    assert "demo: help       1 help request(s) delivered to the webhook" in output
    assert "demo: call-back  1 call-back request(s) delivered to the back office" in output
    assert leftovers() - before == set()


def test_ctrl_c_stops_the_kiosk_and_every_part(tmp_path: Path) -> None:
    before = leftovers()
    # A "display" so the demo opens the kiosk and waits for it; the kiosk
    # itself draws offscreen here.
    env = {**os.environ, "DISPLAY": ":99", "QT_QPA_PLATFORM": "offscreen"}
    demo = start_demo(env=env)
    assert demo.stdout is not None
    for line in demo.stdout:
        if line.startswith("demo: scanner"):
            break
    else:
        raise AssertionError("the demo never reported its parts")

    os.killpg(demo.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    output, _ = demo.communicate(timeout=DEMO_TIMEOUT_S)

    assert demo.returncode == 130, output
    assert leftovers() - before == set()
