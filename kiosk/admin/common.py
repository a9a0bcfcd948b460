"""What every kiosk-admin command shares: exit codes and finding the config."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping

from kiosk.config import (
    CONFIG_ENV,
    DEFAULT_CONFIG_PATH,
    StationConfig,
    find_config_path,
    load_config,
)

EXIT_OK, EXIT_FAILED, EXIT_BAD_CONFIG = 0, 1, 2
CONFIG_HELP = f"station config (else ${CONFIG_ENV}, else {DEFAULT_CONFIG_PATH})"


def add_config_option(command: argparse.ArgumentParser) -> None:
    """--config after the subcommand too; SUPPRESS keeps one given before it."""
    command.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help=CONFIG_HELP)


def config_from_args(
    args: argparse.Namespace, environ: Mapping[str, str] = os.environ
) -> StationConfig:
    """The station config named by --config, $KIOSK_CONFIG or the default.

    Raises kiosk.config.ConfigError; `kiosk-admin` turns it into exit code 2.
    """
    return load_config(find_config_path(args.config, environ))
