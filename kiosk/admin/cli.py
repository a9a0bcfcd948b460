"""`kiosk-admin`: commands for IT and digital champions.

Each subcommand lives in its own module with a `register(commands)` function
that adds its parser and sets `command=<function(args) -> exit code>`.
Exit codes: 0 fine, 1 a check or action failed, 2 the station config (or the
command line) is wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk.admin import audit, check_config, doctor, queue, scan_tools, staff, test_print
from kiosk.admin.common import CONFIG_HELP, EXIT_BAD_CONFIG, EXIT_FAILED, EXIT_OK
from kiosk.config import ConfigError

__all__ = ["EXIT_BAD_CONFIG", "EXIT_FAILED", "EXIT_OK", "build_parser", "main"]

COMMAND_MODULES = (check_config, doctor, scan_tools, queue, test_print, staff, audit)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.command(args)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_CONFIG
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-admin", description="Check and look after a self-serve station."
    )
    parser.add_argument("--config", metavar="FILE", help=CONFIG_HELP)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
