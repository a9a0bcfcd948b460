"""The station session as systemd starts it: the packaged kiosk under headless
cage (Xwayland, xcb), as the unprivileged kiosk user, with the unit's own
environment and command line. Screenshots with grim go to
build/screenshots/packaging/.

What differs from a station, and why:
- cage runs on wlroots' headless backend with the pixman renderer (no screen,
  no GPU here) instead of on tty1 through logind;
- cage gets `-r` (the rotation drop-in a station with a turned panel has):
  the headless output is 1280x720 and the kiosk is portrait, and cage 0.1.4
  (wlroots 0.15) on headless/pixman tries to scan out a client buffer that
  covers the whole output, fails ("Basic output test failed for HEADLESS-1")
  and then shows no more frames; a rotated output is always composited;
- taps come from xdotool through Xwayland's XTEST, where a station has a
  touch panel.
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from kiosk.testbed.cups_testbed import PrivateCups

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots" / "packaging"
UNIT = "lib/systemd/system/greenwich-kiosk.service"
READY_TIMEOUT_S = 90.0
ACTION_GREEN = (0x00, 0x70, 0x3C)  # Theme.action: the attract screen's start button
BRAND_BLUE = (0x00, 0x55, 0x8C)  # Theme.brand: the council bar
# Share of dark pixels in the bottom fifth of the screen: text and borders on a
# light screen stay well below the first (0.06 on the attract screen with its
# language buttons); QtVirtualKeyboard's dark panel is well above the second.
NO_KEYBOARD_DARK_SHARE = 0.25
KEYBOARD_DARK_SHARE = 0.5
HEADLESS = {
    "WLR_BACKENDS": "headless",
    "WLR_RENDERER": "pixman",
    "WLR_LIBINPUT_NO_DEVICES": "1",
}


def read_unit(path: Path) -> dict[str, list[str]]:
    """The [Service] settings of a unit file, each key's values in order."""
    settings: dict[str, list[str]] = {}
    section = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
            continue
        if section == "[Service]":
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def unit_environment(settings: dict[str, list[str]], runtime: Path) -> dict[str, str]:
    env: dict[str, str] = {}
    for entry in settings.get("Environment", []):
        for word in shlex.split(entry):
            key, _, value = word.partition("=")
            env[key] = value.replace("%t", str(runtime))
    return env


def ensure_user(name: str) -> pwd.struct_passwd:
    """The kiosk user, as the package's postinst makes it (CI runs as root)."""
    try:
        return pwd.getpwnam(name)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                name,
            ],
            check=True,
        )
        return pwd.getpwnam(name)


def as_user(user: pwd.struct_passwd, argv: list[str]) -> list[str]:
    return [
        "setpriv",
        f"--reuid={user.pw_uid}",
        f"--regid={user.pw_gid}",
        "--init-groups",
        "--pdeathsig=TERM",
        "--",
        *argv,
    ]


def share_with(user: pwd.struct_passwd, path: Path) -> None:
    for folder, _, files in os.walk(path):
        os.chown(folder, user.pw_uid, user.pw_gid)
        for name in files:
            os.chown(Path(folder) / name, user.pw_uid, user.pw_gid)


def dark_share(image: Image.Image, top: float) -> float:
    """How much of the screen below `top` (a fraction of the height) is dark."""
    width, height = image.size
    histogram = image.convert("L").crop((0, int(height * top), width, height)).histogram()
    return sum(histogram[:90]) / sum(histogram)


def colour_box(
    image: Image.Image, colour: tuple[int, int, int]
) -> tuple[int, int, int, int] | None:
    """The bounding box of the pixels of exactly this colour."""
    rgb = image.convert("RGB")
    difference = ImageChops.difference(rgb, Image.new("RGB", rgb.size, colour))
    red, green, blue = (band.point(lambda v: 255 if v == 0 else 0) for band in difference.split())
    return ImageChops.multiply(ImageChops.multiply(red, green), blue).getbbox()


