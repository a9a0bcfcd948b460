"""The receipt PDF, read back with poppler and its QR code decoded with zbar."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pypdf

from kiosk.core.receipts import Receipt
from kiosk.printing.receipt_pdf import receipt_pdf

RECEIPT = Receipt(
    council_name="Royal Borough of Greenwich",
    service_title="Housing Benefit evidence",
    kiosk_reference="WOO-7K3M-9QX2",
    sent_at=datetime(2026, 3, 4, 14, 5),
    pages=3,
    next_steps="We will look at your documents within 5 working days.",
    contact="Housing Benefit team, 020 8921 0000",
)


def write(tmp_path: Path) -> Path:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(receipt_pdf(RECEIPT))
    return path


def test_receipt_is_one_a4_page_with_everything_a_resident_needs(tmp_path: Path) -> None:
    path = write(tmp_path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)

    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Royal Borough of Greenwich",
        "Housing Benefit evidence",
        "WOO-7K3M-9QX2",
        "04 March 2026 at 14:05",
        "3 pages",
        "within 5 working days",
        "020 8921 0000",
    ):
        assert expected in text


def test_receipt_qr_code_reads_back_as_the_reference(tmp_path: Path) -> None:
    path = write(tmp_path)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", str(path), str(tmp_path / "r")],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "r.png")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert decoded.strip() == "WOO-7K3M-9QX2"


def test_receipt_is_the_same_for_the_same_receipt() -> None:
    assert receipt_pdf(RECEIPT) == receipt_pdf(RECEIPT)
