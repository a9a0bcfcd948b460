from __future__ import annotations

from pathlib import Path

from drivers.scanner import SaneScanner
from kiosk.core.ports import HealthState, Scanner


def test_finds_the_test_scanner_by_name_pattern(
    sane_test_scanner: str, sane_config_dir: Path
) -> None:
    scanner = SaneScanner("test:*", sane_config_dir)
    assert isinstance(scanner, Scanner)

    check = scanner.check()

    assert check.state is HealthState.OK
    assert sane_test_scanner in check.detail


def test_finds_the_test_scanner_by_vendor_and_model(
    sane_test_scanner: str, sane_config_dir: Path
) -> None:
    device = SaneScanner("noname frontend-tester", sane_config_dir).find_device()
    assert device is not None and device.name == sane_test_scanner


def test_missing_scanner_is_a_failure_with_a_hint(sane_config_dir: Path) -> None:
    check = SaneScanner("fujitsu fi-8170", sane_config_dir).check()

    assert check.state is HealthState.FAIL
    assert "fujitsu fi-8170" in check.detail
    assert "USB" in check.hint
