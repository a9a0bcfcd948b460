"""The station's scanner through SANE (python-sane)."""

from __future__ import annotations

import fnmatch
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import sane

from kiosk.core.ports import HealthCheck, HealthState

log = logging.getLogger(__name__)

# libsane keeps global state (sane_init/sane_exit); one lock for the process.
_SANE_LOCK = threading.Lock()


@dataclass(frozen=True)
class SaneDevice:
    name: str
    vendor: str
    model: str
    kind: str

    def matches(self, pattern: str) -> bool:
        """Match by name or by "vendor model", never by bus path (it changes on replug)."""
        pattern = pattern.lower()
        candidates = (self.name, f"{self.vendor} {self.model}", self.model)
        return any(fnmatch.fnmatchcase(c.lower(), pattern) for c in candidates)


class SaneScanner:
    """Finds the configured scanner among the devices SANE reports."""

    def __init__(self, device_pattern: str, sane_config_dir: Path | None = None) -> None:
        self.device_pattern = device_pattern
        self.sane_config_dir = sane_config_dir

    def list_devices(self) -> list[SaneDevice]:
        with _SANE_LOCK:
            if self.sane_config_dir is not None:
                # Read by libsane's dll backend at sane_init(); no trailing colon, so
                # the system's /etc/sane.d is not searched as well.
                os.environ["SANE_CONFIG_DIR"] = str(self.sane_config_dir)
            sane.init()
            try:
                return [SaneDevice(*entry) for entry in sane.get_devices()]
            finally:
                sane.exit()

    def find_device(self) -> SaneDevice | None:
        return next((d for d in self.list_devices() if d.matches(self.device_pattern)), None)

    def check(self) -> HealthCheck:
        try:
            device = self.find_device()
        except sane._sane.error as error:
            return HealthCheck(
                "scanner", HealthState.FAIL, f"SANE failed: {error}", "check the SANE set-up"
            )
        if device is None:
            return HealthCheck(
                "scanner",
                HealthState.FAIL,
                f"no scanner matches {self.device_pattern!r}",
                "check the scanner's power and USB cable, or [scanner] device in the config",
            )
        return HealthCheck(
            "scanner", HealthState.OK, f"{device.name} ({device.vendor} {device.model})"
        )
