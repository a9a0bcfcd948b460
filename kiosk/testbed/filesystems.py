"""Small real filesystems for tests: a full or read-only disk under the outbox.

A tmpfs of a given size is mounted on a test's folder (this needs root, as in
CI) so that writing really fails with ENOSPC or EROFS, the way a station's disk
does, rather than through a patched `open`.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

FILL_CHUNK = b"\0" * 65536


class MountRefusedError(RuntimeError):
    """The tmpfs could not be mounted (not root): the caller decides to skip."""


@contextlib.contextmanager
def tiny_filesystem(folder: Path, size: str, read_only: bool = False) -> Iterator[Path]:
    """A tmpfs of `size` ("1m", "100m") mounted at `folder` until the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "kiosk-test-fs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise MountRefusedError(f"cannot mount a tmpfs (needs root): {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill_up(filler: Path) -> None:
    """Write `filler` until the filesystem it is on has no space left."""
    with contextlib.suppress(OSError), filler.open("wb") as out:
        while True:  # until ENOSPC
            out.write(FILL_CHUNK)
            out.flush()
