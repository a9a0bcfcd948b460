"""Pillow keeps image memory from one page to the next, and lets it go with the session."""

from __future__ import annotations

import resource
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from drivers.scanner import SaneScanner
from kiosk.core.scanning import ColourMode, ScanSettings
from kiosk.documents import image_memory
from kiosk.documents.capture import Capture
from kiosk.documents.encoding import OutputProfile, prepare
from kiosk.documents.pages import PageStore
from kiosk.testbed.sample_pages import cached_page

COLOUR_200 = OutputProfile(ColourMode.COLOUR, 200, 60)


def page_faults_per_page(pages: int) -> list[int]:
    """Minor page faults of shrinking an A4 300 dpi colour page, on a page thread."""
    image = cached_page("letter", 300, 1)

    def one() -> int:
        before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
        prepare(image, 300, COLOUR_200)
        return resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before

    with ThreadPoolExecutor(max_workers=1) as page_thread:
        return [page_thread.submit(one).result() for _ in range(pages)]


@pytest.fixture
def kept() -> Iterator[None]:
    image_memory.keep_between_pages()
    yield
    image_memory.let_go()


def test_kept_blocks_spare_the_next_pages_the_page_faults(kept: None) -> None:
    faults = page_faults_per_page(4)
    # 9,417 a page without, in a fresh process (36 MB of fresh memory): with
    # KEPT_BLOCKS = 0 this fails. Later in a test run glibc may keep the memory
    # itself, so "without" is not asserted. The first page fills the pool.
    assert max(faults[1:]) < 3_000, faults


def test_a_scan_keeps_blocks_and_wiping_the_session_lets_them_go(
    sane_config_dir: Path, tmp_path: Path
) -> None:
    store = PageStore(tmp_path / "pages")
    Capture(SaneScanner("test:*", sane_config_dir), store, COLOUR_200).scan(
        ScanSettings(resolution_dpi=100)
    )
    assert image_memory.kept_blocks() == image_memory.KEPT_BLOCKS

    store.wipe()  # the session ends: the blocks may hold the resident's pixels

    assert image_memory.kept_blocks() == 0
