"""Training mode's switch and the outbox wrapper that marks what is stored while it is on."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.callback import PreferredTime, callback_notification
from kiosk.core.sending import Submission
from kiosk.core.training import TrainingMode, TrainingOutbox, TrainingUnavailableError
from kiosk.outbox import FileOutbox, Station


def test_training_needs_a_sandbox() -> None:
    with pytest.raises(TrainingUnavailableError, match=r"\[training\] endpoint"):
        TrainingMode(available=False).turn_on()
    with pytest.raises(TrainingUnavailableError):
        TrainingMode(available=False, active=True)


def test_listeners_hear_each_change_once() -> None:
    training = TrainingMode(available=True)
    heard: list[bool] = []
    training.subscribe(heard.append)

    training.turn_on("Sam")
    training.turn_on("Sam")
    training.turn_off("Sam")
    worker = threading.Thread(target=training.turn_on)
    worker.start()
    worker.join()

    assert heard == [True, False, True]
    assert training.active


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[FileOutbox]:
    box = FileOutbox(tmp_path / "outbox", b"k" * 32, Station("demo-01", "woolwich", "DEM"))
    yield box
    box.close()


def test_submissions_stored_in_training_are_marked(outbox: FileOutbox) -> None:
    training = TrainingMode(available=True)
    wrapped = TrainingOutbox(outbox, training)
    submission = Submission("parking", "en", {"pcn": "GR12345678"}, 1, b"%PDF-1.7\nx")

    live = wrapped.enqueue(submission).kiosk_reference
    training.turn_on()
    practice = wrapped.enqueue(submission).kiosk_reference

    live_parcel = outbox.parcel(outbox.entry(live))
    practice_parcel = outbox.parcel(outbox.entry(practice))
    assert not live_parcel.training
    assert "training" not in json.loads(live_parcel.metadata_json)
    assert practice_parcel.training
    assert json.loads(practice_parcel.metadata_json)["training"] is True
    assert wrapped.stats().depth == 2


def test_a_call_back_asked_in_training_is_never_queued_but_gets_a_reference(
    outbox: FileOutbox,
) -> None:
    training = TrainingMode(available=True)
    wrapped = TrainingOutbox(outbox, training)
    call = callback_notification("parking", "+442088548888", PreferredTime.ANY, "en")

    live = wrapped.notify(call).kiosk_reference
    training.turn_on()
    practice = wrapped.notify(call).kiosk_reference

    assert outbox.entry(live).service_id == "callback:parking"
    assert practice.startswith("DEM-") and practice != live
    assert [e.reference for e in outbox.entries()] == [live]
