"""Scanning through SaneScanner on libsane's real `test` backend.

Faults come from the backend itself: its `read_return_value` option makes
sane_read() answer with the chosen SANE status.
"""

from __future__ import annotations

import ctypes
import logging
import signal
import threading
import time
from pathlib import Path

import pytest
import sane

from drivers.scanner import SaneScanner
from drivers.scanner.sane_direct import DirectSaneScanner, restore_sigpipe_ignore
from kiosk.core.scanning import (
    CANCEL_WITHIN_S,
    ColourMode,
    PaperSource,
    RawPage,
    ScanError,
    ScanFault,
    ScanProgress,
    ScanSettings,
)
from kiosk.testbed.sane_testbed import scan

FEEDER_SHEETS = 10  # libsane test: "the feeder will be 'empty' after 10 scans"
QUICK = ScanSettings(resolution_dpi=75)

FAULTS = [
    ("SANE_STATUS_JAMMED", ScanFault.JAMMED),
    ("SANE_STATUS_NO_DOCS", ScanFault.NO_DOCUMENTS),
    ("SANE_STATUS_COVER_OPEN", ScanFault.COVER_OPEN),
    ("SANE_STATUS_DEVICE_BUSY", ScanFault.DEVICE_BUSY),
    ("SANE_STATUS_IO_ERROR", ScanFault.IO_ERROR),
    ("SANE_STATUS_INVAL", ScanFault.INVALID_OPTION),
    ("SANE_STATUS_NO_MEM", ScanFault.UNKNOWN),
    ("SANE_STATUS_ACCESS_DENIED", ScanFault.UNKNOWN),
]


@pytest.fixture
def scanner(sane_config_dir: Path) -> SaneScanner:
    return SaneScanner("test:*", sane_config_dir)


def test_colour_a4_page_arrives_a4_sized_with_progress(scanner: SaneScanner) -> None:
    pages: list[RawPage] = []
    progress: list[ScanProgress] = []

    count = scanner.scan(ScanSettings(), pages.append, progress.append)

    assert count == 1 and len(pages) == 1
    assert pages[0].image.mode == "RGB"
    assert abs(pages[0].image.width - 2480) <= 1 and abs(pages[0].image.height - 3507) <= 1
    assert progress[-1].lines_read == progress[-1].total_lines == pages[0].image.height
    assert progress[-1].fraction == 1.0 and all(p.page == 1 for p in progress)


def test_feeder_scans_until_empty_and_the_next_batch_works(scanner: SaneScanner) -> None:
    settings = ScanSettings(mode=ColourMode.GREY, source=PaperSource.FEEDER, resolution_dpi=75)
    for _ in range(2):
        pages: list[RawPage] = []
        assert scanner.scan(settings, pages.append) == FEEDER_SHEETS
        assert [p.index for p in pages] == list(range(FEEDER_SHEETS))
        assert all(p.image.mode == "L" for p in pages)


@pytest.mark.parametrize(("status", "fault"), FAULTS)
def test_each_sane_fault_becomes_a_typed_fault_and_the_next_scan_works(
    scanner: SaneScanner, status: str, fault: ScanFault
) -> None:
    faulty = ScanSettings(resolution_dpi=75, device_options={"read_return_value": status})
    with pytest.raises(ScanError) as caught:
        scanner.scan(faulty, lambda page: None)

    assert caught.value.fault is fault
    assert caught.value.raw  # the device's own words, for staff
    assert scanner.scan(QUICK, lambda page: None) == 1  # no restart needed


def test_empty_feeder_is_no_documents(scanner: SaneScanner) -> None:
    settings = ScanSettings(
        source=PaperSource.FEEDER,
        resolution_dpi=75,
        device_options={"read_return_value": "SANE_STATUS_NO_DOCS"},
    )
    with pytest.raises(ScanError) as caught:
        scanner.scan(settings, lambda page: None)
    assert caught.value.fault is ScanFault.NO_DOCUMENTS
    assert caught.value.pages_scanned == 0


def test_jam_after_two_sheets_keeps_the_two_pages(scanner: SaneScanner) -> None:
    pages: list[RawPage] = []

    def on_page(page: RawPage) -> None:
        pages.append(page)
        if len(pages) == 2:
            scanner.set_option("read_return_value", "SANE_STATUS_JAMMED")

    settings = ScanSettings(source=PaperSource.FEEDER, resolution_dpi=75)
    with pytest.raises(ScanError) as caught:
        scanner.scan(settings, on_page)

    assert caught.value.fault is ScanFault.JAMMED
    assert caught.value.pages_scanned == 2 and len(pages) == 2
    assert scanner.scan(QUICK, lambda page: None) == 1


