"""The scanner stops answering mid-page: the resident gets a plain screen instead
of a spinner for ever, keeps the pages already scanned, and "Try again" works
without a restart. Through the real window on libsane's test scanner, whose
`read_delay` holds every block of the page back longer than the stall guard
allows for that one scan. Screens reached are saved under build/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_screens import (
    SCAN_TIMEOUT_MS,
    SEND_TIMEOUT_MS,
    Shot,
    StationMaker,
    item,
    scan_one_page,
    send_pages,
    start_service,
    tap,
)
from pytestqt.qtbot import QtBot

from drivers.scanner import SaneScanner
from kiosk.config import StationConfig
from kiosk.core.journey import State
from kiosk.testbed.receiver import Receiver
from kiosk.testbed.scanner_faults import SLOW_BLOCKS, FaultOnce
from kiosk.ui.window import KioskWindow

STALLED_TEXT = (
    "The scanner stopped answering. Tap Try again. "
    "If it stops again, please ask a member of staff for help."
)


@pytest.fixture
def stalling_station(
    make_station: StationMaker, demo_config: StationConfig, sane_config_dir: Path
) -> tuple[KioskWindow, FaultOnce]:
    scanner = FaultOnce(
        SaneScanner(demo_config.scanner.device, sane_config_dir), SLOW_BLOCKS, stall_after_s=0.1
    )
    return make_station(scanner), scanner


def test_a_scanner_that_stops_answering_shows_a_plain_screen_keeps_pages_and_tries_again(
    stalling_station: tuple[KioskWindow, FaultOnce],
    qtbot: QtBot,
    screenshot: Shot,
    backoffice_receiver: Receiver,
) -> None:
    window, scanner = stalling_station
    journey = window.screens.journey
    start_service(qtbot, window, "parking", {"pcn": "GR12345678"})
    scan_one_page(qtbot, window, 1)

    scanner.armed.set()
    tap(qtbot, window, "scanButton")
    panel = item(window, "faultPanel")
    qtbot.waitUntil(panel.isVisible, timeout=SCAN_TIMEOUT_MS)
    assert item(window, "faultMessage").property("text") == STALLED_TEXT
    assert not window.screens.capture.scanning  # no spinner left turning
    assert journey.state is State.CAPTURE and journey.session is not None
    assert journey.session.page_count == 1  # the first page is kept
    screenshot(window, "capture_scanner_stopped_answering")

    tap(qtbot, window, "tryAgainButton")
    qtbot.waitUntil(
        lambda: not window.screens.capture.scanning and journey.session.page_count == 2,
        timeout=SCAN_TIMEOUT_MS,
    )
    assert not panel.isVisible()
    screenshot(window, "capture_after_try_again")
    send_pages(qtbot, window)
    qtbot.waitUntil(lambda: len(backoffice_receiver.received()) == 1, timeout=SEND_TIMEOUT_MS)
    assert backoffice_receiver.received()[0].metadata["page_count"] == 2
