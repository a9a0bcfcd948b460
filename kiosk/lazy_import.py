"""Third-party modules imported on first use, so the kiosk starts sooner.

The attract screen's first frame needs none of pypdf, requests, Pillow, pycups,
python-sane, img2pdf, cryptography or argon2, and importing them took longer
than everything else before that frame (bench/bench_startup.py). A module-level

    if TYPE_CHECKING:
        import pypdf
    else:
        pypdf = lazy_import("pypdf")

reads like the import it stands for and imports it at the first attribute
read, in whichever thread reads it. The `TYPE_CHECKING` import is needed: type
checkers see the real module through it, and so does PyInstaller, which finds
a bundle's modules by the import statements in the code.

Not `importlib.util.LazyLoader`: before Python 3.12.3 two threads reading a lazy
module at once can both execute it (CPython gh-114763), and the drivers are
used from worker threads on the bundle's Python 3.11. `importlib.import_module`
takes the import system's per-module lock, so this is safe from any thread.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for the module `name` until an attribute is read, then defers to it."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            # Two threads may both get here: both receive the one module in sys.modules.
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy_import(name: str) -> Any:
    """The module `name`, imported when first used (see the module's docstring)."""
    return LazyModule(name)
