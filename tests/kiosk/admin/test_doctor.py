"""`kiosk-admin doctor` on the real parts: a healthy demo station, then each part broken.

The station is the demo config pointed at this test's receiver, the private
cupsd, libsane's test backend and a temporary outbox. Broken parts are real:
a scanner pattern nothing matches, a paused CUPS queue, a stopped receiver, a
receiver expecting another token, a missing key file, a read-only or full
filesystem (a small tmpfs mounted for the test; CI runs as root).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cups
import pytest

from drivers.printer.cups_printer import connect
from kiosk.admin import doctor
from kiosk.admin.cli import EXIT_BAD_CONFIG, EXIT_FAILED, EXIT_OK, main
from kiosk.config import load_config
from kiosk.core.ports import HealthState
from kiosk.sending_setup import open_outbox
from kiosk.testbed import filesystems, processes
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.receiver import Receiver
from kiosk.testbed.tls_testbed import make_test_pki, server_context

REPO = Path(__file__).resolve().parents[3]
CONFIG_DIR = REPO / "config"
DEMO = CONFIG_DIR / "demo.toml"
TOKEN = (CONFIG_DIR / "secrets" / "demo-token").read_text().strip()
SERVICES = ("housing-benefit", "council-tax", "parking", "blue-badge")


@dataclass(frozen=True)
class Parts:
    """Where this test's real parts are."""

    folder: Path
    receiver_url: str
    cups_server: str
    sane_dir: Path

    def config(self, outbox_dir: Path | None = None, **replace: tuple[str, str]) -> Path:
        """The demo config for these parts; each `replace` value swaps (old, new) text."""
        text = DEMO.read_text(encoding="utf-8")
        for old, new in replace.values():
            assert old in text, old
            text = text.replace(old, new)
        text = text.replace("http://127.0.0.1:18650", self.receiver_url)
        text = text.replace('"127.0.0.1:18631"', json.dumps(self.cups_server))
        outbox = outbox_dir or self.folder / "outbox"
        text = text.replace('"../build/demo/outbox"', json.dumps(str(outbox)))
        for relative in ("secrets/", "branding/", "forms/"):
            text = text.replace(f'"{relative}', f'"{CONFIG_DIR}/{relative}')
        sane = f"sane_config_dir = {json.dumps(str(self.sane_dir))}"
        text = text.replace('sane_config_dir = "sane"', sane)
        path = self.folder / "station.toml"
        path.write_text(text, encoding="utf-8")
        return path


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Receiver]:
    with Receiver(tmp_path / "received", token=TOKEN) as running:
        yield running


@pytest.fixture
def parts(
    tmp_path: Path, receiver: Receiver, cups_server: PrivateCups, sane_config_dir: Path
) -> Parts:
    return Parts(tmp_path, receiver.url, cups_server.server, sane_config_dir)


def run_doctor(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, str]]:
    """The exit code and each check's line by its name ("scanner", "endpoint parking"…)."""
    code = main(["--config", str(config), "doctor"])
    lines = capsys.readouterr().out.splitlines()
    by_name = {}
    for line in lines:
        if line.startswith(" "):
            continue  # a config problem under the config line
        state, _, rest = line.partition(" ")
        name = rest.strip().split(":", 1)[0]
        by_name[name] = f"{state} {rest.strip()}"
    return code, by_name


def failed(lines: dict[str, str]) -> list[str]:
    """The FAIL lines, for an assertion's message."""
    return [line for line in lines.values() if line.startswith("FAIL")]


def state_of(line: str) -> str:
    return line.split(" ", 1)[0]


# --- a healthy station ------------------------------------------------------------


