"""No key combination leaves the kiosk.

A station may have a keyboard plugged in (by IT, or by a resident into a USB
port). cage shows only the kiosk, refuses VT switching and has no shortcuts of
its own, and the kernel's SysRq keys are off (packaging/systemd); inside the app
this filter swallows every key press that is a command rather than typing:
anything held with Ctrl, Alt or the Super/Meta key (Alt+F4, Alt+Tab,
Ctrl+Alt+Backspace, Ctrl+Q, Ctrl+W...), the function keys, and the system
keys some keyboards have (Close, Power, Sleep, Menu, browser and media keys).

Typing still works: letters, digits, punctuation with Shift or AltGr (AltGr
is not Alt: Qt reports it as its own key and modifier), Backspace, Delete,
Enter, Tab and the arrows. The on-screen keyboard types through the input
method, not through key presses, so it is not affected.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

log = logging.getLogger(__name__)

COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
# Keys that are commands on their own. Qt numbers F1..F35 consecutively.
COMMAND_KEYS = frozenset(
    key.value
    for key in {
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Menu,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Close,
        Qt.Key.Key_PowerOff,
        Qt.Key.Key_PowerDown,
        Qt.Key.Key_Sleep,
        Qt.Key.Key_Suspend,
        Qt.Key.Key_Hibernate,
        Qt.Key.Key_WakeUp,
        Qt.Key.Key_LogOff,
        Qt.Key.Key_Launch0,
        Qt.Key.Key_LaunchMail,
        Qt.Key.Key_LaunchMedia,
        Qt.Key.Key_Explorer,
        Qt.Key.Key_Terminal,
        Qt.Key.Key_HomePage,
        Qt.Key.Key_Search,
        Qt.Key.Key_Back,
        Qt.Key.Key_Forward,
        Qt.Key.Key_Refresh,
        Qt.Key.Key_Print,
        Qt.Key.Key_SysReq,
        Qt.Key.Key_Help,
        Qt.Key.Key_Exit,
        Qt.Key.Key_Calculator,
        Qt.Key.Key_Tools,
        Qt.Key.Key_ApplicationLeft,
        Qt.Key.Key_ApplicationRight,
        Qt.Key.Key_TaskPane,
        Qt.Key.Key_TopMenu,
        Qt.Key.Key_Cancel,
    }
)
FUNCTION_KEYS = range(Qt.Key.Key_F1.value, Qt.Key.Key_F35.value + 1)


def is_command(event: QKeyEvent) -> bool:
    """A key press that would do something other than type."""
    if event.modifiers() & COMMAND_MODIFIERS:
        return True
    key = int(event.key())
    return key in COMMAND_KEYS or key in FUNCTION_KEYS


class CommandKeyFilter(QObject):
    """Application-wide event filter; counts what it swallowed (never which keys:
    a resident's typing is not logged)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.swallowed = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in KEY_EVENTS and isinstance(event, QKeyEvent) and is_command(event):
            if event.type() == QEvent.Type.KeyPress:
                self.swallowed += 1
            return True
        return False


def install_key_filter(app: QGuiApplication) -> CommandKeyFilter:
    key_filter = CommandKeyFilter(app)
    app.installEventFilter(key_filter)
    return key_filter
