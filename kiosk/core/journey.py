"""The resident's journey: one explicit state machine the screens follow (design §3).

States are screens of the send-documents path; events are what happened, in the
past tense; `TRANSITIONS` says where each event leads from each state. The
idle timer lives here too, on an injected clock, so tests move time by hand:
after `idle_timeout_s` without a touch the warning shows and counts down
`IDLE_WARNING_S`; "I need more time" restarts the wait, and if nobody answers
the session is wiped and the attract screen returns.

A `Session` holds what one resident gave: the service, what they typed and the
pages. It is wiped (pages deleted, fields forgotten) whenever the journey
returns to ATTRACT: Finish, time-out or "Start again" (design §8).

No personal data is logged: states, events, service ids and references only.
"""

from __future__ import annotations

import enum
import logging
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

from kiosk.core.ports import Clock

log = logging.getLogger(__name__)

# WCAG 2.2 SC 2.2.1 (Timing Adjustable): warn at least 20 s before a time limit
# ends and let the person extend it with a simple action.
IDLE_WARNING_S: Final = 30.0
MIN_IDLE_WARNING_S: Final = 20.0


class State(enum.Enum):
    ATTRACT = "attract"
    SERVICE = "service"
    DETAILS = "details"
    CAPTURE = "capture"
    REVIEW = "review"
    CHECK = "check"
    SENDING = "sending"
    CONFIRMATION = "confirmation"
    # Side paths from the service screen, and help from anywhere.
    FORMS = "forms"  # print a council form
    COPY = "copy"  # copy a document: scan and print at once, nothing kept
    HELP = "help"  # a champion has been asked to come
    # Help beyond the station, each reached from the help screen and back to it.
    CALLBACK = "callback"  # ask a service to phone back
    ONLINE = "online"  # carry on on your phone: the service's web address as a QR code
    CONTACT = "contact"  # talk to someone: the contact centre, video appointments


class Event(enum.Enum):
    STARTED = "started"  # touched "Touch to start"
    SERVICE_CHOSEN = "service_chosen"
    DETAILS_ENTERED = "details_entered"  # every field acceptable
    CAPTURE_FINISHED = "capture_finished"  # "I've finished", with at least one page
    MORE_PAGES_ASKED = "more_pages_asked"  # "Scan more pages" on review
    PAGES_ACCEPTED = "pages_accepted"
    SEND_CONFIRMED = "send_confirmed"
    DOCUMENTS_QUEUED = "documents_queued"  # in the outbox, with a kiosk reference
    SENDING_FAILED = "sending_failed"  # could not even store them locally
    FORMS_CHOSEN = "forms_chosen"
    COPY_CHOSEN = "copy_chosen"
    HELP_ASKED = "help_asked"
    HELP_CLOSED = "help_closed"  # back to the screen help was asked from
    CALLBACK_ASKED = "callback_asked"  # the help options, from the help screen
    ONLINE_ASKED = "online_asked"
    CONTACT_ASKED = "contact_asked"
    HELP_OPTION_CLOSED = "help_option_closed"  # back to the help screen
    BACK_TAPPED = "back_tapped"
    FINISHED = "finished"
    START_AGAIN_CONFIRMED = "start_again_confirmed"
    TIMED_OUT = "timed_out"


