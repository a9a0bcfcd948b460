"""Wrong-PIN lockout: after 5 a growing lock, kept across restarts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from staff_helpers import FakeWallClock

from kiosk.staff.lockout import LOCK_AFTER_FAILURES, Lockout, lockout_for


def test_the_lock_grows_then_stays_at_its_cap() -> None:
    assert [lockout_for(n) for n in range(1, 11)] == [
        0, 0, 0, 0, 30, 60, 300, 900, 900, 900,
    ]  # fmt: skip


def test_five_wrong_pins_lock_for_30_seconds(tmp_path: Path, wall_clock: FakeWallClock) -> None:
    lockout = Lockout(tmp_path / "lockout.json", wall_clock)
    for _ in range(LOCK_AFTER_FAILURES - 1):
        assert lockout.record_failure() == 0
        assert lockout.seconds_left() == 0
    assert lockout.record_failure() == 30
    assert lockout.seconds_left() == 30
    wall_clock.advance(29)
    assert lockout.seconds_left() == pytest.approx(1)
    wall_clock.advance(1)
    assert lockout.seconds_left() == 0
    assert lockout.record_failure() == 60


def test_the_count_survives_a_restart(tmp_path: Path, wall_clock: FakeWallClock) -> None:
    path = tmp_path / "lockout.json"
    first = Lockout(path, wall_clock)
    for _ in range(5):
        first.record_failure()
    wall_clock.advance(10)
    again = Lockout(path, wall_clock)  # the station restarted
    assert again.failures == 5
    assert again.seconds_left() == pytest.approx(20)
    wall_clock.advance(20)
    assert again.record_failure() == 60


def test_a_right_pin_resets_the_count(tmp_path: Path, wall_clock: FakeWallClock) -> None:
    path = tmp_path / "lockout.json"
    lockout = Lockout(path, wall_clock)
    for _ in range(3):
        lockout.record_failure()
    lockout.record_success()
    assert Lockout(path, wall_clock).failures == 0


def test_a_clock_set_backwards_does_not_lock_for_ages(
    tmp_path: Path, wall_clock: FakeWallClock
) -> None:
    path = tmp_path / "lockout.json"
    path.write_text(json.dumps({"failures": 5, "locked_until": wall_clock() + 86400}))
    assert Lockout(path, wall_clock).seconds_left() == 30


@pytest.mark.parametrize("text", ["", "{", '{"failures": "many"}', "[1, 2]", '{"failures": -3}'])
def test_a_garbled_state_file_gives_no_free_guesses(
    tmp_path: Path, wall_clock: FakeWallClock, text: str
) -> None:
    path = tmp_path / "lockout.json"
    path.write_text(text)
    lockout = Lockout(path, wall_clock)
    assert lockout.seconds_left() == 0
    assert lockout.record_failure() == 30


def test_an_unwritable_state_folder_still_counts_in_memory(
    tmp_path: Path, wall_clock: FakeWallClock, caplog: pytest.LogCaptureFixture
) -> None:
    # A file where the folder should be: unwritable even for root (tests may run as root).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    lockout = Lockout(blocker / "lockout.json", wall_clock)
    for _ in range(5):
        lockout.record_failure()
    assert lockout.seconds_left() == 30
    assert "lockout state not saved" in caplog.text
