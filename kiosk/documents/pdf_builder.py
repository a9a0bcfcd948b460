"""One PDF per submission, from the session's stored pages.

The encoded pages go in as they are: img2pdf wraps JPEG and CCITT G4 data in
PDF image objects without decoding them, and sets each page's size from the
image's resolution, so an A4 scan prints as A4. pypdf then adds the
document information and each page's /Rotate.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.documents.pages import StoredPage
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import img2pdf
    import pypdf
else:
    img2pdf = lazy_import("img2pdf")
    pypdf = lazy_import("pypdf")

PRODUCER = "Greenwich self-serve station kiosk"


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself. No personal data: no names, no typed references."""

    title: str
    service_id: str
    station_id: str
    kiosk_reference: str
    created: datetime


class EmptyDocumentError(ValueError):
    """A document needs at least one page."""


def build_pdf(pages: Sequence[StoredPage], info: DocumentInfo) -> bytes:
    if not pages:
        raise EmptyDocumentError("there are no pages to put in the document")
    images = [p.path.read_bytes() for p in pages]
    wrapped = img2pdf.convert(images, producer=PRODUCER, title=info.title)
    reader = pypdf.PdfReader(io.BytesIO(wrapped))
    writer = pypdf.PdfWriter(clone_from=reader)
    for page, stored in zip(writer.pages, pages, strict=True):
        if stored.rotation:
            page.rotate(stored.rotation)
    writer.add_metadata(
        {
            "/Title": info.title,
            "/Subject": f"{info.service_id} evidence",
            "/Creator": f"station {info.station_id}",
            "/Producer": PRODUCER,
            "/Keywords": f"kiosk-reference:{info.kiosk_reference} service:{info.service_id}",
            "/CreationDate": _pdf_date(info.created),
            "/ModDate": _pdf_date(info.created),
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdf_date(moment: datetime) -> str:
    """PDF date string (ISO 32000-1, 7.9.4): D:YYYYMMDDHHmmSS+HH'mm'."""
    stamp = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.strftime("%z")
    if not offset:
        return stamp + "Z"
    return f"{stamp}{offset[:3]}'{offset[3:]}'"
