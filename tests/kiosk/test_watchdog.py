"""systemd's watchdog is fed from the GUI thread, over a real NOTIFY_SOCKET."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.watchdog import GuiWatchdog, SystemdNotifier

pytestmark = pytest.mark.gui

WATCHDOG_USEC = 200_000  # WatchdogSec=0.2s: the kiosk pings every 100 ms
GUI_BLOCK_S = 0.6


@dataclass
class NotifySocket:
    """What systemd listens on: an AF_UNIX datagram socket; keeps each notice
    with the time it arrived."""

    sock: socket.socket
    address: str
    received: list[tuple[float, str]] = field(default_factory=list)

    def notices(self) -> list[str]:
        return [text for _, text in self.received]

    def ping_times(self) -> list[float]:
        return [at for at, text in self.received if text == "WATCHDOG=1"]


def _listen(notify: NotifySocket) -> None:
    while True:
        try:
            data = notify.sock.recv(4096)
        except OSError:
            return
        notify.received.append((time.monotonic(), data.decode()))


@pytest.fixture(params=["path", "abstract"])
def notify_socket(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NotifySocket]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if request.param == "path":
        address = str(tmp_path / "notify")
        sock.bind(address)
    else:  # systemd's own: "@" stands for Linux's abstract namespace
        name = f"kiosk-test-notify-{os.getpid()}"
        sock.bind("\0" + name)
        address = "@" + name
    notify = NotifySocket(sock, address)
    listener = threading.Thread(target=_listen, args=(notify,), daemon=True)
    listener.start()
    yield notify
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    listener.join(timeout=2)


def test_ready_then_pings_at_half_the_deadline(qtbot: QtBot, notify_socket: NotifySocket) -> None:
    env = {"NOTIFY_SOCKET": notify_socket.address, "WATCHDOG_USEC": str(WATCHDOG_USEC)}
    watchdog = GuiWatchdog(SystemdNotifier(env))

    watchdog.start("attract screen shown")
    qtbot.waitUntil(lambda: len(notify_socket.ping_times()) >= 3, timeout=5000)
    watchdog.stop()
    qtbot.waitUntil(lambda: "STOPPING=1" in notify_socket.notices(), timeout=2000)

    assert notify_socket.notices()[0] == "READY=1\nSTATUS=attract screen shown"
    assert watchdog.interval_ms == 0
    pings_after_stop = len(notify_socket.ping_times())
    qtbot.wait(300)
    assert len(notify_socket.ping_times()) == pings_after_stop


def test_a_blocked_gui_thread_stops_the_pings(qtbot: QtBot, notify_socket: NotifySocket) -> None:
    env = {"NOTIFY_SOCKET": notify_socket.address, "WATCHDOG_USEC": str(WATCHDOG_USEC)}
    watchdog = GuiWatchdog(SystemdNotifier(env))
    watchdog.start()
    assert watchdog.interval_ms == WATCHDOG_USEC // 1000 // 2
    qtbot.waitUntil(lambda: len(notify_socket.ping_times()) >= 2, timeout=5000)

    blocked_at = time.monotonic()
    time.sleep(GUI_BLOCK_S)  # the GUI thread hangs: systemd would see no ping
    unblocked_at = time.monotonic()
    qtbot.waitUntil(lambda: notify_socket.ping_times()[-1] > unblocked_at, timeout=5000)
    watchdog.stop()

    # Allow a ping sent just before the block to arrive a moment late.
    during = [t for t in notify_socket.ping_times() if blocked_at + 0.05 < t < unblocked_at]
    assert during == []


def test_ready_waits_for_the_first_frame(qtbot: QtBot, notify_socket: NotifySocket) -> None:
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(b"import QtQuick\nWindow { width: 200; height: 100 }"))
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    watchdog = GuiWatchdog(SystemdNotifier({"NOTIFY_SOCKET": notify_socket.address}))

    watchdog.start_on_first_frame(window, "attract screen shown")
    qtbot.wait(200)
    assert notify_socket.notices() == []  # nothing drawn yet
    window.show()
    qtbot.waitUntil(lambda: notify_socket.notices() != [], timeout=5000)
    window.close()
    engine.deleteLater()

    assert notify_socket.notices() == ["READY=1\nSTATUS=attract screen shown"]


def test_outside_systemd_it_sends_nothing_and_does_not_fail(qtbot: QtBot) -> None:
    watchdog = GuiWatchdog(SystemdNotifier({}))

    watchdog.start()

    assert not watchdog.notifier.enabled
    assert watchdog.interval_ms == 0
    assert watchdog.notifier.notify("READY=1") is False


def test_a_vanished_socket_is_logged_not_raised(tmp_path: Path) -> None:
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})

    assert notifier.notify("WATCHDOG=1") is False
