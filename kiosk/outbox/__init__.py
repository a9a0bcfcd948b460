"""Store and forward: the durable encrypted outbox and its background sender.

`open_outbox` builds both from a station config; see store.py for the files on
disk and the order of writes, crypto.py for the encryption and the key file.
"""

from __future__ import annotations

from kiosk.outbox.crypto import CorruptEntryError, OutboxKeyError, load_key
from kiosk.outbox.sender import OutboxSender
from kiosk.outbox.store import EntryRow, FileOutbox, Station, UnknownEntryError

__all__ = [
    "CorruptEntryError",
    "EntryRow",
    "FileOutbox",
    "OutboxKeyError",
    "OutboxSender",
    "Station",
    "UnknownEntryError",
    "load_key",
]
