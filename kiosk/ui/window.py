"""The kiosk's one window: loads the QML module and binds the view-models."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow

from kiosk.ui.attract_viewmodel import AttractViewModel

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"
PORTRAIT = QSize(1080, 1920)  # the stations' touch screens


class UiLoadError(RuntimeError):
    """The QML did not load; the message holds Qt's own errors."""


class KioskWindow:
    """Owns the QML engine, the view-models (parented to it) and the window."""

    def __init__(self, attract: AttractViewModel) -> None:
        self.engine = QQmlApplicationEngine()
        self.qml_warnings: list[str] = []
        self.engine.warnings.connect(self._on_warnings)
        self.engine.addImportPath(str(QML_DIR))
        # View-models live as long as the engine, so bindings never read a
        # deleted object while the window is torn down.
        self.attract = attract
        attract.setParent(self.engine)
        self.engine.setInitialProperties({"attract": attract})
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise UiLoadError("the kiosk screens did not load: " + "; ".join(self.qml_warnings))
        self.window: QQuickWindow = roots[0]

    def show(self, windowed: bool, size: QSize = PORTRAIT) -> None:
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
        return self.window.findChild(QObject, object_name)

    def close(self) -> None:
        """Close the window and delete the engine before the application goes."""
        self.window.close()
        self.engine.deleteLater()

    def _on_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            text = warning.toString()
            self.qml_warnings.append(text)
            log.warning("qml: %s", text)
