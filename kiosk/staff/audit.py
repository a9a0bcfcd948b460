"""The staff audit log: who did what at this station, and when.

One JSON object per line, one file per day (``audit-YYYY-MM-DD.jsonl``, UTC),
in ``[staff] audit_dir``. Lines are only ever appended (O_APPEND, fsync after
each); a whole day's file is deleted once it is older than ``audit_keep_days``
(`prune`, at start), so no file is ever rewritten.

Every staff sign-in (right PIN, wrong PIN, locked, unavailable), sign-out,
action and out-of-service change is a line, with the champion's name when
known, the time and the station. Never anything a resident typed or scanned:
the callers pass counts, states and kiosk references only.

Each line is also logged (logger ``kiosk.audit``), so the journal keeps a copy
if the folder cannot be written; `problem` then says why, for the staff screen.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

log = logging.getLogger(__name__)
audit_log = logging.getLogger("kiosk.audit")

FILE_PATTERN: Final = re.compile(r"audit-(\d{4}-\d{2}-\d{2})\.jsonl")
FILE_MODE: Final = 0o640


@dataclass(frozen=True)
class AuditRecord:
    ts: datetime
    station: str
    event: str  # "staff.sign_in", "staff.action", "station.out_of_service"…
    champion: str | None = None
    outcome: str | None = None  # "ok", "wrong_pin", "failed"…
    detail: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "ts": self.ts.isoformat(timespec="milliseconds"),
            "station": self.station,
            "event": self.event,
        }
        if self.champion is not None:
            data["champion"] = self.champion
        if self.outcome is not None:
            data["outcome"] = self.outcome
        if self.detail:
            data["detail"] = dict(self.detail)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AuditRecord:
        ts = datetime.fromisoformat(str(data["ts"]))
        if ts.tzinfo is None:
            ts = ts.replace(tzinfo=UTC)
        detail = data.get("detail") or {}
        if not isinstance(detail, dict):
            raise ValueError("detail is not an object")
        return cls(
            ts=ts,
            station=str(data["station"]),
            event=str(data["event"]),
            champion=None if data.get("champion") is None else str(data["champion"]),
            outcome=None if data.get("outcome") is None else str(data["outcome"]),
            detail=detail,
        )

    def line(self) -> str:
        """One readable line: local time, station, event, outcome, champion, detail."""
        local = self.ts.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        parts = [local, self.station, self.event]
        if self.outcome:
            parts.append(self.outcome)
        if self.champion:
            parts.append(f"by {self.champion}")
        text = "  ".join(parts)
        if self.detail:
            text += "  " + " ".join(f"{k}={_short(v)}" for k, v in self.detail.items())
        return text


@dataclass(frozen=True)
class UnreadableLine:
    """A line `read` could not make sense of (a torn write, a hand edit)."""

    path: Path
    line: int
    reason: str


class AuditLog:
    def __init__(
        self,
        directory: Path,
        station_id: str,
        keep_days: int,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.directory = directory
        self.station_id = station_id
        self.keep_days = keep_days
        self._now = now or (lambda: datetime.now(UTC))
        self.problem: str | None = None  # why the last write failed, until one works

    # --- writing ---------------------------------------------------------------------
    def record(
        self,
        event: str,
        champion: str | None = None,
        outcome: str | None = None,
        **detail: Any,
    ) -> AuditRecord:
        """Append one line (never raises: a failure is logged and kept in `problem`)."""
        entry = AuditRecord(self._now(), self.station_id, event, champion, outcome, detail)
        data = entry.to_json()
        audit_log.info(event, extra={"fields": {"audit": data}})
        path = self.directory / f"audit-{entry.ts.date().isoformat()}.jsonl"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
            try:
                os.write(fd, (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as error:
            self.problem = f"cannot write the audit log in {self.directory}: {error.strerror}"
            log.error(
                "audit line not written",
                extra={"fields": {"path": str(path), "reason": error.strerror}},
            )
        else:
            self.problem = None
        return entry

    def prune(self) -> list[Path]:
        """Delete the days older than `keep_days`; the files removed."""
        cutoff = self._now().date() - timedelta(days=self.keep_days)
        removed = []
        for day, path in self._files():
            if day < cutoff:
                try:
                    path.unlink()
                except OSError as error:
                    log.warning(
                        "old audit file not removed",
                        extra={"fields": {"path": str(path), "reason": error.strerror}},
                    )
                    continue
                removed.append(path)
        if removed:
            log.info("audit log pruned", extra={"fields": {"files": len(removed)}})
        return removed

    # --- reading ---------------------------------------------------------------------
    def read(self, since: datetime | None = None) -> Iterator[AuditRecord | UnreadableLine]:
        """Every record (oldest first) from `since` on, and the lines that do not parse."""
        for day, path in self._files():
            if since is not None and day < since.astimezone(UTC).date():
                continue
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError as error:
                yield UnreadableLine(path, 0, f"cannot read it: {error.strerror}")
                continue
            for number, raw in enumerate(text.splitlines(), 1):
                if not raw.strip():
                    continue
                try:
                    entry = AuditRecord.from_json(json.loads(raw))
                except (ValueError, KeyError, TypeError) as error:
                    yield UnreadableLine(path, number, str(error) or type(error).__name__)
                    continue
                if since is None or entry.ts >= since:
                    yield entry

    def _files(self) -> list[tuple[date, Path]]:
        found = []
        try:
            paths = list(self.directory.iterdir())
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as error:
            log.warning(
                "audit folder unreadable",
                extra={"fields": {"path": str(self.directory), "reason": error.strerror}},
            )
            return []
        for path in paths:
            match = FILE_PATTERN.fullmatch(path.name)
            if match is None:
                continue
            with contextlib.suppress(ValueError):
                found.append((date.fromisoformat(match.group(1)), path))
        return sorted(found)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return json.dumps(text, ensure_ascii=False) if " " in text else text
