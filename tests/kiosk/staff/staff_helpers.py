"""Helpers the staff tests share: a wall clock moved by hand, a lighter argon2id."""

from __future__ import annotations

from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.low_level import Type


class FakeWallClock:
    """A wall clock tests move by hand (time.time() and datetime views of it)."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def datetime(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def quick_hasher() -> PasswordHasher:
    # Real argon2id, only lighter than the station's defaults so tests stay quick.
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID)
