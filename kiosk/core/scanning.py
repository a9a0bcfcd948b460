"""Scanning, as the domain sees it: settings, progress, pages and typed faults.

The SANE adapter (drivers/scanner) turns the device's status strings into
`ScanFault`s once; everything above it, and the resident's screens, only ever
see these. Each fault has a message key the UI translates into plain words.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PIL.Image import Image

MM_PER_INCH = 25.4
CANCEL_WITHIN_S = 1.0  # issue 4: a scan stops within a second of "Cancel"
# A scanner that reports nothing for this long has stopped answering: the scan
# is stopped and the resident told ([scanner] stall_after_s overrides it).
STALL_AFTER_S = 30.0

# Page sizes in millimetres (ISO 216; US Letter).
PAGE_SIZES_MM: Mapping[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "letter": (215.9, 279.4),
}


class ColourMode(enum.Enum):
    COLOUR = "colour"
    GREY = "grey"
    BW = "bw"


class PaperSource(enum.Enum):
    FLATBED = "flatbed"
    FEEDER = "feeder"


@dataclass(frozen=True)
class ScanSettings:
    mode: ColourMode = ColourMode.COLOUR
    resolution_dpi: int = 300
    source: PaperSource = PaperSource.FLATBED
    duplex: bool = False
    page_size: str = "A4"
    # Backend-specific options set as they are, e.g. {"swdeskew": True}.
    device_options: Mapping[str, str | int | float | bool] = field(default_factory=dict)

    @property
    def page_mm(self) -> tuple[float, float]:
        return PAGE_SIZES_MM[self.page_size]


class ScanFault(enum.Enum):
    """What went wrong, in words a resident's screen can explain."""

    JAMMED = "scanner.jammed"
    NO_DOCUMENTS = "scanner.no_documents"
    COVER_OPEN = "scanner.cover_open"
    DEVICE_BUSY = "scanner.busy"
    IO_ERROR = "scanner.io_error"
    DEVICE_GONE = "scanner.gone"
    INVALID_OPTION = "scanner.invalid_option"
    CANCELLED = "scanner.cancelled"
    # No progress for [scanner] stall_after_s: the scan was stopped (drivers/scanner).
    STALLED = "scanner.stalled"
    UNKNOWN = "scanner.unknown"

    @property
    def message_key(self) -> str:
        return self.value


class ScanError(Exception):
    """A scan stopped. `raw` keeps the device's own words for staff."""

    def __init__(self, fault: ScanFault, raw: str = "", pages_scanned: int = 0) -> None:
        super().__init__(f"{fault.name.lower()}: {raw}" if raw else fault.name.lower())
        self.fault = fault
        self.raw = raw
        self.pages_scanned = pages_scanned


@dataclass(frozen=True)
class RawPage:
    """One page as the scanner delivered it, before encoding.

    `source` is the image, or a function that makes it: the scanner hands over
    its raw buffer and the page worker, not the scanning thread, pays for
    turning it into an image.
    """

    source: Image | Callable[[], Image]
    dpi: int
    index: int  # 0-based, within this scan

    @cached_property
    def image(self) -> Image:
        return self.source() if callable(self.source) else self.source


@dataclass(frozen=True)
class ScanProgress:
    page: int  # 1-based page being read
    lines_read: int
    total_lines: int

    @property
    def fraction(self) -> float:
        return self.lines_read / self.total_lines if self.total_lines > 0 else 0.0


OnPage = Callable[[RawPage], None]
OnProgress = Callable[[ScanProgress], None]


@runtime_checkable
class PageSource(Protocol):
    """A scanner that can scan (kiosk.core.ports.Scanner adds its health check)."""

    def scan(
        self,
        settings: ScanSettings,
        on_page: OnPage,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        """Scan one page (flatbed) or until the feeder is empty; return the page count.

        Each page goes to `on_page` as soon as it is read, so pages scanned
        before a fault are kept. Raises ScanError with the fault.
        """
        ...
