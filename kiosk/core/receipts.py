"""A resident's receipt: what was sent, where, and the kiosk reference.

Only what the service's config allows goes on it: the council, the service,
the kiosk reference, date and time, the page count, what happens next and how
to contact the service. No names or numbers the resident typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Receipt:
    council_name: str
    service_title: str
    kiosk_reference: str  # e.g. "WOO-7K3M-9QX2": large, and as a QR code
    sent_at: datetime
    pages: int
    next_steps: str
    contact: str = ""
    station_name: str = ""

    @property
    def qr_payload(self) -> str:
        """What the QR code holds: the reference alone, readable by any phone."""
        return self.kiosk_reference
