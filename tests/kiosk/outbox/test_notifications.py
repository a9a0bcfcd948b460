"""JSON notifications (help requests, call-back requests) through the real outbox,
sender and receiver: encrypted at rest, delivered as application/json, retried,
parked on a 4xx with the reason, nothing personal in the logs."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from test_outbox import STATION, sender_for, wait_until

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from kiosk.core.help import HelpDesk, HelpForwarder
from kiosk.core.sending import HELP_CHANNEL, EntryState, Notification, callback_channel
from kiosk.outbox import FileOutbox
from kiosk.testbed.receiver import Receiver

PHONE = "+442088548888"
CALLBACK = callback_channel("housing-benefit")


def callback(phone: str = PHONE) -> Notification:
    payload = {"service_id": "housing-benefit", "phone": phone, "preferred_time": "morning"}
    return Notification(CALLBACK, {"event": "callback_requested", "language": "en", **payload})


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def outbox(tmp_path: Path, key: bytes) -> Iterator[FileOutbox]:
    box = FileOutbox(tmp_path / "outbox", key, STATION)
    box.recover()
    yield box
    box.close()


@pytest.fixture
def office(backoffice_receiver: Receiver, tmp_path: Path) -> HttpBackOffice:
    token = tmp_path / "token"
    token.write_text("test-token")
    base = backoffice_receiver.url
    return HttpBackOffice(
        [],
        notification_endpoints=[
            ServiceEndpoint(HELP_CHANNEL, f"{base}/webhooks/champions", token, read_timeout_s=5),
            ServiceEndpoint(CALLBACK, f"{base}/callbacks/housing-benefit", token, read_timeout_s=5),
        ],
    )


def test_a_help_request_reaches_the_webhook_as_json_without_personal_data(
    outbox: FileOutbox, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    desk = HelpDesk()
    HelpForwarder(outbox, "Woolwich Centre, ground floor", lambda work: work()).attach(desk)
    request = desk.raise_request("capture")
    desk.answer(request.id)  # an answer is not sent again

    sender = sender_for(outbox, office).start()
    try:
        wait_until(lambda: len(backoffice_receiver.notifications("webhooks")) == 1)
    finally:
        sender.stop()
    [got] = backoffice_receiver.notifications("webhooks")
    [entry] = outbox.entries()
    assert got.name == "champions" and got.idempotency_key == entry.idempotency_key
    body = got.body
    assert set(body) == {
        "kiosk_reference", "station_id", "site", "created_at", "event", "text",
        "station_name", "screen", "help_id", "requested_at",
    }  # fmt: skip
    assert (body["station_id"], body["site"], body["screen"]) == ("demo-01", "woolwich", "capture")
    assert body["text"].startswith("Help wanted at Woolwich Centre, ground floor: a resident")
    assert "'capture' screen" in body["text"]
    assert entry.service_id == HELP_CHANNEL and entry.state is EntryState.SENT
    assert entry.backoffice_reference == got.reference


def test_a_call_back_is_encrypted_at_rest_and_arrives_as_json(
    outbox: FileOutbox, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    queued = outbox.notify(callback())
    for path in outbox.directory.rglob("*"):
        if path.is_file():
            assert b"2088548888" not in path.read_bytes(), f"phone number readable in {path}"
    [entry] = outbox.entries()
    assert (entry.service_id, entry.page_count) == (CALLBACK, 0)

    sender = sender_for(outbox, office).start()
    try:
        wait_until(lambda: outbox.entry(queued.kiosk_reference).state is EntryState.SENT)
    finally:
        sender.stop()
    [got] = backoffice_receiver.notifications("callbacks")
    assert got.body["kiosk_reference"] == queued.kiosk_reference
    assert (got.body["phone"], got.body["preferred_time"]) == (PHONE, "morning")
    assert outbox.entry(queued.kiosk_reference).backoffice_reference == got.reference


def test_a_refused_notification_is_parked_with_the_reason_and_nothing_personal_logged(
    outbox: FileOutbox,
    office: HttpBackOffice,
    backoffice_receiver: Receiver,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    backoffice_receiver.fail_next(404)
    queued = outbox.notify(callback())
    sender = sender_for(outbox, office).start()
    try:
        wait_until(lambda: outbox.entry(queued.kiosk_reference).state is EntryState.PARKED)
    finally:
        sender.stop()
    entry = outbox.entry(queued.kiosk_reference)
    assert entry.last_status == 404
    assert entry.last_error == "404: injected fault 404"
    assert backoffice_receiver.notifications() == []
    logged = caplog.text + "".join(str(getattr(r, "fields", "")) for r in caplog.records)
    assert "2088548888" not in logged
    assert queued.kiosk_reference in logged


def test_a_busy_webhook_is_tried_again_and_a_wrong_token_parks(
    outbox: FileOutbox, office: HttpBackOffice, backoffice_receiver: Receiver, tmp_path: Path
) -> None:
    backoffice_receiver.fail_next(503, times=2, retry_after_s=0)
    first = outbox.notify(Notification(HELP_CHANNEL, {"text": "Help wanted"}))
    sender = sender_for(outbox, office).start()
    try:
        wait_until(lambda: outbox.entry(first.kiosk_reference).state is EntryState.SENT)
        assert outbox.entry(first.kiosk_reference).attempts == 3
        (tmp_path / "token").write_text("not-the-token")
        second = outbox.notify(Notification(HELP_CHANNEL, {"text": "Help wanted"}))
        wait_until(lambda: outbox.entry(second.kiosk_reference).state is EntryState.PARKED)
    finally:
        sender.stop()
    assert outbox.entry(second.kiosk_reference).last_error.startswith(
        "401: the endpoint refused the station's credentials"
    )


def test_a_webhook_answering_plain_text_ok_counts_as_delivered(
    outbox: FileOutbox, tmp_path: Path
) -> None:
    """Slack answers `ok` and Teams `1`, as text/plain: any 2xx is delivered."""
    import http.server
    import threading

    class SlackLike(http.server.BaseHTTPRequestHandler):
        bodies: ClassVar[list[bytes]] = []

        def do_POST(self) -> None:
            SlackLike.bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), SlackLike)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/services/T0/B0"
    office = HttpBackOffice([], notification_endpoints=[ServiceEndpoint(HELP_CHANNEL, url)])
    queued = outbox.notify(Notification(HELP_CHANNEL, {"text": "Help wanted"}))
    sender = sender_for(outbox, office).start()
    try:
        wait_until(lambda: outbox.entry(queued.kiosk_reference).state is EntryState.SENT)
    finally:
        sender.stop()
        server.shutdown()
        server.server_close()
    assert outbox.entry(queued.kiosk_reference).backoffice_reference == "HTTP 200"
    assert json.loads(SlackLike.bodies[0])["text"] == "Help wanted"


def test_a_notification_without_a_configured_endpoint_is_parked(
    outbox: FileOutbox, backoffice_receiver: Receiver
) -> None:
    queued = outbox.notify(callback())
    sender = sender_for(outbox, HttpBackOffice([])).start()
    try:
        wait_until(lambda: outbox.entry(queued.kiosk_reference).state is EntryState.PARKED)
    finally:
        sender.stop()
    assert (
        "no endpoint configured for 'callback:housing-benefit'"
        in outbox.entry(queued.kiosk_reference).last_error
    )


def test_a_notification_saved_just_before_a_crash_is_adopted_and_sent(
    outbox: FileOutbox, office: HttpBackOffice, backoffice_receiver: Receiver, key: bytes
) -> None:
    queued = outbox.notify(callback())
    # The kill came between the entry file and its index row.
    with outbox._transaction() as db:
        db.execute("DELETE FROM entries")
    reopened = FileOutbox(outbox.directory, key, STATION)
    reopened.recover()
    [entry] = reopened.entries()
    assert (entry.reference, entry.service_id) == (queued.kiosk_reference, CALLBACK)
    sender = sender_for(reopened, office).start()
    try:
        wait_until(lambda: len(backoffice_receiver.notifications("callbacks")) == 1)
    finally:
        sender.stop()
        reopened.close()
