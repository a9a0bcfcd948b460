"""Taps that arrive after the journey has moved on.

A resident double-taps, or taps a button while its screen is sliding away:
the journey (kiosk.core.journey) rightly refuses an event that does not fit
its state. At the UI boundary that is not an error, it is a tap to ignore,
with a log line; the screen on display already shows the right thing.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from kiosk.core.journey import JourneyError

log = logging.getLogger(__name__)

Slot = TypeVar("Slot", bound=Callable[..., None])


def resident_tap(slot: Slot) -> Slot:
    """Wrap a view-model slot so a tap the journey cannot take is ignored."""

    @functools.wraps(slot)
    def tolerant(*args: Any, **kwargs: Any) -> None:
        try:
            slot(*args, **kwargs)
        except JourneyError as refused:
            log.info("tap ignored", extra={"fields": {"slot": slot.__name__, "why": str(refused)}})

    return cast(Slot, tolerant)
