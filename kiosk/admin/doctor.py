"""`kiosk-admin doctor`: one line per check of everything a station needs.

Each line is OK, WARN or FAIL with what was found and, when something is
wrong, how to fix it (kiosk.core.ports.HealthCheck). The exit code is 0 only
when no check FAILed. A check that itself breaks is reported as a FAIL line,
never a traceback: the doctor is what IT runs when things are already wrong.

Checks, in order: config, scanner (found and answering), printer queue, CUPS
privacy settings, outbox folder, outbox key, outbox queue, each service
endpoint, the help webhook's address, clock, disk space, display.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from drivers.printer import CupsPrinter
from drivers.printer.cups_printer import connect
from kiosk.admin.common import EXIT_BAD_CONFIG, EXIT_FAILED, EXIT_OK, add_config_option
from kiosk.bootstrap import build_scanner
from kiosk.config import ConfigError, StationConfig, find_config_path, load_config
from kiosk.config.schema import WebhookAddressError
from kiosk.core.ports import HealthCheck, HealthState
from kiosk.outbox import FileOutbox, OutboxKeyError, Station, load_key
from kiosk.sending_setup import build_backoffice

OK, WARN, FAIL = HealthState.OK, HealthState.WARN, HealthState.FAIL
_MB: Final = 1024 * 1024
# CUPS keeps job files and history "Yes" (for ever), "No", or for a time
# ("300", "30m", "1d"; cupsd.conf(5)). Up to this long counts as "short".
SHORT_PRESERVE_S: Final = 300
_CUPS_DURATION: Final = re.compile(r"(\d+)\s*([smhdw]?)", re.IGNORECASE)
_DURATION_UNITS_S: Final = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# cupsd's built-in values when cupsd.conf does not set them (CUPS 2.4).
_CUPS_DEFAULTS: Final = {"PreserveJobFiles": "86400", "PreserveJobHistory": "Yes"}
# A station clock before this is certainly wrong (no battery, no NTP yet).
EARLIEST_SANE_TIME: Final = datetime(2025, 1, 1, tzinfo=UTC)
# TLS certificates and the outbox's created_at need a clock within minutes.
MAX_CLOCK_SKEW: Final = timedelta(minutes=2)
# Free space, in units of the largest document a service accepts: below FAIL
# the next submission may not fit; below WARN only a few more will.
DISK_FAIL_DOCUMENTS: Final = 2
DISK_WARN_DOCUMENTS: Final = 10

Check = Callable[[], Iterable[HealthCheck]]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = commands.add_parser(
        "doctor",
        help="check the station: config, scanner, printer, outbox, endpoints, clock, disk",
        description=(
            "Check everything the station needs, one line per check (OK, WARN or FAIL "
            "with a fix). Exit 0 if nothing FAILed, 1 if something did, 2 if the "
            "config cannot be used."
        ),
    )
    add_config_option(doctor)
    doctor.set_defaults(command=cmd_doctor)


def cmd_doctor(args: argparse.Namespace, environ: Mapping[str, str] = os.environ) -> int:
    path = find_config_path(args.config, environ)
    try:
        config = load_config(path)
    except ConfigError as error:
        print(
            HealthCheck(
                "config",
                FAIL,
                f"{path} cannot be used ({len(error.problems)} problem(s), below)",
                f"run `kiosk-admin check-config {path}` and fix each line",
            ).line()
        )
        for problem in error.problems:
            print(f"     {problem}")
        return EXIT_BAD_CONFIG
    station = config.station
    print(HealthCheck("config", OK, f"{path} (station {station.id} at {station.site})").line())
    checks = run_checks(config, environ)
    for check in checks:
        print(check.line(), flush=True)
    return EXIT_FAILED if any(c.state is FAIL for c in checks) else EXIT_OK


def run_checks(config: StationConfig, environ: Mapping[str, str] = os.environ) -> list[HealthCheck]:
    """Every check after the config's, in order. Never raises."""
    backoffice = build_backoffice(config)
    server_times: list[datetime] = []

    def endpoints() -> list[HealthCheck]:
        found = []
        probes = [backoffice.probe(service_id) for service_id in backoffice.endpoints]
        # Training mode's sandbox, when the config names one.
        probes += [backoffice.probe_sandbox(service_id) for service_id in backoffice.sandbox]
        for probe in probes:
            found.append(probe.check)
            if probe.server_time is not None:
                server_times.append(probe.server_time)
        return found

    steps: list[tuple[str, Check]] = [
        ("scanner", lambda: [build_scanner(config).check_answers()]),
        ("printer", lambda: [check_printer(config)]),
        ("cups privacy", lambda: [check_cups_privacy(config)]),
        ("outbox", lambda: check_outbox(config)),
        ("endpoints", endpoints),
        ("help webhook", lambda: check_help_webhook(config)),
        ("clock", lambda: [check_clock(datetime.now(UTC), server_times)]),
        ("disk", lambda: check_disk(config)),
        ("display", lambda: [check_display(environ)]),
    ]
    results: list[HealthCheck] = []
    for name, step in steps:
        try:
            results.extend(step())
        except Exception as error:  # the doctor reports a broken check, it does not crash
            results.append(
                HealthCheck(
                    name,
                    FAIL,
                    f"the check itself failed: {type(error).__name__}: {error}",
                    "report this line to IT with `kiosk-admin doctor` output",
                )
            )
    return results


