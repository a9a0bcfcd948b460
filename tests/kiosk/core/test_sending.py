"""Kiosk references and retry waits: pure rules, no I/O."""

from __future__ import annotations

import random

import pytest

from kiosk.core.sending import (
    REFERENCE_ALPHABET,
    is_kiosk_reference,
    new_kiosk_reference,
    normalise_kiosk_reference,
    retry_delay_s,
)


def test_reference_is_prefix_and_two_groups_of_four_a_person_can_read_aloud() -> None:
    reference = new_kiosk_reference("WOO")

    assert is_kiosk_reference(reference)
    prefix, first, second = reference.split("-")
    assert prefix == "WOO" and len(first) == len(second) == 4
    assert set(first + second) <= set(REFERENCE_ALPHABET)


def test_reference_alphabet_has_no_look_alike_characters() -> None:
    for confusable in "0O1IL5SUV":
        assert confusable not in REFERENCE_ALPHABET


def test_reference_uses_the_injected_choice() -> None:
    assert new_kiosk_reference("DEM", choose=lambda alphabet: alphabet[0]) == "DEM-2222-2222"


def test_references_do_not_repeat_in_ten_thousand() -> None:
    references = {new_kiosk_reference("ELT") for _ in range(10_000)}
    assert len(references) == 10_000


@pytest.mark.parametrize("prefix", ["wo", "WOOL", "wo1", ""])
def test_reference_needs_a_three_letter_station_prefix(prefix: str) -> None:
    with pytest.raises(ValueError):
        new_kiosk_reference(prefix)


def test_typed_reference_is_normalised_and_checked() -> None:
    assert normalise_kiosk_reference(" woo-7k3m-9qx2 ") == "WOO-7K3M-9QX2"
    assert is_kiosk_reference("WOO-7K3M-9QX2")
    assert not is_kiosk_reference("WOO-7K3M-9QX0")  # 0 is never issued


def test_backoff_doubles_up_to_the_cap_with_full_jitter() -> None:
    def top(low: float, high: float) -> float:
        return high

    assert [retry_delay_s(n, 2.0, 60.0, uniform=top) for n in range(1, 8)] == [
        2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0,
    ]  # fmt: skip
    rng = random.Random(7)
    waits = [retry_delay_s(5, 2.0, 60.0, uniform=rng.uniform) for _ in range(1000)]
    assert 0.0 <= min(waits) < 2.0 and 30.0 < max(waits) <= 32.0


def test_retry_after_wins_but_never_beyond_the_cap() -> None:
    assert retry_delay_s(1, 2.0, 60.0, retry_after_s=7.0) == 7.0
    assert retry_delay_s(1, 2.0, 60.0, retry_after_s=86400.0) == 60.0
    assert retry_delay_s(9999, 2.0, 60.0, uniform=lambda a, b: b) == 60.0
