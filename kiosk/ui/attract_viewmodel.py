"""View-model of the attract screen ("Touch to start")."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("AttractViewModel is made by the app, not in QML.")
class AttractViewModel(QObject):
    """Council branding for the attract screen, and the resident's first tap."""

    startRequested = Signal()
    helpRequested = Signal()
    taglineChanged = Signal()

    def __init__(
        self,
        council_name: str,
        tagline: str,
        logo: Path | None,
        station_name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._council_name = council_name
        self._tagline = tagline
        self._logo_url = QUrl.fromLocalFile(str(logo)) if logo else QUrl()
        self._station_name = station_name
        self.starts = 0

    @Property(str, constant=True)
    def councilName(self) -> str:
        return self._council_name

    @Property(str, notify=taglineChanged)
    def tagline(self) -> str:
        return self._tagline

    def set_tagline(self, tagline: str) -> None:
        """The tagline in the resident's language (the config's translations)."""
        if tagline != self._tagline:
            self._tagline = tagline
            self.taglineChanged.emit()

    @Property(QUrl, constant=True)
    def logoUrl(self) -> QUrl:
        return self._logo_url

    @Property(str, constant=True)
    def stationName(self) -> str:
        return self._station_name

    @Slot()
    def start(self) -> None:
        self.starts += 1
        log.info("resident touched start")
        self.startRequested.emit()

    @Slot()
    def askHelp(self) -> None:
        self.helpRequested.emit()
