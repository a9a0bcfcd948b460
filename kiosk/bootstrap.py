"""Building the real adapters from a station config, without Qt.

Shared by the app's composition root (kiosk.app) and kiosk-admin, so both
drive the same scanner the same way.
"""

from __future__ import annotations

from drivers.scanner import SaneScanner
from kiosk.config import StationConfig


def build_scanner(config: StationConfig) -> SaneScanner:
    return SaneScanner(config.scanner.device, config.scanner.sane_config_dir)