_S, _E = State, Event
# Ways of getting help beyond the station, and the event that leads to each.
HELP_OPTIONS: Final[Mapping[State, Event]] = {
    _S.CALLBACK: _E.CALLBACK_ASKED,
    _S.ONLINE: _E.ONLINE_ASKED,
    _S.CONTACT: _E.CONTACT_ASKED,
}
TRANSITIONS: Final[Mapping[tuple[State, Event], State]] = {
    (_S.ATTRACT, _E.STARTED): _S.SERVICE,
    (_S.SERVICE, _E.SERVICE_CHOSEN): _S.DETAILS,
    (_S.SERVICE, _E.BACK_TAPPED): _S.ATTRACT,
    (_S.DETAILS, _E.DETAILS_ENTERED): _S.CAPTURE,
    (_S.DETAILS, _E.BACK_TAPPED): _S.SERVICE,
    (_S.CAPTURE, _E.CAPTURE_FINISHED): _S.REVIEW,
    (_S.CAPTURE, _E.BACK_TAPPED): _S.DETAILS,
    (_S.REVIEW, _E.MORE_PAGES_ASKED): _S.CAPTURE,
    (_S.REVIEW, _E.PAGES_ACCEPTED): _S.CHECK,
    (_S.REVIEW, _E.BACK_TAPPED): _S.CAPTURE,
    (_S.CHECK, _E.SEND_CONFIRMED): _S.SENDING,
    (_S.CHECK, _E.BACK_TAPPED): _S.REVIEW,
    (_S.SENDING, _E.DOCUMENTS_QUEUED): _S.CONFIRMATION,
    (_S.SENDING, _E.SENDING_FAILED): _S.CHECK,
    (_S.CONFIRMATION, _E.FINISHED): _S.ATTRACT,
    (_S.SERVICE, _E.FORMS_CHOSEN): _S.FORMS,
    (_S.FORMS, _E.BACK_TAPPED): _S.SERVICE,
    (_S.FORMS, _E.FINISHED): _S.ATTRACT,
    (_S.SERVICE, _E.COPY_CHOSEN): _S.COPY,
    (_S.COPY, _E.BACK_TAPPED): _S.SERVICE,
    (_S.COPY, _E.FINISHED): _S.ATTRACT,
    # Help from every screen where the resident can act; closing it returns
    # to that screen (Journey remembers which), so nothing they did is lost.
    # Not from the help options: they are reached from help and go back to it.
    **{
        (state, _E.HELP_ASKED): _S.HELP
        for state in State
        if state not in (_S.HELP, _S.SENDING, *HELP_OPTIONS)
    },
    (_S.HELP, _E.HELP_CLOSED): _S.HELP,  # placeholder: the target is the screen left
    **{(_S.HELP, event): option for option, event in HELP_OPTIONS.items()},
    **{(option, _E.HELP_OPTION_CLOSED): _S.HELP for option in HELP_OPTIONS},
    # "Start again" and the idle time-out leave from every state but ATTRACT.
    **{(state, _E.START_AGAIN_CONFIRMED): _S.ATTRACT for state in State if state is not _S.ATTRACT},
    **{(state, _E.TIMED_OUT): _S.ATTRACT for state in State if state is not _S.ATTRACT},
}

# No idle timer where nobody is expected to act, or where the resident waits on
# the station rather than the other way round (SENDING takes a second or two).
UNTIMED_STATES: Final = frozenset({State.ATTRACT, State.SENDING})


class SystemClock:
    """The real clock (kiosk.core.ports.Clock): monotonic, so a clock change is no time-out."""

    def monotonic_s(self) -> float:
        return time.monotonic()


class JourneyError(RuntimeError):
    """An intent that does not fit the current state (a bug in a screen, not a resident's)."""


# --- what the journey needs from the outside ------------------------------------------


class FieldRule(Protocol):
    """A field a service asks for (kiosk.config.ServiceField fits)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def example(self) -> str | None: ...
    @property
    def required(self) -> bool: ...
    def accepts(self, value: str) -> bool: ...


class ServiceInfo(Protocol):
    """A service a resident can choose (kiosk.config.ServiceConfig fits)."""

    @property
    def id(self) -> str: ...
    @property
    def fields(self) -> Sequence[FieldRule]: ...


class SessionPages(Protocol):
    """A session's pages (kiosk.documents.pages.PageStore fits)."""

    @property
    def pages(self) -> Sequence[object]: ...
    def wipe(self) -> None: ...


class FieldProblem(enum.Enum):
    """Why a typed value was not taken; the screen says how to fix it."""

    MISSING = "field.missing"  # required and left empty
    WRONG_FORMAT = "field.wrong_format"  # does not match the service's pattern

    @property
    def message_key(self) -> str:
        return self.value


@dataclass
class Session:
    """One resident's visit, from "Touch to start" to the wipe."""

    id: str
    pages: SessionPages
    service: ServiceInfo | None = None
    fields: dict[str, str] = field(default_factory=dict)
    kiosk_reference: str | None = None
    # "Scan this page again" on review: the next page scanned takes this one's
    # place. Forgotten when the journey leaves CAPTURE (but not for help).
    rescan_page_id: str | None = None

    @property
    def page_count(self) -> int:
        return len(self.pages.pages)

    def wipe(self) -> None:
        self.pages.wipe()
        self.fields.clear()
        self.service = None
        self.kiosk_reference = None
        self.rescan_page_id = None


