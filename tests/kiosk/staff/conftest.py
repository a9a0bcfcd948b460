"""Staff records in a test's own folders, with a cheap argon2id (same code, less memory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from staff_helpers import FakeWallClock, quick_hasher

from kiosk.staff.audit import AuditLog
from kiosk.staff.pins import CredentialStore


@pytest.fixture
def wall_clock() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def credentials(tmp_path: Path) -> CredentialStore:
    return CredentialStore(tmp_path / "credentials" / "staff-pins", quick_hasher())


@pytest.fixture
def audit(tmp_path: Path, wall_clock: FakeWallClock) -> AuditLog:
    return AuditLog(tmp_path / "audit", "test-01", 30, now=wall_clock.datetime)
