"""ProgressGate: which scanner progress reports reach the GUI thread."""

from __future__ import annotations

from kiosk.ui.background import ProgressGate


def test_a_burst_of_reports_within_a_page_lets_only_the_first_and_last_through() -> None:
    gate = ProgressGate(min_interval_s=60)
    passed = [gate.wants(1, n / 26) for n in range(1, 27)]
    assert passed[0] and passed[-1]
    assert sum(passed) == 2


def test_each_new_page_gets_through() -> None:
    gate = ProgressGate(min_interval_s=60)
    assert [gate.wants(page, 0.1) for page in (1, 1, 2, 2, 3)] == [True, False, True, False, True]


def test_reports_get_through_again_once_the_interval_has_passed() -> None:
    gate = ProgressGate(min_interval_s=0)
    assert all(gate.wants(1, n / 10) for n in range(1, 10))
