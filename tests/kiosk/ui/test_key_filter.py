"""No key combination leaves the kiosk: the application's key filter swallows
commands (Alt+F4, Ctrl+Q...) before any window or shortcut sees them, and lets
typing through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from kiosk.ui.key_filter import CommandKeyFilter, install_key_filter

pytestmark = pytest.mark.gui

Mod = Qt.KeyboardModifier
COMMANDS = {
    "Alt+F4": (Qt.Key.Key_F4, Mod.AltModifier),
    "Alt+Tab": (Qt.Key.Key_Tab, Mod.AltModifier),
    "Ctrl+Q": (Qt.Key.Key_Q, Mod.ControlModifier),
    "Ctrl+W": (Qt.Key.Key_W, Mod.ControlModifier),
    "Ctrl+Alt+Backspace": (Qt.Key.Key_Backspace, Mod.ControlModifier | Mod.AltModifier),
    "Ctrl+Alt+F2": (Qt.Key.Key_F2, Mod.ControlModifier | Mod.AltModifier),
    "Super": (Qt.Key.Key_Super_L, Mod.NoModifier),
    "Super+D": (Qt.Key.Key_D, Mod.MetaModifier),
    "F11": (Qt.Key.Key_F11, Mod.NoModifier),
    "Escape": (Qt.Key.Key_Escape, Mod.NoModifier),
    "PowerOff": (Qt.Key.Key_PowerOff, Mod.NoModifier),
}
TYPING = {
    "a": (Qt.Key.Key_A, Mod.NoModifier, "a"),
    "Shift+A": (Qt.Key.Key_A, Mod.ShiftModifier, "A"),
    "7": (Qt.Key.Key_7, Mod.NoModifier, "7"),
    "Backspace": (Qt.Key.Key_Backspace, Mod.NoModifier, ""),
    "Return": (Qt.Key.Key_Return, Mod.NoModifier, "\r"),
    "Tab": (Qt.Key.Key_Tab, Mod.NoModifier, "\t"),
    "AltGr+e": (Qt.Key.Key_Eacute, Mod.GroupSwitchModifier, "é"),
}


class KeyRecorder(QObject):
    """Stands for any window or item: records the key presses that reach it."""

    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[tuple[int, Qt.KeyboardModifier]] = []

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            self.pressed.append((int(event.key()), event.modifiers()))
            return True
        return super().event(event)


def press(target: QObject, key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str = "") -> None:
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


@pytest.fixture
def key_filter(qapp: QGuiApplication) -> Iterator[CommandKeyFilter]:
    installed = install_key_filter(qapp)
    yield installed
    qapp.removeEventFilter(installed)
    installed.deleteLater()


def test_without_the_filter_every_key_arrives(qapp: QGuiApplication) -> None:
    target = KeyRecorder()
    for key, modifiers in COMMANDS.values():
        press(target, key, modifiers)

    assert len(target.pressed) == len(COMMANDS)


def test_command_keys_are_swallowed(key_filter: CommandKeyFilter) -> None:
    target = KeyRecorder()
    for key, modifiers in COMMANDS.values():
        press(target, key, modifiers)

    assert target.pressed == []
    assert key_filter.swallowed == len(COMMANDS)


def test_typing_still_reaches_the_kiosk(key_filter: CommandKeyFilter) -> None:
    target = KeyRecorder()
    for key, modifiers, text in TYPING.values():
        press(target, key, modifiers, text)

    assert [key for key, _ in target.pressed] == [int(k) for k, _, _ in TYPING.values()]
    assert key_filter.swallowed == 0
