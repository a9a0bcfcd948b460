"""Design section 8: once a job is done, cupsd keeps nothing of the document."""

from __future__ import annotations

import time
from pathlib import Path

import pypdf

from drivers.printer import CupsPrinter
from kiosk.core.printing import JobPhase, PrintOptions
from kiosk.testbed.cups_testbed import PrivateCups

JOB_TIMEOUT_S = 20.0
MARKER = "KIOSK-PRIVACY-MARKER-7Q2X"


def test_nothing_of_the_document_stays_in_the_spool(
    cups_server: PrivateCups, tmp_path: Path
) -> None:
    document = tmp_path / "evidence.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Title": MARKER})
    writer.write(document)
    printer = CupsPrinter(cups_server.queue, cups_server.server)

    job_id = printer.submit(document, "copy", PrintOptions())
    deadline = time.monotonic() + JOB_TIMEOUT_S
    status = printer.job_status(job_id)
    while not status.finished and time.monotonic() < deadline:
        time.sleep(0.1)
        status = printer.job_status(job_id)

    assert status.phase is JobPhase.COMPLETED, status
    leftovers = [p for p in cups_server.spool_dir.rglob("*") if p.is_file()]
    # cupsd may keep its own job.cache (ids and states only); never a document
    # (d<job>-<n>) or a job's control file (c<job>).
    assert not [p for p in leftovers if p.name.startswith(("d", "c0"))], leftovers
    for path in leftovers:
        assert MARKER.encode() not in path.read_bytes(), path
