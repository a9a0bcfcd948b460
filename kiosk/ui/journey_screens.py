"""The journey's view-models, one per screen, made together around one Journey."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.config import StationConfig
from kiosk.core.journey import Journey, SystemClock
from kiosk.core.ports import Clock
from kiosk.core.scanning import PageSource
from kiosk.core.sending import Outbox
from kiosk.documents.pages import PageStore
from kiosk.ui.background import Background
from kiosk.ui.capture_viewmodel import CaptureViewModel
from kiosk.ui.check_viewmodel import CheckViewModel
from kiosk.ui.confirmation_viewmodel import ConfirmationViewModel
from kiosk.ui.details_viewmodel import DetailsViewModel
from kiosk.ui.journey_viewmodel import JourneyViewModel
from kiosk.ui.review_viewmodel import ReviewViewModel
from kiosk.ui.service_viewmodel import ServiceViewModel


@dataclass(frozen=True)
class JourneyScreens:
    journey: Journey
    background: Background
    router: JourneyViewModel
    service: ServiceViewModel
    details: DetailsViewModel
    capture: CaptureViewModel
    review: ReviewViewModel
    check: CheckViewModel
    confirmation: ConfirmationViewModel

    def qml_properties(self) -> dict[str, QObject]:
        """Main.qml's required properties."""
        return {
            "journey": self.router,
            "services": self.service,
            "details": self.details,
            "capture": self.capture,
            "review": self.review,
            "check": self.check,
            "confirmation": self.confirmation,
        }

    def view_models(self) -> list[QObject]:
        return [self.background, *self.qml_properties().values()]

    def close(self) -> None:
        """The window is going: stop the idle timer and any scan, delete the pages."""
        self.router.stop()
        self.capture.cancel()
        if self.journey.session is not None:
            self.journey.session.wipe()


def build_journey_screens(
    config: StationConfig,
    scanner: PageSource | None = None,
    outbox: Outbox | None = None,
    clock: Clock | None = None,
    pages_root: Path | None = None,
) -> JourneyScreens:
    """Without a scanner or outbox the screens still show, and say what does not work."""
    new_pages: Callable[[], PageStore] = lambda: PageStore(pages_root)  # noqa: E731
    journey = Journey(
        config.services, config.station.idle_timeout_s, clock or SystemClock(), new_pages
    )
    background = Background()
    # Screen view-models first: they hear each change before the router shows
    # the next screen, so it never binds to the previous session's data.
    service = ServiceViewModel(journey, config.services)
    details = DetailsViewModel(journey)
    capture = CaptureViewModel(journey, scanner, config.scan_profile_for, background)
    review = ReviewViewModel(journey)
    check = CheckViewModel(journey, outbox, config.station.id, background)
    confirmation = ConfirmationViewModel(journey)
    router = JourneyViewModel(journey)
    return JourneyScreens(
        journey, background, router, service, details, capture, review, check, confirmation
    )
