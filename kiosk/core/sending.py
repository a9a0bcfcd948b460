"""Sending documents: what the journey hands to the outbox and what comes back.

The outbox (kiosk/outbox) keeps each submission, encrypted, until the back office
acknowledges it (design section 5); a `BackOffice` (kiosk.core.ports) carries one
`Parcel` to a service endpoint and says how it went (design section 6). This
module holds the shapes both sides agree on and the two rules that need no I/O:
the kiosk reference a resident reads aloud, and how long to wait before a retry.
"""

from __future__ import annotations

import enum
import random
import re
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Protocol, runtime_checkable

# Read aloud over the phone: no 0/O, 1/I/L, 5/S or U/V look-alikes (Crockford's base32
# drops I, L, O and U for the same reason; S and 5, V and U are confused on the phone).
REFERENCE_ALPHABET: Final = "2346789ABCDEFGHJKMNPQRTWXYZ"
REFERENCE_GROUPS: Final = 2
REFERENCE_GROUP_LENGTH: Final = 4
_REFERENCE = re.compile(
    rf"[A-Z]{{3}}(?:-[{REFERENCE_ALPHABET}]{{{REFERENCE_GROUP_LENGTH}}}){{{REFERENCE_GROUPS}}}"
)


def new_kiosk_reference(prefix: str, choose: Callable[[str], str] = secrets.choice) -> str:
    """A reference like ``WOO-7K3M-9QX2``: the station prefix and two groups of four.

    27 symbols in 8 places give about 2.8e11 codes, so two submissions from one
    station practically never share one; the outbox still checks before using it.
    """
    if not re.fullmatch(r"[A-Z]{3}", prefix):
        raise ValueError(f"station prefix must be three capital letters, not {prefix!r}")
    groups = (
        "".join(choose(REFERENCE_ALPHABET) for _ in range(REFERENCE_GROUP_LENGTH))
        for _ in range(REFERENCE_GROUPS)
    )
    return "-".join((prefix, *groups))


def is_kiosk_reference(text: str) -> bool:
    return _REFERENCE.fullmatch(text) is not None


def normalise_kiosk_reference(text: str) -> str:
    """What a champion typed (any case, spaces) as the reference it means."""
    return "".join(text.split()).upper()


def retry_delay_s(
    attempt: int,
    initial_s: float,
    cap_s: float,
    retry_after_s: float | None = None,
    uniform: Callable[[float, float], float] = random.uniform,
) -> float:
    """How long to wait after failed attempt number ``attempt`` (1 for the first).

    Capped exponential backoff with full jitter (a random wait between 0 and
    ``min(cap, initial * 2**(attempt-1))``), so stations that lost the network
    together do not come back in step. A server's ``Retry-After`` wins (RFC 9110
    section 10.2.3), but never beyond the cap: a wrong header must not stall the queue.
    """
    if attempt < 1:
        raise ValueError("attempt counts from 1")
    if retry_after_s is not None:
        return min(max(retry_after_s, 0.0), cap_s)
    ceiling = min(cap_s, initial_s * 2.0 ** min(attempt - 1, 60))
    return uniform(0.0, ceiling)


# --- what the journey hands over ---------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """A resident's documents for one service, as the journey hands them over.

    ``document`` is the finished PDF, in memory or in a file; ``fields`` are what the
    resident typed (personal data: never logged, stored only encrypted).
    """

    service_id: str
    language: str
    fields: Mapping[str, str]
    page_count: int
    document: bytes | Path
    # From Outbox.new_reference(), when the PDF itself carries the reference;
    # None: the outbox names one when it stores the submission.
    kiosk_reference: str | None = None
    # Made in training mode (kiosk.core.training): marked in the metadata and
    # sent to the sandbox endpoint, never to the service's own. Keyword-only, so
    # no positional argument can turn a real submission into a practice one.
    training: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Queued:
    """What the resident gets at once: the reference to write down."""

    kiosk_reference: str
    idempotency_key: str


class EntryState(enum.Enum):
    QUEUED = "queued"  # waiting for its next attempt
    PARKED = "parked"  # refused for good; a champion decides (retry or purge)
    SENT = "sent"  # acknowledged; the encrypted document is gone, the receipt stays


@dataclass(frozen=True)
class OutboxStats:
    """What a champion's health screen and the metrics show."""

    depth: int  # entries not yet acknowledged (queued + parked)
    oldest_age_s: float | None  # age of the oldest of those
    by_state: Mapping[EntryState, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Notification:
    """A JSON message for someone off the station: a help request for a champion's
    webhook, a resident's call-back request for a service.

    It travels like a submission (encrypted at rest, retried, parked when refused)
    but is POSTed as ``application/json`` to the endpoint named by ``channel``
    (`HELP_CHANNEL`, `callback_channel`). ``payload`` may hold personal data
    (a phone number): never logged, stored only encrypted.
    """

    channel: str
    payload: Mapping[str, object]


# Channel names hold a ":", which a service id (a slug) never does, so they cannot
# collide with a service's documents endpoint in the outbox's index.
HELP_CHANNEL: Final = "help:webhook"
_CALLBACK_PREFIX: Final = "callback:"


def callback_channel(service_id: str) -> str:
    return _CALLBACK_PREFIX + service_id


def is_callback_channel(channel: str) -> bool:
    return channel.startswith(_CALLBACK_PREFIX)


@runtime_checkable
class Outbox(Protocol):
    def new_reference(self) -> str:
        """A kiosk reference no entry has, to print in the PDF before enqueueing it."""
        ...

    def enqueue(self, submission: Submission) -> Queued:
        """Store the submission durably and return its reference; sending comes later."""
        ...

    def notify(self, notification: Notification) -> Queued:
        """Store a notification durably (a kiosk reference of its own); sending comes later."""
        ...

    def stats(self) -> OutboxStats: ...


# --- what the outbox hands to the back office --------------------------------------


class ParcelKind(enum.Enum):
    SUBMISSION = "submission"  # multipart: metadata + PDF, to a service endpoint
    NOTIFICATION = "notification"  # one JSON body (the "document"), to a channel's endpoint


@dataclass(frozen=True)
class Parcel:
    """One request to a service endpoint: the contract's two parts and its key.

    ``open_document`` yields the PDF in blocks each time it is called, so a retry
    streams it again and nothing holds the whole document in memory. For a
    notification ``service_id`` is its channel and the "document" is the JSON body.
    """

    service_id: str
    kiosk_reference: str
    idempotency_key: str
    metadata_json: bytes
    document_size: int
    open_document: Callable[[], Iterator[bytes]]
    training: bool = False  # goes to the sandbox endpoint (see Submission.training)
    kind: ParcelKind = ParcelKind.SUBMISSION


class SendOutcome(enum.Enum):
    DELIVERED = "delivered"  # 200/201 with a reference: delete the local copy
    RETRY = "retry"  # try again later (network, 408, 429, 5xx, answers off-contract)
    REJECTED = "rejected"  # refused for good (other 4xx): park it for a champion


@dataclass(frozen=True)
class SendResult:
    outcome: SendOutcome
    reason: str = ""  # for staff: no personal data, no token
    reference: str | None = None  # the back office's reference when delivered
    status: int | None = None
    retry_after_s: float | None = None
