"""`kiosk-admin audit [--since WHEN]`: the staff audit log, one readable line each."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime, timedelta

from kiosk.admin.common import EXIT_FAILED, EXIT_OK, add_config_option, config_from_args
from kiosk.staff.audit import AuditRecord, UnreadableLine
from kiosk.staff.setup import audit_log

_RELATIVE = re.compile(r"(\d+)\s*([mhd])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "audit",
        help="print the staff audit log (sign-ins, actions, out of service)",
        description="Print the staff audit log, oldest first, in local time.",
    )
    add_config_option(command)
    command.add_argument(
        "--since",
        metavar="WHEN",
        help="only from this time: 2025-03-01, 2025-03-01T09:30, or 30m, 12h, 7d ago",
    )
    command.set_defaults(command=cmd_audit)


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """A date, a local date and time, or an age such as 12h; ValueError if none."""
    now = now or datetime.now(UTC)
    relative = _RELATIVE.fullmatch(text.strip())
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2)
        return now - timedelta(**{_UNITS[unit]: amount})
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.astimezone()  # as the person reads a clock: local time
    return moment


def cmd_audit(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    since = None
    if args.since:
        try:
            since = parse_since(args.since)
        except ValueError:
            print(
                f"audit: cannot read --since {args.since!r}; "
                "use e.g. 2025-03-01, 2025-03-01T09:30, 30m, 12h or 7d",
                file=sys.stderr,
            )
            return EXIT_FAILED
    log = audit_log(config)
    shown = 0
    unreadable = 0
    for item in log.read(since):
        if isinstance(item, AuditRecord):
            print(item.line())
            shown += 1
        elif isinstance(item, UnreadableLine):
            unreadable += 1
            where = f"{item.path}:{item.line}" if item.line else str(item.path)
            print(f"audit: skipped {where}: {item.reason}", file=sys.stderr)
    if shown == 0:
        when = f" since {since.astimezone():%Y-%m-%d %H:%M}" if since else ""
        print(f"audit: nothing recorded{when} in {log.directory}")
    return EXIT_FAILED if unreadable else EXIT_OK
