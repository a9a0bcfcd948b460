"""Help requests: a resident tapped "Get help" and a champion should come.

The journey's help screen raises one; staff mode lists them and marks them
answered; metrics count them; a webhook can carry them off the station. Each
of those subscribes here, so the help screen knows none of them.

A request holds no personal data: when, and which screen the resident was on.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HelpRequest:
    id: int
    raised_at: datetime  # wall-clock time, UTC, for staff to read
    screen: str  # the journey state the resident was on ("details", "capture"…)
    answered: bool = False


HelpListener = Callable[[HelpRequest], None]


class HelpDesk:
    """The station's help requests since start.

    Thread-safe; listeners run in the thread that raised or answered.
    """

    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))
        self._ids = itertools.count(1)
        self._requests: dict[int, HelpRequest] = {}
        self._listeners: list[HelpListener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: HelpListener) -> None:
        """Hear every request raised and every request answered."""
        self._listeners.append(listener)

    def raise_request(self, screen: str) -> HelpRequest:
        with self._lock:
            request = HelpRequest(next(self._ids), self._now(), screen)
            self._requests[request.id] = request
        log.info("help requested", extra={"fields": {"help_id": request.id, "screen": screen}})
        self._tell(request)
        return request

    def answer(self, request_id: int) -> HelpRequest | None:
        """A champion has come; None if there is no such request."""
        with self._lock:
            request = self._requests.get(request_id)
            if request is None or request.answered:
                return request
            request = HelpRequest(request.id, request.raised_at, request.screen, answered=True)
            self._requests[request_id] = request
        log.info("help answered", extra={"fields": {"help_id": request_id}})
        self._tell(request)
        return request

    def waiting(self) -> list[HelpRequest]:
        """Requests nobody has answered yet, oldest first."""
        with self._lock:
            return [r for r in self._requests.values() if not r.answered]

    def all(self) -> list[HelpRequest]:
        with self._lock:
            return list(self._requests.values())

    def _tell(self, request: HelpRequest) -> None:
        for listener in list(self._listeners):
            listener(request)
