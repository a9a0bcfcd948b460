"""`kiosk-admin check-config [FILE]`: validate a station config."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Collection, Mapping
from pathlib import Path

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
    for warning in language_warnings(config, kiosk_languages()):
        print(f"WARN {warning}")
    return EXIT_OK


def kiosk_languages() -> set[str]:
    """The languages this kiosk has screens in: one .ts file each (kiosk/ui/translations)
    in the source tree, one compiled .qm file each in the bundle, which has no .ts.

    Found without importing kiosk.ui, which would load Qt.
    """
    spec = importlib.util.find_spec("kiosk.ui")
    folders = spec.submodule_search_locations if spec is not None else None
    found = {"en"}
    for folder in folders or []:
        for pattern in ("kiosk_*.ts", "kiosk_*.qm"):
            for translation in Path(folder, "translations").glob(pattern):
                found.add(translation.stem.removeprefix("kiosk_"))
    return found


def language_warnings(config: StationConfig, available: Collection[str]) -> list[str]:
    """What a resident would see in English although the station lists their language."""
    warnings = []
    station = config.station
    missing = [code for code in station.languages if code not in available]
    if missing:
        warnings.append(
            f"languages {', '.join(missing)}: this kiosk has no screens in them, so residents "
            "are not offered them (add kiosk/ui/translations/kiosk_<code>.ts, or remove them)"
        )
    for code in station.languages:
        if code == "en" or code in missing:
            continue
        untranslated = [s.id for s in config.services if code not in s.translations]
        if untranslated:
            warnings.append(
                f"services {', '.join(untranslated)} have no [services.translations.{code}]: "
                f"residents reading {code} see their titles in English"
            )
    return warnings


def summary(config: StationConfig) -> str:
    """What a person checks at a glance: which station, what it offers."""
    count = len(config.services)
    services = f"{count} service" if count == 1 else f"{count} services"
    profiles = ", ".join(sorted(config.scanner.profiles))
    station = config.station
    return f"station {station.id} at {station.site}, {services}, profiles: {profiles}"
