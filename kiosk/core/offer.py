"""What the station can offer a resident right now, from which of its parts work.

A station whose scanner is missing still prints forms; one whose printer is
down still sends documents (without a printed receipt). The service screen
shows only what works, so nobody starts a journey the station cannot finish.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Missing(enum.Enum):
    """A part that does not work, as the resident's notice names it."""

    SCANNER = "scanner"
    PRINTER = "printer"
    SENDING = "sending"  # the outbox could not be opened (no key, disk full)


@dataclass(frozen=True)
class Parts:
    """Which parts answered their last check."""

    scanner: bool = True
    printer: bool = True
    sending: bool = True
    forms: int = 0  # forms in the catalogue that can print


@dataclass(frozen=True)
class Offer:
    send_documents: bool
    print_forms: bool
    copy: bool
    print_receipt: bool
    missing: tuple[Missing, ...]

    @property
    def anything(self) -> bool:
        return self.send_documents or self.print_forms or self.copy


def offer_for(parts: Parts) -> Offer:
    missing = tuple(
        part
        for part, works in (
            (Missing.SCANNER, parts.scanner),
            (Missing.PRINTER, parts.printer),
            (Missing.SENDING, parts.sending),
        )
        if not works
    )
    return Offer(
        send_documents=parts.scanner and parts.sending,
        print_forms=parts.printer and parts.forms > 0,
        copy=parts.scanner and parts.printer,
        print_receipt=parts.printer,
        missing=missing,
    )
