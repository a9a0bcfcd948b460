"""The encrypted entry file: one per submission, AES-256-GCM in 1 MiB records.

Key file: one line, the standard base64 of 32 random bytes, e.g. made with
``head -c 32 /dev/urandom | base64 > outbox.key`` (mode 0400, owned by the kiosk
user; on a station systemd's ``LoadCredential=`` hands it over). Changing the key
leaves existing entries unreadable: send or purge the queue first.

File layout (all integers big-endian)::

    magic  b"KIOSKOB1"                 8 bytes
    key id                             8 bytes: sha256("kiosk-outbox-key-id" + key)[:8]
    nonce prefix                       7 random bytes, new for every file
    record 0, then records 1..n        each: u32 length, then AES-GCM ciphertext + tag

Record 0 holds a JSON envelope (idempotency key, document size, the contract's
metadata JSON exactly as it will be sent); records 1..n hold the PDF in 1 MiB
pieces. Record i is sealed with nonce = prefix + u32 i + one byte that is 1 only
on the last record, and with the magic, key id and kiosk reference as associated
data, so a record cannot be reordered, dropped from the end, or moved to another
entry without failing authentication (the STREAM construction of Hoang, Reyhanitabar,
Rogaway and Vizár, 2015).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    from cryptography import exceptions as crypto_errors
    from cryptography.hazmat.primitives.ciphers import aead
else:
    # The kiosk opens its outbox before the attract screen's first frame but
    # seals or opens an entry only later: cryptography (a 14 MB library) loads
    # then (kiosk/lazy_import.py, bench/bench_startup.py).
    crypto_errors = lazy_import("cryptography.exceptions")
    aead = lazy_import("cryptography.hazmat.primitives.ciphers.aead")

MAGIC: Final = b"KIOSKOB1"
CHUNK_BYTES: Final = 1024 * 1024
KEY_BYTES: Final = 32
_KEY_ID_BYTES: Final = 8
_PREFIX_BYTES: Final = 7
_TAG_BYTES: Final = 16
_LENGTH: Final = struct.Struct(">I")
_HEADER_BYTES: Final = len(MAGIC) + _KEY_ID_BYTES + _PREFIX_BYTES


class OutboxKeyError(Exception):
    """The key file is missing, unreadable or not 32 bytes of base64."""


class CorruptEntryError(Exception):
    """An entry file is cut short, altered or not an entry at all."""


class ForeignKeyError(CorruptEntryError):
    """An entry sealed with another key: not corrupt, but unreadable with this one."""


def load_key(path: Path) -> bytes:
    """The outbox key from its credential file; the message never shows key material."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as error:
        raise OutboxKeyError(f"cannot read the outbox key file {path}: {error}") from None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise OutboxKeyError(
            f"the outbox key file {path} is not base64 (make one with "
            "`head -c 32 /dev/urandom | base64`)"
        ) from None
    if len(key) != KEY_BYTES:
        raise OutboxKeyError(
            f"the outbox key file {path} holds {len(key)} bytes, not {KEY_BYTES}"
        ) from None
    return key


def key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"kiosk-outbox-key-id" + key).digest()[:_KEY_ID_BYTES]


