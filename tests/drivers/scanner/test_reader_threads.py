"""libsane's test backend reads each frame in a thread of our process, which
takes the name of the thread that called sane_start(): the block reader can
see it and wait for it to end before reading a frame's last byte
(drivers/scanner/reader_threads.py says why)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sane

from drivers.scanner.reader_threads import (
    SCAN_THREAD_NAME,
    frame_starting,
    reader_threads,
    snap,
    thread_state,
    wait_for_reader_threads,
    wait_until_readers_block,
)
from drivers.scanner.sane_direct import restore_sigpipe_ignore


def _thread_name() -> bytes:
    native = threading.get_native_id()
    return Path(f"/proc/self/task/{native}/comm").read_bytes().rstrip(b"\n")


@pytest.fixture
def slow_device(sane_config_dir: Path, sane_test_scanner: str) -> Iterator[Any]:
    """The test scanner handing over each block 0.2 s late: its reader is still busy."""
    sane.init()
    device = sane.open(sane_test_scanner)
    try:
        device.resolution = 75
        device.read_delay = True
        device.read_delay_duration = 200_000
        yield device
    finally:
        wait_until_readers_block()  # a reader cancelled while it starts can hang
        device.cancel()
        device.read_delay = False  # the backend keeps options for the next open
        device.close()
        sane.exit()
        restore_sigpipe_ignore()


def test_the_backends_reader_thread_carries_the_name_given_around_sane_start(
    slow_device: Any,
) -> None:
    before = _thread_name()
    assert reader_threads() == []

    with frame_starting():
        assert _thread_name() == SCAN_THREAD_NAME
        slow_device.start()

    assert _thread_name() == before  # only around sane_start()
    assert len(reader_threads()) == 1


def test_waiting_ends_when_the_reader_ends_and_gives_up_while_it_is_busy(
    slow_device: Any,
) -> None:
    with frame_starting():
        slow_device.start()

    started = time.monotonic()
    assert wait_for_reader_threads(timeout_s=0.3) is False  # still writing the frame
    assert time.monotonic() - started >= 0.3

    slow_device.cancel()  # finish_pass(): the reader is cancelled and joined
    assert wait_for_reader_threads(timeout_s=5.0) is True
    assert reader_threads() == []


def test_a_starting_reader_is_let_reach_its_write_before_a_cancel(slow_device: Any) -> None:
    with frame_starting():
        slow_device.start()

    assert wait_until_readers_block(timeout_s=5.0) is True
    (reader,) = reader_threads()
    assert thread_state(reader) == b"S"  # asleep (its read delay, then the full pipe)


def test_python_sanes_snap_reads_the_last_line_only_once_the_reader_has_ended(
    sane_config_dir: Path, sane_test_scanner: str
) -> None:
    """python-sane's snap() is what the driver falls back on (line art, 16-bit).

    The frame is one 64 KiB block of the backend's reader and then one line
    more, each block after a 0.3 s delay: when the last line but one has been
    read, the reader is still asleep before writing the last line.
    """
    seen: dict[int, list[int]] = {}
    sane.init()
    device = sane.open(sane_test_scanner)
    try:
        device.mode = "Gray"
        device.test_picture = "Solid white"  # written in 64 KiB blocks
        device.resolution = 254
        device.tl_x, device.tl_y, device.br_x, device.br_y = 0, 0, 25.65, 25.75
        assert device.get_parameters()[2] == (256, 257)  # 256 lines = one block
        device.read_delay = True
        device.read_delay_duration = 300_000
        with frame_starting():
            device.start()
        _, _, lines, _, _ = snap(
            device, progress=lambda done, expected: seen.setdefault(done, reader_threads())
        )
    finally:
        device.read_delay = False  # the backend keeps options for the next open
        device.test_picture = "Color pattern"
        device.close()
        sane.exit()
        restore_sigpipe_ignore()

    assert lines == 257
    assert seen[1] != []  # the reader was there while the frame came in
    assert seen[256] == []  # and had ended before the last line was read
