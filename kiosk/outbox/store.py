"""The outbox on disk: encrypted entry files and an SQLite index beside them.

    <directory>/index.sqlite3     one row per entry: reference, service, state, times,
                                  attempts, last error, back-office reference. No
                                  personal data, so staff tools read it as it is.
    <directory>/entries/REF.kob   the encrypted submission (see kiosk.outbox.crypto)
    <directory>/quarantine/       what recovery found broken, with a .why file beside
    <directory>/audit.log         one JSON line per staff action (retry, purge)

Order of writes, so a kill at any instant loses and duplicates nothing:

1. enqueue: entry file under a temp name, fsync, rename, fsync the folder; then the
   row (SQLite in WAL mode with synchronous=FULL: durable at commit). A kill between
   the two leaves a whole, authenticated file without a row: recovery adopts it.
2. delivered: the row becomes ``sent`` with the back office's reference (commit),
   then the file is removed and the folder fsynced. A kill in between leaves a
   ``sent`` row and a file: recovery removes the file.
3. a send cut short leaves the row ``queued``: sent again with the same idempotency
   key, the back office answers 200 with the reference it gave the first time.

Only the station's own process runs recovery (``recover()``); `kiosk-admin` opens
the same folder without it, as the app may be writing a temp file at that moment.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from kiosk.core.ports import HealthCheck, HealthState
from kiosk.core.sending import (
    EntryState,
    Notification,
    OutboxStats,
    Parcel,
    ParcelKind,
    Queued,
    Submission,
    new_kiosk_reference,
)
from kiosk.outbox.crypto import (
    CHUNK_BYTES,
    CorruptEntryError,
    EntryCipher,
    Envelope,
    ForeignKeyError,
)

log = logging.getLogger(__name__)
audit_log = logging.getLogger("kiosk.audit")

INDEX_NAME: Final = "index.sqlite3"
ENTRIES_DIR: Final = "entries"
QUARANTINE_DIR: Final = "quarantine"
AUDIT_NAME: Final = "audit.log"
ENTRY_SUFFIX: Final = ".kob"
TMP_PREFIX: Final = ".tmp-"
_BUSY_TIMEOUT_MS: Final = 10_000
# A queue older than this is worth a champion's look (health check WARN).
STALE_AFTER_S: Final = 3600.0

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS entries (
    reference TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at REAL NOT NULL,
    page_count INTEGER NOT NULL,
    document_bytes INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    last_status INTEGER,
    backoffice_reference TEXT,
    sent_at REAL
);
CREATE INDEX IF NOT EXISTS entries_due ON entries (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS entries_age ON entries (state, created_at);
"""


@dataclass(frozen=True)
class EntryRow:
    """What staff may see of an entry: no fields, no document."""

    reference: str
    idempotency_key: str
    service_id: str
    state: EntryState
    created_at: float
    page_count: int
    document_bytes: int
    attempts: int
    next_attempt_at: float
    last_error: str
    last_status: int | None
    backoffice_reference: str | None
    sent_at: float | None

    def age_s(self, now: float) -> float:
        return max(0.0, now - self.created_at)


@dataclass(frozen=True)
class Station:
    """Who is sending: goes into every submission's metadata."""

    station_id: str
    site: str
    reference_prefix: str


class UnknownEntryError(KeyError):
    """No entry with that reference."""


