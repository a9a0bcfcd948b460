"""View-model of the review screen: the session's pages as thumbnails; one page
seen large, to turn, move, delete or scan again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.journey import Change, Journey, State
from kiosk.documents.pages import PageStore, StoredPage
from kiosk.documents.quality import QualityWarning
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

QUARTER_TURN = 90


@QmlElement
@QmlUncreatable("ReviewViewModel is made by the app, not in QML.")
class ReviewViewModel(QObject):
    pagesChanged = Signal()

    def __init__(self, journey: Journey, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self._shown_id: str | None = None  # the page seen large, if any
        journey.subscribe(self._on_change)

    @property
    def _store(self) -> PageStore | None:
        session = self.journey.session
        return session.pages if session and isinstance(session.pages, PageStore) else None

    @Property("QVariantList", notify=pagesChanged)
    def pages(self) -> list[dict[str, Any]]:
        store = self._store
        if store is None:
            return []
        pages = store.pages
        return [self._describe(page, number, len(pages)) for number, page in enumerate(pages, 1)]

    @Property(int, notify=pagesChanged)
    def pageCount(self) -> int:
        store = self._store
        return len(store.pages) if store else 0

    @Property("QVariantMap", notify=pagesChanged)
    def shownPage(self) -> dict[str, Any]:
        """The page seen large (same keys as `pages`), or an empty map."""
        store = self._store
        if store is None or self._shown_id is None:
            return {}
        pages = store.pages
        for number, page in enumerate(pages, 1):
            if page.id == self._shown_id:
                return self._describe(page, number, len(pages))
        return {}

    @Slot(str)
    def showPage(self, page_id: str) -> None:
        self._shown_id = page_id
        self._edited()

    @Slot()
    def closePage(self) -> None:
        self._shown_id = None
        self._edited()

    @Slot(str)
    def rotate(self, page_id: str) -> None:
        if self._store is not None:
            self._store.rotate(page_id, QUARTER_TURN)
            self._edited()

    @Slot(str)
    def remove(self, page_id: str) -> None:
        if self._store is not None:
            self._store.delete(page_id)
            if self._shown_id == page_id:
                self._shown_id = None
            self._edited()

    @Slot(str)
    def moveEarlier(self, page_id: str) -> None:
        self._move(page_id, -1)

    @Slot(str)
    def moveLater(self, page_id: str) -> None:
        self._move(page_id, +1)

    @Slot(str)
    @resident_tap
    def scanAgain(self, page_id: str) -> None:
        self.journey.rescan_page(page_id)

    @Slot()
    @resident_tap
    def scanMore(self) -> None:
        self.journey.scan_more()

    @Slot()
    @resident_tap
    def accept(self) -> None:
        self.journey.accept_pages()

    def _move(self, page_id: str, step: int) -> None:
        store = self._store
        if store is None:
            return
        ids = [page.id for page in store.pages]
        if page_id in ids:
            store.move(page_id, ids.index(page_id) + step)
            self._edited()

    def _edited(self) -> None:
        self.journey.touched()
        self.pagesChanged.emit()

    def _describe(self, page: StoredPage, number: int, count: int) -> dict[str, Any]:
        return {
            "id": page.id,
            "number": number,
            "first": number == 1,
            "last": number == count,
            "thumbnail": QUrl.fromLocalFile(str(page.thumbnail)).toString(),
            "image": QUrl.fromLocalFile(str(page.path)).toString(),
            "rotation": page.rotation,
            "warning": self._warning(page.warnings),
        }

    def _on_change(self, change: Change) -> None:
        if change.after not in (State.REVIEW, State.HELP):
            # Leaving review (to rescan, to check, or the session ended) closes the large view.
            self._shown_id = None
        if change.after in (State.REVIEW, State.ATTRACT):
            self.pagesChanged.emit()

    def _warning(self, warnings: tuple[QualityWarning, ...]) -> str:
        # One line per page, the most useful first; checks warn, never block.
        texts = {
            QualityWarning.BLANK: self.tr("This page looks blank. Keep it or scan again?"),
            QualityWarning.TOO_DARK: self.tr("This page looks too dark. Keep it or scan again?"),
            QualityWarning.TOO_LIGHT: self.tr("This page looks very faint. Keep it or scan again?"),
            QualityWarning.BLURRED: self.tr("This page looks blurred. Keep it or scan again?"),
            QualityWarning.CUT_OFF: self.tr(
                "Part of this page may be cut off. Keep it or scan again?"
            ),
            QualityWarning.TOO_LARGE: self.tr("This page is very large. Keep it or scan again?"),
        }
        return texts[warnings[0]] if warnings else ""