@dataclass(frozen=True)
class Envelope:
    """Record 0: what the sender needs besides the document itself."""

    idempotency_key: str
    document_size: int
    metadata_json: bytes

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "v": 1,
                "idempotency_key": self.idempotency_key,
                "document_size": self.document_size,
                "metadata": self.metadata_json.decode("utf-8"),
            }
        ).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Envelope:
        try:
            data = json.loads(raw)
            envelope = cls(
                str(data["idempotency_key"]),
                int(data["document_size"]),
                str(data["metadata"]).encode("utf-8"),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise CorruptEntryError(f"record 0 is not an entry envelope: {error}") from None
        if envelope.document_size < 0:
            raise CorruptEntryError("record 0 gives a negative document size")
        return envelope


def chunk_count(document_size: int) -> int:
    return max(1, -(-document_size // CHUNK_BYTES))


def expected_file_size(document_size: int) -> int:
    """Size of a whole entry file, less record 0 (which the caller adds)."""
    chunks = chunk_count(document_size)
    return chunks * (_LENGTH.size + _TAG_BYTES) + document_size


class EntryCipher:
    """Seals and opens entry files with one station key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise OutboxKeyError(f"the outbox key must be {KEY_BYTES} bytes")
        self._key = key
        self._cipher: aead.AESGCM | None = None
        self.key_id = key_id(key)

    @property
    def _aead(self) -> aead.AESGCM:
        # Made at the first use (see the imports); two threads may both make one.
        cipher = self._cipher
        if cipher is None:
            cipher = self._cipher = aead.AESGCM(self._key)
        return cipher

    # writing

    def write(
        self, out: IO[bytes], reference: str, envelope: Envelope, document: Iterator[bytes]
    ) -> None:
        """Write a whole entry; ``document`` yields the PDF in pieces of any size."""
        prefix = os.urandom(_PREFIX_BYTES)
        out.write(MAGIC + self.key_id + prefix)
        aad = self._aad(reference)
        self._write_record(out, prefix, 0, False, envelope.to_bytes(), aad)
        total = envelope.document_size
        written, index = 0, 1
        for piece in _reblock(document, CHUNK_BYTES):
            written += len(piece)
            self._write_record(out, prefix, index, written >= total, piece, aad)
            index += 1
        if written != total:
            raise ValueError(f"document gave {written} bytes, not {total}")
        if total == 0:
            self._write_record(out, prefix, 1, True, b"", aad)

    def _write_record(
        self, out: IO[bytes], prefix: bytes, index: int, last: bool, plain: bytes, aad: bytes
    ) -> None:
        sealed = self._aead.encrypt(_nonce(prefix, index, last), plain, aad)
        out.write(_LENGTH.pack(len(sealed)))
        out.write(sealed)

    # reading

    def read_envelope(self, path: Path, reference: str) -> Envelope:
        """Open record 0 and check the file's length fits it (cheap: no document read)."""
        with path.open("rb") as stream:
            prefix = self._read_header(stream)
            envelope = Envelope.from_bytes(self._read_record(stream, prefix, 0, False, reference))
            expected = stream.tell() + expected_file_size(envelope.document_size)
        actual = path.stat().st_size
        if actual != expected:
            raise CorruptEntryError(f"file is {actual} bytes, an entry of its size is {expected}")
        return envelope

    def iter_document(self, path: Path, reference: str) -> Iterator[bytes]:
        """The PDF, 1 MiB at a time, each piece authenticated before it is given out."""
        with path.open("rb") as stream:
            prefix = self._read_header(stream)
            envelope = Envelope.from_bytes(self._read_record(stream, prefix, 0, False, reference))
            chunks = chunk_count(envelope.document_size)
            for index in range(1, chunks + 1):
                yield self._read_record(stream, prefix, index, index == chunks, reference)
            if stream.read(1):
                raise CorruptEntryError("data after the last record")

    def _read_header(self, stream: IO[bytes]) -> bytes:
        header = stream.read(_HEADER_BYTES)
        if len(header) != _HEADER_BYTES or not header.startswith(MAGIC):
            raise CorruptEntryError("not an outbox entry (bad header)")
        found_id = header[len(MAGIC) : len(MAGIC) + _KEY_ID_BYTES]
        if found_id != self.key_id:
            raise ForeignKeyError(f"sealed with another key (key id {found_id.hex()})")
        return header[len(MAGIC) + _KEY_ID_BYTES :]

    def _read_record(
        self, stream: IO[bytes], prefix: bytes, index: int, last: bool, reference: str
    ) -> bytes:
        raw_length = stream.read(_LENGTH.size)
        if len(raw_length) != _LENGTH.size:
            raise CorruptEntryError(f"cut short before record {index}")
        (length,) = _LENGTH.unpack(raw_length)
        if not _TAG_BYTES <= length <= CHUNK_BYTES + _TAG_BYTES:
            raise CorruptEntryError(f"record {index} has an impossible length {length}")
        sealed = stream.read(length)
        if len(sealed) != length:
            raise CorruptEntryError(f"cut short inside record {index}")
        try:
            return self._aead.decrypt(_nonce(prefix, index, last), sealed, self._aad(reference))
        except crypto_errors.InvalidTag:
            raise CorruptEntryError(f"record {index} fails authentication") from None

    def _aad(self, reference: str) -> bytes:
        return MAGIC + self.key_id + reference.encode("ascii")


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def _reblock(pieces: Iterator[bytes], size: int) -> Iterator[bytes]:
    """Pieces of any size as blocks of exactly ``size`` (the last may be shorter)."""
    buffer = bytearray()
    for piece in pieces:
        if not buffer and len(piece) == size:
            yield bytes(piece)
            continue
        buffer += piece
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)