# --- help webhook ------------------------------------------------------------------


def check_help_webhook(config: StationConfig) -> list[HealthCheck]:
    """Whether the champions' webhook has an address the station can use.

    The webhook is not called (a Teams or Slack incoming webhook would post a
    message); an address kept in webhook_url_file is checked and never shown.
    """
    help_config = config.help
    if not help_config.has_webhook:
        return []
    name = "help webhook"
    try:
        help_config.webhook_address()
    except WebhookAddressError as error:
        fix = "put the webhook's address, alone on one line, in that file (root-owned, 0600)"
        return [HealthCheck(name, FAIL, str(error), fix)]
    where = (
        f"from {help_config.webhook_url_file}"
        if help_config.webhook_url_file is not None
        else "in the config (a Teams or Slack address is a secret: prefer webhook_url_file)"
    )
    return [HealthCheck(name, OK, f"address set {where}")]


# --- printer ----------------------------------------------------------------------


def check_printer(config: StationConfig) -> HealthCheck:
    """The driver's check, but a queue that cannot print now is a FAIL here."""
    printer = CupsPrinter(config.printer.queue, config.printer.cups_server)
    found = printer.check()
    if found.state is WARN and not printer.status().state.can_print:
        return HealthCheck(found.name, FAIL, found.detail, found.hint)
    return found


def check_cups_privacy(config: StationConfig) -> HealthCheck:
    """Design §8: CUPS keeps neither documents nor job history once a job is done."""
    where = config.printer.cups_server or "the system CUPS"
    try:
        settings = read_cupsd_settings(config.printer.cups_server)
    except Exception as error:  # pycups raises RuntimeError or cups.HTTPError
        return HealthCheck(
            "cups privacy",
            WARN,
            f"cannot read the settings of {where}: {error}",
            "if cupsd is up, run the doctor as root (reading its settings needs admin "
            "rights) or check cupsd.conf by hand: PreserveJobFiles No, PreserveJobHistory No",
        )
    kept_files = _kept_for_s(settings.get("PreserveJobFiles", _CUPS_DEFAULTS["PreserveJobFiles"]))
    kept_history = _kept_for_s(
        settings.get("PreserveJobHistory", _CUPS_DEFAULTS["PreserveJobHistory"])
    )
    described = (
        f"PreserveJobFiles {_describe_kept(kept_files)}, "
        f"PreserveJobHistory {_describe_kept(kept_history)}"
    )
    if kept_files is None or kept_files > SHORT_PRESERVE_S:
        # The spooled files are residents' documents and receipts.
        return HealthCheck(
            "cups privacy",
            FAIL,
            f"{where} keeps printed documents on disk: {described}",
            "set `PreserveJobFiles No` in cupsd.conf and restart cups",
        )
    if kept_history is None or kept_history > SHORT_PRESERVE_S:
        return HealthCheck(
            "cups privacy",
            WARN,
            f"{where} keeps job history: {described}",
            "set `PreserveJobHistory No` in cupsd.conf and restart cups",
        )
    return HealthCheck("cups privacy", OK, f"{where}: {described}")


