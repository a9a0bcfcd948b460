"""systemd's watchdog, fed from the GUI thread, and the unit's start-up and stop notices.

The unit (packaging/systemd/greenwich-kiosk.service) is `Type=notify` with
`WatchdogSec=`: systemd waits for READY=1 and then expects WATCHDOG=1 more often
than every WatchdogSec, or it kills the session and starts it again. The ping
comes from a QTimer on the GUI thread, so a GUI thread that hangs (the one thing
a resident would see as a frozen screen) stops the pings.

The protocol is one datagram per notice to the AF_UNIX socket named in
$NOTIFY_SOCKET (sd_notify(3); a leading "@" is Linux's abstract namespace). It is
a few lines, so this speaks it directly rather than linking libsystemd.

The kiosk runs as cage's child, so systemd's main PID is cage's: the unit sets
`NotifyAccess=all`, and $WATCHDOG_PID (cage's PID) is not compared with ours as
sd_watchdog_enabled(3) would.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)

# Ping at half the deadline, as sd_watchdog_enabled(3) advises.
PINGS_PER_DEADLINE = 2


class SystemdNotifier:
    """Sends sd_notify notices; does nothing when not started by systemd."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        self.address = "\0" + address[1:] if address.startswith("@") else address
        usec = env.get("WATCHDOG_USEC", "")
        self.watchdog_ms = int(usec) // 1000 if usec.isdigit() and int(usec) > 0 else 0

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    def notify(self, *lines: str) -> bool:
        """Send `lines` (e.g. "READY=1") as one notice. False if it could not be sent."""
        if not self.address:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto("\n".join(lines).encode(), self.address)
        except OSError as error:
            # systemd going away (shutdown) must never take the kiosk down with it.
            log.warning("systemd notify failed", extra={"fields": {"reason": str(error)}})
            return False
        return True


class GuiWatchdog(QObject):
    """Tells systemd the kiosk is ready, then pings it from the GUI thread."""

    def __init__(self, notifier: SystemdNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.ping)
        self._waiting_window: QQuickWindow | None = None
        self._ready_status = ""

    def start(self, status: str = "kiosk running") -> None:
        """Call once the window is up; a no-op outside systemd."""
        if not self.notifier.enabled:
            return
        self.notifier.notify("READY=1", f"STATUS={status}")
        if self.notifier.watchdog_ms:
            self._timer.start(max(1, self.notifier.watchdog_ms // PINGS_PER_DEADLINE))
            log.info(
                "systemd watchdog fed from the GUI thread",
                extra={"fields": {"interval_ms": self._timer.interval()}},
            )

    def start_on_first_frame(self, window: QQuickWindow, status: str = "kiosk running") -> None:
        """READY=1 once the window has drawn its first frame (the attract screen),
        so systemd's start-up (and TimeoutStartSec) covers the whole start."""
        self._waiting_window = window
        self._ready_status = status
        # frameSwapped comes from the render thread; with this object as the
        # receiver the call is queued to the GUI thread.
        window.frameSwapped.connect(self._first_frame)

    def _first_frame(self) -> None:
        window, self._waiting_window = self._waiting_window, None
        if window is None:  # a second frame queued before the first was handled
            return
        window.frameSwapped.disconnect(self._first_frame)
        self.start(self._ready_status)

    def ping(self) -> None:
        self.notifier.notify("WATCHDOG=1")

    def stop(self) -> None:
        self._timer.stop()
        self.notifier.notify("STOPPING=1")

    @property
    def interval_ms(self) -> int:
        return self._timer.interval() if self._timer.isActive() else 0
