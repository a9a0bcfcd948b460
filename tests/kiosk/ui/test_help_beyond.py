"""Help beyond the station (issue 8), through the real window, outbox and receiver:
the champions' webhook, a call-back, carry on on your phone, talk to someone."""

from __future__ import annotations

import json
import logging

import pytest
from kiosk_screens import (
    SEND_TIMEOUT_MS,
    Shot,
    fill_details,
    tap,
    wait_for_screen,
)
from pytestqt.qtbot import QtBot

from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.outbox import FileOutbox
from kiosk.sending_setup import forward_help_requests
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow


def go_to_services(qtbot: QtBot, station: KioskWindow) -> None:
    tap(qtbot, station, "startButton")
    wait_for_screen(qtbot, station, "service")


def test_get_help_also_reaches_the_champions_webhook_without_personal_data(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    help_desk: HelpDesk,
    outbox: FileOutbox,
    backoffice_receiver: Receiver,
    demo_config: StationConfig,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    forwarding = forward_help_requests(demo_config, outbox, help_desk)
    assert forwarding is not None
    try:
        go_to_services(qtbot, station)
        tap(qtbot, station, "service_housing-benefit")
        wait_for_screen(qtbot, station, "details")
        fill_details(qtbot, station, {"claim_number": "12345678", "full_name": "Ada Lovelace"})
        tap(qtbot, station, "getHelpButton")
        wait_for_screen(qtbot, station, "help")
        screenshot(station)
        qtbot.waitUntil(
            lambda: len(backoffice_receiver.notifications("webhooks")) == 1,
            timeout=SEND_TIMEOUT_MS,
        )
    finally:
        forwarding.shutdown(wait=True)
    [message] = backoffice_receiver.notifications("webhooks")
    body = message.body
    assert (body["station_id"], body["site"], body["screen"]) == ("demo-01", "woolwich", "details")
    assert body["text"].startswith("Help wanted at Demo station: a resident on the 'details'")
    assert body["requested_at"].endswith("+00:00")
    typed = ("Ada", "Lovelace", "12345678")
    assert not any(word in json.dumps(body) for word in typed)
    logged = caplog.text + "".join(str(getattr(r, "fields", "")) for r in caplog.records)
    assert not any(word in logged for word in typed)
