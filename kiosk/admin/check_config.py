"""`kiosk-admin check-config [FILE]`: validate a station config."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from kiosk.admin.common import CONFIG_HELP, EXIT_BAD_CONFIG, EXIT_OK, add_config_option
from kiosk.config import ConfigError, StationConfig, find_config_path, load_config


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check-config",
        help="validate a station config and report every problem with its line",
        description="Validate a station config. Exit 0 if usable, 2 if not.",
    )
    add_config_option(check)
    check.add_argument("file", nargs="?", metavar="FILE", help=CONFIG_HELP)
    check.set_defaults(command=cmd_check_config)


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
