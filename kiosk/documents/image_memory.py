"""Pillow's image memory: kept from one page to the next, let go when a session ends.

Why: by default Pillow frees an image's memory (in blocks of 16 MiB) as soon as
the image goes, and in the page thread (kiosk/documents/capture.py) glibc hands
it straight back to the kernel. Every page's new images (the 300 dpi page
shrunk to 200 dpi, and the intermediate of Pillow's two-pass resize) were then
fresh pages from the kernel, faulted in one by one. Measured on this project's
2-core build machine (2026-11, A4 colour 300 -> 200 dpi, `prepare` in a worker
thread): 102-111 ms and 9,417 page faults a page by default; 70-78 ms and at
most 1,605 faults (0 on most pages) with 4 blocks kept. `make bench`'s
page_ready_ms, median of 5 rounds of 10 pages: 113 ms -> 84 ms. On the main
thread the same resize took about 50 ms either way (glibc's main heap keeps
freed memory), and so can a thread later in a long-lived process, depending on
what it freed before (seen in the test run); kept blocks make it so always.

At most KEPT_BLOCKS blocks (64 MiB) stay with the process between pages. They
may hold a resident's pixels, so `let_go` frees them when the session's pages
are wiped; the next scan keeps blocks again.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    from PIL import Image
else:
    Image = lazy_import("PIL.Image")

KEPT_BLOCKS = 4


def keep_between_pages() -> None:
    """Let Pillow reuse up to KEPT_BLOCKS freed blocks for the next page's images."""
    Image.core.set_blocks_max(KEPT_BLOCKS)


def let_go() -> None:
    """Free the blocks Pillow kept; nothing to do if Pillow was never loaded."""
    if "PIL.Image" in sys.modules:
        Image.core.set_blocks_max(0)


def kept_blocks() -> int:
    """How many freed blocks Pillow may keep now (0 unless pages are being made)."""
    return int(Image.core.get_blocks_max())
