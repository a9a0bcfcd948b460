from __future__ import annotations

from drivers.scanner import SaneScanner
from kiosk.core.ports import HealthState, Scanner
from kiosk.testbed.sane_testbed import REPO_SANE_DIR


def test_finds_the_test_scanner_by_name_pattern(sane_test_scanner: str) -> None:
    scanner = SaneScanner("test:*", REPO_SANE_DIR)
    assert isinstance(scanner, Scanner)

    check = scanner.check()

    assert check.state is HealthState.OK
    assert sane_test_scanner in check.detail


def test_finds_the_test_scanner_by_vendor_and_model(sane_test_scanner: str) -> None:
    device = SaneScanner("noname frontend-tester", REPO_SANE_DIR).find_device()
    assert device is not None and device.name == sane_test_scanner


def test_missing_scanner_is_a_failure_with_a_hint(sane_test_scanner: str) -> None:
    check = SaneScanner("fujitsu fi-8170", REPO_SANE_DIR).check()

    assert check.state is HealthState.FAIL
    assert "fujitsu fi-8170" in check.detail
    assert "USB" in check.hint
