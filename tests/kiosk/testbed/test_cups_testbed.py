"""The private cupsd + ippeveprinter testbed, driven through pycups for real."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from drivers.printer.cups_printer import connect
from kiosk.testbed.cups_testbed import PrivateCups

PRINT_TIMEOUT_S = 20.0


def make_pdf(path: Path, pages: int = 2) -> Path:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)  # A4 in points
    writer.add_metadata({"/Title": "kiosk testbed page"})
    with path.open("wb") as out:
        writer.write(out)
    return path


def wait_for_printed(server: PrivateCups, count: int) -> list[Path]:
    deadline = time.monotonic() + PRINT_TIMEOUT_S
    while time.monotonic() < deadline:
        files = server.printed_files()
        if len(files) >= count and all(f.stat().st_size > 0 for f in files):
            return files
        time.sleep(0.1)
    raise AssertionError(f"printer received {len(server.printed_files())} of {count} documents")


def test_pdf_printed_through_pycups_reaches_the_printer(
    cups_server: PrivateCups, tmp_path: Path
) -> None:
    before = len(cups_server.printed_files())
    document = make_pdf(tmp_path / "two-pages.pdf")

    job_id = connect(cups_server.server).printFile(cups_server.queue, str(document), "testbed", {})

    assert job_id > 0
    printed = wait_for_printed(cups_server, before + 1)[-1]
    assert printed.read_bytes().startswith(b"%PDF-")
    assert len(pypdf.PdfReader(printed).pages) == 2


def test_queue_is_an_ipp_everywhere_queue_on_the_private_server(
    cups_server: PrivateCups,
) -> None:
    result = subprocess.run(
        ["lpstat", "-v", cups_server.queue],
        env=cups_server.client_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"ipp://localhost:{cups_server.printer_port}/ipp/print" in result.stdout
    assert str(cups_server.root) in (cups_server.root / "etc" / "cups-files.conf").read_text()


def test_stopping_leaves_no_process_and_no_folder() -> None:
    server = PrivateCups().start()
    root, port = server.root, server.port
    server.stop()

    assert not root.exists()
    with pytest.raises(RuntimeError):
        connect(f"127.0.0.1:{port}").getPrinters()


def test_a_killed_test_run_leaves_no_printer_daemons(tmp_path: Path) -> None:
    """The daemons follow their parent: SIGKILL gives no chance to tidy up."""
    script = (
        "import os, signal\n"
        "from kiosk.testbed.cups_testbed import PrivateCups\n"
        "server = PrivateCups().start()\n"
        "print(server.root, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    root = result.stdout.strip()
    assert result.returncode == -signal.SIGKILL and root

    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _processes_using(root):
        time.sleep(0.1)
    try:
        assert _processes_using(root) == []
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _processes_using(root: str) -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if root in cmdline:
                found.append(cmdline)
    return found
