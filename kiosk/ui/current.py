"""What the screens read about the resident's current session."""

from __future__ import annotations

from collections.abc import Sequence

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


def preselected(journey: Journey, offered: Sequence[str]) -> str:
    """Which of the `offered` service ids a help option starts with chosen.

    The resident's own service when it is offered; else the only one; else
    none ("") and the resident chooses.
    """
    own = current_service(journey)
    if own is not None and own.id in offered:
        return own.id
    return offered[0] if len(offered) == 1 else ""
