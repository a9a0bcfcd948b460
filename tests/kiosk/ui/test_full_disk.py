"""A full disk under the outbox when a resident taps Send (issue 7, bad input).

The outbox lives on a small real tmpfs (kiosk.testbed.filesystems; needs root,
as in CI), filled until writing fails with ENOSPC. The resident gets a plain
message on the check screen, keeps every page, and nothing half-written is
left in the outbox; once space is freed the same Send goes through to the
receiver. Around it: the real window, libsane's test scanner and the sender.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_screens import (
    SEND_TIMEOUT_MS,
    Shot,
    item,
    scan_one_page,
    start_service,
    tap,
    wait_for_screen,
)
from pytestqt.qtbot import QtBot

from kiosk.core.journey import State
from kiosk.outbox import FileOutbox
from kiosk.testbed import filesystems
from kiosk.testbed.receiver import Receiver
from kiosk.ui.window import KioskWindow


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    try:
        with filesystems.tiny_filesystem(tmp_path / "disk", "8m") as folder:
            yield folder
    except filesystems.MountRefusedError as refused:
        pytest.skip(str(refused))


@pytest.fixture
def outbox_dir(small_disk: Path) -> Path:
    """Overrides tests/kiosk/ui/conftest.py's: the station's outbox on the small disk."""
    return small_disk / "outbox"


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_send_on_a_full_disk_says_so_keeps_the_pages_and_goes_once_there_is_room(
    station: KioskWindow,
    qtbot: QtBot,
    screenshot: Shot,
    small_disk: Path,
    outbox: FileOutbox,
    backoffice_receiver: Receiver,
    caplog: pytest.LogCaptureFixture,
) -> None:
    journey = station.screens.journey
    start_service(qtbot, station, "parking", {"pcn": "GR12345678"})
    scan_one_page(qtbot, station, 1)
    scan_one_page(qtbot, station, 2)
    tap(qtbot, station, "finishedButton")
    wait_for_screen(qtbot, station, "review")
    tap(qtbot, station, "continueButton")
    wait_for_screen(qtbot, station, "check")

    before = files_under(outbox.directory)
    filesystems.fill_up(small_disk / "filler")
    with caplog.at_level(logging.INFO):
        tap(qtbot, station, "sendButton")
        qtbot.waitUntil(
            lambda: station.screens.check.message != "" and journey.state is State.CHECK,
            timeout=SEND_TIMEOUT_MS,
        )
    assert station.screens.check.message == (
        "Your documents could not be sent from this station. Please ask a member of staff for help."
    )
    screenshot(station, "check_disk_full")
    assert journey.session is not None and journey.session.page_count == 2  # nothing lost
    assert files_under(outbox.directory) == before  # nothing half-written left behind
    assert outbox.stats().depth == 0
    logged = "\n".join(r.getMessage() + str(getattr(r, "fields", "")) for r in caplog.records)
    assert "No space left on device" in logged  # the reason, for IT
    assert "GR12345678" not in logged  # and nothing the resident typed

    (small_disk / "filler").unlink()  # staff free space; the resident taps Send again
    tap(qtbot, station, "sendButton")
    wait_for_screen(qtbot, station, "confirmation", timeout=SEND_TIMEOUT_MS)
    reference = item(station, "reference").property("text")
    qtbot.waitUntil(lambda: len(backoffice_receiver.received()) == 1, timeout=SEND_TIMEOUT_MS)
    received = backoffice_receiver.received()[0]
    assert received.metadata["kiosk_reference"] == reference
    assert received.metadata["page_count"] == 2
