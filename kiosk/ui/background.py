"""Running work off the GUI thread, with the result handed back on it.

The one helper every screen uses (design: "never block the Qt thread"): `run`
starts `work` on a plain thread and calls `on_success(result)` or
`on_failure(error)` later on the GUI thread, through a queued signal. Be
careful not to touch QML or view-model state inside `work` itself.
`post` hands a call from a worker thread to the GUI thread (progress).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class Background(QObject):
    _delivered = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._running = 0
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        """Whether some work has not yet reported back (tests wait on this)."""
        with self._lock:
            return self._running > 0

    def run(
        self,
        name: str,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        with self._lock:
            self._running += 1

        def body() -> None:
            try:
                result = work()
            except Exception as error:  # handed to on_failure on the GUI thread
                log.warning("%s failed: %s", name, type(error).__name__)
                failure = error  # `error` is unbound once the except block ends
                self._delivered.emit(lambda: on_failure(failure), None)
            else:
                self._delivered.emit(lambda: on_success(result), None)

        threading.Thread(target=body, name=name, daemon=True).start()

    def post(self, call: Callable[[], None]) -> None:
        """Call `call` on the GUI thread soon; safe from any thread."""
        self._delivered.emit(call, False)

    @Slot(object, object)
    def _deliver(self, call: Callable[[], Any], counted: object) -> None:
        try:
            call()
        finally:
            if counted is None:
                with self._lock:
                    self._running -= 1


class ProgressGate:
    """Lets through the progress reports worth a screen update.

    A scanner reports after every block it reads (dozens a page). Each report
    handed to the GUI thread re-evaluates the screen's bindings, and a burst of
    them queued at once held the GUI thread for a quarter of a second (measured
    by `make bench`, gui_max_stall_ms). This passes a report when a new page
    starts, when it is the last of a page, or when `min_interval_s` has passed.
    Call it from the one worker thread that reports.
    """

    def __init__(self, min_interval_s: float = 0.1) -> None:
        self.min_interval_s = min_interval_s
        self._last_s = float("-inf")
        self._last_page = -1

    def wants(self, page: int, fraction: float) -> bool:
        now = time.monotonic()
        if page != self._last_page or fraction >= 1.0 or now - self._last_s >= self.min_interval_s:
            self._last_s, self._last_page = now, page
            return True
        return False
