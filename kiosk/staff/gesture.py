"""The hidden gesture that opens the PIN pad: hold one corner, then tap a pattern.

The view holds the corner for `[staff] hold_s` itself (a long press) and then
reports each tap with the corner it landed in. The taps must come in the
configured order, each within `TAP_WINDOW_S` of the one before; any other tap
or a pause ends the attempt, and the tap does nothing else (the view eats the
taps while the gesture is armed, so a resident's screen never sees them).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Final

TAP_WINDOW_S: Final = 4.0
CORNER_FRACTION: Final = 0.2  # a corner is the outer fifth of the width and height


def corner_at(x: float, y: float, width: float, height: float) -> str | None:
    """ "top-left", "bottom-right"… for a point in a corner of the window, else None."""
    if width <= 0 or height <= 0:
        return None
    across = (
        "left"
        if x < width * CORNER_FRACTION
        else "right"
        if x > width * (1 - CORNER_FRACTION)
        else None
    )
    down = (
        "top"
        if y < height * CORNER_FRACTION
        else "bottom"
        if y > height * (1 - CORNER_FRACTION)
        else None
    )
    if across is None or down is None:
        return None
    return f"{down}-{across}"


class StaffGesture:
    def __init__(self, pattern: Sequence[str], now: Callable[[], float] = time.monotonic) -> None:
        self.pattern = tuple(pattern)
        self._now = now
        self._matched = 0
        self._last_s: float | None = None

    @property
    def armed(self) -> bool:
        """Waiting for the tap pattern (after the hold, before a pause ends it)."""
        if self._last_s is None:
            return False
        if self._now() - self._last_s > TAP_WINDOW_S:
            self.reset()
            return False
        return True

    def held(self) -> None:
        """The corner was held long enough: the pattern may start."""
        self._matched = 0
        self._last_s = self._now()

    def tapped(self, corner: str | None) -> bool:
        """One tap while armed; True when it completes the pattern (then disarmed)."""
        if not self.armed:
            return False
        if corner != self.pattern[self._matched]:
            self.reset()
            return False
        self._matched += 1
        self._last_s = self._now()
        if self._matched == len(self.pattern):
            self.reset()
            return True
        return False

    def reset(self) -> None:
        self._matched = 0
        self._last_s = None
