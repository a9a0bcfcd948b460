"""Ports: what the domain needs from the world outside, as Protocols.

Adapters in `drivers/` implement them (SaneScanner, CupsPrinter,
HttpBackOffice); only the composition root, `kiosk.app`, names those classes.
Later work adds scanning, printing and sending to these ports; what is here
today is what every adapter already answers: a health check that a champion,
`kiosk --self-test` and `kiosk-admin doctor` can show.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from kiosk.core.printing import JobStatus, PrinterStatus, PrintOptions
from kiosk.core.scanning import PageSource
from kiosk.core.sending import Parcel, SendResult


class HealthState(enum.Enum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class HealthCheck:
    """One line of a health report: what was checked, how it went, what to do."""

    name: str
    state: HealthState
    detail: str
    hint: str = ""

    def line(self) -> str:
        text = f"{self.state.value:<4} {self.name}: {self.detail}"
        return f"{text} (fix: {self.hint})" if self.hint else text


@runtime_checkable
class Scanner(PageSource, Protocol):
    """Scans pages (see kiosk.core.scanning.PageSource) and reports its health."""

    def check(self) -> HealthCheck:
        """Find the configured scanner and say whether it answers."""
        ...


@runtime_checkable
class Printer(Protocol):
    """Prints PDFs and says how the printer is (see kiosk.core.printing)."""

    def check(self) -> HealthCheck:
        """Reach the print server and say whether the station's queue is ready."""
        ...

    def status(self) -> PrinterStatus:
        """The printer's state now; never raises (an unreachable printer is OFFLINE)."""
        ...

    def submit(self, document: Path, title: str, options: PrintOptions) -> int:
        """Check the PDF and send it; the job id. Raises kiosk.core.printing.PrintError."""
        ...

    def job_status(self, job_id: int) -> JobStatus:
        """Where a job submitted here is, also after CUPS has forgotten it."""
        ...

    def cancel(self, job_id: int) -> None:
        """Cancel a job and drop its files; no error if it has already finished."""
        ...


@runtime_checkable
class BackOffice(Protocol):
    def check(self) -> HealthCheck:
        """Say whether every service endpoint can be sent to (credentials present)."""
        ...

    def send(self, parcel: Parcel) -> SendResult:
        """Deliver one parcel to its service's endpoint; never raises for a failed send."""
        ...


class Clock(Protocol):
    def monotonic_s(self) -> float: ...