@dataclass(frozen=True)
class Change:
    """What listeners hear after each transition."""

    before: State
    event: Event
    after: State


Listener = Callable[[Change], None]


def check_fields(
    rules: Sequence[FieldRule], values: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, FieldProblem]]:
    """The cleaned values and, per field id, what is wrong with it."""
    cleaned: dict[str, str] = {}
    problems: dict[str, FieldProblem] = {}
    for rule in rules:
        value = " ".join(values.get(rule.id, "").split())
        if rule.kind == "number":
            # Letters often print a long number in groups ("1234 5678").
            value = value.replace(" ", "")
        if not value:
            if rule.required:
                problems[rule.id] = FieldProblem.MISSING
            continue
        if not rule.accepts(value):
            problems[rule.id] = FieldProblem.WRONG_FORMAT
            continue
        cleaned[rule.id] = value
    return cleaned, problems


class Journey:
    """The state machine, the session and the idle timer.

    Not thread-safe: call it from one thread (the GUI thread); background work
    reports back there before calling `documents_queued` and the like.
    """

    def __init__(
        self,
        services: Sequence[ServiceInfo],
        idle_timeout_s: float,
        clock: Clock,
        new_pages: Callable[[], SessionPages],
        idle_warning_s: float = IDLE_WARNING_S,
    ) -> None:
        if idle_warning_s < MIN_IDLE_WARNING_S:
            raise ValueError(f"the idle warning must last at least {MIN_IDLE_WARNING_S:.0f} s")
        self.services = {service.id: service for service in services}
        self.idle_timeout_s = idle_timeout_s
        self.idle_warning_s = idle_warning_s
        self._clock = clock
        self._new_pages = new_pages
        self._listeners: list[Listener] = []
        self.state = State.ATTRACT
        self.session: Session | None = None
        self._last_activity_s = clock.monotonic_s()
        self._warned_at_s: float | None = None
        self._help_from = State.ATTRACT

    # --- listening ----------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    # --- intents from the screens -------------------------------------------------
    def start(self) -> None:
        self._require(State.ATTRACT)
        self.session = Session(id=secrets.token_hex(4), pages=self._new_pages())
        log.info("session started", extra={"fields": {"session": self.session.id}})
        self._fire(Event.STARTED)

    def choose_service(self, service_id: str) -> None:
        service = self.services.get(service_id)
        if service is None:
            raise JourneyError(f"no service {service_id!r}")
        self._require(State.SERVICE)
        self._live_session().service = service
        self._fire(Event.SERVICE_CHOSEN)

    def enter_details(self, values: Mapping[str, str]) -> dict[str, FieldProblem]:
        """Keep the values if all are acceptable and move on; else the problems."""
        self._require(State.DETAILS)
        session = self._live_session()
        assert session.service is not None
        cleaned, problems = check_fields(session.service.fields, values)
        self.touched()
        if problems:
            return problems
        session.fields = cleaned
        self._fire(Event.DETAILS_ENTERED)
        return {}

    def finish_capture(self) -> bool:
        """To review; False (and stay) while there is no page yet."""
        self._require(State.CAPTURE)
        if self._live_session().page_count == 0:
            self.touched()
            return False
        self._fire(Event.CAPTURE_FINISHED)
        return True

    def scan_more(self) -> None:
        self._fire(Event.MORE_PAGES_ASKED)

    def rescan_page(self, page_id: str) -> None:
        """To capture, where the next page scanned replaces this one in its place."""
        self._require(State.REVIEW)
        self._live_session().rescan_page_id = page_id
        self._fire(Event.MORE_PAGES_ASKED)

    def accept_pages(self) -> bool:
        """To check and send; False (and stay) if every page was deleted."""
        self._require(State.REVIEW)
        if self._live_session().page_count == 0:
            self.touched()
            return False
        self._fire(Event.PAGES_ACCEPTED)
        return True

    def send(self) -> None:
        self._fire(Event.SEND_CONFIRMED)

    def documents_queued(self, session_id: str, kiosk_reference: str) -> None:
        """The outbox has them. Ignored if that session already ended."""
        if not self._is_current(session_id):
            return
        self._live_session().kiosk_reference = kiosk_reference
        self._fire(Event.DOCUMENTS_QUEUED)
        log.info("documents queued", extra={"fields": {"reference": kiosk_reference}})

    def sending_failed(self, session_id: str) -> None:
        if self._is_current(session_id):
            self._fire(Event.SENDING_FAILED)

    def choose_forms(self) -> None:
        self._fire(Event.FORMS_CHOSEN)

    def choose_copy(self) -> None:
        self._fire(Event.COPY_CHOSEN)

    def ask_help(self) -> None:
        """To the help screen; `close_help` comes back here with the session as it was."""
        before = self.state
        self._fire(Event.HELP_ASKED)
        self._help_from = before

    def close_help(self) -> None:
        self._require(State.HELP)
        self._fire(Event.HELP_CLOSED, to=self._help_from)

    def choose_help_option(self, option: State) -> None:
        """From the help screen to a way of getting help beyond the station."""
        if option not in HELP_OPTIONS:
            raise JourneyError(f"{option.value} is not a help option")
        self._fire(HELP_OPTIONS[option])

    def close_help_option(self) -> None:
        """Back to the help screen (and from there to where help was asked)."""
        self._fire(Event.HELP_OPTION_CLOSED)

    def go_back(self) -> None:
        self._fire(Event.BACK_TAPPED)

    def finish(self) -> None:
        self._fire(Event.FINISHED)

    def start_again(self) -> None:
        self._fire(Event.START_AGAIN_CONFIRMED)

    # --- the idle timer -------------------------------------------------------------
    def touched(self) -> None:
        """Any touch or key press: the resident is still here.

        While the warning shows, only "I need more time" dismisses it, so a
        stray touch on the dimmed screen does not hide the question.
        """
        if self._warned_at_s is None:
            self._last_activity_s = self._clock.monotonic_s()

    def more_time(self) -> None:
        self._warned_at_s = None
        self.touched()

    @property
    def idle_warning_shown(self) -> bool:
        return self._warned_at_s is not None

    @property
    def idle_seconds_left(self) -> float:
        """Seconds before the session ends (meaningful while the warning shows)."""
        if self._warned_at_s is None:
            return self.idle_warning_s
        return max(0.0, self._warned_at_s + self.idle_warning_s - self._clock.monotonic_s())

    def tick(self) -> None:
        """Call often (the UI does, every few hundred ms); shows the warning or times out."""
        if self.state in UNTIMED_STATES:
            return
        now = self._clock.monotonic_s()
        if self._warned_at_s is None:
            if now - self._last_activity_s >= self.idle_timeout_s:
                self._warned_at_s = now
                log.info("idle warning shown", extra={"fields": {"state": self.state.value}})
        elif now - self._warned_at_s >= self.idle_warning_s:
            self._fire(Event.TIMED_OUT)

    # --- the machine ------------------------------------------------------------------
    def can(self, event: Event) -> bool:
        return (self.state, event) in TRANSITIONS

    def _fire(self, event: Event, to: State | None = None) -> None:
        after = TRANSITIONS.get((self.state, event))
        if after is None:
            raise JourneyError(f"{event.value} cannot happen on {self.state.value}")
        after = to or after
        before, self.state = self.state, after
        if before is State.CAPTURE and after is not State.HELP and self.session is not None:
            self.session.rescan_page_id = None
        self._warned_at_s = None
        self._last_activity_s = self._clock.monotonic_s()
        if after is State.ATTRACT:
            self._wipe()
        log.info(
            "journey",
            extra={"fields": {"from": before.value, "event": event.value, "to": after.value}},
        )
        change = Change(before, event, after)
        for listener in list(self._listeners):
            listener(change)

    def _wipe(self) -> None:
        if self.session is not None:
            self.session.wipe()
            log.info("session wiped", extra={"fields": {"session": self.session.id}})
        self.session = None

    def _require(self, state: State) -> None:
        if self.state is not state:
            raise JourneyError(f"expected {state.value}, on {self.state.value}")

    def _live_session(self) -> Session:
        if self.session is None:
            raise JourneyError(f"no session on {self.state.value}")
        return self.session

    def _is_current(self, session_id: str) -> bool:
        return self.session is not None and self.session.id == session_id
