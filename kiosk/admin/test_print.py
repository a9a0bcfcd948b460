"""`kiosk-admin test-print`: print a test page and say how the job ended."""

from __future__ import annotations

import argparse
import tempfile
from datetime import datetime
from pathlib import Path

from drivers.printer import CupsPrinter
from kiosk.admin.common import EXIT_FAILED, EXIT_OK, add_config_option, config_from_args
from kiosk.core.printing import JobPhase, JobWaiter, PrintError, PrintOptions
from kiosk.printing.test_page import test_page_pdf

WAIT_S = 60.0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "test-print",
        help="print a test page with the station id, time and printer state",
        description="Print a test page and wait for the printer to finish it. "
        "Exit 0 if it printed, 1 if not.",
    )
    add_config_option(command)
    command.add_argument(
        "--wait", type=float, default=WAIT_S, metavar="SECONDS", help="how long to wait"
    )
    command.set_defaults(command=cmd_test_print)


def cmd_test_print(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    printer = CupsPrinter(
        config.printer.queue, config.printer.cups_server, max_pages=config.printer.max_pages
    )
    status = printer.status()
    print(f"printer: {status.describe()}")
    pdf = test_page_pdf(config.station.id, config.station.name, datetime.now(), status)
    with tempfile.TemporaryDirectory(prefix="kiosk-test-print-") as folder:
        page = Path(folder) / "test-page.pdf"
        page.write_bytes(pdf)
        try:
            job_id = printer.submit(page, "test-page", PrintOptions())
        except PrintError as error:
            print(f"FAIL test-print: {error}")
            return EXIT_FAILED
        print(f"test page sent as job {job_id}; waiting up to {args.wait:.0f} s")
        result = JobWaiter(printer.job_status).wait(job_id, args.wait)
    if result.finished:
        print(
            f"{'OK  ' if result.phase is JobPhase.COMPLETED else 'FAIL'} test-print: "
            f"{result.phase.name.lower()} {result.reason}".rstrip()
        )
        return EXIT_OK if result.phase is JobPhase.COMPLETED else EXIT_FAILED
    print(
        f"FAIL test-print: not finished after {args.wait:.0f} s ({result.phase.name.lower()}: "
        f"{result.reason}); the job stays queued"
    )
    return EXIT_FAILED
