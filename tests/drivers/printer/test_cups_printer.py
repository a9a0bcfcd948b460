from __future__ import annotations

from pathlib import Path

import cups
import pypdf
import pytest

from drivers.printer import CupsPrinter
from drivers.printer.cups_printer import connect
from kiosk.core.ports import HealthState, Printer
from kiosk.core.printing import PrinterUnavailableError, PrintOptions
from kiosk.testbed import processes
from kiosk.testbed.cups_testbed import PrivateCups


def test_ready_queue_on_the_private_server_is_ok(cups_server: PrivateCups) -> None:
    printer = CupsPrinter(cups_server.queue, cups_server.server)
    assert isinstance(printer, Printer)

    check = printer.check()

    assert check.state is HealthState.OK, check.line()
    assert cups_server.queue in check.detail


def test_unknown_queue_fails_with_a_hint(cups_server: PrivateCups) -> None:
    check = CupsPrinter("no-such-queue", cups_server.server).check()
    assert check.state is HealthState.FAIL
    assert "lpadmin" in check.hint


def test_unreachable_server_fails_with_a_hint() -> None:
    check = CupsPrinter("kiosk-printer", f"127.0.0.1:{processes.free_port()}").check()
    assert check.state is HealthState.FAIL
    assert "cupsd" in check.hint


def test_pycups_print_needs_the_process_wide_server(
    cups_server: PrivateCups, tmp_path: Path
) -> None:
    """Why drivers.printer.cups_printer.connect() sets cups.setServer/setPort.

    A Connection made with host= and port= lists the queue, yet printFile()
    is refused because libcups builds the printer-uri from the process-wide
    server. If this test starts failing, the workaround can go.
    """
    document = tmp_path / "one.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(document)
    cups.setServer("127.0.0.1")
    cups.setPort(631)  # the process-wide default, not our private server
    try:
        direct = cups.Connection(host="127.0.0.1", port=cups_server.port)
        assert cups_server.queue in direct.getPrinters()
        with pytest.raises(cups.IPPError, match="does not exist"):
            direct.printFile(cups_server.queue, str(document), "quirk", {})
    finally:
        cups.setPort(cups_server.port)


def test_pending_jobs_lists_what_waits_on_the_queue_until_cancelled(
    cups_server: PrivateCups, tmp_path: Path
) -> None:
    document = tmp_path / "one.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(document)
    printer = CupsPrinter(cups_server.queue, cups_server.server)
    connection = connect(cups_server.server)
    connection.disablePrinter(cups_server.queue, reason="a test holds the queue")
    try:
        job_id = printer.submit(document, "waits", PrintOptions())
        assert job_id in printer.pending_jobs()
        printer.cancel(job_id)
        assert job_id not in printer.pending_jobs()
    finally:
        connection.enablePrinter(cups_server.queue)


def test_pending_jobs_on_an_unreachable_server_is_a_print_error() -> None:
    printer = CupsPrinter("kiosk-printer", f"127.0.0.1:{processes.free_port()}")
    with pytest.raises(PrinterUnavailableError, match="cannot list"):
        printer.pending_jobs()
