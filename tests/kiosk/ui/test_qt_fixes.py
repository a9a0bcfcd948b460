"""PySide6 6.12.0's emit() takes a reference from `True` each time, and its
calls that return `None` take one from `None` (see kiosk/ui/qt_fixes.py);
with the fixes in place, emits leave `True` alone and `None` outlives them."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMetaObject, QObject, Signal

import kiosk.ui  # noqa: F401  (applies the fixes)
from kiosk.ui import qt_fixes

EMITS = 5_000  # more than True's whole reference count at start-up


class Emitter(QObject):
    bare = Signal()
    with_flag = Signal(bool)


def test_many_emits_leave_the_reference_count_of_true_alone() -> None:
    emitter = Emitter()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(EMITS):
        emitter.bare.emit()
        emitter.with_flag.emit(False)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


def test_after_the_fix_the_probe_sees_no_loss() -> None:
    assert qt_fixes.emit_loses_references() is False


def test_many_calls_answering_none_leave_none_alive() -> None:
    """More lost references than `None` has at start-up: without the reserve
    this aborts the interpreter ("deallocating None")."""
    thing = QObject()
    calls = 2 * EMITS
    for _ in range(calls):
        thing.property("no_such_property")
        QMetaObject.superClass(QObject.staticMetaObject)
    if qt_fixes.none_loses_references():
        assert sys.getrefcount(None) > qt_fixes.NONE_RESERVE // 2
