"""A private SANE configuration that enables libsane's `test` backend.

Debian ships the `test` backend but comments it out of /etc/sane.d/dll.conf,
and its default geometry stops short of A4. `config/sane/` in this repo holds
a dll.conf naming only `test` and a test.conf with A4 geometry; libsane reads
them when SANE_CONFIG_DIR points at the folder (without a trailing colon,
so the system folder is not searched and no real scanner is probed).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PIL import Image

from drivers.scanner import reader_threads

REPO_SANE_DIR = Path(__file__).resolve().parents[2] / "config" / "sane"
TEST_DEVICE = "test:0"


def prepare_sane_config(dest: Path, source: Path = REPO_SANE_DIR) -> Path:
    """Copy the repo's SANE test configuration into `dest` and return it."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("dll.conf", "test.conf"):
        shutil.copyfile(source / name, dest / name)
    return dest


def scan(device: Any) -> Image.Image:
    """python-sane's `device.scan()`, without the hang its snap() can meet.

    libsane's test backend cancels its reader thread asynchronously; doing so
    while the reader is inside malloc() or free() hangs the process for good
    (drivers/scanner/reader_threads.py shows how and why). Here the frame starts
    inside frame_starting(), the reader is let reach its first write() before
    anything can cancel it (a read that fails at once cancels at once), and the
    last line is read only after the reader has ended.
    """
    with reader_threads.frame_starting():
        device.start()
    reader_threads.wait_until_readers_block()
    data, width, height, samples, _size = reader_threads.snap(device)
    mode = "RGB" if samples == 3 else "L"
    return Image.frombuffer(mode, (width, height), bytes(data), "raw", mode, 0, 1)
