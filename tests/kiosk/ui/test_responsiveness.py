"""The GUI-thread measurements `make bench` reports (kiosk/testbed/responsiveness.py)
run on the real window, scanner and outbox. Only sanity bounds here: the goals
(50 ms) are judged in `make bench`, not in a timed test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from drivers.scanner import SaneScanner
from kiosk.config import StationConfig
from kiosk.testbed.responsiveness import feeder_config, scan_send_stall_ms, tap_feedback_ms
from kiosk.ui.window import KioskWindow

SANITY_MS = 2_000  # a GUI thread stuck this long would be a bug, whatever the machine


def test_a_ten_page_scan_and_send_keeps_the_gui_thread_running(
    make_station: Callable[..., KioskWindow],
    qtbot: QtBot,
    demo_config: StationConfig,
    sane_config_dir: Path,
    qapp: QGuiApplication,
) -> None:
    window = make_station(
        SaneScanner(demo_config.scanner.device, sane_config_dir), feeder_config(demo_config)
    )
    stall = scan_send_stall_ms(qapp, window, "housing-benefit")
    assert 0 <= stall < SANITY_MS
    assert window.current_screen == "confirmation"

    feedback = tap_feedback_ms(qapp, window, taps=10)
    assert len(feedback) == 10 and max(feedback) < SANITY_MS
