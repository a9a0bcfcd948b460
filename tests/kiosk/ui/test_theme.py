"""Every text/background pair in the theme meets WCAG 2.2 contrast: 4.5:1 (1.4.3) in
the usual colours, 7:1 (1.4.6, enhanced) in the high-contrast colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

THEME = Path(__file__).resolve().parents[3] / "kiosk/ui/qml/Kiosk/Theme.qml"
PAIRS = [
    ("text", "background"),
    ("secondaryText", "background"),
    ("brandText", "brand"),
    ("actionText", "action"),
    ("actionText", "actionPressed"),
    ("text", "secondary"),
    ("text", "secondaryPressed"),
    ("secondaryText", "secondary"),
    ("actionText", "danger"),
    ("actionText", "dangerPressed"),
    ("text", "disabled"),
    ("error", "background"),
    ("panelText", "panel"),
    ("text", "notice"),
    ("trainingText", "training"),
]


def palette(name: str) -> dict[str, str]:
    """The colours of Theme.qml's `normal` or `contrast` palette."""
    text = THEME.read_text()
    block = text.split(f"readonly property QtObject {name}: QtObject {{", 1)[1].split("}", 1)[0]
    pattern = re.compile(r'readonly property color (\w+): "([^"]*)"')
    return dict(pattern.findall(block))


def theme_values() -> dict[str, str]:
    """Sizes (the 100 % value of each), and the usual colours."""
    pattern = re.compile(r"readonly property int (\w+): (?:scaled\()?(\d+)")
    return {**dict(pattern.findall(THEME.read_text())), **palette("normal")}


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("ink", "paper"), PAIRS)
def test_theme_pair_has_at_least_4_5_to_1_contrast(ink: str, paper: str) -> None:
    values = theme_values()
    assert contrast(values[ink], values[paper]) >= 4.5


@pytest.mark.parametrize(("ink", "paper"), PAIRS)
def test_high_contrast_pair_has_at_least_7_to_1(ink: str, paper: str) -> None:
    colours = palette("contrast")
    assert contrast(colours[ink], colours[paper]) >= 7.0


def test_both_palettes_name_the_same_colours() -> None:
    assert set(palette("contrast")) == set(palette("normal"))
    assert len(palette("normal")) >= len({name for pair in PAIRS for name in pair})


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_touch_and_text_sizes_meet_the_kiosk_minimums() -> None:
    values = theme_values()
    assert int(values["minTouch"]) >= 48
    assert int(values["buttonHeight"]) >= 48
    assert int(values["bodySize"]) >= 24
