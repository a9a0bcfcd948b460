"""Page memory crossing from the scanner's worker to the kiosk, and coming back."""

from __future__ import annotations

import gc
import os

from drivers.scanner.shared_pages import SPARE_PAGES, PageMemory, map_page

SIZE = 3 * 4096 + 17


def test_a_page_read_in_the_worker_is_what_the_kiosk_sees() -> None:
    memory = PageMemory()
    buffer = memory(SIZE)
    buffer[:] = bytes(range(256)) * (SIZE // 256) + bytes(SIZE % 256)

    fd = memory.hand_over(buffer)
    page = map_page(fd, SIZE)

    assert page[:] == bytes(range(256)) * (SIZE // 256) + bytes(SIZE % 256)
    assert buffer.closed  # the worker keeps nothing of a page it handed over


def test_pages_the_python_sane_path_returns_as_bytes_are_copied_across() -> None:
    memory = PageMemory()
    fd = memory.hand_over(b"\x07" * SIZE)
    assert map_page(fd, SIZE)[:] == b"\x07" * SIZE


def test_a_page_the_kiosk_drops_comes_back_wiped_for_the_next_page() -> None:
    memory = PageMemory()
    given_back: list[tuple[int, int]] = []
    buffer = memory(SIZE)
    buffer[:] = b"\xff" * SIZE
    fd = memory.hand_over(buffer)
    inode = os.fstat(fd).st_ino
    page = map_page(fd, SIZE, lambda fd, size: given_back.append((fd, size)))
    assert given_back == []

    del page
    gc.collect()

    assert [size for _, size in given_back] == [SIZE]
    memory.recycle(*given_back[0])
    again = memory(SIZE)
    assert again[:] == bytes(SIZE)  # a resident's page lingers nowhere
    assert os.fstat(memory.hand_over(again)).st_ino == inode  # the same memory, reused


def test_the_worker_keeps_only_a_few_spare_pages() -> None:
    memory = PageMemory()
    inodes = []
    for _ in range(SPARE_PAGES + 2):
        fd = os.memfd_create("test-page")
        os.ftruncate(fd, SIZE)
        inodes.append(os.fstat(fd).st_ino)
        memory.recycle(fd, SIZE)

    reused = [_inode(memory, memory(SIZE)) for _ in range(SPARE_PAGES + 1)]

    assert sorted(reused[:SPARE_PAGES]) == sorted(inodes[-SPARE_PAGES:])
    assert reused[SPARE_PAGES] not in inodes  # the older ones were let go


def _inode(memory: PageMemory, buffer: object) -> int:
    fd = memory.hand_over(buffer)
    try:
        return os.fstat(fd).st_ino
    finally:
        os.close(fd)
