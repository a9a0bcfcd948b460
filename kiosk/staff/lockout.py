"""Wrong-PIN lockout, counted across restarts.

After `LOCK_AFTER_FAILURES` wrong PINs in a row the pad locks for 30 s; every
further wrong PIN locks it again for longer (`LOCKOUT_STEPS_S`, then the last
step for ever) until a right PIN resets the count. The count and the end of the
lock live in a small JSON file written atomically, so switching the station
off and on does not give a guesser a fresh start.

Wall-clock time, not monotonic: it must mean the same after a reboot. A clock
set backwards could make a lock seem to last for ages, so a lock never lasts
longer than its own step from now.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kiosk.staff.files import write_atomically

log = logging.getLogger(__name__)

LOCK_AFTER_FAILURES: Final = 5
LOCKOUT_STEPS_S: Final = (30.0, 60.0, 300.0, 900.0)


def lockout_for(failures: int) -> float:
    """How long the pad locks after this many wrong PINs in a row (0: not locked)."""
    if failures < LOCK_AFTER_FAILURES:
        return 0.0
    step = min(failures - LOCK_AFTER_FAILURES, len(LOCKOUT_STEPS_S) - 1)
    return LOCKOUT_STEPS_S[step]


@dataclass(frozen=True)
class LockoutState:
    failures: int = 0
    locked_until: float = 0.0  # wall-clock seconds (time.time())


class Lockout:
    def __init__(self, path: Path, now: Callable[[], float] = time.time) -> None:
        self.path = path
        self._now = now
        self.state = self._load()

    def seconds_left(self) -> float:
        """How long the pad stays locked from now (0: a PIN may be tried)."""
        left = self.state.locked_until - self._now()
        if left <= 0:
            return 0.0
        return min(left, lockout_for(self.state.failures) or LOCKOUT_STEPS_S[-1])

    @property
    def failures(self) -> int:
        return self.state.failures

    def record_failure(self) -> float:
        """A wrong PIN: count it; the lock it starts (0 if none)."""
        failures = self.state.failures + 1
        lock_s = lockout_for(failures)
        self._save(LockoutState(failures, self._now() + lock_s if lock_s else 0.0))
        return lock_s

    def record_success(self) -> None:
        if self.state != LockoutState():
            self._save(LockoutState())

    def _save(self, state: LockoutState) -> None:
        self.state = state
        data = {"failures": state.failures, "locked_until": state.locked_until}
        try:
            write_atomically(self.path, json.dumps(data).encode())
        except OSError as error:
            # Still counted in memory for as long as the app runs.
            log.error(
                "lockout state not saved",
                extra={"fields": {"path": str(self.path), "reason": error.strerror}},
            )

    def _load(self) -> LockoutState:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            failures = int(data["failures"])
            locked_until = float(data["locked_until"])
            if failures < 0:
                raise ValueError("negative count")
        except (FileNotFoundError, NotADirectoryError):
            return LockoutState()
        except (OSError, ValueError, KeyError, TypeError) as error:
            # Unreadable or garbled: no free guesses, but no lock out of nowhere
            # either. The next wrong PIN locks the pad.
            log.warning(
                "lockout state unreadable; counting as %d wrong PINs",
                LOCK_AFTER_FAILURES - 1,
                extra={"fields": {"path": str(self.path), "reason": str(error)}},
            )
            return LockoutState(LOCK_AFTER_FAILURES - 1, 0.0)
        return LockoutState(failures, locked_until)
