from datetime import UTC, datetime

from kiosk.core.help import HelpDesk

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_a_request_is_heard_listed_and_answered_once() -> None:
    desk = HelpDesk(now=lambda: NOON)
    heard = []
    desk.subscribe(heard.append)

    first = desk.raise_request("capture")
    second = desk.raise_request("details")

    assert [r.screen for r in desk.waiting()] == ["capture", "details"]
    assert first.raised_at == NOON and first.id != second.id

    answered = desk.answer(first.id)
    assert answered is not None and answered.answered
    assert desk.answer(first.id) == answered  # a second answer changes nothing
    assert [r.id for r in desk.waiting()] == [second.id]
    assert [(r.id, r.answered) for r in heard] == [(1, False), (2, False), (1, True)]


def test_answering_an_unknown_request_is_none() -> None:
    assert HelpDesk().answer(42) is None
