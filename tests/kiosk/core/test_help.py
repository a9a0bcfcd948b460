from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.core.help import HelpDesk
from kiosk.core.sending import Notification, Queued

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


def test_the_webhook_message_says_where_and_when_never_who() -> None:
    from kiosk.core.help import help_notification
    from kiosk.core.sending import HELP_CHANNEL

    when = datetime(2025, 7, 1, 13, 2, tzinfo=UTC)  # 14:02 in London (BST)
    desk = HelpDesk(now=lambda: when)
    notification = help_notification(desk.raise_request("capture"), "Woolwich Centre")
    assert notification.channel == HELP_CHANNEL
    assert notification.payload == {
        "event": "help_requested",
        "text": "Help wanted at Woolwich Centre: a resident on the 'capture' screen asked "
        "for a member of staff at 14:02 (BST).",
        "station_name": "Woolwich Centre",
        "screen": "capture",
        "help_id": 1,
        "requested_at": "2025-07-01T13:02:00+00:00",
    }


class RecordingOutbox:
    """Records notifications (the real outbox is in tests/kiosk/outbox)."""

    def __init__(self) -> None:
        self.notified: list[Notification] = []

    def notify(self, notification: Notification) -> Queued:
        self.notified.append(notification)
        return Queued("DEM-2222-2222", "k")


def test_only_new_requests_are_forwarded_and_off_the_raising_thread() -> None:
    from kiosk.core.help import HelpForwarder

    later: list[Callable[[], None]] = []
    outbox = RecordingOutbox()
    desk = HelpDesk()
    HelpForwarder(outbox, "Demo", later.append).attach(desk)  # type: ignore[arg-type]
    request = desk.raise_request("service")
    desk.answer(request.id)
    assert outbox.notified == [] and len(later) == 1  # nothing written on this thread
    later[0]()
    assert [n.payload["screen"] for n in outbox.notified] == ["service"]


def test_a_help_request_in_training_says_so_and_still_goes() -> None:
    from kiosk.core.help import HelpForwarder

    training = [True]
    outbox = RecordingOutbox()
    desk = HelpDesk(now=lambda: datetime(2025, 1, 6, 9, 30, tzinfo=UTC))
    HelpForwarder(outbox, "Eltham", lambda work: work(), lambda: training[0]).attach(desk)  # type: ignore[arg-type]
    desk.raise_request("details")
    training[0] = False
    desk.raise_request("details")
    practice, real = (n.payload for n in outbox.notified)
    assert practice["training"] is True
    assert practice["text"] == (
        "TRAINING (practice session). Help wanted at Eltham: a trainee on the 'details' "
        "screen asked for a member of staff at 09:30 (GMT)."
    )
    assert "training" not in real
    assert str(real["text"]).startswith("Help wanted at Eltham: a resident")
