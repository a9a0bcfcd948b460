"""`kiosk-admin queue status|retry|purge|send-test`: look after the outbox.

`status` shows what staff need and nothing a resident typed. `retry` and `purge`
change entries (the running station's sender picks a retried entry up within
seconds) and write the outbox's audit log. `send-test` sends a one-page test
document straight to a service's endpoint, outside the queue.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import io
import json
import os
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

from pypdf import PdfWriter

from kiosk.admin.common import (
    EXIT_BAD_CONFIG,
    EXIT_FAILED,
    EXIT_OK,
    add_config_option,
    config_from_args,
)
from kiosk.core.sending import (
    EntryState,
    Parcel,
    SendOutcome,
    new_kiosk_reference,
    normalise_kiosk_reference,
)
from kiosk.outbox import EntryRow, FileOutbox, OutboxKeyError, UnknownEntryError
from kiosk.sending_setup import build_backoffice, open_outbox
from kiosk.staff.setup import audit_log

ERROR_WIDTH = 60


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    queue = commands.add_parser(
        "queue",
        help="the outbox: status, retry, purge, send-test",
        description="Look after the outbox of submissions waiting for the back office.",
    )
    add_config_option(queue)
    actions = queue.add_subparsers(title="actions", metavar="ACTION", required=True)

    status = actions.add_parser("status", help="a table of the entries (no personal data)")
    add_config_option(status)
    status.add_argument("--all", action="store_true", help="also list delivered entries")
    status.set_defaults(command=cmd_status)

    retry = actions.add_parser("retry", help="send an entry again now")
    add_config_option(retry)
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("reference", nargs="?", metavar="REF", help="kiosk reference")
    which.add_argument("--all-parked", action="store_true", help="every parked entry")
    retry.set_defaults(command=cmd_retry)

    purge = actions.add_parser("purge", help="delete an entry for good (audit-logged)")
    add_config_option(purge)
    purge.add_argument("reference", metavar="REF", help="kiosk reference")
    purge.add_argument("--confirm", action="store_true", help="yes, delete it")
    purge.set_defaults(command=cmd_purge)

    send_test = actions.add_parser("send-test", help="send a one-page test document")
    add_config_option(send_test)
    send_test.add_argument("service", metavar="SERVICE", help="service id from the config")
    send_test.set_defaults(command=cmd_send_test)


def _outbox(args: argparse.Namespace) -> FileOutbox | None:
    config = config_from_args(args)
    try:
        # No recovery here: the station may be writing an entry right now.
        return open_outbox(config, recover=False)
    except OutboxKeyError as error:
        print(f"queue: {error}", file=sys.stderr)
        return None


def cmd_status(args: argparse.Namespace) -> int:
    outbox = _outbox(args)
    if outbox is None:
        return EXIT_BAD_CONFIG
    now = time.time()
    states = tuple(EntryState) if args.all else (EntryState.QUEUED, EntryState.PARKED)
    rows = outbox.entries(states)
    stats = outbox.stats()
    counts = ", ".join(f"{n} {state.value}" for state, n in stats.by_state.items())
    oldest = "-" if stats.oldest_age_s is None else _age(stats.oldest_age_s)
    print(f"outbox {outbox.directory}: depth {stats.depth}, oldest {oldest} ({counts})")
    if rows:
        print(_table(rows, now))
    outbox.close()
    return EXIT_OK


def _table(rows: list[EntryRow], now: float) -> str:
    header = ("REFERENCE", "SERVICE", "STATE", "AGE", "ATTEMPTS", "LAST ERROR / BACK OFFICE")
    lines = [header]
    for row in rows:
        note = row.backoffice_reference or "" if row.state is EntryState.SENT else row.last_error
        if len(note) > ERROR_WIDTH:
            note = note[: ERROR_WIDTH - 1] + "…"
        lines.append(
            (
                row.reference,
                row.service_id,
                row.state.value,
                _age(row.age_s(now)),
                str(row.attempts),
                note,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False))
        + "  "
        + line[-1]
        for line in lines
    )


def _age(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f}s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f}m"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f}h"
    return f"{seconds / 86400:.1f}d"


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}"


def _audit(args: argparse.Namespace, action: str, **detail: object) -> None:
    """Also in the station's audit log (`kiosk-admin audit`), beside staff mode's
    actions: who at the command line did what to which entry."""
    audit_log(config_from_args(args)).record(
        "admin.action", champion=f"kiosk-admin ({_actor()})", outcome="ok", action=action, **detail
    )


def cmd_retry(args: argparse.Namespace) -> int:
    outbox = _outbox(args)
    if outbox is None:
        return EXIT_BAD_CONFIG
    try:
        if args.all_parked:
            references = outbox.retry_all_parked(actor=_actor())
            _audit(args, "queue.retry_parked", references=references)
            print(f"queue: {len(references)} parked entr{'y' if len(references) == 1 else 'ies'} "
                  "will be sent again")  # fmt: skip
            return EXIT_OK
        reference = normalise_kiosk_reference(args.reference)
        outbox.retry(reference, actor=_actor())
        _audit(args, "queue.retry", reference=reference)
        print(f"queue: {reference} will be sent again")
        return EXIT_OK
    except UnknownEntryError:
        print(
            f"queue: no entry {args.reference!r} (see `kiosk-admin queue status`)", file=sys.stderr
        )
        return EXIT_FAILED
    except ValueError as error:
        print(f"queue: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        outbox.close()


def cmd_purge(args: argparse.Namespace) -> int:
    reference = normalise_kiosk_reference(args.reference)
    if not args.confirm:
        print(
            f"queue: purging deletes {reference} for good; the resident's documents will "
            "not reach the council. Run again with --confirm to do it.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    outbox = _outbox(args)
    if outbox is None:
        return EXIT_BAD_CONFIG
    try:
        entry = outbox.purge(reference, actor=_actor())
    except UnknownEntryError:
        print(f"queue: no entry {reference!r} (see `kiosk-admin queue status`)", file=sys.stderr)
        return EXIT_FAILED
    finally:
        outbox.close()
    _audit(args, "queue.purge", reference=reference, service=entry.service_id)
    print(f"queue: {reference} ({entry.service_id}, {entry.state.value}) purged; audit-logged")
    return EXIT_OK


def test_document() -> bytes:
    """A blank A4 page: something every endpoint must accept."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Kiosk send-test"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def cmd_send_test(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    try:
        config.service(args.service)
    except KeyError:
        known = ", ".join(s.id for s in config.services)
        print(f"queue: no service {args.service!r}; this station has: {known}", file=sys.stderr)
        return EXIT_BAD_CONFIG
    document = test_document()
    reference = new_kiosk_reference(config.station.reference_prefix)
    metadata = {
        "kiosk_reference": reference,
        "service_id": args.service,
        "station_id": config.station.id,
        "site": config.station.site,
        "language": "en",
        "fields": {},
        "page_count": 1,
        "document_sha256": hashlib.sha256(document).hexdigest(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "test": True,
    }

    def blocks() -> Iterator[bytes]:
        yield document

    parcel = Parcel(
        service_id=args.service,
        kiosk_reference=reference,
        idempotency_key=f"send-test-{uuid.uuid4()}",
        metadata_json=json.dumps(metadata).encode(),
        document_size=len(document),
        open_document=blocks,
    )
    started = time.monotonic()
    result = build_backoffice(config).send(parcel)
    took = time.monotonic() - started
    if result.outcome is SendOutcome.DELIVERED:
        print(
            f"send-test {args.service}: OK {result.status}, back-office reference "
            f"{result.reference} (kiosk reference {reference}, {took:.2f} s)"
        )
        return EXIT_OK
    print(f"send-test {args.service}: FAILED: {result.reason}", file=sys.stderr)
    return EXIT_FAILED
