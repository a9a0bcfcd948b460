"""Training submissions reach the sandbox endpoint and never the live one: the real
outbox and sender, HttpBackOffice built from a station config, two real receivers."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.backoffice import HttpBackOffice
from kiosk.config import load_config
from kiosk.core.sending import EntryState, Submission
from kiosk.core.training import TrainingMode, TrainingOutbox
from kiosk.outbox import FileOutbox, OutboxSender, Station
from kiosk.sending_setup import build_backoffice
from kiosk.testbed.receiver import Receiver

REPO = Path(__file__).resolve().parents[3]
CONFIG_DIR = REPO / "config"
TOKEN = (CONFIG_DIR / "secrets" / "demo-token").read_text().strip()
PDF = b"%PDF-1.7\npractice page"
DEADLINE_S = 20.0


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Receiver]:
    with Receiver(tmp_path / "live", token=TOKEN) as receiver:
        yield receiver


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Receiver]:
    with Receiver(tmp_path / "sandbox", token="sandbox-token") as receiver:
        yield receiver


def station_config(tmp_path: Path, live: Receiver, sandbox: Receiver | None) -> Path:
    text = (CONFIG_DIR / "demo.toml").read_text(encoding="utf-8")
    text = text.replace("http://127.0.0.1:18650", live.url)
    for relative in ("secrets/", "branding/", "forms/", "sane"):
        text = text.replace(f'"{relative}', f'"{CONFIG_DIR}/{relative}')
    text = text.replace('"../build/demo/outbox"', json.dumps(str(tmp_path / "outbox")))
    if sandbox is not None:
        (tmp_path / "sandbox.token").write_text("sandbox-token\n")
        section = (
            "[training]\nenabled = true\n"
            f'endpoint = "{sandbox.url}/services/{{service_id}}"\n'
            f'token_file = "{tmp_path / "sandbox.token"}"\n\n'
        )
        text = text.replace("[[services]]", section + "[[services]]", 1)
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


def send_all(outbox: FileOutbox, backoffice: HttpBackOffice, done: int) -> None:
    sender = OutboxSender(outbox, backoffice, retry_initial_s=0.05, retry_max_s=0.2).start()
    try:
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            stats = outbox.stats().by_state
            if stats[EntryState.SENT] + stats[EntryState.PARKED] >= done:
                return
            time.sleep(0.05)
        raise AssertionError(f"not sent in {DEADLINE_S} s: {outbox.stats()}")
    finally:
        sender.stop()


def test_a_training_submission_reaches_the_sandbox_not_the_live_service(
    tmp_path: Path, live: Receiver, sandbox: Receiver
) -> None:
    config = load_config(station_config(tmp_path, live, sandbox))
    training = TrainingMode(available=True, active=config.training.enabled)
    outbox = FileOutbox(config.outbox.directory, b"k" * 32, Station("demo-01", "woolwich", "DEM"))
    wrapped = TrainingOutbox(outbox, training)
    try:
        practice = wrapped.enqueue(Submission("parking", "en", {"pcn": "GR12345678"}, 1, PDF))
        training.turn_off()
        real = wrapped.enqueue(Submission("parking", "en", {"pcn": "GR87654321"}, 1, PDF))
        send_all(outbox, build_backoffice(config), done=2)
    finally:
        outbox.close()

    [at_sandbox] = sandbox.received()
    [at_live] = live.received()
    assert at_sandbox.metadata["kiosk_reference"] == practice.kiosk_reference
    assert at_sandbox.metadata["training"] is True
    assert at_live.metadata["kiosk_reference"] == real.kiosk_reference
    assert "training" not in at_live.metadata


def test_without_a_sandbox_a_training_submission_is_parked_never_sent_live(
    tmp_path: Path, live: Receiver
) -> None:
    config = load_config(station_config(tmp_path, live, None))
    outbox = FileOutbox(config.outbox.directory, b"k" * 32, Station("demo-01", "woolwich", "DEM"))
    try:
        queued = outbox.enqueue(Submission("parking", "en", {}, 1, PDF, training=True))
        send_all(outbox, build_backoffice(config), done=1)
        entry = outbox.entry(queued.kiosk_reference)
    finally:
        outbox.close()

    assert live.received() == []
    assert entry.state is EntryState.PARKED
    assert "no sandbox endpoint" in entry.last_error
