"""What the screens read about the current session: kiosk/ui/current.py."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import StationConfig
from kiosk.core.journey import Journey
from kiosk.documents.pages import PageStore
from kiosk.ui.current import current_service, preselected


class StillClock:
    def monotonic_s(self) -> float:
        return 0.0


def test_a_help_option_starts_with_the_residents_own_service_or_the_only_one(
    demo_config: StationConfig, tmp_path: Path
) -> None:
    journey = Journey(demo_config.services, 90, StillClock(), lambda: PageStore(tmp_path))
    assert preselected(journey, ["parking"]) == "parking"  # no session yet: the only one
    assert preselected(journey, ["parking", "council-tax"]) == ""  # the resident chooses
    assert preselected(journey, []) == ""

    journey.start()
    journey.choose_service("council-tax")
    own = current_service(journey)
    assert own is not None and own.id == "council-tax"
    assert preselected(journey, ["parking", "council-tax"]) == "council-tax"
    assert preselected(journey, ["parking"]) == "parking"  # theirs is not offered: the only one
    assert preselected(journey, ["parking", "blue-badge"]) == ""
