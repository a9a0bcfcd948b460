"""`kiosk-admin staff add|remove|list`: the champions who can open staff mode.

PINs are asked twice without echo (getpass), or read from standard input with
`--pin-stdin` for scripts. Only argon2id hashes are written, to the file named
by ``[staff] credentials_file`` (mode 0600). Adding and removing are audited.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk.admin.common import EXIT_FAILED, EXIT_OK, add_config_option, config_from_args
from kiosk.staff.pins import (
    MIN_PIN_LENGTH,
    CredentialFileError,
    CredentialStore,
    PinRuleError,
    check_pin,
)
from kiosk.staff.setup import audit_log, credential_store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff = commands.add_parser(
        "staff",
        help="digital champions' staff-mode PINs: add, remove, list",
        description="Manage who can open staff mode on this station.",
    )
    add_config_option(staff)
    actions = staff.add_subparsers(title="actions", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a champion, or give one a new PIN")
    add_config_option(add)
    add.add_argument("name", metavar="NAME", help='the champion\'s name, e.g. "Asha Patel"')
    add.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input (one line) instead of asking twice",
    )
    add.set_defaults(command=cmd_add)

    remove = actions.add_parser("remove", help="remove a champion's PIN")
    add_config_option(remove)
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(command=cmd_remove)

    listing = actions.add_parser("list", help="the champions who have a PIN")
    add_config_option(listing)
    listing.set_defaults(command=cmd_list)


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}"


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    try:
        first = getpass.getpass(f"PIN for {args.name} ({MIN_PIN_LENGTH}+ digits): ")
        second = getpass.getpass("The same PIN again: ")
    except (EOFError, KeyboardInterrupt):
        print("\nstaff: no PIN given; nothing changed", file=sys.stderr)
        return None
    if first != second:
        print("staff: the two PINs differ; nothing changed", file=sys.stderr)
        return None
    return first


def _warn_if_loose(store: CredentialStore) -> None:
    if store.loose_permissions():
        print(
            f"staff: warning: {store.path} can be read by others than its owner; "
            f"fix: chmod 600 {store.path}",
            file=sys.stderr,
        )


def cmd_add(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    store = credential_store(config)
    pin = _read_pin(args)
    if pin is None:
        return EXIT_FAILED
    try:
        check_pin(pin)
        replaced = any(c.name.casefold() == args.name.casefold() for c in store.champions())
        champion = store.add(args.name, pin)
    except PinRuleError as error:
        print(f"staff: {error}; nothing changed", file=sys.stderr)
        return EXIT_FAILED
    except CredentialFileError as error:
        print(f"staff: {error}; fix or remove that line, then try again", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as error:
        print(f"staff: {error}; nothing changed", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"staff: cannot write {store.path}: {error.strerror}", file=sys.stderr)
        return EXIT_FAILED
    event = "staff.pin_changed" if replaced else "staff.pin_added"
    audit = audit_log(config)
    audit.record(event, champion=champion.name, outcome="ok", by=_actor())
    verb = "has a new PIN" if replaced else "added"
    print(f"staff: {champion.name} {verb} ({store.path})")
    _report_audit_problem(audit.problem)
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    store = credential_store(config)
    try:
        champion = store.remove(args.name)
    except KeyError:
        print(f"staff: nobody called {args.name!r} (see `kiosk-admin staff list`)", file=sys.stderr)
        return EXIT_FAILED
    except CredentialFileError as error:
        print(f"staff: {error}; fix or remove that line, then try again", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"staff: cannot write {store.path}: {error.strerror}", file=sys.stderr)
        return EXIT_FAILED
    audit = audit_log(config)
    audit.record("staff.pin_removed", champion=champion.name, outcome="ok", by=_actor())
    print(f"staff: {champion.name} removed")
    _report_audit_problem(audit.problem)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    store = credential_store(config)
    try:
        champions = store.champions()
    except CredentialFileError as error:
        print(f"staff: {error}", file=sys.stderr)
        print(
            "staff: staff mode says 'Staff sign-in is unavailable' until this is fixed",
            file=sys.stderr,
        )
        return EXIT_FAILED
    _warn_if_loose(store)
    if not champions:
        print(
            f"staff: no champions in {store.path} (station {config.station.id}); "
            "add one with `kiosk-admin staff add NAME`"
        )
        return EXIT_OK
    for champion in champions:
        print(champion.name)
    return EXIT_OK


def _report_audit_problem(problem: str | None) -> None:
    if problem:
        print(f"staff: warning: {problem}; the change is only in the system log", file=sys.stderr)
