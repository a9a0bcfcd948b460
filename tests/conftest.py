"""Fixtures that start the real parts: libsane's test backend, a private cupsd
with an ippeveprinter queue, the reference back-office receiver, and the
kiosk window offscreen. Each part has its own temp folders and free ports."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.app import build_window, prepare_qt_environment
from kiosk.config import StationConfig, load_config
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.receiver import Receiver
from kiosk.testbed.sane_testbed import TEST_DEVICE, prepare_sane_config
from kiosk.ui.screenshots import SCREENSHOT_ROOT, safe_name, save_screenshot
from kiosk.ui.window import KioskWindow

# Qt reads its environment when the application object is made: before any test.
prepare_qt_environment(offscreen=True)

REPO = Path(__file__).resolve().parents[1]
DEMO_CONFIG = REPO / "config" / "demo.toml"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--kills",
        type=int,
        default=200,
        help="how many times the outbox crash test SIGKILLs its child (default 200)",
    )


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    """QML needs a QGuiApplication, not pytest-qt's default QApplication."""
    return QGuiApplication


@pytest.fixture(scope="session")
def sane_config_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A private SANE configuration enabling libsane's `test` backend at A4.

    libsane's dll backend reads SANE_CONFIG_DIR once per process (at the first
    sane_init) and keeps that folder, so every test in this process uses this one.
    """
    config_dir = prepare_sane_config(tmp_path_factory.mktemp("sane"))
    previous = os.environ.get("SANE_CONFIG_DIR")
    os.environ["SANE_CONFIG_DIR"] = str(config_dir)
    yield config_dir
    if previous is None:
        os.environ.pop("SANE_CONFIG_DIR", None)
    else:
        os.environ["SANE_CONFIG_DIR"] = previous


@pytest.fixture(scope="session")
def sane_test_scanner(sane_config_dir: Path) -> str:
    """libsane's `test` backend with A4 geometry; the device name."""
    return TEST_DEVICE


@pytest.fixture(scope="session")
def cups_server() -> Iterator[PrivateCups]:
    """A private cupsd on 127.0.0.1 with an IPP Everywhere queue on ippeveprinter."""
    with PrivateCups() as server:
        yield server


@pytest.fixture
def backoffice_receiver(tmp_path: Path) -> Iterator[Receiver]:
    """The reference back-office receiver on 127.0.0.1, storing under tmp_path."""
    with Receiver(tmp_path / "received", token="test-token") as receiver:
        yield receiver


@pytest.fixture
def screenshot(request: pytest.FixtureRequest) -> Callable[..., Path]:
    """Save the window to build/screenshots/<test name>/<screen>.png.

    Every GUI test calls it on each screen it reaches, so a person can look.
    """
    folder = SCREENSHOT_ROOT / safe_name(request.node.name)

    def take(window: KioskWindow, screen: str | None = None) -> Path:
        return save_screenshot(window.window, folder, screen or window.current_screen)

    return take


@pytest.fixture
def demo_config() -> StationConfig:
    return load_config(DEMO_CONFIG)


@pytest.fixture
def kiosk_window(
    qapp: QGuiApplication, qtbot: QtBot, demo_config: StationConfig
) -> Iterator[KioskWindow]:
    """The kiosk window, 1080 x 1920 like the stations' screens, shown and active."""
    window = build_window(demo_config)
    window.show(windowed=True)
    qtbot.waitUntil(lambda: window.window.isExposed())
    window.window.requestActivate()
    qtbot.waitUntil(lambda: window.window.isActive())
    yield window
    assert window.qml_warnings == []
    window.close()
    qapp.processEvents()


# --- leaving the test process -------------------------------------------------------

LINGER_S = 30.0
EXIT_STATUS = pytest.StashKey[int]()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Let background work (daemon threads: scans, printer follow-ups) end first.

    A daemon thread still running when Python finalizes is stopped wherever it
    is; once, one stopped while glibc's locale lock was taken, and the process
    then hung for ever in a library's exit handler (p11-kit's, via freelocale)
    after every test had passed (seen with gdb, 2026-11-23).
    """
    session.config.stash[EXIT_STATUS] = int(exitstatus)
    deadline = time.monotonic() + LINGER_S
    for thread in threading.enumerate():
        # A _DummyThread stands for a thread Python did not start (one of Qt's
        # that called into Python): it cannot be joined ("cannot join a dummy thread").
        if (
            thread is not threading.main_thread()
            and thread.daemon
            and not isinstance(thread, threading._DummyThread)
        ):
            thread.join(max(0.0, deadline - time.monotonic()))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process here, with pytest's exit status, without C exit handlers.

    Every report has been written by now. Skipping the C libraries' exit
    handlers (see pytest_sessionfinish) keeps a hang at exit from eating CI's
    time after a green run. Set KIOSK_TESTS_NORMAL_EXIT=1 to exit normally.
    """
    if os.environ.get("KIOSK_TESTS_NORMAL_EXIT") == "1":
        return
    status = config.stash.get(EXIT_STATUS, None)
    if status is None:
        return
    # pytest writes its summary through its own terminal writer: flush that too,
    # or a piped stdout (make, CI) loses the summary.
    config.get_terminal_writer().flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(status))
