"""Whether the station is out of service, with the message residents see.

Kept in a small JSON file (``[staff] state_dir``/out-of-service.json), written
atomically, so a station a champion took out of service stays out after a
restart or a power cut. No file: in service.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from kiosk.staff.files import write_atomically

log = logging.getLogger(__name__)

FILE_NAME: Final = "out-of-service.json"
MAX_MESSAGE_LENGTH: Final = 200
DEFAULT_MESSAGE: Final = (
    "This station is not working at the moment. Please ask a member of staff for help."
)


@dataclass(frozen=True)
class OutOfService:
    message: str
    since: datetime
    champion: str | None


OutOfServiceListener = Callable[[OutOfService | None], None]


def clean_message(message: str) -> str:
    """One paragraph of at most MAX_MESSAGE_LENGTH characters; the default if empty."""
    text = " ".join(message.split())[:MAX_MESSAGE_LENGTH]
    return text or DEFAULT_MESSAGE


class OutOfServiceStore:
    """Thread-safe; listeners hear every change in the thread that made it."""

    def __init__(self, state_dir: Path, now: Callable[[], datetime] | None = None) -> None:
        self.path = state_dir / FILE_NAME
        self._now = now or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self._listeners: list[OutOfServiceListener] = []
        self._current = self._load()

    def subscribe(self, listener: OutOfServiceListener) -> None:
        self._listeners.append(listener)

    def current(self) -> OutOfService | None:
        """None while the station serves residents."""
        with self._lock:
            return self._current

    def put(self, message: str, champion: str | None) -> OutOfService:
        """Take the station out of service. Raises OSError if it cannot be kept."""
        state = OutOfService(clean_message(message), self._now(), champion)
        data = {
            "message": state.message,
            "since": state.since.isoformat(timespec="seconds"),
            "champion": champion,
        }
        with self._lock:
            write_atomically(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
            self._current = state
        self._tell(state)
        return state

    def clear(self) -> None:
        """Back in service. Raises OSError if the file cannot be removed."""
        with self._lock:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self._current = None
        self._tell(None)

    def _tell(self, state: OutOfService | None) -> None:
        for listener in list(self._listeners):
            listener(state)

    def _load(self) -> OutOfService | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as error:
            log.error(
                "out-of-service state unreadable; staying out of service",
                extra={"fields": {"path": str(self.path), "reason": error.strerror}},
            )
            return OutOfService(DEFAULT_MESSAGE, self._now(), None)
        try:
            data = json.loads(text)
            since = datetime.fromisoformat(str(data["since"]))
            champion = data.get("champion")
            return OutOfService(
                clean_message(str(data["message"])),
                since if since.tzinfo else since.replace(tzinfo=UTC),
                None if champion is None else str(champion),
            )
        except (ValueError, KeyError, TypeError) as error:
            # Somebody took the station out of service: a damaged note does not
            # put it back in front of residents.
            log.error(
                "out-of-service state garbled; staying out of service",
                extra={"fields": {"path": str(self.path), "reason": str(error)}},
            )
            return OutOfService(DEFAULT_MESSAGE, self._now(), None)
