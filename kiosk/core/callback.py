"""A resident's call-back request (issue 8): a UK phone number, a time of day, a service.

The number is checked with Google's libphonenumber rules (the `phonenumbers`
package, "lite" build without the geocoding data): it knows which UK ranges
Ofcom has allocated, so a number one digit short, or a mistyped area code, is
caught at the station rather than by a caller who cannot get through. It is
sent in E.164 form (``+442088548888``), which every telephony system reads.

The number is personal data: it goes only into the encrypted outbox entry,
never into a log line or an exception message.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from kiosk.core.sending import Notification, callback_channel
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import phonenumbers
else:
    # With the first number typed, not before the first frame (kiosk/lazy_import.py).
    phonenumbers = lazy_import("phonenumbers")

UK_COUNTRY_CODE: Final = 44


def callable_types() -> frozenset[int]:
    """Numbers a council officer can phone back: landlines, mobiles, VoIP (056) and
    03 numbers. Not premium-rate, freephone, pagers or personal (070) numbers."""
    kind = phonenumbers.PhoneNumberType
    return frozenset({kind.FIXED_LINE, kind.MOBILE, kind.FIXED_LINE_OR_MOBILE, kind.VOIP, kind.UAN})


# Residents may type spaces, brackets and dashes the way numbers are printed.
MAX_TYPED_LENGTH: Final = 30


class PreferredTime(enum.Enum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    ANY = "any"


class PhoneProblem(enum.Enum):
    """Why a typed number was not taken; the screen says how to fix it."""

    MISSING = "missing"  # nothing typed
    NOT_UK = "not_uk"  # another country's code
    WRONG_NUMBER = "wrong_number"  # not a UK number: too short, too long, unallocated
    NOT_CALLABLE = "not_callable"  # premium rate, freephone, pager…


def check_uk_phone(typed: str) -> tuple[str | None, PhoneProblem | None]:
    """The number in E.164 form, or None and what is wrong with it."""
    text = typed.strip()
    if not text:
        return None, PhoneProblem.MISSING
    if len(text) > MAX_TYPED_LENGTH:
        return None, PhoneProblem.WRONG_NUMBER
    try:
        number = phonenumbers.parse(text, "GB")  # a leading 0 means a UK number
    except phonenumbers.NumberParseException:
        return None, PhoneProblem.WRONG_NUMBER
    if number.country_code != UK_COUNTRY_CODE:
        return None, PhoneProblem.NOT_UK
    if not phonenumbers.is_valid_number(number):
        return None, PhoneProblem.WRONG_NUMBER
    if phonenumbers.number_type(number) not in callable_types():
        return None, PhoneProblem.NOT_CALLABLE
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def callback_notification(
    service_id: str, phone_e164: str, when: PreferredTime, language: str
) -> Notification:
    """What goes to the service's call-back endpoint (docs/backoffice-openapi.yaml,
    CallbackRequest); the outbox adds the kiosk reference, station, site and time."""
    payload: Mapping[str, object] = {
        "event": "callback_requested",
        "service_id": service_id,
        "phone": phone_e164,
        "preferred_time": when.value,
        "language": language,
    }
    return Notification(callback_channel(service_id), payload)
