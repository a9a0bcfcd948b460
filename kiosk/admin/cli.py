"""`kiosk-admin`: commands for IT and digital champions.

One function per subcommand, `cmd_<name>(args) -> exit code`, registered in
`build_parser`. Exit codes: 0 fine, 1 a check or action failed, 2 the station
config (or the command line) is wrong.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from kiosk.config import (
    CONFIG_ENV,
    DEFAULT_CONFIG_PATH,
    ConfigError,
    StationConfig,
    find_config_path,
    load_config,
)

EXIT_OK, EXIT_FAILED, EXIT_BAD_CONFIG = 0, 1, 2
CONFIG_HELP = f"station config (else ${CONFIG_ENV}, else {DEFAULT_CONFIG_PATH})"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.command(args)
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-admin", description="Check and look after a self-serve station."
    )
    parser.add_argument("--config", metavar="FILE", help=CONFIG_HELP)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "check-config",
        help="validate a station config and report every problem with its line",
        description="Validate a station config. Exit 0 if usable, 2 if not.",
    )
    _accept_config_option(check)
    check.add_argument("file", nargs="?", metavar="FILE", help=CONFIG_HELP)
    check.set_defaults(command=cmd_check_config)
    return parser


def _accept_config_option(command: argparse.ArgumentParser) -> None:
    """--config after the subcommand too; SUPPRESS keeps one given before it."""
    command.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help=CONFIG_HELP)


def cmd_check_config(args: argparse.Namespace, environ: Mapping[str, str] = os.environ) -> int:
    path = find_config_path(args.file or args.config, environ)
    try:
        config = load_config(path)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_CONFIG
    print(f"{path}: OK ({summary(config)})")
    return EXIT_OK


def summary(config: StationConfig) -> str:
    """What a person checks at a glance: which station, what it offers."""
    count = len(config.services)
    services = f"{count} service" if count == 1 else f"{count} services"
    profiles = ", ".join(sorted(config.scanner.profiles))
    station = config.station
    return f"station {station.id} at {station.site}, {services}, profiles: {profiles}"


if __name__ == "__main__":
    raise SystemExit(main())