def first_text_field_top(image: Image.Image) -> int:
    """The y of the first dark line across most of the screen below the council
    bar: a text field's top border (buttons are rounded and filled)."""
    rgb = image.convert("L")
    width, height = rgb.size
    for y in range(height // 10, height):
        row = [rgb.getpixel((x, y)) for x in range(0, width, 4)]
        if sum(1 for p in row if p < 60) > 0.8 * len(row):
            return y
    raise AssertionError("no text field on the screen")


class Session:
    def __init__(self, user: pwd.struct_passwd, runtime: Path, notify: socket.socket) -> None:
        self.user = user
        self.runtime = runtime
        self.notify = notify
        self.notices: list[str] = []
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def wait_for(self, notice: str, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while notice not in self.notices:
            assert self.process is not None and self.process.poll() is None, "cage stopped"
            self.notify.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                self.notices.extend(self.notify.recv(4096).decode().split("\n"))
            except TimeoutError:
                pytest.fail(f"no {notice} within {timeout_s} s; got {self.notices}")

    def screenshot(self, name: str) -> Image.Image:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shot = self.runtime / f"{name}.png"
        env = {
            "XDG_RUNTIME_DIR": str(self.runtime / "xdg"),
            "WAYLAND_DISPLAY": "wayland-0",
            "PATH": "/usr/bin:/bin",
        }
        subprocess.run(as_user(self.user, ["grim", str(shot)]), env=env, check=True, timeout=30)
        shutil.copyfile(shot, SCREENSHOTS / f"{name}.png")
        return Image.open(SCREENSHOTS / f"{name}.png")

    def tap(self, x: int, y: int) -> None:
        env = {"DISPLAY": self.display, "PATH": "/usr/bin:/bin"}
        subprocess.run(
            as_user(self.user, ["xdotool", "mousemove", str(x), str(y), "click", "1"]),
            env=env,
            check=True,
            timeout=30,
        )


@pytest.fixture
def session(
    installed: Path, station_config: Callable[[str], Path], station_dir: Path
) -> Iterator[Session]:
    settings = read_unit(installed / UNIT)
    user = ensure_user(settings["User"][0])
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-run-"))
    (runtime / "xdg").mkdir(mode=0o700)
    (runtime / "greenwich-kiosk").mkdir(mode=0o700)  # RuntimeDirectory=
    share_with(user, runtime)
    runtime.chmod(0o755)
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify_name = f"kiosk-session-test-{os.getpid()}"
    notify.bind("\0" + notify_name)  # abstract: the kiosk user may send to it
    with PrivateCups() as cups:
        config = station_config(cups.server)
        share_with(user, station_dir)
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            **unit_environment(settings, runtime),
            **HEADLESS,
            "CAGE_OPTIONS": "-d -r",  # the rotation drop-in; see the module's docstring
            "KIOSK_CONFIG": str(config),
            "XDG_RUNTIME_DIR": str(runtime / "xdg"),
            "NOTIFY_SOCKET": "@" + notify_name,
            "WATCHDOG_USEC": "2000000",
        }
        exec_start = settings["ExecStart"][0].replace("$CAGE_OPTIONS", env["CAGE_OPTIONS"])
        argv = [word.replace("/opt/", f"{installed}/opt/") for word in shlex.split(exec_start)]
        running = Session(user, runtime, notify)
        log = (runtime / "session.log").open("wb")
        running.process = subprocess.Popen(
            as_user(user, argv), env=env, stdout=log, stderr=subprocess.STDOUT, cwd="/"
        )
        try:
            yield running
        finally:
            running.process.terminate()
            try:
                running.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                running.process.kill()
                running.process.wait()
            log.close()
            print((runtime / "session.log").read_text(errors="replace")[-4000:])
            notify.close()
            shutil.rmtree(runtime, ignore_errors=True)


def kiosk_display(session: Session) -> str:
    """The X display cage gave its child (Xwayland's), read from the child."""
    assert session.process is not None
    children = Path(f"/proc/{session.process.pid}/task/{session.process.pid}/children")
    pending = children.read_text().split()
    while pending:
        pid = pending.pop()
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        for entry in environ:
            if entry.startswith(b"DISPLAY="):
                return entry.split(b"=", 1)[1].decode()
        task = Path(f"/proc/{pid}/task/{pid}/children")
        pending.extend(task.read_text().split() if task.exists() else [])
    raise AssertionError("no DISPLAY in cage's children")


def test_the_unit_starts_the_kiosk_under_cage_and_the_keyboard_opens_on_a_field(
    session: Session,
) -> None:
    # READY=1 comes from the kiosk once the attract screen's first frame is drawn.
    session.wait_for("READY=1", READY_TIMEOUT_S)
    session.wait_for("WATCHDOG=1", 10)  # fed from the GUI thread, every second here
    time.sleep(1)
    attract = session.screenshot("attract")
    assert attract.size == (720, 1280)  # portrait, full screen
    assert colour_box(attract, BRAND_BLUE) is not None
    start = colour_box(attract, ACTION_GREEN)
    assert start is not None, "no start button on the attract screen"
    # The keyboard is a dark panel over most of the bottom fifth; before it
    # opens, the bottom fifth is light with dark text and button borders.
    assert dark_share(attract, 0.8) < NO_KEYBOARD_DARK_SHARE

    session.display = kiosk_display(session)
    session.tap((start[0] + start[2]) // 2, (start[1] + start[3]) // 2)
    time.sleep(2)
    services = session.screenshot("services")
    cards = colour_box(services, ACTION_GREEN)
    assert cards is not None, "no service to choose"
    session.tap((cards[0] + cards[2]) // 2, cards[1] + 40)
    time.sleep(2)
    details = session.screenshot("details")
    assert dark_share(details, 0.8) < NO_KEYBOARD_DARK_SHARE
    field_top = first_text_field_top(details)
    session.tap(details.size[0] // 2, field_top + 30)
    time.sleep(2)
    keyboard = session.screenshot("keyboard")

    assert dark_share(keyboard, 0.8) > KEYBOARD_DARK_SHARE, "the on-screen keyboard did not open"
    assert session.process is not None and session.process.poll() is None
