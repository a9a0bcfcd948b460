"""The kiosk itself serves /metrics and /healthz when `[metrics] enabled`, and runs on
without them when the port is taken. The real `kiosk` process, offscreen, on the
demo's parts: libsane's test scanner, the private cupsd and the receiver."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kiosk.testbed import processes
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.receiver import Receiver

REPO = Path(__file__).resolve().parents[3]
CONFIG_DIR = REPO / "config"
DEMO = CONFIG_DIR / "demo.toml"
START_TIMEOUT_S = 60.0
SETTLE_S = 5.0


def station_config(folder: Path, receiver: Receiver, cups: PrivateCups, port: int) -> Path:
    text = DEMO.read_text(encoding="utf-8")
    text = text.replace("http://127.0.0.1:18650", receiver.url)
    text = text.replace('"127.0.0.1:18631"', json.dumps(cups.server))
    text = text.replace('"../build/demo/outbox"', json.dumps(str(folder / "outbox")))
    for relative in ("secrets/", "branding/", "forms/", "sane"):
        text = text.replace(f'"{relative}', f'"{CONFIG_DIR}/{relative}')
    text = text.replace("port = 18660", f"port = {port}")
    path = folder / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Kiosk:
    """`python -m kiosk` in the background, its JSON log lines collected."""

    def __init__(self, config: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--config", str(config), "--windowed"],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=REPO,
        )
        self.lines: list[dict[str, object]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            try:
                self.lines.append(json.loads(line))
            except ValueError:
                self.lines.append({"msg": line.rstrip()})

    def wait_for(self, message: str) -> dict[str, object]:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if message in str(line.get("msg", "")):
                    return line
            assert self.process.poll() is None, f"the kiosk exited: {self.lines[-5:]}"
            time.sleep(0.1)
        raise AssertionError(f"no log line {message!r} in {self.lines[-10:]}")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)


@pytest.fixture
def kiosk_parts(tmp_path: Path) -> Iterator[tuple[Receiver, PrivateCups]]:
    token = (CONFIG_DIR / "secrets" / "demo-token").read_text().strip()
    with Receiver(tmp_path / "received", token=token) as receiver, PrivateCups() as cups:
        yield receiver, cups


def test_the_running_kiosk_serves_metrics_and_healthz(
    tmp_path: Path, kiosk_parts: tuple[Receiver, PrivateCups]
) -> None:
    port = processes.free_port()
    kiosk = Kiosk(station_config(tmp_path, *kiosk_parts, port))
    try:
        kiosk.wait_for("kiosk started")
        kiosk.wait_for("metrics on")
        processes.wait_until(
            lambda: requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200,
            "healthz 200 after the first check",
        )
        metrics = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    finally:
        code = kiosk.stop()

    assert code == 0
    assert 'kiosk_app_info{site="woolwich",station="demo-01"' in metrics
    assert "kiosk_scanner_up 1.0" in metrics
    assert "kiosk_outbox_depth 0.0" in metrics


def test_a_metrics_port_in_use_is_logged_and_the_kiosk_runs_on(
    tmp_path: Path, kiosk_parts: tuple[Receiver, PrivateCups]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        kiosk = Kiosk(station_config(tmp_path, *kiosk_parts, port))
        try:
            kiosk.wait_for("kiosk started")
            line = kiosk.wait_for("metrics endpoint not started")
            # Running on, not just slow to die.
            time.sleep(SETTLE_S)
            still_running = kiosk.process.poll() is None
        finally:
            code = kiosk.stop()

    assert still_running
    assert code == 0
    assert line["level"] == "error"
    assert f"127.0.0.1:{port}" in str(line["msg"])
    assert "Address already in use" in str(line["msg"])
