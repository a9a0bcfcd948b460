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
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.sending import HELP_CHANNEL, Notification, Outbox

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


# --- off the station: the champions' webhook (issue 8) ------------------------------

# The stations are in Greenwich: the message's text gives the time as people there read it.
_LOCAL_TIME: Final = "Europe/London"


def help_notification(
    request: HelpRequest, station_name: str, training: bool = False
) -> Notification:
    """The webhook's JSON for one request: where and when, never who.

    ``text`` is what a Teams or Slack incoming webhook shows; the other keys are
    for a council system. The outbox adds kiosk reference, station id, site and time.

    In training mode the request still goes (a trainee may really need someone)
    but says it is a practice session, so nobody on the floor hurries to a
    resident who is not there (``"training": true`` and a first word in the text).
    """
    try:
        local = request.raised_at.astimezone(ZoneInfo(_LOCAL_TIME))
    except ZoneInfoNotFoundError:  # no tzdata: say UTC rather than guess
        local = request.raised_at.astimezone(UTC)
    who = "a trainee" if training else "a resident"
    text = (
        f"Help wanted at {station_name}: {who} on the {request.screen!r} screen "
        f"asked for a member of staff at {local:%H:%M} ({local:%Z})."
    )
    payload: dict[str, object] = {
        "event": "help_requested",
        "text": f"TRAINING (practice session). {text}" if training else text,
        "station_name": station_name,
        "screen": request.screen,
        "help_id": request.id,
        "requested_at": request.raised_at.astimezone(UTC).isoformat(timespec="seconds"),
    }
    if training:
        payload["training"] = True
    return Notification(HELP_CHANNEL, payload)


class HelpForwarder:
    """Queues every new help request in the outbox for the champions' webhook.

    HelpDesk listeners run on the thread that raised the request (the GUI
    thread); writing an outbox entry fsyncs, so `submit` runs it elsewhere
    (a one-thread executor in the app).
    """

    def __init__(
        self,
        outbox: Outbox,
        station_name: str,
        submit: Callable[[Callable[[], None]], object],
        training: Callable[[], bool] = lambda: False,
    ) -> None:
        self._outbox = outbox
        self._station_name = station_name
        self._submit = submit
        self._training = training

    def attach(self, desk: HelpDesk) -> HelpForwarder:
        desk.subscribe(self._on_request)
        return self

    def _on_request(self, request: HelpRequest) -> None:
        if not request.answered:
            training = self._training()  # as it is when the resident asks
            self._submit(lambda: self.forward(request, training))

    def forward(self, request: HelpRequest, training: bool = False) -> None:
        try:
            queued = self._outbox.notify(help_notification(request, self._station_name, training))
        except Exception:
            # The champion on the floor still sees it in staff mode; say why it went no further.
            log.exception("help request not queued for the webhook", extra=_fields(request))
            return
        fields = {"help_id": request.id, "reference": queued.kiosk_reference}
        log.info("help request queued for the webhook", extra={"fields": fields})


def _fields(request: HelpRequest) -> dict[str, dict[str, object]]:
    return {"fields": {"help_id": request.id}}
