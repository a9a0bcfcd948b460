"""Dependencies point inwards: kiosk/core imports no Qt, SANE, CUPS or HTTP."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "kiosk" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "sane", "_sane", "cups", "requests", "drivers", "kiosk.ui")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def is_forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def test_no_core_module_names_a_forbidden_import() -> None:
    offenders = {
        f"{path.relative_to(CORE)}: {module}"
        for path in CORE.rglob("*.py")
        for module in imported_modules(path)
        if is_forbidden(module)
    }
    assert not offenders


def test_importing_the_whole_core_loads_no_forbidden_module() -> None:
    modules = sorted(
        "kiosk.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert [m for m in loaded if is_forbidden(m)] == []