def read_cupsd_settings(server: str | None) -> dict[str, str]:
    """cupsd.conf's top-level directives as the server has them now.

    Read as the file itself (GET /admin/conf/cupsd.conf), not with pycups'
    adminGetServerSettings(): libcups caches those settings for 30 s per host
    name, port ignored, and keeps the cache while the file is older than it
    (tests/kiosk/admin/test_doctor.py met it with two cupsd on 127.0.0.1).
    """
    # Into an open file (fd=): with filename= libcups fails (HTTPError -1) when the
    # file does not exist yet and deletes it when the GET fails.
    with tempfile.TemporaryFile(prefix="kiosk-cupsd-") as copy:
        connect(server).getFile("/admin/conf/cupsd.conf", fd=copy.fileno())
        copy.seek(0)
        text = copy.read().decode("utf-8", errors="replace")
    settings: dict[str, str] = {}
    depth = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("</"):
            depth -= 1
        elif line.startswith("<"):
            depth += 1
        elif depth == 0:
            name, _, value = line.partition(" ")
            settings[name] = value.strip()
    return settings


def _kept_for_s(value: str) -> int | None:
    """Seconds CUPS keeps something; None for "for ever" (Yes or unreadable)."""
    text = value.strip().lower()
    if text in ("no", "off", "false", "0"):
        return 0
    match = _CUPS_DURATION.fullmatch(text)
    if match is None:
        return None  # "Yes", "on", "true": kept until the job is purged
    return int(match[1]) * _DURATION_UNITS_S[match[2]]


def _describe_kept(seconds: int | None) -> str:
    if seconds is None:
        return "Yes (kept)"
    if seconds == 0:
        return "No"
    return f"{seconds} s"


# --- outbox -----------------------------------------------------------------------


def check_outbox(config: StationConfig) -> list[HealthCheck]:
    directory = config.outbox.directory
    results = [_check_writable(directory)]
    try:
        key = load_key(config.outbox.key_file)
    except OutboxKeyError as error:
        results.append(
            HealthCheck(
                "outbox key",
                FAIL,
                str(error),
                "install the key: head -c 32 /dev/urandom | base64 > KEY_FILE; chmod 400 KEY_FILE "
                "(a new key cannot read what is queued: send or purge the queue first)",
            )
        )
        return results
    results.append(HealthCheck("outbox key", OK, f"{config.outbox.key_file} holds a usable key"))
    if results[0].state is FAIL or not (directory / "index.sqlite3").exists():
        return results
    station = config.station
    # No recover(): only the station's own process does that (kiosk/outbox/store.py).
    outbox = FileOutbox(directory, key, Station(station.id, station.site, station.reference_prefix))
    try:
        queue = outbox.check()
    finally:
        outbox.close()
    results.append(HealthCheck("outbox queue", queue.state, queue.detail, queue.hint))
    return results


def _check_writable(directory: Path) -> HealthCheck:
    """Write, fsync and delete a small file where the outbox writes its entries."""
    target = directory if directory.exists() else _existing_parent(directory)
    try:
        with tempfile.NamedTemporaryFile(dir=target, prefix=".doctor-") as probe:
            probe.write(b"kiosk-admin doctor\n")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return HealthCheck(
            "outbox folder",
            FAIL,
            f"cannot write in {target}: {error.strerror or error}",
            "free some space"
            if error.errno == 28  # ENOSPC
            else "let the kiosk user write there, e.g. chown kiosk: DIR && chmod 700 DIR; "
            "check the disk is mounted read-write",
        )
    if target != directory:
        return HealthCheck(
            "outbox folder",
            OK,
            f"{directory} does not exist yet; the kiosk will create it in {target}",
        )
    return HealthCheck("outbox folder", OK, f"{directory} is writable")


