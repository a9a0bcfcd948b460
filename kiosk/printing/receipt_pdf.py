"""The receipt as a one-page A4 PDF: a pure function from `Receipt` to bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.receipts import Receipt
from kiosk.lazy_import import lazy_import
from kiosk.printing.pdf_page import PdfPage, wrap

if TYPE_CHECKING:
    import segno
else:
    segno = lazy_import("segno")

MARGIN_PT = 56.0
QR_SIZE_PT = 160.0  # about 56 mm: a phone reads it from arm's length
QR_QUIET_MODULES = 4  # ISO/IEC 18004 quiet zone


def receipt_pdf(receipt: Receipt) -> bytes:
    page = PdfPage(title=f"Receipt {receipt.kiosk_reference}")
    y = MARGIN_PT + 10
    page.text(MARGIN_PT, y, receipt.council_name, size=20, bold=True)
    y += 34
    page.text(MARGIN_PT, y, "Receipt: documents sent", size=14)
    y += 28
    page.text(MARGIN_PT, y, f"Service: {receipt.service_title}", size=14, bold=True)
    y += 44
    page.text(MARGIN_PT, y, "Your kiosk reference", size=12)
    y += 40
    page.text(MARGIN_PT, y, receipt.kiosk_reference, size=34, bold=True)
    y += 20
    draw_qr(page, receipt.qr_payload, MARGIN_PT, y, QR_SIZE_PT)
    y += QR_SIZE_PT + 30
    page.text(MARGIN_PT, y, f"Sent: {receipt.sent_at:%d %B %Y at %H:%M}", size=12)
    y += 18
    pages = "1 page" if receipt.pages == 1 else f"{receipt.pages} pages"
    page.text(MARGIN_PT, y, f"Pages: {pages}", size=12)
    if receipt.station_name:
        y += 18
        page.text(MARGIN_PT, y, f"Station: {receipt.station_name}", size=12)
    y += 36
    page.text(MARGIN_PT, y, "What happens next", size=14, bold=True)
    for line in wrap(receipt.next_steps, 80):
        y += 18
        page.text(MARGIN_PT, y, line, size=12)
    if receipt.contact:
        y += 36
        page.text(MARGIN_PT, y, "Contact", size=14, bold=True)
        for line in wrap(receipt.contact, 80):
            y += 18
            page.text(MARGIN_PT, y, line, size=12)
    y += 36
    page.text(MARGIN_PT, y, "Keep this receipt. Quote your kiosk reference if you call.", size=11)
    return page.to_bytes()


def draw_qr(page: PdfPage, payload: str, x: float, y: float, size: float) -> None:
    """A QR code (error correction M) as filled squares, quiet zone included in `size`."""
    code = segno.make_qr(payload, error="m")
    rows = list(code.matrix_iter(scale=1, border=QR_QUIET_MODULES))
    module = size / len(rows)
    for row_index, row in enumerate(rows):
        column = 0
        while column < len(row):
            if row[column]:
                start = column
                while column < len(row) and row[column]:
                    column += 1
                page.box(
                    x + start * module, y + row_index * module, (column - start) * module, module
                )
            else:
                column += 1
