"""Reading a frame from libsane in large blocks.

python-sane's snap() asks sane_read() for one line at a time and takes the GIL
back after every line; on a fast device that costs 3x scanimage's time per A4
colour page (make bench: scan_speed_ratio). This module calls libsane's
sane_read() itself, 1 MiB at a time, into one buffer, with the GIL released by
ctypes. It needs the SANE_Handle inside python-sane's device object; the layout
is checked (python-sane's _sane.c: `PyObject_HEAD; SANE_Handle h;`) and any
frame it cannot read this way (line art, 16-bit, unknown height, several
passes) falls back to python-sane's own snap().
"""

from __future__ import annotations

import ctypes
import mmap
from collections.abc import Callable
from typing import Any

import sane

from drivers.scanner.reader_threads import wait_for_reader_threads

LIBSANE = "libsane.so.1"
CHUNK_BYTES = 1 << 20
SANE_STATUS_GOOD = 0
SANE_STATUS_EOF = 5
FRAME_GRAY, FRAME_RGB = "gray", "color"

Progress = Callable[[int, int], None] | None
Buffer = bytearray | mmap.mmap
Memory = Callable[[int], Buffer]  # a writable buffer of that many bytes


class FastReader:
    def __init__(self) -> None:
        # The library python-sane's extension is linked against, already loaded.
        self._lib = ctypes.CDLL(LIBSANE)
        self._lib.sane_read.argtypes = (
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.POINTER(ctypes.c_int),
        )
        self._lib.sane_read.restype = ctypes.c_int
        self._lib.sane_strstatus.argtypes = (ctypes.c_int,)
        self._lib.sane_strstatus.restype = ctypes.c_char_p

    def can_read(self, device: Any) -> bool:
        """A one-pass 8-bit grey or colour frame of known height, on a known layout."""
        frame, last_frame, (width, lines), depth, bytes_per_line = device.get_parameters()
        return (
            _handle(device) is not None
            and frame in (FRAME_GRAY, FRAME_RGB)
            and bool(last_frame)
            and depth == 8
            and lines > 0
            and bytes_per_line == width * (3 if frame == FRAME_RGB else 1)
        )

    def read(
        self, device: Any, progress: Progress, memory: Memory | None = None
    ) -> tuple[Buffer, int, int, int]:
        """The frame's pixels, width, height and samples per pixel (after sane_start).

        The pixels go into `memory(size)`, by default page_buffer().
        """
        handle = _handle(device)
        frame, _, (width, lines), _, bytes_per_line = device.get_parameters()
        total = bytes_per_line * lines
        pixels = (memory or page_buffer)(total)
        buffer = (ctypes.c_ubyte * total).from_buffer(pixels)
        start = ctypes.addressof(buffer)
        got = ctypes.c_int()
        filled = 0
        while True:
            left = total - filled
            if left == 1:
                # The backend's reader thread must be gone before the last byte is
                # read: see reader_threads.py (libsane test hangs otherwise).
                wait_for_reader_threads()
            # All but the last byte first; past the end, a scratch byte until EOF.
            want = min(CHUNK_BYTES, left - 1 if left > 1 else 1)
            target = start + filled if filled < total else ctypes.addressof(_SCRATCH)
            status = self._lib.sane_read(handle, target, want, ctypes.byref(got))
            if status == SANE_STATUS_EOF:
                break
            if status != SANE_STATUS_GOOD:
                raise sane._sane.error(self._lib.sane_strstatus(status).decode())
            filled = min(total, filled + got.value)
            if progress is not None:
                progress(filled // bytes_per_line, lines)
        del buffer  # release the export so the bytearray can be handed on
        return pixels, width, filled // bytes_per_line, 3 if frame == FRAME_RGB else 1


_SCRATCH = (ctypes.c_ubyte * 1)()


def page_buffer(size: int) -> Buffer:
    """Memory for one page, mapped in one go.

    A bytearray's pages are faulted in one at a time as sane_read() fills them;
    MAP_POPULATE maps them all at once, which saves a third of the time on a
    104 MB page (600 dpi A4 colour: 80 ms -> 49 ms here).
    """
    populate = getattr(mmap, "MAP_POPULATE", 0)
    if not populate:
        return bytearray(size)
    return mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | populate)


def _handle(device: Any) -> int | None:
    raw = device.dev
    pointer = ctypes.sizeof(ctypes.c_void_p)
    # PyObject_HEAD (reference count, type) then the handle, nothing else.
    if type(raw).__basicsize__ != 3 * pointer:
        return None
    value: int | None = ctypes.c_void_p.from_address(id(raw) + 2 * pointer).value
    return value