class FileOutbox:
    """The durable encrypted outbox (implements kiosk.core.sending.Outbox)."""

    def __init__(
        self,
        directory: Path,
        key: bytes,
        station: Station,
        clock: Callable[[], float] = time.time,
        keep_sent_s: float = 30 * 86400.0,
    ) -> None:
        self.directory = Path(directory)
        self.keep_sent_s = keep_sent_s
        self.entries_dir = self.directory / ENTRIES_DIR
        self.quarantine_dir = self.directory / QUARANTINE_DIR
        self.station = station
        self._cipher = EntryCipher(key)
        self._clock = clock
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []
        for folder in (self.directory, self.entries_dir, self.quarantine_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            self.directory / INDEX_NAME,
            timeout=_BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # explicit transactions below
            check_same_thread=False,
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def on_enqueued(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (from the enqueuing thread) after each enqueue."""
        self._listeners.append(listener)

    # --- the port ---------------------------------------------------------------------

    def new_reference(self) -> str:
        return self._unused_reference()

    def enqueue(self, submission: Submission) -> Queued:
        now = self._clock()
        reference = submission.kiosk_reference or self._unused_reference()
        if submission.kiosk_reference and self._is_taken(reference):
            raise ValueError(f"the kiosk reference {reference} is already in the outbox")
        key = str(uuid.uuid4())
        size, digest = _measure(submission.document)
        metadata = {
            "kiosk_reference": reference,
            "service_id": submission.service_id,
            "station_id": self.station.station_id,
            "site": self.station.site,
            "language": submission.language,
            "fields": dict(submission.fields),
            "page_count": submission.page_count,
            "document_sha256": digest,
            "created_at": datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds"),
        }
        if submission.training:
            metadata["training"] = True  # docs/backoffice-openapi.yaml: present only when true
        metadata_json = json.dumps(metadata, ensure_ascii=False).encode("utf-8")
        envelope = Envelope(key, size, metadata_json)
        self._write_entry(reference, envelope, _pieces(submission.document))
        self._insert_row(reference, key, submission.service_id, now, submission.page_count, size)
        log.info(
            "submission queued",
            extra={"fields": {"reference": reference, "service": submission.service_id}},
        )
        self._tell_listeners()
        return Queued(reference, key)

    def notify(self, notification: Notification) -> Queued:
        """Queue a JSON notification (help request, call-back request) for its channel.

        Why the outbox and not a queue of its own: a call-back request holds a phone
        number, so it needs the same encryption at rest, the same crash-safe order of
        writes, retries and parking for staff as a document; one index also lets
        `kiosk-admin queue` show, retry and purge it like any entry. The entry is an
        ordinary one whose "document" is the JSON body and whose envelope says
        ``"kind": "notification"``; the sender hands it on as a `Parcel` of kind
        NOTIFICATION and the back-office adapter POSTs it as application/json.
        The body gets the kiosk reference, station, site and time added here.
        """
        now = self._clock()
        reference = self._unused_reference()
        key = str(uuid.uuid4())
        created_at = datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds")
        body = {
            "kiosk_reference": reference,
            "station_id": self.station.station_id,
            "site": self.station.site,
            "created_at": created_at,
            **notification.payload,
        }
        document = json.dumps(body, ensure_ascii=False).encode("utf-8")
        metadata = {
            "kind": ParcelKind.NOTIFICATION.value,
            "kiosk_reference": reference,
            "service_id": notification.channel,
            "page_count": 0,
            "created_at": created_at,
        }
        envelope = Envelope(key, len(document), json.dumps(metadata).encode("utf-8"))
        self._write_entry(reference, envelope, _pieces(document))
        self._insert_row(reference, key, notification.channel, now, 0, len(document))
        log.info(
            "notification queued",
            extra={"fields": {"reference": reference, "channel": notification.channel}},
        )
        self._tell_listeners()
        return Queued(reference, key)

    def _insert_row(
        self, reference: str, key: str, service_id: str, now: float, pages: int, size: int
    ) -> None:
        with self._lock, self._transaction() as db:
            db.execute(
                "INSERT INTO entries (reference, idempotency_key, service_id, state, created_at,"
                " page_count, document_bytes, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (reference, key, service_id, EntryState.QUEUED.value, now, pages, size, now),
            )

    def _tell_listeners(self) -> None:
        for listener in self._listeners:
            listener()

    def stats(self) -> OutboxStats:
        with self._lock:
            counts = dict(self._db.execute("SELECT state, COUNT(*) FROM entries GROUP BY state"))
            (oldest,) = self._db.execute(
                "SELECT MIN(created_at) FROM entries WHERE state IN (?, ?)",
                (EntryState.QUEUED.value, EntryState.PARKED.value),
            ).fetchone()
        by_state = {state: int(counts.get(state.value, 0)) for state in EntryState}
        depth = by_state[EntryState.QUEUED] + by_state[EntryState.PARKED]
        age = None if oldest is None else max(0.0, self._clock() - oldest)
        return OutboxStats(depth=depth, oldest_age_s=age, by_state=by_state)

    def check(self) -> HealthCheck:
        stats = self.stats()
        queued = stats.by_state[EntryState.QUEUED]
        parked = stats.by_state[EntryState.PARKED]
        detail = f"{queued} queued, {parked} parked"
        if stats.oldest_age_s is not None:
            detail += f", oldest {stats.oldest_age_s / 60:.0f} min"
        if parked:
            return HealthCheck(
                "outbox",
                HealthState.WARN,
                detail,
                "see `kiosk-admin queue status`; retry or purge parked entries",
            )
        if stats.oldest_age_s is not None and stats.oldest_age_s > STALE_AFTER_S:
            return HealthCheck(
                "outbox", HealthState.WARN, detail, "check the network and the back office"
            )
        return HealthCheck("outbox", HealthState.OK, detail)

    # --- for the sender ---------------------------------------------------------------

    def next_due(self) -> EntryRow | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM entries WHERE state = ? AND next_attempt_at <= ?"
                " ORDER BY next_attempt_at, created_at LIMIT 1",
                (EntryState.QUEUED.value, self._clock()),
            ).fetchone()
        return None if row is None else _row(row)

    def seconds_until_due(self) -> float | None:
        with self._lock:
            (when,) = self._db.execute(
                "SELECT MIN(next_attempt_at) FROM entries WHERE state = ?",
                (EntryState.QUEUED.value,),
            ).fetchone()
        return None if when is None else max(0.0, when - self._clock())

    def parcel(self, entry: EntryRow) -> Parcel:
        """The entry ready to send; raises CorruptEntryError if record 0 is unreadable."""
        path = self._entry_path(entry.reference)
        envelope = self._cipher.read_envelope(path, entry.reference)
        return Parcel(
            service_id=entry.service_id,
            kiosk_reference=entry.reference,
            idempotency_key=envelope.idempotency_key,
            metadata_json=envelope.metadata_json,
            document_size=envelope.document_size,
            open_document=lambda: self._cipher.iter_document(path, entry.reference),
            training=_is_training(envelope.metadata_json),
            kind=_parcel_kind(envelope.metadata_json),
        )

    def record_attempt(self, reference: str) -> None:
        self._update(reference, "attempts = attempts + 1")

    def record_delivered(self, reference: str, backoffice_reference: str, status: int) -> None:
        self._update(
            reference,
            "state = ?, backoffice_reference = ?, last_status = ?, last_error = '', sent_at = ?",
            EntryState.SENT.value,
            backoffice_reference,
            status,
            self._clock(),
        )
        self._remove_file(self._entry_path(reference))
        fields = {"reference": reference, "backoffice_reference": backoffice_reference}
        log.info("submission delivered", extra={"fields": fields})

    def record_retry(self, reference: str, reason: str, status: int | None, delay_s: float) -> None:
        self._update(
            reference,
            "last_error = ?, last_status = ?, next_attempt_at = ?",
            reason,
            status,
            self._clock() + delay_s,
        )
        log.warning(
            "send failed, will retry",
            extra={"fields": {"reference": reference, "reason": reason, "retry_in_s": delay_s}},
        )

    def record_parked(self, reference: str, reason: str, status: int | None) -> None:
        self._update(
            reference,
            "state = ?, last_error = ?, last_status = ?",
            EntryState.PARKED.value,
            reason,
            status,
        )
        log.error(
            "submission parked for staff",
            extra={"fields": {"reference": reference, "reason": reason}},
        )

    # --- for staff --------------------------------------------------------------------

    def entries(self, states: tuple[EntryState, ...] = tuple(EntryState)) -> list[EntryRow]:
        marks = ",".join("?" * len(states))
        with self._lock:
            rows = self._db.execute(
                f"SELECT * FROM entries WHERE state IN ({marks}) ORDER BY created_at",
                [s.value for s in states],
            ).fetchall()
        return [_row(r) for r in rows]

    def entry(self, reference: str) -> EntryRow:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM entries WHERE reference = ?", (reference,)
            ).fetchone()
        if row is None:
            raise UnknownEntryError(reference)
        return _row(row)

    def retry(self, reference: str, actor: str = "staff") -> EntryRow:
        """Send a parked or waiting entry again now."""
        entry = self.entry(reference)
        if entry.state is EntryState.SENT:
            raise ValueError(f"{reference} was already delivered")
        self._update(
            reference, "state = ?, next_attempt_at = ?", EntryState.QUEUED.value, self._clock()
        )
        self._audit("retry", reference, actor, entry)
        return self.entry(reference)

    def retry_all_parked(self, actor: str = "staff") -> list[str]:
        references = [e.reference for e in self.entries((EntryState.PARKED,))]
        for reference in references:
            self.retry(reference, actor)
        return references

    def purge(self, reference: str, actor: str = "staff") -> EntryRow:
        """Remove an entry for good: its file overwritten, then deleted, then its row."""
        entry = self.entry(reference)
        path = self._entry_path(reference)
        with contextlib.suppress(FileNotFoundError):
            _overwrite(path)
        self._remove_file(path)
        with self._lock, self._transaction() as db:
            db.execute("DELETE FROM entries WHERE reference = ?", (reference,))
        self._audit("purge", reference, actor, entry)
        return entry

    # --- recovery ---------------------------------------------------------------------

    def recover(self) -> None:
        """Make the folder and the index agree after a crash; never raises for an entry.

        Half-written temp files and entries that fail their checks go to quarantine
        with a log line; whole files without a row are adopted; rows whose file is
        gone are dropped (their row is kept in quarantine as JSON).
        """
        rows = {e.reference: e for e in self.entries()}
        files: dict[str, Path] = {}
        for path in self.entries_dir.iterdir():
            if path.name.startswith(TMP_PREFIX):
                self._quarantine(path, "half-written entry (the station stopped while saving)")
            elif path.suffix == ENTRY_SUFFIX:
                files[path.stem] = path
            else:
                self._quarantine(path, "not an outbox entry")
        for reference, row in rows.items():
            found = files.pop(reference, None)
            if row.state is EntryState.SENT:
                if found is not None:
                    self._remove_file(found)  # delivered; the kill came before the delete
            elif found is None:
                self._drop_missing(row)
            else:
                self._verify(row, found)
        for reference, path in files.items():
            self._adopt(reference, path)
        self._prune_sent()
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def prune_sent(self, keep_s: float) -> int:
        with self._lock, self._transaction() as db:
            cursor = db.execute(
                "DELETE FROM entries WHERE state = ? AND sent_at < ?",
                (EntryState.SENT.value, self._clock() - keep_s),
            )
        return cursor.rowcount

    def _prune_sent(self) -> None:
        removed = self.prune_sent(self.keep_sent_s)
        if removed:
            log.info("old delivery receipts removed", extra={"fields": {"count": removed}})

    def _verify(self, row: EntryRow, path: Path) -> None:
        try:
            envelope = self._cipher.read_envelope(path, row.reference)
        except ForeignKeyError as error:
            # Not corrupt: a wrong key file. Keep it for a champion, never destroy it.
            self.record_parked(row.reference, f"cannot open: {error}", None)
        except (CorruptEntryError, OSError) as error:
            self.quarantine(row.reference, str(error))
        else:
            if envelope.idempotency_key != row.idempotency_key:
                self.quarantine(row.reference, "entry file does not match its index row")

    def _adopt(self, reference: str, path: Path) -> None:
        try:
            envelope = self._cipher.read_envelope(path, reference)
            metadata = json.loads(envelope.metadata_json)
            created = datetime.fromisoformat(metadata["created_at"]).timestamp()
            row = (
                reference,
                envelope.idempotency_key,
                str(metadata["service_id"]),
                EntryState.QUEUED.value,
                created,
                int(metadata["page_count"]),
                envelope.document_size,
                self._clock(),
            )
        except (CorruptEntryError, OSError, ValueError, KeyError, TypeError) as error:
            self._quarantine(path, f"entry without an index row, unreadable: {error}")
            return
        with self._lock, self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO entries (reference, idempotency_key, service_id, state,"
                " created_at, page_count, document_bytes, next_attempt_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        log.warning(
            "entry saved just before a stop adopted into the index",
            extra={"fields": {"reference": reference}},
        )

    def _drop_missing(self, row: EntryRow) -> None:
        note = self.quarantine_dir / f"{row.reference}.missing.json"
        note.write_text(json.dumps(row.__dict__, default=str, indent=2) + "\n")
        with self._lock, self._transaction() as db:
            db.execute("DELETE FROM entries WHERE reference = ?", (row.reference,))
        log.error(
            "outbox entry file missing; index row moved to quarantine",
            extra={"fields": {"reference": row.reference}},
        )

    def quarantine(self, reference: str, why: str) -> None:
        """Move an entry's file aside and drop its row (a corrupt entry cannot be sent)."""
        path = self._entry_path(reference)
        if path.exists():
            self._quarantine(path, why)
        with self._lock, self._transaction() as db:
            db.execute("DELETE FROM entries WHERE reference = ?", (reference,))

    def _quarantine(self, path: Path, why: str) -> None:
        target = self.quarantine_dir / path.name
        if target.exists():
            target = target.with_name(f"{path.name}.{secrets.token_hex(4)}")
        os.replace(path, target)
        target.with_name(target.name + ".why").write_text(why + "\n")
        _fsync_dir(self.entries_dir)
        _fsync_dir(self.quarantine_dir)
        log.error(
            "outbox entry moved to quarantine",
            extra={"fields": {"file": path.name, "reason": why, "quarantine": str(target)}},
        )

    # --- plumbing ---------------------------------------------------------------------

    def _unused_reference(self) -> str:
        while True:
            reference = new_kiosk_reference(self.station.reference_prefix)
            if not self._is_taken(reference):
                return reference

    def _is_taken(self, reference: str) -> bool:
        with self._lock:
            taken = self._db.execute(
                "SELECT 1 FROM entries WHERE reference = ?", (reference,)
            ).fetchone()
        return taken is not None or self._entry_path(reference).exists()

    def _entry_path(self, reference: str) -> Path:
        return self.entries_dir / f"{reference}{ENTRY_SUFFIX}"

    def _write_entry(self, reference: str, envelope: Envelope, document: Iterator[bytes]) -> None:
        final = self._entry_path(reference)
        temp = self.entries_dir / f"{TMP_PREFIX}{reference}-{secrets.token_hex(4)}"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb", buffering=CHUNK_BYTES) as out:
                self._cipher.write(out, reference, envelope, document)
                out.flush()
                os.fsync(out.fileno())
            os.rename(temp, final)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        _fsync_dir(self.entries_dir)

    def _remove_file(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        _fsync_dir(path.parent)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _update(self, reference: str, assignments: str, *values: Any) -> None:
        with self._lock, self._transaction() as db:
            db.execute(
                f"UPDATE entries SET {assignments} WHERE reference = ?", (*values, reference)
            )

    def _audit(self, action: str, reference: str, actor: str, entry: EntryRow) -> None:
        record = {
            "ts": datetime.now(UTC).isoformat(timespec="seconds"),
            "action": f"outbox.{action}",
            "actor": actor,
            "reference": reference,
            "service": entry.service_id,
            "state_before": entry.state.value,
        }
        line = json.dumps(record) + "\n"
        fd = os.open(self.directory / AUDIT_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        audit_log.info("staff action", extra={"fields": record})


# --- helpers --------------------------------------------------------------------------


def _is_training(metadata_json: bytes) -> bool:
    """Whether the stored metadata marks a training submission (the mark is the route)."""
    try:
        metadata = json.loads(metadata_json)
    except ValueError:
        return False
    return isinstance(metadata, dict) and metadata.get("training") is True


def _row(row: tuple[Any, ...]) -> EntryRow:
    (ref, key, service, state, created, pages, size, attempts, due, error, status, bo, sent) = row
    return EntryRow(
        ref,
        key,
        service,
        EntryState(state),
        created,
        pages,
        size,
        attempts,
        due,
        error,
        status,
        bo,
        sent,
    )


def _parcel_kind(metadata_json: bytes) -> ParcelKind:
    try:
        metadata = json.loads(metadata_json)
    except ValueError as error:
        raise CorruptEntryError(f"entry metadata is not JSON: {error}") from None
    kind = metadata.get("kind") if isinstance(metadata, dict) else None
    return ParcelKind(kind) if kind == ParcelKind.NOTIFICATION.value else ParcelKind.SUBMISSION


def _measure(document: bytes | Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    for piece in _pieces(document):
        digest.update(piece)
        size += len(piece)
    return size, digest.hexdigest()


def _pieces(document: bytes | Path) -> Iterator[bytes]:
    if isinstance(document, bytes | bytearray | memoryview):
        view = memoryview(document)
        for start in range(0, len(view), CHUNK_BYTES):
            yield bytes(view[start : start + CHUNK_BYTES])
        return
    with Path(document).open("rb") as stream:
        while piece := stream.read(CHUNK_BYTES):
            yield piece


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _overwrite(path: Path) -> None:
    """Overwrite before unlinking. Flash and journalling file systems may keep old
    blocks anyway; what protects a purged entry is that it was only ever ciphertext."""
    size = path.stat().st_size
    with path.open("r+b") as stream:
        left = size
        while left > 0:
            block = min(left, CHUNK_BYTES)
            stream.write(os.urandom(block))
            left -= block
        stream.flush()
        os.fsync(stream.fileno())
