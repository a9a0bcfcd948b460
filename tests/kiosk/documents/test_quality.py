"""Quality checks on a labelled set of pages made like real scans.

Each case says which warnings a resident should see. The test prints the
measurements and a false-positive / false-negative count per warning (run
with -s to read them); every verdict must match.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest
from PIL import Image

from kiosk.documents.quality import (
    PageMetrics,
    QualityWarning,
    check_page,
    measure,
    too_large,
    verdict,
)
from kiosk.testbed import sample_pages as sp

DPI = 150  # thresholds are resolution-independent; 150 dpi keeps the set fast
W = QualityWarning

CASES: dict[str, tuple[Callable[[], Image.Image], set[QualityWarning]]] = {
    **{
        f"{kind}-{seed}": (lambda kind=kind, seed=seed: sp.make_page(kind, DPI, seed).image, set())
        for kind in sp.KINDS
        for seed in (1, 2)
    },
    "blank-1": (lambda: sp.blank_page(DPI, 1), {W.BLANK}),
    "blank-2": (lambda: sp.blank_page(DPI, 2), {W.BLANK}),
    "dark-0.35": (lambda: sp.dark_page(DPI, 0.35), {W.TOO_DARK}),
    "dark-0.45": (lambda: sp.dark_page(DPI, 0.45), {W.TOO_DARK}),
    "dimmer-0.85": (lambda: sp.dark_page(DPI, 0.85), set()),
    "faded-205": (lambda: sp.light_page(DPI, 205), {W.TOO_LIGHT}),
    "faded-180": (lambda: sp.light_page(DPI, 180), {W.TOO_LIGHT}),
    "paler-100": (lambda: sp.light_page(DPI, 100), set()),
    "blurred-4": (lambda: sp.blurred_page(DPI, 4.0), {W.BLURRED}),
    "blurred-3": (lambda: sp.blurred_page(DPI, 3.0), {W.BLURRED}),
    "soft-1": (lambda: sp.blurred_page(DPI, 1.0), set()),
    "cut-off-30mm": (lambda: sp.cut_off_page(DPI, 30), {W.CUT_OFF}),
    "cut-off-22mm-letter": (lambda: sp.cut_off_page(DPI, 22, "letter"), {W.CUT_OFF}),
    "near-edge-15mm": (lambda: sp.cut_off_page(DPI, 15), set()),
    "mild-blur-2": (lambda: sp.blurred_page(DPI, 2.0), set()),
}


@cache
def image(name: str) -> Image.Image:
    return CASES[name][0]()


@cache
def metrics(name: str) -> PageMetrics:
    return measure(image(name), DPI)


@pytest.mark.parametrize("name", list(CASES))
def test_page_gets_exactly_the_warnings_a_person_would_give(name: str) -> None:
    expected = CASES[name][1]
    m = metrics(name)
    print(
        f"{name:22} paper={m.paper:3} contrast={m.contrast:3} "
        f"edge_ink={m.edge_ink:.3f} sharpness={m.sharpness:.2f} -> {verdict(m)}"
    )
    assert set(verdict(m)) == expected


def test_false_positive_and_negative_counts_on_the_set() -> None:
    table = {w: {"fp": 0, "fn": 0} for w in QualityWarning if w is not W.TOO_LARGE}
    for name, (_, expected) in CASES.items():
        got = set(verdict(metrics(name)))
        for warning, counts in table.items():
            counts["fp"] += warning in got and warning not in expected
            counts["fn"] += warning in expected and warning not in got
    print(f"\n{len(CASES)} pages:", {w.name: c for w, c in table.items()})
    assert all(c == {"fp": 0, "fn": 0} for c in table.values())


def test_checks_give_the_same_verdict_at_300_dpi() -> None:
    assert check_page(sp.make_page("payslip", 300).image, 300) == ()
    assert check_page(sp.blurred_page(300), 300) == (W.BLURRED,)


def test_a_blank_page_gets_only_the_blank_warning() -> None:
    assert verdict(metrics("blank-1")) == (W.BLANK,)


def test_document_over_the_services_limit_is_too_large() -> None:
    assert too_large(10 * 1024 * 1024 + 1, 10)
    assert not too_large(10 * 1024 * 1024, 10)