def test_doctor_passes_a_healthy_demo_station(
    parts: Parts, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = run_doctor(parts.config(), capsys)

    assert code == EXIT_OK, failed(lines)
    assert state_of(lines["config"]) == "OK"
    assert state_of(lines["scanner"]) == "OK"
    assert "answers" in lines["scanner"]
    assert state_of(lines["printer"]) == "OK"
    assert state_of(lines["cups privacy"]) == "OK"
    assert "PreserveJobFiles No" in lines["cups privacy"]
    assert state_of(lines["outbox folder"]) == "OK"
    assert state_of(lines["outbox key"]) == "OK"
    for service in SERVICES:
        assert state_of(lines[f"endpoint {service}"]) == "OK"
        assert "credentials accepted" in lines[f"endpoint {service}"]
    assert state_of(lines["clock"]) == "OK"
    assert "of the back office" in lines["clock"]  # compared with the receiver's Date
    assert state_of(lines["disk (outbox)"]) == "OK"
    assert state_of(lines["disk (session pages)"]) == "OK"
    # The tests run offscreen: the kiosk would run but show nothing.
    assert state_of(lines["display"]) == "WARN"
    assert "offscreen" in lines["display"]


def test_every_line_has_a_state_and_every_problem_a_fix(
    parts: Parts, receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver.stop()
    code, lines = run_doctor(parts.config(), capsys)

    assert code == EXIT_FAILED
    for line in lines.values():
        assert state_of(line) in ("OK", "WARN", "FAIL")
        if state_of(line) != "OK":
            assert "(fix: " in line, line


# --- each part broken -------------------------------------------------------------


def test_no_scanner_fails_with_a_hint(parts: Parts, capsys: pytest.CaptureFixture[str]) -> None:
    config = parts.config(
        scanner=('device = "test:*"', 'device = "*fi-7260*"'),
    )
    code, lines = run_doctor(config, capsys)

    assert code == EXIT_FAILED
    assert state_of(lines["scanner"]) == "FAIL"
    assert "no scanner matches '*fi-7260*'" in lines["scanner"]
    assert "USB cable" in lines["scanner"]
    assert state_of(lines["printer"]) == "OK"  # the rest is still checked


def test_a_stopped_printer_queue_fails(
    parts: Parts, cups_server: PrivateCups, capsys: pytest.CaptureFixture[str]
) -> None:
    config = parts.config()
    connect(cups_server.server).disablePrinter(cups_server.queue)
    try:
        code, lines = run_doctor(config, capsys)
    finally:
        connect(cups_server.server).enablePrinter(cups_server.queue)

    assert code == EXIT_FAILED
    assert state_of(lines["printer"]) == "FAIL"
    assert "stopped" in lines["printer"]
    assert "cupsenable" in lines["printer"]


def test_cups_keeping_job_files_fails_the_privacy_check(
    tmp_path: Path,
    receiver: Receiver,
    sane_config_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with PrivateCups() as keeping:
        settings = connect(keeping.server).adminGetServerSettings()
        settings["PreserveJobFiles"] = "Yes"
        settings["PreserveJobHistory"] = "Yes"
        connect(keeping.server).adminSetServerSettings(settings)
        # cupsd restarts to apply them; it answers an empty set until it is back.
        processes.wait_until(
            lambda: _settings_or_empty(keeping.server).get("PreserveJobFiles") == "Yes",
            "cupsd restart",
            None,
            keeping.log_dir / "error_log",
        )
        config = Parts(tmp_path, receiver.url, keeping.server, sane_config_dir).config()
        code, lines = run_doctor(config, capsys)

    assert code == EXIT_FAILED
    assert state_of(lines["cups privacy"]) == "FAIL"
    assert "PreserveJobFiles Yes (kept)" in lines["cups privacy"]
    assert "PreserveJobFiles No" in lines["cups privacy"]  # the fix


def _settings_or_empty(server: str) -> dict[str, str]:
    try:
        return doctor.read_cupsd_settings(server)
    except (RuntimeError, cups.HTTPError):  # cupsd is restarting
        return {}


def test_receiver_down_fails_each_endpoint(
    parts: Parts, receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver.stop()
    code, lines = run_doctor(parts.config(), capsys)

    assert code == EXIT_FAILED
    for service in SERVICES:
        line = lines[f"endpoint {service}"]
        assert state_of(line) == "FAIL"
        assert "Connection refused" in line
        assert "back office is up" in line
    assert "no back office answered" in lines["clock"]


def test_refused_credentials_fail_with_a_token_hint(
    tmp_path: Path,
    cups_server: PrivateCups,
    sane_config_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Receiver(tmp_path / "other", token="a-token-the-station-does-not-have") as other:
        config = Parts(tmp_path, other.url, cups_server.server, sane_config_dir).config()
        code, lines = run_doctor(config, capsys)
        assert other.received() == []

    assert code == EXIT_FAILED
    line = lines["endpoint parking"]
    assert state_of(line) == "FAIL"
    assert "answered 401" in line
    assert "install the current token" in line
    assert TOKEN not in "\n".join(lines.values())


def test_the_help_webhook_address_file_is_checked_and_never_shown(
    parts: Parts, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    webhook = 'webhook_url = "http://127.0.0.1:18650/webhooks/champions"'
    _, lines = run_doctor(parts.config(), capsys)
    assert state_of(lines["help webhook"]) == "OK"
    assert "prefer webhook_url_file" in lines["help webhook"]

    address = tmp_path / "help-webhook.url"
    from_file = (webhook, f'webhook_url_file = "{address}"')
    address.write_text("http://hooks.example.org/abc123SECRET\n")
    code, lines = run_doctor(parts.config(webhook=from_file), capsys)
    assert code == EXIT_FAILED
    assert state_of(lines["help webhook"]) == "FAIL"
    assert "must start with https://" in lines["help webhook"]
    assert "abc123SECRET" not in capsys.readouterr().out + "\n".join(lines.values())

    address.write_text(f"{parts.receiver_url}/webhooks/abc123SECRET\n")
    _, lines = run_doctor(parts.config(webhook=from_file), capsys)
    assert state_of(lines["help webhook"]) == "OK" and str(address) in lines["help webhook"]
    assert "abc123SECRET" not in "\n".join(lines.values())


def test_missing_outbox_key_fails(parts: Parts, capsys: pytest.CaptureFixture[str]) -> None:
    config = parts.config(
        key=('"secrets/demo-outbox.key"', '"secrets/no-such.key"'),
    )
    code, lines = run_doctor(config, capsys)

    assert code == EXIT_FAILED
    assert state_of(lines["outbox key"]) == "FAIL"
    assert "no-such.key" in lines["outbox key"]
    assert "head -c 32 /dev/urandom" in lines["outbox key"]


def test_outbox_queue_is_reported_when_the_outbox_exists(
    parts: Parts, capsys: pytest.CaptureFixture[str]
) -> None:
    config = parts.config()
    open_outbox(load_config(config), recover=True).close()
    code, lines = run_doctor(config, capsys)

    assert code == EXIT_OK, failed(lines)
    assert lines["outbox queue"] == "OK outbox queue: 0 queued, 0 parked"


@contextlib.contextmanager
def tiny_filesystem(folder: Path, size: str, read_only: bool = False) -> Iterator[Path]:
    """kiosk.testbed.filesystems' tmpfs; skipped where it cannot mount (CI runs as root)."""
    try:
        with filesystems.tiny_filesystem(folder, size, read_only) as mounted:
            yield mounted
    except filesystems.MountRefusedError as refused:
        pytest.skip(str(refused))


def test_read_only_outbox_folder_fails(
    parts: Parts, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with tiny_filesystem(tmp_path / "ro", "1m", read_only=True) as folder:
        config = parts.config(outbox_dir=folder)
        code, lines = run_doctor(config, capsys)

    assert code == EXIT_FAILED
    assert state_of(lines["outbox folder"]) == "FAIL"
    assert "Read-only file system" in lines["outbox folder"]
    assert "read-write" in lines["outbox folder"]


def test_full_disk_fails_disk_and_outbox_checks(
    parts: Parts, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with tiny_filesystem(tmp_path / "full", "1m") as folder:
        outbox = folder / "outbox"
        outbox.mkdir()
        filesystems.fill_up(folder / "filler")
        config = parts.config(outbox_dir=outbox)
        code, lines = run_doctor(config, capsys)

    assert code == EXIT_FAILED
    assert state_of(lines["disk (outbox)"]) == "FAIL"
    assert "0 MB free" in lines["disk (outbox)"]
    assert "a document may be 20 MB" in lines["disk (outbox)"]
    assert state_of(lines["outbox folder"]) == "FAIL"
    assert "No space left" in lines["outbox folder"]
    assert "free some space" in lines["outbox folder"]


def test_small_disk_warns(parts: Parts, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 100 MB free: room for a few 20 MB documents, fewer than ten.
    with tiny_filesystem(tmp_path / "small", "100m") as folder:
        config = parts.config(outbox_dir=folder)
        code, lines = run_doctor(config, capsys)

    assert code == EXIT_OK, failed(lines)
    assert state_of(lines["disk (outbox)"]) == "WARN"


def test_unusable_config_exits_2_with_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "station.toml"
    config.write_text(DEMO.read_text().replace("queue = ", "queu = "), encoding="utf-8")

    code = main(["--config", str(config), "doctor"])
    out = capsys.readouterr().out

    assert code == EXIT_BAD_CONFIG
    assert out.startswith("FAIL config: ")
    assert f"{config}:" in out and "did you mean queue?" in out


# --- checks on their own, with the inputs a station could meet ----------------------


def test_display_checks() -> None:
    offscreen = doctor.check_display({"QT_QPA_PLATFORM": "offscreen"})
    no_x = doctor.check_display({"DISPLAY": ":97"})
    no_kms = doctor.check_display({"QT_QPA_PLATFORM": "eglfs"})

    assert offscreen.state is HealthState.WARN
    if not Path("/tmp/.X11-unix/X97").exists():
        assert no_x.state is HealthState.FAIL
        assert "no X server at /tmp/.X11-unix/X97" in no_x.detail
    if not list(Path("/dev").glob("dri/card*")):
        assert no_kms.state is HealthState.FAIL


def test_clock_checks() -> None:
    now = datetime.now(UTC)

    assert doctor.check_clock(now, [now + timedelta(seconds=5)]).state is HealthState.OK
    behind = doctor.check_clock(now, [now + timedelta(minutes=10)])
    assert behind.state is HealthState.WARN
    assert "600 s behind" in behind.detail
    assert doctor.check_clock(datetime(2000, 1, 1, tzinfo=UTC), []).state is HealthState.FAIL


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("No", 0), ("no", 0), ("Yes", None), ("86400", 86400), ("30m", 1800), ("1d", 86400)],
)
def test_cups_durations(value: str, seconds: int | None) -> None:
    assert doctor._kept_for_s(value) == seconds


def test_doctor_is_a_kiosk_admin_command() -> None:
    result = subprocess.run(
        [str(REPO / ".venv" / "bin" / "kiosk-admin"), "doctor", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "KIOSK_CONFIG": str(DEMO)},
    )
    assert result.returncode == 0
    assert "OK, WARN or FAIL" in result.stdout


def test_training_sandbox_endpoints_are_checked_too(
    parts: Parts, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Receiver(tmp_path / "sandbox", token=TOKEN) as sandbox:
        section = f'[training]\nendpoint = "{sandbox.url}/services/{{service_id}}"\n\n[metrics]'
        config = parts.config(training=("[metrics]", section))
        code, lines = run_doctor(config, capsys)
    # The same config once the sandbox has stopped.
    down_code, down_lines = run_doctor(config, capsys)

    assert code == EXIT_OK, failed(lines)
    for service in SERVICES:
        assert state_of(lines[f"sandbox {service}"]) == "OK"
        assert sandbox.url in lines[f"sandbox {service}"]
    assert down_code == EXIT_FAILED
    assert state_of(down_lines["sandbox parking"]) == "FAIL"
    assert state_of(down_lines["endpoint parking"]) == "OK"


def test_endpoints_over_tls_need_a_certificate_the_station_trusts(
    tmp_path: Path,
    cups_server: PrivateCups,
    sane_config_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pki = make_test_pki(tmp_path / "pki")
    other = make_test_pki(tmp_path / "other-pki", name="Someone Else's CA")
    # At a line's start only: [help] webhook_token_file names the same file.
    token_line = '\ntoken_file = "secrets/demo-token"'
    results = {}
    with Receiver(tmp_path / "tls", token=TOKEN, ssl_context=server_context(pki)) as receiver:
        for name, ca in (("trusted", pki.ca_cert), ("untrusted", other.ca_cert)):
            folder = tmp_path / name
            folder.mkdir()
            trust = f"{token_line}\nca_bundle_file = {json.dumps(str(ca))}"
            config = Parts(folder, receiver.url, cups_server.server, sane_config_dir).config(
                ca=(token_line, trust)
            )
            results[name] = run_doctor(config, capsys)

    code, lines = results["trusted"]
    assert code == EXIT_OK, failed(lines)
    assert "credentials accepted over TLS" in lines["endpoint parking"]
    code, lines = results["untrusted"]
    assert code == EXIT_FAILED
    assert state_of(lines["endpoint parking"]) == "FAIL"
    assert "TLS failed" in lines["endpoint parking"]
    assert "CA bundle" in lines["endpoint parking"]
