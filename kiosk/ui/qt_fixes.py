"""Work-arounds for bugs in the Qt for Python release we run on.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a
reference to it. Python drops the unused result, so every `emit()` from
Python code takes one reference from `True`; after a few thousand emits
(minutes of a kiosk's life: every property change and every background
result is an emit) CPython frees `True` itself and aborts with "Fatal Python
error: bool_dealloc: deallocating True or False". Reproduced in
tests/kiosk/ui/test_qt_fixes.py: 50 emits of a bare signal take 50
references from `True`.

`apply()` measures this once and, only if the running PySide6 has the bug,
wraps `emit` to give the reference back. A fixed PySide6 gets no wrapper.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 8
_applied = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    """Whether `emit()` in this PySide6 takes references from its result."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    return sys.getrefcount(True) < before - _PROBE_EMITS // 2


def apply() -> None:
    global _applied
    if _applied or not emit_loses_references():
        _applied = True
        return
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference PySide6 did not take
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
