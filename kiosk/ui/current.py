"""What the screens read about the resident's current session."""

from __future__ import annotations

from kiosk.config import ServiceConfig
from kiosk.core.journey import Journey


def current_service(journey: Journey) -> ServiceConfig | None:
    """The service the resident chose, as the station config describes it."""
    session = journey.session
    service = session.service if session else None
    return service if isinstance(service, ServiceConfig) else None


def shown_service(journey: Journey, language: str) -> ServiceConfig | None:
    """The chosen service in the words a resident reading `language` sees.

    For the screens only: what goes to the back office stays English.
    """
    service = current_service(journey)
    return service.in_language(language) if service is not None else None