def test_cancel_stops_a_slow_scan_within_a_second(scanner: SaneScanner) -> None:
    slow = ScanSettings(device_options={"read_delay": True, "read_delay_duration": 20000})
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    pages: list[RawPage] = []

    started = time.monotonic()
    with pytest.raises(ScanError) as caught:
        scanner.scan(slow, pages.append, cancel=cancel)
    stopped_after = time.monotonic() - started - 0.3

    assert caught.value.fault is ScanFault.CANCELLED
    assert pages == []  # a partly read page is not a page
    assert stopped_after < CANCEL_WITHIN_S
    assert scanner.scan(QUICK, pages.append) == 1


def test_one_scans_options_do_not_leak_into_the_next(scanner: SaneScanner) -> None:
    with pytest.raises(ScanError):
        scanner.scan(
            ScanSettings(
                resolution_dpi=75, device_options={"read_return_value": "SANE_STATUS_JAMMED"}
            ),
            lambda page: None,
        )
    assert scanner.scan(QUICK, lambda page: None) == 1


def test_unsupported_settings_adapt_to_the_nearest_with_a_log_line(
    scanner: SaneScanner, caplog: pytest.LogCaptureFixture
) -> None:
    pages: list[RawPage] = []
    wanted = ScanSettings(
        mode=ColourMode.BW, resolution_dpi=2400, source=PaperSource.FEEDER, duplex=True
    )
    caplog.set_level(logging.INFO, logger="drivers.scanner.sane_direct")

    scanner.scan(wanted, pages.append)

    # The test backend has no line-art mode, no duplex and stops at 1200 dpi.
    assert pages[0].image.mode == "L"
    assert "mode='bw'" in caplog.text and "no duplex" in caplog.text
    assert "resolution=2400" in caplog.text and "1200" in caplog.text


def test_an_option_the_device_lacks_is_an_invalid_option(scanner: SaneScanner) -> None:
    settings = ScanSettings(device_options={"lamp_warmup": True})
    with pytest.raises(ScanError) as caught:
        scanner.scan(settings, lambda page: None)
    assert caught.value.fault is ScanFault.INVALID_OPTION


def test_no_matching_scanner_is_device_gone(sane_config_dir: Path) -> None:
    with pytest.raises(ScanError) as caught:
        SaneScanner("fujitsu*", sane_config_dir).scan(QUICK, lambda page: None)
    assert caught.value.fault is ScanFault.DEVICE_GONE


def test_scanner_unplugged_mid_scan_is_device_gone_and_found_again(
    scanner: SaneScanner, sane_config_dir: Path
) -> None:
    """An unplug shows as an I/O error in sane_read(); the device then leaves the
    device list. Here the backend answers with an I/O error and is taken out of
    the SANE configuration before the driver looks for it again."""
    assert scanner.scan(QUICK, lambda page: None) == 1
    dll_conf = sane_config_dir / "dll.conf"
    enabled = dll_conf.read_text()
    unplugged = ScanSettings(
        resolution_dpi=75, device_options={"read_return_value": "SANE_STATUS_IO_ERROR"}
    )
    try:
        dll_conf.write_text("# the scanner has been unplugged\n")
        with pytest.raises(ScanError) as caught:
            scanner.scan(unplugged, lambda page: None)
        assert caught.value.fault is ScanFault.DEVICE_GONE
        with pytest.raises(ScanError) as still_gone:
            scanner.scan(QUICK, lambda page: None)
        assert still_gone.value.fault is ScanFault.DEVICE_GONE
    finally:
        dll_conf.write_text(enabled)  # plugged back in

    assert scanner.scan(QUICK, lambda page: None) == 1


def _sigpipe_action_now() -> int | None:
    """The C-level SIGPIPE action (set to ignore again at once)."""
    libc = ctypes.CDLL(None)
    libc.signal.restype = ctypes.c_void_p
    libc.signal.argtypes = (ctypes.c_int, ctypes.c_void_p)
    action: int | None = libc.signal(signal.SIGPIPE, 1)
    return action


def test_libsane_resets_sigpipe_after_a_frame_and_the_driver_puts_it_back(
    sane_config_dir: Path, sane_test_scanner: str
) -> None:
    """Without the driver's guard a later write to a closed socket kills the process
    libsane runs in (the scanner's worker; here, in-process, this test's)."""
    sane.init()
    device = sane.open(sane_test_scanner)
    try:
        device.resolution = 75
        scan(device)
        assert _sigpipe_action_now() is None  # SIG_DFL: libsane reset it
    finally:
        device.close()
        sane.exit()
        restore_sigpipe_ignore()

    direct = DirectSaneScanner("test:*", sane_config_dir)
    direct.scan(QUICK, lambda frame: None)
    direct.scan(ScanSettings(resolution_dpi=75, source=PaperSource.FEEDER), lambda frame: None)

    assert _sigpipe_action_now() == 1  # SIG_IGN, as Python set it
