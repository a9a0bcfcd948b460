"""The kiosk's one window: loads the QML module and binds the view-models."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.attract_viewmodel import AttractViewModel
from kiosk.ui.journey_screens import JourneyScreens
from kiosk.ui.speech import ControlSpeaker
from kiosk.ui.staff_viewmodel import StaffViewModel
from kiosk.ui.training_viewmodel import TrainingViewModel

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"
PORTRAIT = QSize(1080, 1920)  # the stations' touch screens


class UiLoadError(RuntimeError):
    """The QML did not load; the message holds Qt's own errors."""


class KioskWindow:
    """Owns the QML engine, the view-models (parented to it) and the window."""

    def __init__(
        self,
        attract: AttractViewModel,
        screens: JourneyScreens,
        staff: StaffViewModel,
        training: TrainingViewModel | None = None,
    ) -> None:
        self.engine = QQmlApplicationEngine()
        self.qml_warnings: list[str] = []
        self.engine.warnings.connect(self._on_warnings)
        self.engine.addImportPath(str(QML_DIR))
        # View-models live as long as the engine, so bindings never read a
        # deleted object while the window is torn down.
        self.attract = attract
        self.screens = screens
        self.staff = staff
        for view_model in (attract, *screens.view_models(), staff):
            view_model.setParent(self.engine)
        attract.startRequested.connect(screens.journey.start)
        attract.helpRequested.connect(screens.help.ask)
        # The engine takes ownership of the provider.
        self.engine.addImageProvider(screens.form_previews.SCHEME, screens.form_previews)
        self.engine.addImageProvider(screens.qr_codes.SCHEME, screens.qr_codes)
        screens.language.attach(self.engine)
        optional: dict[str, QObject] = {}
        if training is not None:
            training.setParent(self.engine)
            optional["training"] = training
        self.engine.setInitialProperties(
            {"attract": attract, "staff": staff, **screens.qml_properties(), **optional}
        )
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise UiLoadError("the kiosk screens did not load: " + "; ".join(self.qml_warnings))
        self.window: QQuickWindow = roots[0]
        screens.router.watch(self.window)
        staff.watch(self.window)
        # Staff mode is never read aloud: a PIN spoken is a PIN told.
        self.control_speaker = ControlSpeaker(
            self.window, screens.speech, quiet=lambda: staff.page != "closed"
        )

    def show(self, windowed: bool, size: QSize = PORTRAIT) -> None:
        """Show the window; the on-screen keyboard is made after its first frame."""
        after_first_frame(self.window, lambda: self.window.setProperty("keyboardWanted", True))
        if windowed:
            self.window.resize(size)
            self.window.show()
        else:
            # No decorations and no way to move or close the window by touch.
            self.window.setFlags(self.window.flags() | Qt.WindowType.FramelessWindowHint)
            self.window.showFullScreen()

    @property
    def current_screen(self) -> str:
        return str(self.window.property("currentScreen") or "")

    def find(self, object_name: str) -> QObject | None:
        """The visible-tree item (or QObject) with this objectName, if any.

        Items a Repeater or a view makes are not QObject children of the window,
        so the item tree is searched as well.
        """
        found = self.window.findChild(QObject, object_name)
        if found is not None:
            return found
        pending: list[QQuickItem] = [self.window.contentItem()]
        while pending:
            current = pending.pop()
            if current.objectName() == object_name:
                return current
            pending.extend(current.childItems())
        return None

    def close(self) -> None:
        """Close the window and delete the engine before the application goes."""
        self.control_speaker.close()
        self.screens.close()
        self.window.close()
        self.engine.deleteLater()

    def _on_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            text = warning.toString()
            self.qml_warnings.append(text)
            log.warning("qml: %s", text)


class _FirstFrame(QObject):
    """Calls back once, on the GUI thread, when its window has drawn a frame."""

    def __init__(self, window: QQuickWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window: QQuickWindow | None = window
        self._callback = callback
        # frameSwapped comes from the render thread; with this object as the
        # receiver the call is queued to the GUI thread.
        window.frameSwapped.connect(self._swapped)

    @Slot()
    def _swapped(self) -> None:
        window, self._window = self._window, None
        if window is None:  # a second frame queued before the first was handled
            return
        window.frameSwapped.disconnect(self._swapped)
        self._callback()


def after_first_frame(window: QQuickWindow, callback: Callable[[], None]) -> None:
    """Call `callback` on the GUI thread once `window` has drawn its first frame.

    Connect it after anything that must come first (the watchdog's READY=1):
    queued calls run in the order they were connected.
    """
    _FirstFrame(window, callback)
