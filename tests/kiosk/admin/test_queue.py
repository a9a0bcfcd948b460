"""`kiosk-admin queue`: status, retry, purge and send-test against the real receiver."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.admin.cli import EXIT_FAILED, EXIT_OK, main
from kiosk.config import load_config
from kiosk.core.sending import EntryState, Submission
from kiosk.outbox import FileOutbox
from kiosk.sending_setup import open_outbox
from kiosk.testbed.receiver import Receiver

REPO = Path(__file__).resolve().parents[3]
CONFIG_DIR = REPO / "config"
DEMO = CONFIG_DIR / "demo.toml"
TYPED = "Ada Lovelace-Marker"


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Receiver]:
    token = (CONFIG_DIR / "secrets" / "demo-token").read_text().strip()
    with Receiver(tmp_path / "received", token=token) as running:
        yield running


@pytest.fixture
def config_path(tmp_path: Path, receiver: Receiver) -> Path:
    """The demo config pointing at this test's receiver and outbox folder."""
    text = DEMO.read_text(encoding="utf-8")
    text = text.replace("http://127.0.0.1:18650", receiver.url)
    text = text.replace('"../build/demo/outbox"', json.dumps(str(tmp_path / "outbox")))
    for relative in ("secrets/", "branding/"):
        text = text.replace(f'"{relative}', f'"{CONFIG_DIR}/{relative}')
    text = text.replace('sane_config_dir = "sane"', f'sane_config_dir = "{CONFIG_DIR}/sane"')
    text = text.replace('"../build/demo/audit"', json.dumps(str(tmp_path / "audit")))
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def outbox(config_path: Path) -> Iterator[FileOutbox]:
    box = open_outbox(load_config(config_path), recover=True)
    yield box
    box.close()


def queue(config_path: Path, *args: str) -> int:
    return main(["--config", str(config_path), "queue", *args])


def enqueue(outbox: FileOutbox, service: str = "parking") -> str:
    submission = Submission(service, "en", {"pcn": TYPED}, 1, b"%PDF-1.7\nx")
    return outbox.enqueue(submission).kiosk_reference


def test_status_lists_entries_without_personal_data(
    config_path: Path, outbox: FileOutbox, capsys: pytest.CaptureFixture[str]
) -> None:
    first = enqueue(outbox)
    second = enqueue(outbox, "blue-badge")
    outbox.record_parked(second, "413: the document (0.0 MB) is too large", 413)

    assert queue(config_path, "status") == EXIT_OK

    out = capsys.readouterr().out
    assert "depth 2" in out and "1 queued, 1 parked" in out
    assert re.search(rf"{first}\s+parking\s+queued\s+\d+s\s+0", out)
    assert re.search(rf"{second}\s+blue-badge\s+parked\s+\d+s\s+0\s+413: the document", out)
    assert TYPED not in out


def test_retry_puts_a_parked_entry_back_in_the_queue(
    config_path: Path, outbox: FileOutbox, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = enqueue(outbox)
    outbox.record_parked(reference, "401: refused", 401)

    assert queue(config_path, "retry", reference.lower()) == EXIT_OK
    assert outbox.entry(reference).state is EntryState.QUEUED
    outbox.record_parked(reference, "401: refused", 401)
    assert queue(config_path, "retry", "--all-parked") == EXIT_OK
    assert outbox.entry(reference).state is EntryState.QUEUED
    assert queue(config_path, "retry", "DEM-2222-2222") == EXIT_FAILED
    assert "no entry" in capsys.readouterr().err


def test_purge_needs_confirm_and_is_audit_logged(
    config_path: Path, outbox: FileOutbox, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = enqueue(outbox)

    assert queue(config_path, "purge", reference) == EXIT_FAILED
    assert "--confirm" in capsys.readouterr().err
    assert outbox.entry(reference).state is EntryState.QUEUED

    assert queue(config_path, "purge", reference, "--confirm") == EXIT_OK
    assert outbox.entries() == []
    audit = [json.loads(line) for line in (outbox.directory / "audit.log").read_text().splitlines()]
    assert audit[-1]["action"] == "outbox.purge" and audit[-1]["reference"] == reference
    # And in the station's audit log, which `kiosk-admin audit` reads with staff actions.
    capsys.readouterr()
    assert main(["--config", str(config_path), "audit"]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "admin.action" in shown and "queue.purge" in shown and reference in shown
    assert "kiosk-admin (" in shown


def test_send_test_delivers_a_one_page_pdf(
    config_path: Path, receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    assert queue(config_path, "send-test", "council-tax") == EXIT_OK

    [stored] = receiver.received()
    assert stored.metadata["service_id"] == "council-tax" and stored.metadata["test"] is True
    assert stored.document_path.read_bytes().startswith(b"%PDF-")
    assert f"back-office reference {stored.reference}" in capsys.readouterr().out


def test_send_test_says_why_it_failed(
    config_path: Path, receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver.fail_next(503)
    assert queue(config_path, "send-test", "parking") == EXIT_FAILED
    assert "503 from the back office" in capsys.readouterr().err
    assert queue(config_path, "send-test", "dog-licences") != EXIT_OK
