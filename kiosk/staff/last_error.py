"""The station's last error, for the staff health screen.

A logging handler that keeps the newest ERROR (or worse) record. Log records
carry no personal data (kiosk/logs.py), so the message can be shown to staff.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class LastError:
    at: datetime
    source: str  # the logger's name
    message: str


class LastErrorHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self._lock_last = threading.Lock()
        self._last: LastError | None = None

    def emit(self, record: logging.LogRecord) -> None:
        fields = getattr(record, "fields", None)
        message = record.getMessage()
        if isinstance(fields, dict) and "reason" in fields:
            message = f"{message}: {fields['reason']}"
        error = LastError(datetime.fromtimestamp(record.created, UTC), record.name, message)
        with self._lock_last:
            self._last = error

    @property
    def last(self) -> LastError | None:
        with self._lock_last:
            return self._last

    def install(self) -> LastErrorHandler:
        """Listen to every logger (the root's handlers); call once per process."""
        root = logging.getLogger()
        if self not in root.handlers:
            root.addHandler(self)
        return self

    def uninstall(self) -> None:
        logging.getLogger().removeHandler(self)
