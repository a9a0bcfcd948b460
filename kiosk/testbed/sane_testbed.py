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

REPO_SANE_DIR = Path(__file__).resolve().parents[2] / "config" / "sane"
TEST_DEVICE = "test:0"


def prepare_sane_config(dest: Path, source: Path = REPO_SANE_DIR) -> Path:
    """Copy the repo's SANE test configuration into `dest` and return it."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("dll.conf", "test.conf"):
        shutil.copyfile(source / name, dest / name)
    return dest
