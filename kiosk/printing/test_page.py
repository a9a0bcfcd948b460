"""The test page `kiosk-admin test-print` prints: station, time, printer state."""

from __future__ import annotations

from datetime import datetime

from kiosk.core.printing import PrinterStatus
from kiosk.printing.pdf_page import PdfPage, wrap
from kiosk.printing.receipt_pdf import MARGIN_PT


def test_page_pdf(
    station_id: str, station_name: str, now: datetime, status: PrinterStatus
) -> bytes:
    page = PdfPage(title=f"Test page {station_id}")
    y = MARGIN_PT + 10
    page.text(MARGIN_PT, y, "Printer test page", size=24, bold=True)
    for label, value in (
        ("Station", f"{station_id} ({station_name})"),
        ("Printed", f"{now:%Y-%m-%d %H:%M:%S}"),
        ("Printer state", status.state.name.lower().replace("_", " ")),
    ):
        y += 30
        page.text(MARGIN_PT, y, f"{label}: {value}", size=14)
    for line in wrap(status.describe(), 80):
        y += 18
        page.text(MARGIN_PT, y, line, size=10)
    for supply in status.supplies:
        y += 18
        level = "unknown" if supply.level_percent is None else f"{supply.level_percent}%"
        page.text(MARGIN_PT, y, f"{supply.name}: {level}", size=10)
    y += 40
    page.box(MARGIN_PT, y, 483, 20)  # a solid bar shows streaks and faint toner
    return page.to_bytes()
