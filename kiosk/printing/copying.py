"""Copy: scan a page or a feeder batch and print it at once, at the same size.

Goes through the ports only (a PageSource and a Printer), with the same
document pipeline as a submission: pages are captured into a temporary
PageStore in a private 0700 folder, built into one PDF whose page size comes
from the scan's resolution (img2pdf), and printed with scaling "none" so an A4
original comes out as A4. Nothing is kept: the folder, the pages and the PDF
are wiped as soon as the printer has the document (CUPS has copied it into its
spool by then), whether the scan, the PDF or the submission worked or not.

Runs on a worker thread (it scans and then waits for the printer), never on
the GUI thread. Faults come back typed: a ScanError with its ScanFault from
the scanner, a PrintError from the printer before the job starts, and the
job's JobStatus (FAILED with the reason, or WAITING for paper) after.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from kiosk.config import ScanProfile
from kiosk.core.ports import Printer
from kiosk.core.printing import COPIES_LIMIT, JobStatus, JobWaiter, PrintOptions, check_copies
from kiosk.core.scanning import (
    ColourMode,
    OnProgress,
    PageSource,
    PaperSource,
    ScanError,
    ScanFault,
)
from kiosk.documents.capture import Capture
from kiosk.documents.pages import PageStore
from kiosk.documents.pdf_builder import DocumentInfo, build_pdf
from kiosk.documents.profiles import output_profile, scan_settings

log = logging.getLogger(__name__)

# How long `copy` follows the job before handing back its status; a job held up
# by the printer (no paper) is still queued in CUPS and prints when it can.
COPY_WAIT_S = 120.0
JOB_POLL_S = 0.1
COPY_TITLE = "copy"  # the CUPS job title: never anything the resident's pages say


@dataclass(frozen=True)
class CopyResult:
    pages: int
    copies: int
    job: JobStatus  # finished, or the last status seen when COPY_WAIT_S ran out

    @property
    def job_id(self) -> int:
        return self.job.job_id


class Copier:
    def __init__(
        self,
        scanner: PageSource,
        printer: Printer,
        session_root: Path | None = None,
        max_copies: int = COPIES_LIMIT,
        station_id: str = "",
        wait_s: float = COPY_WAIT_S,
        poll_s: float = JOB_POLL_S,
    ) -> None:
        self.scanner = scanner
        self.printer = printer
        self.session_root = session_root
        self.max_copies = max_copies
        self.station_id = station_id
        self.wait_s = wait_s
        self.poll_s = poll_s

    def copy(
        self,
        profile: ScanProfile,
        copies: int = 1,
        source: PaperSource | None = None,
        on_progress: OnProgress | None = None,
        cancel: threading.Event | None = None,
        on_submitted: Callable[[int], None] | None = None,
    ) -> CopyResult:
        """Scan with `profile` (its source, or `source`), print `copies`, keep nothing.

        Raises TooManyCopiesError before scanning when `copies` is outside
        1..max_copies; ScanError when the scanner stops (nothing is printed,
        not even the pages read before a jam: half a document is not a copy);
        PrintError when the printer refuses the job. `on_submitted(job_id)` is
        called once the printer has the document, before the wait.
        """
        check_copies(copies, self.max_copies)
        settings = scan_settings(profile)
        if source is not None:
            settings = replace(
                settings, source=source, duplex=settings.duplex and source is PaperSource.FEEDER
            )
        store = PageStore(self.session_root)
        try:
            captured = Capture(self.scanner, store, output_profile(profile)).scan(
                settings, on_progress=on_progress, cancel=cancel
            )
            if captured.error is not None:
                raise captured.error
            if not captured.pages:
                raise ScanError(ScanFault.NO_DOCUMENTS, "no page was scanned")
            document = store.folder / "copy.pdf"
            info = DocumentInfo("Copy", "copy", self.station_id, "", datetime.now().astimezone())
            document.write_bytes(build_pdf(captured.pages, info))
            options = PrintOptions(
                copies=copies,
                colour=settings.mode is ColourMode.COLOUR,
                media=profile.page_size,
                scaling="none",  # same size as the original
            )
            job_id = self.printer.submit(document, COPY_TITLE, options)
        finally:
            store.wipe()
        pages = len(captured.pages)
        log.info(
            "copy sent to the printer",
            extra={"fields": {"job": job_id, "pages": pages, "copies": copies}},
        )
        if on_submitted is not None:
            on_submitted(job_id)
        status = JobWaiter(self.printer.job_status, self.poll_s).wait(job_id, self.wait_s)
        return CopyResult(pages, copies, status)
