"""The block reader gives exactly the pixels python-sane's own snap() gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import sane

from drivers.scanner import SaneScanner
from drivers.scanner.fast_read import FastReader
from drivers.scanner.reader_threads import frame_starting, wait_until_readers_block
from drivers.scanner.sane_direct import restore_sigpipe_ignore
from kiosk.core.scanning import ColourMode, RawPage, ScanSettings
from kiosk.testbed.sane_testbed import scan


@pytest.mark.parametrize(
    ("mode", "sane_mode"), [(ColourMode.COLOUR, "Color"), (ColourMode.GREY, "Gray")]
)
def test_block_read_matches_python_sane_pixel_for_pixel(
    sane_config_dir: Path, sane_test_scanner: str, mode: ColourMode, sane_mode: str
) -> None:
    sane.init()
    device = sane.open(sane_test_scanner)
    try:
        device.mode = sane_mode
        device.resolution = 100
        device.tl_x, device.tl_y, device.br_x, device.br_y = 0, 0, 210, 297
        expected = scan(device)
        with frame_starting():
            device.start()
        assert FastReader().can_read(device)
        wait_until_readers_block()  # cancelling a starting reader hangs: reader_threads.py
        device.cancel()
    finally:
        device.close()
        sane.exit()
        restore_sigpipe_ignore()
    pages: list[RawPage] = []

    SaneScanner("test:*", sane_config_dir).scan(
        ScanSettings(mode=mode, resolution_dpi=100), pages.append
    )

    assert pages[0].image.size == expected.size
    assert pages[0].image.tobytes() == expected.tobytes()


def test_progress_reaches_the_last_line(sane_config_dir: Path) -> None:
    seen: list[tuple[int, int]] = []
    SaneScanner("test:*", sane_config_dir).scan(
        ScanSettings(resolution_dpi=150),
        lambda page: None,
        lambda progress: seen.append((progress.lines_read, progress.total_lines)),
    )
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [lines for lines, _ in seen] == sorted(lines for lines, _ in seen)
