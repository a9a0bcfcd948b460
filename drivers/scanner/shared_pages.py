"""Page pixels handed from the scanner's worker process to the kiosk without a copy.

The worker reads each page straight into a memfd (memory with a file
descriptor and no file on disk); the descriptor goes to the kiosk over the
worker's socket (SCM_RIGHTS) and the kiosk maps the same memory. A 104 MB page
(A4 colour at 600 dpi) crosses without being copied, and nothing is left
behind if either process dies: the memory goes with the last descriptor.

Fresh shared memory costs more to fault in than the anonymous memory an
in-process reader used (here 135 ms against 83 ms for 104 MB), so when the
kiosk has done with a page it gives the memory back (`give_back`) and the
worker keeps up to SPARE_PAGES of them, zeroed, for the next pages.
"""

from __future__ import annotations

import contextlib
import ctypes
import mmap
import os
import threading
import weakref
from collections.abc import Callable

_POPULATE = getattr(mmap, "MAP_POPULATE", 0)
SPARE_PAGES = 1  # zeroed page buffers the worker keeps between pages (26 MB at 300 dpi)


class PageMemory:
    """The worker's page buffers, in memfds (DirectSaneScanner's `memory`).

    Pages are read one at a time, so the descriptor of the last buffer given
    out is the one `hand_over()` passes on. `recycle()` takes back a page the
    kiosk has finished with (from another thread).
    """

    def __init__(self) -> None:
        self._fd: int | None = None
        self._buffer: mmap.mmap | None = None
        self._lock = threading.Lock()
        self._spare: list[tuple[int, mmap.mmap]] = []

    def __call__(self, size: int) -> mmap.mmap:
        self.release()
        with self._lock:
            reused = next((s for s in self._spare if len(s[1]) == size), None)
            if reused is not None:
                self._spare.remove(reused)
        if reused is not None:
            self._fd, self._buffer = reused
            return reused[1]
        fd = os.memfd_create("kiosk-page", os.MFD_CLOEXEC)
        try:
            os.ftruncate(fd, size)
            # Mapped in one go, as fast_read.page_buffer() does, for the same reason.
            buffer = mmap.mmap(fd, size, flags=mmap.MAP_SHARED | _POPULATE)
        except OSError:
            os.close(fd)
            raise
        self._fd, self._buffer = fd, buffer
        return buffer

    def hand_over(self, pixels: object) -> int:
        """A descriptor of memory holding `pixels`, for the caller to send and close.

        The reader's own buffer when `pixels` is it; otherwise (python-sane's
        snap() returns bytes) a copy in a new memfd.
        """
        if pixels is self._buffer and self._fd is not None:
            fd = os.dup(self._fd)
        else:
            data = memoryview(pixels)  # type: ignore[arg-type]
            fd = os.memfd_create("kiosk-page", os.MFD_CLOEXEC)
            os.ftruncate(fd, data.nbytes)
            with mmap.mmap(fd, data.nbytes, flags=mmap.MAP_SHARED) as copy:
                copy[:] = data.cast("B")
        self.release()
        return fd

    def recycle(self, fd: int, size: int) -> None:
        """Keep a page the kiosk gave back, wiped (a resident's page lingers nowhere)."""
        try:
            buffer = mmap.mmap(fd, size, flags=mmap.MAP_SHARED | _POPULATE)
        except (OSError, ValueError):
            os.close(fd)
            return
        _zero(buffer)
        with self._lock:
            self._spare.append((fd, buffer))
            surplus, self._spare = self._spare[:-SPARE_PAGES], self._spare[-SPARE_PAGES:]
        for old_fd, old in surplus:
            old.close()
            os.close(old_fd)

    def release(self) -> None:
        """Let go of this process's hold on the last buffer given out."""
        if self._buffer is not None:
            # Still exported (a reader kept a view): freed with that view instead.
            with contextlib.suppress(BufferError):
                self._buffer.close()
            self._buffer = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _zero(buffer: mmap.mmap) -> None:
    view = (ctypes.c_char * len(buffer)).from_buffer(buffer)
    ctypes.memset(view, 0, len(buffer))
    del view


GiveBack = Callable[[int, int], None]


def map_page(fd: int, size: int, give_back: GiveBack | None = None) -> mmap.mmap:
    """The kiosk's view of a page the worker handed over.

    Private (copy-on-write): the image made on it may be changed in place.
    `fd` is closed now, or, with `give_back`, handed to `give_back(fd, size)`
    once the view is no longer used (from whichever thread drops it last).
    """
    try:
        page = mmap.mmap(fd, size, flags=mmap.MAP_PRIVATE)
    except (OSError, ValueError):
        os.close(fd)
        raise
    if give_back is None:
        os.close(fd)
    else:
        weakref.finalize(page, give_back, fd, size)
    return page
