"""SIGTERM and SIGINT, caught from the first moment of the kiosk's start.

systemd stops and restarts the station with SIGTERM (`systemctl stop`, a new
package, a watchdog restart), also while the kiosk is still starting. Two things
went wrong when one came within about a second of the start (issue 6: a loop of
SIGTERMs at 0.1 to 1.5 s after start):

- Until `kiosk.app.run` set its handler, just before `app.exec()`, a SIGTERM
  killed the process outright (status -15): no window closed, the session
  folder (`kiosk-pages-*`) left behind. `import kiosk.app` alone takes 1 to
  1.5 s (PySide6, the QML types). So `install()` runs first thing in `main()`,
  before those imports (kiosk/__main__.py, packaging/pyinstaller/kiosk_entry.py),
  and only notes the signal.
- The old handler called `app.quit()` itself. CPython runs a signal handler at
  the next bytecode of the main thread, and during start-up that is wherever
  Qt happens to be calling Python: a binding or a slot inside the delivery of
  the window's UpdateRequest. Qt 6's quit closes every window, which destroys
  the window's QPlatformWindow in the middle of
  QPlatformWindow::windowEvent(); that then reads its freed self
  (hasPendingUpdateRequest -> qt_window_private) and the kiosk died with
  SIGSEGV inside app.exec() (gdb on the core files). Once the screen is still,
  the handler ran from an idle timer and the quit was clean.

So the handler does nothing but note the signal; CPython also writes its
number to a socket (signal.set_wakeup_fd), and kiosk.app watches that socket
with a QSocketNotifier, which fires from the top of the event loop, never
inside a frame: there the quit is safe. A signal that came before the event
loop ran waits in the socket and stops the kiosk as soon as it runs.

Qt-free and importing only the standard library, so it costs nothing before
the slow imports.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)

_requested: list[int] = []
_wakeup: tuple[socket.socket, socket.socket] | None = None


def install() -> socket.socket:
    """Catch the stop signals from now on; the socket to watch for them.

    Call from the main thread (Python's rule for signal handlers). Calling it
    again returns the same socket.
    """
    global _wakeup
    if _wakeup is None:
        ours, theirs = socket.socketpair()
        ours.setblocking(False)
        theirs.setblocking(False)
        # A burst of signals that fills the buffer loses nothing that matters:
        # one byte waiting is enough to stop.
        signal.set_wakeup_fd(theirs.fileno(), warn_on_full_buffer=False)
        for signum in STOP_SIGNALS:
            signal.signal(signum, _note)
        _wakeup = ours, theirs
    return _wakeup[0]


def _note(signum: int, frame: FrameType | None) -> None:
    # Only this: the handler runs wherever the main thread happens to be.
    _requested.append(signum)


def requested() -> int | None:
    """The first stop signal received since `install()`, if any."""
    return _requested[0] if _requested else None


def drain(wakeup: socket.socket) -> list[int]:
    """The signal numbers waiting in the socket (it is left empty)."""
    numbers: list[int] = []
    while True:
        try:
            data = wakeup.recv(512)
        except (BlockingIOError, InterruptedError):
            return numbers
        if not data:
            return numbers
        numbers.extend(data)


def release() -> None:
    """Back to the default dispositions; a signal noted meanwhile is delivered now.

    For the one-shot commands (`kiosk --self-test`), which have no event loop
    to stop: a SIGTERM ends them as it ends any command.
    """
    global _wakeup
    if _wakeup is None:
        return
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for end in _wakeup:
        end.close()
    _wakeup = None
    if _requested:
        signal.raise_signal(_requested.pop(0))
