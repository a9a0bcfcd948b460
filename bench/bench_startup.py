"""Start-up: the bundled kiosk to its attract screen's first frame, against a
minimal PySide6 QML window bundled the same way (design section 10).

- ``startup_kiosk_s``: from exec of dist/kiosk/kiosk (the demo config, offscreen)
  to READY=1 on $NOTIFY_SOCKET, which the kiosk sends once the attract screen's
  first frame is drawn (kiosk/watchdog.py): what systemd waits for on a station.
- ``startup_qt_hello_s``: the same for bench/startup_hello.py, built by
  PyInstaller with the kiosk's hooks (packaging/pyinstaller/hooks) and, as the
  kiosk's spec does, its modules as files rather than an archive (noarchive).
- ``startup_ratio_vs_qt_hello``: kiosk / hello. Goal <= 1.5.

Medians of ROUNDS alternating starts after one start of each to warm the page
cache (a station's first start after boot is colder for both alike). Either
bundle is built again when a file it is built from is newer than it, so the
figures are never those of an older kiosk.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "kiosk" / "kiosk"
HELLO_DIR = REPO / "build" / "bench" / "hello-noarchive"
HELLO = HELLO_DIR / "dist" / "startup_hello" / "startup_hello"
DEMO = REPO / "config" / "demo.toml"
ROUNDS = 5
READY_TIMEOUT_S = 60.0

GOALS = {"startup_ratio_vs_qt_hello": "<= 1.5"}


def older_than_its_sources(built: Path, *sources: Path) -> bool:
    if not built.exists():
        return True
    when = built.stat().st_mtime
    files = (f for s in sources for f in ([s] if s.is_file() else s.rglob("*")))
    return any(
        f.is_file() and "__pycache__" not in f.parts and f.stat().st_mtime > when for f in files
    )


def build() -> None:
    hooks = REPO / "packaging" / "pyinstaller"
    if older_than_its_sources(BUNDLE, REPO / "kiosk", REPO / "drivers", hooks):
        subprocess.run(["make", "bundle"], cwd=REPO, check=True)
    if older_than_its_sources(HELLO, Path(__file__).with_name("startup_hello.py"), hooks):
        subprocess.run(
            [
                str(REPO / ".venv" / "bin" / "pyinstaller"),
                "--noconfirm",
                "--log-level=WARN",
                "--onedir",
                "--debug=noarchive",
                f"--distpath={HELLO_DIR / 'dist'}",
                f"--workpath={HELLO_DIR / 'work'}",
                f"--specpath={HELLO_DIR}",
                f"--additional-hooks-dir={REPO / 'packaging' / 'pyinstaller' / 'hooks'}",
                str(Path(__file__).with_name("startup_hello.py")),
            ],
            cwd=REPO,
            check=True,
        )


def time_to_ready(argv: list[str]) -> float:
    name = f"kiosk-bench-startup-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind("\0" + name)
        notify.settimeout(READY_TIMEOUT_S)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": "@" + name}
        env.pop("WATCHDOG_USEC", None)
        started = time.perf_counter()
        process = subprocess.Popen(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO
        )
        try:
            while b"READY=1" not in notify.recv(4096):
                pass
            return time.perf_counter() - started
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run() -> dict[str, float]:
    build()
    kiosk = [str(BUNDLE), "--config", str(DEMO), "--windowed"]
    hello = [str(HELLO)]
    time_to_ready(kiosk), time_to_ready(hello)  # warm the page cache for both
    kiosk_s, hello_s = [], []
    for _ in range(ROUNDS):
        kiosk_s.append(time_to_ready(kiosk))
        hello_s.append(time_to_ready(hello))
    kiosk_median, hello_median = statistics.median(kiosk_s), statistics.median(hello_s)
    return {
        "startup_kiosk_s": kiosk_median,
        "startup_qt_hello_s": hello_median,
        "startup_ratio_vs_qt_hello": kiosk_median / hello_median,
    }
