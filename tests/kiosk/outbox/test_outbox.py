"""The outbox on disk and its sender, with the real receiver on 127.0.0.1."""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from kiosk.core.ports import HealthState
from kiosk.core.sending import EntryState, Outbox, SendOutcome, SendResult, Submission
from kiosk.outbox import FileOutbox, OutboxKeyError, OutboxSender, Station, load_key
from kiosk.outbox.crypto import CHUNK_BYTES
from kiosk.testbed.receiver import Receiver

SERVICE = "housing-benefit"
STATION = Station("demo-01", "woolwich", "DEM")
REPO = Path(__file__).resolve().parents[3]
MARKER_DOC = b"MARKER-IN-THE-DOCUMENT-4711"
MARKER_FIELD = "Marker Field Value Zebedee"


def pdf(size: int = 5000, marker: bytes = b"") -> bytes:
    body = (marker + b" ") * (size // (len(marker) + 1)) if marker else os.urandom(size)
    return b"%PDF-1.7\n" + body


def submission(document: bytes | Path | None = None, **fields: str) -> Submission:
    return Submission(SERVICE, "en", fields or {"claim_number": "12345678"}, 2, document or pdf())


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def outbox(tmp_path: Path, key: bytes) -> Iterator[FileOutbox]:
    box = FileOutbox(tmp_path / "outbox", key, STATION)
    box.recover()
    yield box
    box.close()


@pytest.fixture
def office(backoffice_receiver: Receiver, tmp_path: Path) -> HttpBackOffice:
    token = tmp_path / "token"
    token.write_text("test-token")
    url = backoffice_receiver.service_url(SERVICE)
    return HttpBackOffice([ServiceEndpoint(SERVICE, url, token, read_timeout_s=5)])


def sender_for(outbox: FileOutbox, office: object) -> OutboxSender:
    return OutboxSender(outbox, office, retry_initial_s=0.01, retry_max_s=0.05, poll_s=0.02)  # type: ignore[arg-type]


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition never became true"
        time.sleep(0.02)


# --- enqueue and what is on disk -----------------------------------------------------


def test_enqueue_returns_a_reference_and_key_at_once(outbox: FileOutbox) -> None:
    assert isinstance(outbox, Outbox)
    queued = outbox.enqueue(submission())

    assert queued.kiosk_reference.startswith("DEM-")
    [entry] = outbox.entries()
    assert entry.reference == queued.kiosk_reference
    assert entry.idempotency_key == queued.idempotency_key
    assert entry.state is EntryState.QUEUED and entry.service_id == SERVICE
    assert outbox.stats().depth == 1


def test_a_reference_named_before_enqueue_is_kept_and_cannot_be_used_twice(
    outbox: FileOutbox,
) -> None:
    reference = outbox.new_reference()
    assert reference.startswith("DEM-") and outbox.entries() == []

    queued = outbox.enqueue(replace(submission(), kiosk_reference=reference))

    assert queued.kiosk_reference == reference
    assert [e.reference for e in outbox.entries()] == [reference]
    with pytest.raises(ValueError, match="already in the outbox"):
        outbox.enqueue(replace(submission(), kiosk_reference=reference))
    assert outbox.new_reference() != reference


def test_marker_strings_never_appear_in_plain_text_under_the_outbox(
    outbox: FileOutbox, tmp_path: Path
) -> None:
    document = tmp_path / "big.pdf"
    document.write_bytes(pdf(3 * CHUNK_BYTES, marker=MARKER_DOC))
    outbox.enqueue(submission(pdf(20_000, marker=MARKER_DOC), name=MARKER_FIELD))
    outbox.enqueue(submission(document, name=MARKER_FIELD))
    outbox.close()

    files = [p for p in outbox.directory.rglob("*") if p.is_file()]
    assert any(p.suffix == ".kob" for p in files)
    for path in files:
        data = path.read_bytes()
        for marker in (MARKER_DOC, MARKER_FIELD.encode(), MARKER_FIELD.encode("utf-16-le")):
            assert marker not in data, f"{marker!r} readable in {path}"


def test_staff_metadata_is_readable_without_the_key(outbox: FileOutbox, tmp_path: Path) -> None:
    queued = outbox.enqueue(submission())
    outbox.close()

    without_key = FileOutbox(outbox.directory, os.urandom(32), STATION)
    [entry] = without_key.entries()
    assert (entry.reference, entry.service_id, entry.page_count) == (
        queued.kiosk_reference, SERVICE, 2,
    )  # fmt: skip
    assert entry.attempts == 0 and entry.last_error == ""


def test_key_file_is_base64_of_32_bytes(tmp_path: Path) -> None:
    good = tmp_path / "good.key"
    good.write_text(base64.b64encode(b"k" * 32).decode() + "\n")
    assert load_key(good) == b"k" * 32
    for text in ("not base64!!", base64.b64encode(b"short").decode()):
        bad = tmp_path / "bad.key"
        bad.write_text(text)
        with pytest.raises(OutboxKeyError) as error:
            load_key(bad)
        assert text not in str(error.value)
    with pytest.raises(OutboxKeyError):
        load_key(tmp_path / "missing.key")


def test_demo_key_file_loads() -> None:
    demo_key = Path(__file__).resolve().parents[3] / "config" / "secrets" / "demo-outbox.key"
    assert len(load_key(demo_key)) == 32


# --- recovery ------------------------------------------------------------------------


def test_half_written_and_corrupt_entries_go_to_quarantine_with_a_log_line(
    outbox: FileOutbox, key: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    kept = outbox.enqueue(submission()).kiosk_reference
    flipped = outbox.enqueue(submission()).kiosk_reference
    cut = outbox.enqueue(submission()).kiosk_reference
    outbox.close()
    entries = outbox.entries_dir
    data = bytearray((entries / f"{flipped}.kob").read_bytes())
    data[60] ^= 0x01
    (entries / f"{flipped}.kob").write_bytes(bytes(data))
    (entries / f"{cut}.kob").write_bytes((entries / f"{cut}.kob").read_bytes()[:-10])
    (entries / ".tmp-DEM-XXXX-XXXX-1234").write_bytes(b"KIOSKOB1 half")

    reopened = FileOutbox(outbox.directory, key, STATION)
    with caplog.at_level(logging.ERROR):
        reopened.recover()

    assert [e.reference for e in reopened.entries()] == [kept]
    names = sorted(p.name for p in reopened.quarantine_dir.iterdir())
    assert f"{flipped}.kob" in names and f"{cut}.kob" in names
    assert ".tmp-DEM-XXXX-XXXX-1234" in names
    assert sum("quarantine" in r.getMessage() for r in caplog.records) == 3


def test_whole_entry_without_its_row_is_adopted(outbox: FileOutbox, key: bytes) -> None:
    reference = outbox.enqueue(submission()).kiosk_reference
    with outbox._transaction() as db:
        db.execute("DELETE FROM entries")
    outbox.close()

    reopened = FileOutbox(outbox.directory, key, STATION)
    reopened.recover()

    [entry] = reopened.entries()
    assert entry.reference == reference and entry.state is EntryState.QUEUED


def test_entries_under_another_key_are_parked_not_destroyed(outbox: FileOutbox) -> None:
    reference = outbox.enqueue(submission()).kiosk_reference
    outbox.close()

    wrong = FileOutbox(outbox.directory, os.urandom(32), STATION)
    wrong.recover()

    [entry] = wrong.entries()
    assert entry.state is EntryState.PARKED and "another key" in entry.last_error
    assert (wrong.entries_dir / f"{reference}.kob").exists()


def test_a_corrupt_entry_never_stops_the_station_from_starting(
    outbox: FileOutbox, key: bytes
) -> None:
    outbox.enqueue(submission())
    outbox.close()
    for path in outbox.entries_dir.iterdir():
        path.write_bytes(b"garbage")
    (outbox.entries_dir / "stray.txt").write_text("?")

    reopened = FileOutbox(outbox.directory, key, STATION)
    reopened.recover()

    assert reopened.entries() == []


# --- the sender ------------------------------------------------------------------------


def test_sender_delivers_in_the_background_and_keeps_only_the_receipt(
    outbox: FileOutbox, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    threads: list[str] = []
    original = office.send

    def spy(parcel: object) -> SendResult:
        threads.append(threading.current_thread().name)
        return original(parcel)  # type: ignore[arg-type]

    office.send = spy  # type: ignore[method-assign]
    sender = sender_for(outbox, office).start()
    try:
        queued = outbox.enqueue(submission(pdf(3 * CHUNK_BYTES + 7)))
        wait_until(lambda: outbox.stats().depth == 0)
    finally:
        sender.stop()

    [stored] = backoffice_receiver.received()
    [entry] = outbox.entries()
    assert entry.state is EntryState.SENT and entry.backoffice_reference == stored.reference
    assert stored.metadata["kiosk_reference"] == queued.kiosk_reference
    assert stored.idempotency_key == queued.idempotency_key
    assert list(outbox.entries_dir.iterdir()) == []
    assert threads == ["outbox-sender"]


def test_busy_back_office_is_retried_after_retry_after(
    outbox: FileOutbox, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next(503, retry_after_s=0)
    backoffice_receiver.fail_next("html_502")
    sender = sender_for(outbox, office).start()
    try:
        outbox.enqueue(submission())
        wait_until(lambda: outbox.stats().depth == 0)
    finally:
        sender.stop()
    [entry] = outbox.entries()
    assert entry.attempts == 3 and entry.state is EntryState.SENT


def test_refused_for_good_is_parked_with_the_reason_and_kept(
    outbox: FileOutbox, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next(413)
    sender = sender_for(outbox, office).start()
    try:
        reference = outbox.enqueue(submission()).kiosk_reference
        wait_until(lambda: outbox.stats().by_state[EntryState.PARKED] == 1)
    finally:
        sender.stop()

    entry = outbox.entry(reference)
    assert entry.last_status == 413 and "larger than the service accepts" in entry.last_error
    assert (outbox.entries_dir / f"{reference}.kob").exists()
    assert outbox.check().state is HealthState.WARN

    outbox.retry(reference)
    sender = sender_for(outbox, office).start()
    try:
        wait_until(lambda: outbox.stats().depth == 0)
    finally:
        sender.stop()
    assert outbox.entry(reference).state is EntryState.SENT
    assert "outbox.retry" in (outbox.directory / "audit.log").read_text()


def test_retry_waits_grow_with_jitter_under_the_cap(outbox: FileOutbox) -> None:
    class Down:
        def send(self, parcel: object) -> SendResult:
            return SendResult(SendOutcome.RETRY, "connection failed")

    waits: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        waits.append((low, high))
        return high

    sender = OutboxSender(outbox, Down(), 1.0, 4.0, uniform=uniform)  # type: ignore[arg-type]
    reference = outbox.enqueue(submission()).kiosk_reference
    for _ in range(4):
        with outbox._transaction() as db:
            db.execute("UPDATE entries SET next_attempt_at = 0")
        assert sender.send_one()
    assert waits == [(0.0, 1.0), (0.0, 2.0), (0.0, 4.0), (0.0, 4.0)]
    assert outbox.entry(reference).last_error == "connection failed"


def test_purge_removes_the_entry_and_writes_the_audit_log(outbox: FileOutbox) -> None:
    reference = outbox.enqueue(submission()).kiosk_reference

    outbox.purge(reference, actor="champion")

    assert outbox.entries() == [] and list(outbox.entries_dir.iterdir()) == []
    audit = (outbox.directory / "audit.log").read_text()
    assert "outbox.purge" in audit and reference in audit and "champion" in audit


def test_thousands_of_entries_stay_quick(outbox: FileOutbox, key: bytes) -> None:
    started = time.monotonic()
    for _ in range(2000):
        outbox.enqueue(submission(pdf(200)))
    enqueue_s = time.monotonic() - started
    outbox.close()

    reopened = FileOutbox(outbox.directory, key, STATION)
    started = time.monotonic()
    reopened.recover()
    stats = reopened.stats()
    due = reopened.next_due()
    query_s = time.monotonic() - started

    assert stats.depth == 2000 and stats.by_state[EntryState.QUEUED] == 2000
    assert stats.oldest_age_s is not None and due is not None
    # Generous bounds: a regression to per-entry full scans would be far slower.
    assert enqueue_s < 60 and query_s < 20, (enqueue_s, query_s)


def test_opening_and_recovering_the_outbox_leaves_cryptography_for_the_first_entry(
    tmp_path: Path,
) -> None:
    """The kiosk opens its outbox before the attract screen's first frame; the
    cipher library loads with the first entry sealed or read (kiosk/outbox/crypto.py)."""
    code = f"""
import sys
from pathlib import Path
from kiosk.core.sending import Submission
from kiosk.outbox import FileOutbox, Station
station = Station("demo-01", "woolwich", "DEM")
box = FileOutbox(Path({str(tmp_path / "outbox")!r}), bytes(32), station)
box.recover()
before = "cryptography" in sys.modules
box.enqueue(Submission("council-tax", "en", {{"account": "1"}}, 1, b"%PDF-1.7 x"))
print(before, "cryptography" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
