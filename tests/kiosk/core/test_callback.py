"""The call-back request's rules (no Qt, no network): UK numbers, E.164, the payload."""

from __future__ import annotations

import pytest

from kiosk.core.callback import (
    PhoneProblem,
    PreferredTime,
    callback_notification,
    check_uk_phone,
)


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("020 8854 8888", "+442088548888"),  # London landline, as printed
        ("(020) 8854 8888", "+442088548888"),
        ("0208 854 8888", "+442088548888"),  # grouped the common wrong way
        ("02088548888", "+442088548888"),
        ("+44 20 8854 8888", "+442088548888"),
        ("+44 (0)20 8854 8888", "+442088548888"),
        ("0044 20 8854 8888", "+442088548888"),
        ("07911 123456", "+447911123456"),  # mobile
        ("07911-123-456", "+447911123456"),
        ("+447911123456", "+447911123456"),
        ("01234 567890", "+441234567890"),  # another area code
        ("0300 123 4567", "+443001234567"),  # 03: charged like a landline
        ("  07911 123456  ", "+447911123456"),
    ],
)
def test_uk_landlines_and_mobiles_are_taken_in_every_usual_form(typed: str, e164: str) -> None:
    assert check_uk_phone(typed) == (e164, None)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", PhoneProblem.MISSING),
        ("   ", PhoneProblem.MISSING),
        ("020 8854 888", PhoneProblem.WRONG_NUMBER),  # a digit short
        ("020 8854 88889", PhoneProblem.WRONG_NUMBER),  # a digit too many
        ("07911 12345", PhoneProblem.WRONG_NUMBER),
        ("12345", PhoneProblem.WRONG_NUMBER),
        ("phone me", PhoneProblem.WRONG_NUMBER),
        ("0" * 40, PhoneProblem.WRONG_NUMBER),
        ("+33 1 23 45 67 89", PhoneProblem.NOT_UK),
        ("+1 212 555 0100", PhoneProblem.NOT_UK),
        ("0800 123 456", PhoneProblem.NOT_CALLABLE),  # freephone
        ("0906 123 4567", PhoneProblem.NOT_CALLABLE),  # premium rate
    ],
)
def test_other_numbers_say_what_is_wrong(typed: str, problem: PhoneProblem) -> None:
    assert check_uk_phone(typed) == (None, problem)


def test_the_call_back_goes_to_its_services_channel_with_the_number_in_e164() -> None:
    notification = callback_notification("parking", "+442088548888", PreferredTime.MORNING, "pl")
    assert notification.channel == "callback:parking"
    assert notification.payload == {
        "event": "callback_requested",
        "service_id": "parking",
        "phone": "+442088548888",
        "preferred_time": "morning",
        "language": "pl",
    }
