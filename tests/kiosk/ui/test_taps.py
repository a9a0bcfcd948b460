"""A double tap, or a tap after the screen has moved on, is ignored, not an error."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.config import StationConfig
from kiosk.core.journey import Journey, State
from kiosk.documents.pages import PageStore
from kiosk.ui.service_viewmodel import ServiceViewModel


class StillClock:
    def monotonic_s(self) -> float:
        return 0.0


def test_a_second_tap_on_a_service_tile_is_ignored_with_a_log_line(
    demo_config: StationConfig, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    journey = Journey(demo_config.services, 90, StillClock(), lambda: PageStore(tmp_path))
    tiles = ServiceViewModel(journey, demo_config.services)
    journey.start()
    caplog.set_level(logging.INFO, logger="kiosk.ui.taps")

    tiles.choose("housing-benefit")
    tiles.choose("council-tax")  # the Details screen is already on its way

    assert journey.state is State.DETAILS
    assert journey.session is not None and journey.session.service.id == "housing-benefit"
    assert "tap ignored" in caplog.text
