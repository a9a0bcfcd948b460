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

PySide6 6.12.0 also hands back `None` without a reference from calls that
answer "nothing": `QQuickItem.parentItem()` of the root item,
`QObject.property()` of a name the object lacks, `QMetaObject.superClass()`
of QObject's. Each such call takes one reference from `None`, which has about
5,000 at start-up; a walk up the item tree does one per walk, and the test
suite's layout checks (thousands of walks) aborted with "Fatal Python error:
none_dealloc: deallocating None". Reproduced in tests/kiosk/ui/test_qt_fixes.py.
There is no one function to wrap, so `apply()`, only if the running PySide6
has the bug, gives `None` a reserve of 2**40 references once: what CPython
3.12 does by making `None` immortal, and more calls than a station makes in
its life.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 8
_PROBE_CALLS = 8
NONE_RESERVE = 1 << 40
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


def none_loses_references() -> bool:
    """Whether a PySide6 call that returns `None` takes a reference from it."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.property("kiosk_probe_no_such_property")
    return sys.getrefcount(None) < before - _PROBE_CALLS // 2


def _reserve_none_references() -> None:
    # Before 3.12 a CPython object starts with its reference count
    # (Include/object.h, PyObject.ob_refcnt); from 3.12 None is immortal and
    # the probe above sees no loss.
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_RESERVE


def apply() -> None:
    global _applied
    if _applied:
        return
    _applied = True
    if none_loses_references():
        _reserve_none_references()
    if not emit_loses_references():
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
