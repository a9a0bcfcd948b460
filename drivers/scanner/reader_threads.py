"""Letting a backend's reader thread end before the last bytes of a frame are read.

Why (seen on Debian 12's libsane1 1.2.1 with glibc 2.36, and in the code of
sane-backends' backend/test.c and sanei/sanei_thread.c):

libsane's `test` backend, like the other backends built on sanei_thread, makes
each frame in a reader thread (Debian builds sanei_thread with pthreads) that
writes the picture into a pipe; sane_read() reads the pipe. The thread runs
with PTHREAD_CANCEL_ASYNCHRONOUS. As soon as sane_read() has read the frame's
last byte it calls finish_pass(), which pthread_cancel()s the reader and
pthread_join()s it. The reader may not have ended yet: after its last write()
it still free()s its picture buffer. Cancelled asynchronously inside free(), it
dies holding its malloc arena's lock; on the way out glibc frees the thread's
tcache into the same arena and waits for that lock for ever, and sane_read()
waits for ever in pthread_join(). The scan never ends; nothing can cancel it.

How it was reproduced (2026-11, on this project's 2-core build machine): a loop
calling the driver's scan() on test:0 at 75 dpi colour, in three processes at
once beside a busy loop, with a watchdog that ran
`gdb -p PID -batch -ex "thread apply all bt"` on a scan taking over 10 s. It
hung once in about 150,000 scans; with MALLOC_TRIM_THRESHOLD_=0 (free() then
gives memory back to the system, which makes it slower) once in 800 to 3,000.
Every time gdb showed the scan thread in sane_test_read -> finish_pass ->
sanei_thread_waitpid -> pthread_clockjoin_ex, and the reader thread
"(Exiting)" in start_thread -> __libc_thread_freeres -> tcache_thread_shutdown
-> _int_free -> __lll_lock_wait_private. With this workaround: no hang in
118,000 scans under the same load (MALLOC_TRIM_THRESHOLD_=0 included).
tests/drivers/scanner/test_reader_threads.py shows the reader thread is there,
named, to wait for.

The workaround: the scanning thread carries a name while it calls sane_start()
(Linux threads inherit their creator's name, so the reader thread the backend
starts there gets it too); the block reader (fast_read.py) reads all but the
frame's last byte, waits until no thread of that name is left (a reader that
has written everything only has free() and its exit left), then reads the last
byte. Backends that read in sane_read() itself start no thread and pay
nothing; a backend whose thread outlives the frame costs at most
READER_END_WAIT_S a page. python-sane's own snap() (line art, 16-bit frames)
reads a line at a time and calls back after each: snap() below waits in the
call-back after the last line but one. python-sane reads that way far more
often than the block reader, so the race is far likelier: its scan() in a loop
on test:0 (300 dpi A4 colour, a busy Python thread beside it) hung in the 300th
scan, with the same two stacks in gdb; a CI run of this repo's tests hung
(until CI's time limit) in tests/kiosk/testbed/test_sane_testbed.py, which
scanned through python-sane's scan() then.

The same asynchronous cancel can land while the reader is still starting (in
its malloc()): sane_cancel() straight after sane_start() or after a read that
failed. wait_until_readers_block() lets a caller that cancels on purpose wait
until the reader sleeps in its write() (or has ended) first.

What is left (a cancel landing in one of those windows anyway, other backends'
own hangs) is caught by the stall guard in sane_scanner.py, which kills the
worker process libsane runs in.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

log = logging.getLogger(__name__)

SCAN_THREAD_NAME = b"kiosk-sane"  # at most 15 bytes (Linux's TASK_COMM_LEN - 1)
READER_END_WAIT_S = 2.0
_POLL_S = 0.001
_PR_SET_NAME, _PR_GET_NAME = 15, 16
_TASKS = "/proc/self/task"
_ASLEEP = (b"S", b"D", None)  # /proc's state letters; None: the thread has ended


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _set_name(name: bytes) -> None:
    _libc().prctl(_PR_SET_NAME, ctypes.c_char_p(name), 0, 0, 0)


def _name() -> bytes:
    buffer = ctypes.create_string_buffer(16)
    _libc().prctl(_PR_GET_NAME, buffer, 0, 0, 0)
    return buffer.value


@contextlib.contextmanager
def frame_starting() -> Iterator[None]:
    """Around sane_start(): name the calling thread, so the threads libsane starts get it.

    Only around sane_start(): threads the scanning thread starts later (the
    cancel watch, the page workers) must not carry the name.
    """
    before = _name()
    _set_name(SCAN_THREAD_NAME)
    try:
        yield
    finally:
        _set_name(before)


def reader_threads() -> list[int]:
    """Other threads carrying the scanning thread's name: the backend's readers."""
    me = threading.get_native_id()
    found = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(_TASKS):
            if entry.name == str(me):
                continue
            try:
                with open(f"{_TASKS}/{entry.name}/comm", "rb") as comm:
                    name = comm.read().rstrip(b"\n")
            except OSError:
                continue  # it ended while we looked
            if name == SCAN_THREAD_NAME:
                found.append(int(entry.name))
    return found


def wait_for_reader_threads(timeout_s: float = READER_END_WAIT_S) -> bool:
    """Wait until the backend's reader threads have ended; False if one is still there."""
    if _poll_until(lambda: not reader_threads(), timeout_s):
        return True
    log.info("scanner backend's reader thread still running at the end of a frame")
    return False


def wait_until_readers_block(timeout_s: float = READER_END_WAIT_S) -> bool:
    """Wait until every reader thread sleeps (in its write() to the full pipe) or has ended.

    A reader asleep in a system call (S, or D for a real scanner's USB read)
    holds no lock of ours, so a cancel then is safe; a running one may be
    inside malloc() or free(). False if one still runs at the end.
    """
    return _poll_until(
        lambda: all(thread_state(tid) in _ASLEEP for tid in reader_threads()), timeout_s
    )


def thread_state(tid: int) -> bytes | None:
    """A thread of this process: its state letter (R running, S sleeping...), None if ended."""
    try:
        with open(f"{_TASKS}/{tid}/stat", "rb") as stat:
            # "tid (comm) S ...": the name may hold spaces, so split after its ")".
            return stat.read().rpartition(b")")[2].split()[0]
    except (OSError, IndexError):
        return None


def _poll_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Check `done` every _POLL_S until it holds (True) or `timeout_s` has passed (False)."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_S)
    return True


Progress = Callable[[int, int], None] | None


def snap(device: Any, no_cancel: bool = False, progress: Progress = None) -> Any:
    """python-sane's snap() (its raw result), the reader thread ended before the last line.

    The frame must have been started inside frame_starting(). python-sane calls
    `progress(lines read, lines expected)` after every line; when one line is
    left, the reader has at most that line to write into a nearly empty pipe
    and then only its free() and exit, which are waited for here.
    """

    def each_line(done: int, expected: int) -> None:
        if expected > 1 and done == expected - 1:
            wait_for_reader_threads()
        if progress is not None:
            progress(done, expected)

    return device.dev.snap(no_cancel, False, each_line)
