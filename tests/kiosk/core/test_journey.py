"""The journey state machine, its session and its idle timer, on a fake clock (no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from kiosk.core.journey import (
    HELP_OPTIONS,
    IDLE_WARNING_S,
    TRANSITIONS,
    Change,
    Event,
    FieldProblem,
    Journey,
    JourneyError,
    State,
    check_fields,
)

IDLE_S = 90.0


class FakeClock:
    def __init__(self) -> None:
        self.now_s = 1000.0

    def monotonic_s(self) -> float:
        return self.now_s

    def advance(self, seconds: float) -> None:
        self.now_s += seconds


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str = "text"
    pattern: str | None = None
    example: str | None = None
    required: bool = True

    def accepts(self, value: str) -> bool:
        return self.pattern is None or re.fullmatch(self.pattern, value) is not None


@dataclass(frozen=True)
class Service:
    id: str
    fields: tuple[Rule, ...] = ()


@dataclass
class MemoryPages:
    """Pages as the session sees them; records whether it was wiped."""

    pages: list[object] = field(default_factory=list)
    wiped: bool = False

    def wipe(self) -> None:
        self.pages.clear()
        self.wiped = True


HOUSING = Service(
    "housing-benefit",
    (
        Rule("claim_number", "number", r"^[0-9]{8}$", "12345678"),
        Rule("full_name"),
    ),
)
BLUE_BADGE = Service("blue-badge", (Rule("full_name"), Rule("phone", "phone", required=False)))
GOOD_DETAILS = {"claim_number": "12345678", "full_name": "Ada Lovelace"}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def made_pages() -> list[MemoryPages]:
    return []


@pytest.fixture
def journey(clock: FakeClock, made_pages: list[MemoryPages]) -> Journey:
    def new_pages() -> MemoryPages:
        made_pages.append(MemoryPages())
        return made_pages[-1]

    return Journey([HOUSING, BLUE_BADGE], IDLE_S, clock, new_pages)


SIDE_PATHS = {
    State.FORMS: "choose_forms",
    State.COPY: "choose_copy",
    State.HELP: "ask_help",
}


def walk_to(journey: Journey, state: State) -> None:
    """Drive the journey from ATTRACT to `state` the way a resident would."""
    if state in SIDE_PATHS:
        walk_to(journey, State.SERVICE)
        getattr(journey, SIDE_PATHS[state])()
        assert journey.state is state
        return
    if state in HELP_OPTIONS:
        walk_to(journey, State.HELP)
        journey.choose_help_option(state)
        return
    steps = [
        (State.SERVICE, journey.start),
        (State.DETAILS, lambda: journey.choose_service("housing-benefit")),
        (State.CAPTURE, lambda: journey.enter_details(GOOD_DETAILS)),
        (State.REVIEW, lambda: add_page_and(journey, journey.finish_capture)),
        (State.CHECK, journey.accept_pages),
        (State.SENDING, journey.send),
        (State.CONFIRMATION, lambda: journey.documents_queued(session_id(journey), "DEM-7K3M")),
    ]
    for reached, step in steps:
        if journey.state is state:
            return
        step()
        assert journey.state is reached
    assert journey.state is state


def add_page_and(journey: Journey, then: object) -> None:
    assert journey.session is not None and callable(then)
    pages = journey.session.pages
    assert isinstance(pages, MemoryPages)
    pages.pages.append(object())
    then()


def session_id(journey: Journey) -> str:
    assert journey.session is not None
    return journey.session.id


def test_a_resident_goes_from_attract_to_confirmation_and_finish_wipes(
    journey: Journey, made_pages: list[MemoryPages]
) -> None:
    heard: list[Change] = []
    journey.subscribe(heard.append)

    walk_to(journey, State.CONFIRMATION)

    assert journey.session is not None
    assert journey.session.service is HOUSING
    assert journey.session.fields == GOOD_DETAILS
    assert journey.session.kiosk_reference == "DEM-7K3M"
    assert [c.event for c in heard] == [
        Event.STARTED,
        Event.SERVICE_CHOSEN,
        Event.DETAILS_ENTERED,
        Event.CAPTURE_FINISHED,
        Event.PAGES_ACCEPTED,
        Event.SEND_CONFIRMED,
        Event.DOCUMENTS_QUEUED,
    ]

    journey.finish()

    assert journey.state is State.ATTRACT and journey.session is None
    assert made_pages[0].wiped and made_pages[0].pages == []


def test_each_visit_gets_a_fresh_session_with_its_own_pages(
    journey: Journey, made_pages: list[MemoryPages]
) -> None:
    walk_to(journey, State.REVIEW)
    first = session_id(journey)
    journey.start_again()
    journey.start()
    assert session_id(journey) != first
    assert len(made_pages) == 2 and made_pages[0].wiped and not made_pages[1].wiped


@pytest.mark.parametrize(
    "state", [s for s in State if s is not State.ATTRACT], ids=lambda s: s.value
)
def test_start_again_from_every_screen_wipes_the_session(
    journey: Journey, made_pages: list[MemoryPages], state: State
) -> None:
    walk_to(journey, state)
    journey.start_again()
    assert journey.state is State.ATTRACT and journey.session is None
    assert made_pages[0].wiped


def test_every_state_but_attract_can_start_again_and_time_out() -> None:
    for state in State:
        expected = state is not State.ATTRACT
        assert ((state, Event.START_AGAIN_CONFIRMED) in TRANSITIONS) is expected
        assert ((state, Event.TIMED_OUT) in TRANSITIONS) is expected


def test_every_state_is_reachable_and_every_non_attract_state_has_a_way_on() -> None:
    reachable = {after for after in TRANSITIONS.values()} | {State.ATTRACT}
    assert reachable == set(State)
    assert all(any(before is s for before, _ in TRANSITIONS) for s in State)


def test_an_intent_that_does_not_fit_the_screen_is_refused(journey: Journey) -> None:
    with pytest.raises(JourneyError):
        journey.send()
    with pytest.raises(JourneyError):
        journey.choose_service("housing-benefit")
    journey.start()
    with pytest.raises(JourneyError):
        journey.choose_service("no-such-service")
    assert journey.state is State.SERVICE


def test_back_goes_one_screen_back_and_keeps_the_session(journey: Journey) -> None:
    walk_to(journey, State.CHECK)
    journey.go_back()
    assert journey.state is State.REVIEW
    journey.go_back()
    assert journey.state is State.CAPTURE
    assert journey.session is not None and journey.session.page_count == 1
    journey.go_back()
    journey.go_back()
    assert journey.state is State.SERVICE


@pytest.mark.parametrize("side", [State.FORMS, State.COPY], ids=lambda s: s.value)
def test_forms_and_copy_leave_from_the_service_screen_and_finish_wipes(
    journey: Journey, made_pages: list[MemoryPages], side: State
) -> None:
    walk_to(journey, side)
    journey.go_back()
    assert journey.state is State.SERVICE and journey.session is not None
    getattr(journey, SIDE_PATHS[side])()
    journey.finish()
    assert journey.state is State.ATTRACT and journey.session is None
    assert made_pages[0].wiped


@pytest.mark.parametrize(
    "state",
    [s for s in State if s not in (State.HELP, State.SENDING, *HELP_OPTIONS)],
    ids=lambda s: s.value,
)
def test_help_returns_to_the_screen_it_was_asked_from_with_the_session_kept(
    journey: Journey, state: State
) -> None:
    walk_to(journey, state)
    before = journey.session
    journey.ask_help()
    assert journey.state is State.HELP
    journey.close_help()
    assert journey.state is state and journey.session is before


def test_help_cannot_be_asked_twice_or_closed_when_not_open(journey: Journey) -> None:
    with pytest.raises(JourneyError):
        journey.close_help()
    journey.ask_help()
    with pytest.raises(JourneyError):
        journey.ask_help()


def test_help_times_out_like_any_screen_and_wipes(
    journey: Journey, clock: FakeClock, made_pages: list[MemoryPages]
) -> None:
    walk_to(journey, State.REVIEW)
    journey.ask_help()
    clock.advance(IDLE_S)
    journey.tick()
    clock.advance(IDLE_WARNING_S)
    journey.tick()
    assert journey.state is State.ATTRACT and made_pages[0].wiped


# --- help beyond the station (issue 8) --------------------------------------------------


@pytest.mark.parametrize("option", sorted(HELP_OPTIONS, key=lambda s: s.value), ids=str)
def test_a_help_option_returns_to_help_then_to_the_screen_before(
    journey: Journey, option: State
) -> None:
    walk_to(journey, State.REVIEW)
    before = journey.session
    journey.ask_help()
    journey.choose_help_option(option)
    assert journey.state is option
    journey.close_help_option()
    assert journey.state is State.HELP
    journey.close_help()
    assert journey.state is State.REVIEW and journey.session is before


def test_help_options_are_reached_only_from_the_help_screen(journey: Journey) -> None:
    option_events = set(HELP_OPTIONS.values())
    assert {before for (before, event) in TRANSITIONS if event in option_events} == {State.HELP}
    walk_to(journey, State.DETAILS)
    with pytest.raises(JourneyError):
        journey.choose_help_option(State.CALLBACK)
    with pytest.raises(JourneyError):
        journey.close_help_option()
    journey.ask_help()
    with pytest.raises(JourneyError):
        journey.choose_help_option(State.CAPTURE)  # not a help option
    assert journey.state is State.HELP


@pytest.mark.parametrize("option", sorted(HELP_OPTIONS, key=lambda s: s.value), ids=str)
def test_no_help_from_a_help_option_so_going_back_never_loops(
    journey: Journey, option: State
) -> None:
    walk_to(journey, State.HELP)
    journey.choose_help_option(option)
    assert not journey.can(Event.HELP_ASKED)
    with pytest.raises(JourneyError):
        journey.ask_help()


def test_a_help_option_times_out_and_wipes(
    journey: Journey, clock: FakeClock, made_pages: list[MemoryPages]
) -> None:
    walk_to(journey, State.DETAILS)
    journey.ask_help()
    journey.choose_help_option(State.CALLBACK)
    clock.advance(IDLE_S)
    journey.tick()
    assert journey.idle_warning_shown
    clock.advance(IDLE_WARNING_S)
    journey.tick()
    assert journey.state is State.ATTRACT and made_pages[0].wiped


# --- details -------------------------------------------------------------------------


def test_details_with_problems_stay_on_the_screen_and_say_which_field(journey: Journey) -> None:
    walk_to(journey, State.DETAILS)

    problems = journey.enter_details({"claim_number": "1234", "full_name": "  "})

    assert problems == {
        "claim_number": FieldProblem.WRONG_FORMAT,
        "full_name": FieldProblem.MISSING,
    }
    assert journey.state is State.DETAILS
    assert journey.session is not None and journey.session.fields == {}


def test_a_number_typed_in_groups_is_accepted_without_the_spaces(journey: Journey) -> None:
    walk_to(journey, State.DETAILS)
    assert (
        journey.enter_details({"claim_number": " 1234 5678 ", "full_name": "Ada  Lovelace"}) == {}
    )
    assert journey.session is not None
    assert journey.session.fields == {"claim_number": "12345678", "full_name": "Ada Lovelace"}


def test_an_optional_field_may_stay_empty_and_is_not_kept() -> None:
    cleaned, problems = check_fields(BLUE_BADGE.fields, {"full_name": "Ada", "phone": ""})
    assert problems == {} and cleaned == {"full_name": "Ada"}


def test_field_problems_carry_message_keys_for_the_screen() -> None:
    assert FieldProblem.MISSING.message_key == "field.missing"
    assert FieldProblem.WRONG_FORMAT.message_key == "field.wrong_format"


# --- capture and review ------------------------------------------------------------------


def test_finished_with_no_page_stays_on_capture(journey: Journey) -> None:
    walk_to(journey, State.CAPTURE)
    assert journey.finish_capture() is False
    assert journey.state is State.CAPTURE


def test_review_with_every_page_deleted_cannot_go_on(journey: Journey) -> None:
    walk_to(journey, State.REVIEW)
    assert journey.session is not None
    pages = journey.session.pages
    assert isinstance(pages, MemoryPages)
    pages.pages.clear()
    assert journey.accept_pages() is False and journey.state is State.REVIEW
    journey.scan_more()
    assert journey.state is State.CAPTURE


def test_scan_this_page_again_goes_to_capture_remembering_the_page_until_it_leaves(
    journey: Journey,
) -> None:
    walk_to(journey, State.REVIEW)
    assert journey.session is not None
    journey.rescan_page("page-1")
    assert journey.state is State.CAPTURE
    assert journey.session.rescan_page_id == "page-1"
    assert journey.finish_capture() is True
    assert journey.state is State.REVIEW and journey.session.rescan_page_id is None

    journey.rescan_page("page-1")
    journey.ask_help()
    journey.close_help()
    assert journey.state is State.CAPTURE and journey.session.rescan_page_id == "page-1"
    journey.go_back()
    assert journey.state is State.DETAILS and journey.session.rescan_page_id is None

    journey.enter_details(GOOD_DETAILS)
    journey.finish_capture()
    journey.scan_more()
    assert journey.session.rescan_page_id is None


def test_scan_this_page_again_is_only_asked_on_review(journey: Journey) -> None:
    walk_to(journey, State.CAPTURE)
    with pytest.raises(JourneyError):
        journey.rescan_page("page-1")


# --- sending ----------------------------------------------------------------------------


def test_a_failed_hand_over_returns_to_check_with_the_pages_kept(journey: Journey) -> None:
    walk_to(journey, State.SENDING)
    journey.sending_failed(session_id(journey))
    assert journey.state is State.CHECK
    assert journey.session is not None and journey.session.page_count == 1


def test_a_reference_for_a_session_that_already_ended_is_ignored(journey: Journey) -> None:
    walk_to(journey, State.SENDING)
    old = session_id(journey)
    journey.start_again()
    journey.start()
    journey.documents_queued(old, "DEM-LATE")
    journey.sending_failed(old)
    assert journey.state is State.SERVICE
    assert journey.session is not None and journey.session.kiosk_reference is None


# --- the idle timer ----------------------------------------------------------------------


def test_idle_warning_shows_after_the_timeout_then_counts_down(
    journey: Journey, clock: FakeClock
) -> None:
    walk_to(journey, State.DETAILS)
    clock.advance(IDLE_S - 1)
    journey.tick()
    assert not journey.idle_warning_shown

    clock.advance(1)
    journey.tick()
    assert journey.idle_warning_shown
    assert journey.idle_seconds_left == IDLE_WARNING_S

    clock.advance(10)
    journey.tick()
    assert journey.idle_seconds_left == IDLE_WARNING_S - 10
    assert journey.state is State.DETAILS


def test_idle_warning_lasts_at_least_20_seconds() -> None:
    assert IDLE_WARNING_S >= 20
    with pytest.raises(ValueError):
        Journey([HOUSING], IDLE_S, FakeClock(), MemoryPages, idle_warning_s=10)


def test_no_answer_to_the_warning_wipes_the_session_and_returns_to_attract(
    journey: Journey, clock: FakeClock, made_pages: list[MemoryPages]
) -> None:
    walk_to(journey, State.REVIEW)
    heard: list[Change] = []
    journey.subscribe(heard.append)
    clock.advance(IDLE_S)
    journey.tick()
    clock.advance(IDLE_WARNING_S)
    journey.tick()

    assert journey.state is State.ATTRACT and journey.session is None
    assert made_pages[0].wiped
    assert heard == [Change(State.REVIEW, Event.TIMED_OUT, State.ATTRACT)]
    assert not journey.idle_warning_shown


def test_i_need_more_time_restarts_the_wait(journey: Journey, clock: FakeClock) -> None:
    walk_to(journey, State.CAPTURE)
    clock.advance(IDLE_S)
    journey.tick()
    clock.advance(IDLE_WARNING_S - 1)
    journey.more_time()
    assert not journey.idle_warning_shown

    clock.advance(IDLE_S - 1)
    journey.tick()
    assert journey.state is State.CAPTURE and not journey.idle_warning_shown


def test_a_stray_touch_does_not_hide_the_warning(journey: Journey, clock: FakeClock) -> None:
    walk_to(journey, State.SERVICE)
    clock.advance(IDLE_S)
    journey.tick()
    journey.touched()
    clock.advance(IDLE_WARNING_S)
    journey.tick()
    assert journey.state is State.ATTRACT


def test_touches_keep_the_session_alive(journey: Journey, clock: FakeClock) -> None:
    walk_to(journey, State.DETAILS)
    for _ in range(5):
        clock.advance(IDLE_S - 1)
        journey.touched()
        journey.tick()
    assert journey.state is State.DETAILS and not journey.idle_warning_shown


def test_attract_and_sending_never_time_out(journey: Journey, clock: FakeClock) -> None:
    clock.advance(IDLE_S * 10)
    journey.tick()
    assert journey.state is State.ATTRACT and not journey.idle_warning_shown
    walk_to(journey, State.SENDING)
    clock.advance(IDLE_S * 10)
    journey.tick()
    assert journey.state is State.SENDING


def test_each_screen_change_restarts_the_wait(journey: Journey, clock: FakeClock) -> None:
    journey.start()
    clock.advance(IDLE_S - 1)
    journey.choose_service("blue-badge")
    clock.advance(IDLE_S - 1)
    journey.tick()
    assert journey.state is State.DETAILS and not journey.idle_warning_shown


def test_the_station_configs_services_drive_the_journey(clock: FakeClock) -> None:
    from pathlib import Path

    from kiosk.config import load_config

    config = load_config(Path(__file__).resolve().parents[3] / "config" / "demo.toml")
    journey = Journey(config.services, config.station.idle_timeout_s, clock, MemoryPages)
    journey.start()
    journey.choose_service("parking")
    assert journey.enter_details({"pcn": "12345678"}) == {"pcn": FieldProblem.WRONG_FORMAT}
    assert journey.enter_details({"pcn": "GR12345678"}) == {}
    assert journey.state is State.CAPTURE
