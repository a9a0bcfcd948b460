"""Building the real adapters from a station config, without Qt.

Shared by the app's composition root (kiosk.app) and kiosk-admin, so both
drive the same scanner the same way.
"""

from __future__ import annotations

from drivers.scanner import SaneScanner
from kiosk.config import StationConfig


def build_scanner(config: StationConfig) -> SaneScanner:
    scanner = config.scanner
    return SaneScanner(scanner.device, scanner.sane_config_dir, scanner.stall_after_s)
