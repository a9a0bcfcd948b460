"""Scanner faults on libsane's test backend, for one scan at a time.

`FaultOnce` is the real scanner (drivers.scanner.SaneScanner on `test:0`); once
armed, its next scan runs with extra test-backend options, then it is the
plain scanner again. The options are the backend's own fault switches:
- `COVER_OPEN`: `read_return_value` makes the read report the lid open;
- `SLOW_BLOCKS`: `read_delay` holds every block of the page back 0.2 s, longer
  than a short stall guard (`stall_after_s`), as a scanner that stops answering.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import replace

from drivers.scanner import SaneScanner
from kiosk.core.ports import HealthCheck
from kiosk.core.scanning import OnPage, OnProgress, ScanSettings

COVER_OPEN: Mapping[str, object] = {"read_return_value": "SANE_STATUS_COVER_OPEN"}
SLOW_BLOCKS: Mapping[str, object] = {"read_delay": True, "read_delay_duration": 200_000}


class FaultOnce:
    """The real test scanner; its next scan once `armed` is set has `options` too
    (and, with `stall_after_s`, that stall guard for that scan only)."""

    def __init__(
        self,
        scanner: SaneScanner,
        options: Mapping[str, object],
        stall_after_s: float | None = None,
    ) -> None:
        self.scanner = scanner
        self.options = dict(options)
        self.stall_after_s = stall_after_s
        self.armed = threading.Event()

    def check(self) -> HealthCheck:
        return self.scanner.check()

    def scan(
        self,
        settings: ScanSettings,
        on_page: OnPage,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        if not self.armed.is_set():
            return self.scanner.scan(settings, on_page, on_progress, cancel)
        self.armed.clear()
        faulty = replace(settings, device_options={**settings.device_options, **self.options})
        guard_s = self.scanner.stall_after_s
        if self.stall_after_s is not None:
            self.scanner.stall_after_s = self.stall_after_s
        try:
            return self.scanner.scan(faulty, on_page, on_progress, cancel)
        finally:
            self.scanner.stall_after_s = guard_s
