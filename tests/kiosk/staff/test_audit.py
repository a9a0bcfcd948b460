"""The staff audit log: append-only JSON lines per day, pruned, readable, never a crash."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

from staff_helpers import FakeWallClock

from kiosk.staff.audit import AuditLog, AuditRecord, UnreadableLine


def records(log: AuditLog) -> list[AuditRecord]:
    return [r for r in log.read() if isinstance(r, AuditRecord)]


def test_each_record_is_one_json_line_with_time_station_and_champion(audit: AuditLog) -> None:
    audit.record("staff.sign_in", champion="Asha Patel", outcome="ok")
    audit.record("staff.action", champion="Asha Patel", outcome="ok", action="test_print", job=7)
    files = list(audit.directory.iterdir())
    assert [f.name for f in files] == ["audit-2025-06-15.jsonl"]
    lines = [json.loads(line) for line in files[0].read_text().splitlines()]
    assert lines[0] == {
        "ts": "2025-06-15T15:06:40.000+00:00",
        "station": "test-01",
        "event": "staff.sign_in",
        "champion": "Asha Patel",
        "outcome": "ok",
    }
    assert lines[1]["detail"] == {"action": "test_print", "job": 7}
    assert audit.problem is None


def test_lines_are_appended_never_rewritten(audit: AuditLog) -> None:
    audit.record("staff.sign_in", outcome="wrong_pin")
    path = next(audit.directory.iterdir())
    inode, first = path.stat().st_ino, path.read_bytes()
    audit.record("staff.sign_in", outcome="wrong_pin")
    assert path.stat().st_ino == inode
    assert path.read_bytes().startswith(first)


def test_days_older_than_the_retention_are_pruned(
    audit: AuditLog, wall_clock: FakeWallClock
) -> None:
    audit.record("staff.sign_in", outcome="ok")
    wall_clock.advance(timedelta(days=30).total_seconds())
    audit.record("staff.sign_in", outcome="ok")
    assert audit.prune() == []  # 30 days old: kept
    wall_clock.advance(timedelta(days=1).total_seconds())
    removed = audit.prune()
    assert [p.name for p in removed] == ["audit-2025-06-15.jsonl"]
    assert len(records(audit)) == 1


def test_reading_since_a_time(audit: AuditLog, wall_clock: FakeWallClock) -> None:
    audit.record("staff.sign_in", outcome="wrong_pin")
    wall_clock.advance(3600)
    middle = wall_clock.datetime()
    audit.record("staff.sign_in", champion="Tom Okafor", outcome="ok")
    found = [r for r in audit.read(middle) if isinstance(r, AuditRecord)]
    assert [r.champion for r in found] == ["Tom Okafor"]


def test_a_torn_line_is_reported_and_the_rest_still_read(audit: AuditLog) -> None:
    audit.record("staff.sign_in", outcome="ok")
    path = next(audit.directory.iterdir())
    with path.open("a") as file:
        file.write('{"ts": "2025-06-15T15:0\n')
    audit.record("staff.sign_out", outcome="ok")
    items = list(audit.read())
    assert [type(i).__name__ for i in items] == ["AuditRecord", "UnreadableLine", "AuditRecord"]
    torn = items[1]
    assert isinstance(torn, UnreadableLine) and torn.line == 2


def test_an_unwritable_folder_is_reported_not_raised(
    tmp_path: Path, wall_clock: FakeWallClock, caplog: object
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")  # a file where the folder should be: fails even for root
    log = AuditLog(blocker / "audit", "test-01", 30, now=wall_clock.datetime)
    entry = log.record("staff.sign_in", champion="Asha Patel", outcome="ok")
    assert entry.champion == "Asha Patel"
    assert log.problem is not None and str(blocker) in log.problem
    assert list(log.read()) == []
    assert log.prune() == []
    # Once the folder can be written again the problem clears.
    blocker.unlink()
    log.record("staff.sign_in", outcome="ok")
    assert log.problem is None


def test_the_readable_line_shows_who_and_what(audit: AuditLog) -> None:
    entry = audit.record(
        "station.out_of_service", champion="Asha Patel", outcome="ok", message="Printer broken"
    )
    line = entry.line()
    assert "test-01  station.out_of_service  ok  by Asha Patel" in line
    assert 'message="Printer broken"' in line


def test_files_are_not_world_readable(audit: AuditLog) -> None:
    audit.record("staff.sign_in", outcome="ok")
    path = next(audit.directory.iterdir())
    assert os.stat(path).st_mode & 0o007 == 0