def _existing_parent(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return Path("/")


# --- clock, disk, display ---------------------------------------------------------


def check_clock(now: datetime, server_times: Iterable[datetime]) -> HealthCheck:
    """Not before the software was made, and close to what the back offices say."""
    if now < EARLIEST_SANE_TIME:
        return HealthCheck(
            "clock",
            FAIL,
            f"the clock says {now:%Y-%m-%d %H:%M} UTC, before {EARLIEST_SANE_TIME:%Y}",
            "turn on time sync (timedatectl set-ntp true) and check the network",
        )
    skews = [(when - now).total_seconds() for when in server_times]
    if not skews:
        return HealthCheck(
            "clock",
            OK,
            f"{now:%Y-%m-%d %H:%M} UTC (no back office answered to compare with)",
        )
    worst = max(skews, key=abs)
    if abs(worst) > MAX_CLOCK_SKEW.total_seconds():
        return HealthCheck(
            "clock",
            WARN,
            f"{abs(worst):.0f} s {'behind' if worst > 0 else 'ahead of'} the back office",
            "turn on time sync (timedatectl set-ntp true); TLS and references need the time",
        )
    return HealthCheck("clock", OK, f"within {abs(worst):.0f} s of the back office")


def check_disk(config: StationConfig) -> list[HealthCheck]:
    """Room for submissions in the outbox and for session pages in the temp folder."""
    largest_mb = max(service.max_document_mb for service in config.services)
    places = {
        "outbox": _existing_parent(config.outbox.directory / "x"),
        "session pages": Path(tempfile.gettempdir()),
    }
    results = []
    for what, folder in places.items():
        usage = shutil.disk_usage(folder)
        free_mb = usage.free / _MB
        detail = f"{free_mb:.0f} MB free for the {what} in {folder}"
        if free_mb < DISK_FAIL_DOCUMENTS * largest_mb:
            state, hint = FAIL, "free space now: the next submission may not fit"
        elif free_mb < DISK_WARN_DOCUMENTS * largest_mb:
            state, hint = WARN, "free some space soon"
        else:
            state, hint = OK, ""
        if state is not OK:
            detail += f" (a document may be {largest_mb} MB)"
        results.append(HealthCheck(f"disk ({what})", state, detail, hint))
    return results


def check_display(environ: Mapping[str, str]) -> HealthCheck:
    """Where the kiosk's window would go: a Wayland or X server, or KMS for eglfs."""
    platform = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0]
    if platform == "offscreen":
        return HealthCheck(
            "display",
            WARN,
            "QT_QPA_PLATFORM=offscreen: the kiosk runs but shows nothing (tests, CI)",
            "unset QT_QPA_PLATFORM on a station",
        )
    if platform == "eglfs":
        cards = sorted(glob.glob("/dev/dri/card*"))
        if cards:
            return HealthCheck("display", OK, f"eglfs on {cards[0]}")
        return HealthCheck(
            "display", FAIL, "eglfs needs /dev/dri/card*, none found", "check the graphics driver"
        )
    display = environ.get("DISPLAY", "")
    if display and platform in ("", "xcb"):
        socket_path = _x_socket(display)
        if socket_path is None or Path(socket_path).exists():
            return HealthCheck("display", OK, f"X display {display}")
        return HealthCheck(
            "display",
            FAIL,
            f"DISPLAY={display} but no X server at {socket_path}",
            "start the kiosk session (cage with Xwayland) or fix DISPLAY",
        )
    wayland = environ.get("WAYLAND_DISPLAY", "")
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if wayland and runtime and (Path(runtime) / wayland).exists():
        return HealthCheck("display", OK, f"Wayland display {wayland}")
    sessions = sorted(glob.glob("/run/user/*/wayland-*[0-9]")) + sorted(
        glob.glob("/tmp/.X11-unix/X*")
    )
    if sessions:
        return HealthCheck("display", OK, f"a display session is running ({sessions[0]})")
    return HealthCheck(
        "display",
        FAIL,
        "no display: no DISPLAY or WAYLAND_DISPLAY here and no running session found",
        "start the kiosk session (systemctl start kiosk) or log in at the station",
    )


def _x_socket(display: str) -> str | None:
    """The local socket of ":N" displays; None for a remote or unusual DISPLAY."""
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    return f"/tmp/.X11-unix/X{match[1]}" if match else None
