"""Check a document before CUPS sees it: a PDF, not empty, not too long.

CUPS accepts almost anything and fails later in a filter (a job "stopped due
to filter errors"), so a resident would wait at a printer that never prints.
Checking first gives a clear message at once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.printing import EmptyDocumentError, NotAPdfError, TooManyPagesError
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import pypdf
else:
    pypdf = lazy_import("pypdf")  # only when a document is printed (kiosk/lazy_import.py)

PDF_MAGIC = b"%PDF-"
# The PDF header may follow a little junk (ISO 32000-1, 7.5.2; readers allow 1 KiB).
HEADER_WINDOW = 1024
DEFAULT_MAX_PAGES = 100

# pypdf logs a warning per oddity in a damaged file; the error we raise says it once.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def count_pdf_pages(document: Path, max_pages: int = DEFAULT_MAX_PAGES) -> int:
    """The page count of a printable PDF, or a DocumentError that says what is wrong."""
    try:
        size = document.stat().st_size
        with document.open("rb") as handle:
            head = handle.read(HEADER_WINDOW)
    except OSError as error:
        raise NotAPdfError(f"cannot read the document: {error.strerror}") from error
    if size == 0:
        raise EmptyDocumentError("the document is empty (0 bytes)")
    if PDF_MAGIC not in head:
        raise NotAPdfError("the document is not a PDF")
    try:
        pages = len(pypdf.PdfReader(document, strict=False).pages)
    except (pypdf.errors.PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise NotAPdfError(f"the PDF is damaged and cannot be read ({error})") from error
    if pages == 0:
        raise EmptyDocumentError("the PDF has no pages")
    if pages > max_pages:
        raise TooManyPagesError(pages, max_pages)
    return pages
