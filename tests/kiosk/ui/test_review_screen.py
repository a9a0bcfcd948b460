"""The review screen through the real window, on pages scanned by libsane's test
scanner: a page seen large, turned, moved, deleted (after a question) and
scanned again in its place. Screenshots under build/screenshots/<test name>/."""

from __future__ import annotations

import pytest
from kiosk_screens import (
    SCAN_TIMEOUT_MS,
    Shot,
    fill_details,
    item,
    scan_one_page,
    tap,
    wait_for_screen,
)
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.journey import State
from kiosk.documents.pages import PageStore, StoredPage
from kiosk.ui.window import KioskWindow


class Resident:
    """The kiosk_screens helpers, bound to one window."""

    def __init__(self, qtbot: QtBot, window: KioskWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def item(self, name: str) -> QQuickItem:
        return item(self.window, name)

    def tap(self, name: str) -> None:
        tap(self.qtbot, self.window, name)

    def wait_for_screen(self, screen: str, timeout_ms: int = 5000) -> None:
        wait_for_screen(self.qtbot, self.window, screen, timeout_ms)

    def wait_until_visible(self, name: str, visible: bool = True) -> None:
        self.qtbot.waitUntil(lambda: self.item(name).isVisible() is visible)
        self.qtbot.wait(50)  # one frame, so a screenshot shows it drawn


@pytest.fixture
def resident(station: KioskWindow, qtbot: QtBot) -> Resident:
    return Resident(qtbot, station)


def stored_pages(window: KioskWindow) -> list[StoredPage]:
    session = window.screens.journey.session
    assert session is not None and isinstance(session.pages, PageStore)
    return session.pages.pages


def ids(window: KioskWindow) -> list[str]:
    return [page.id for page in stored_pages(window)]


def review_with_pages(resident: Resident, count: int) -> None:
    resident.tap("startButton")
    resident.wait_for_screen("service")
    resident.tap("service_council-tax")
    resident.wait_for_screen("details")
    fill_details(resident.qtbot, resident.window, {"account_number": "123456789"})
    resident.tap("continueButton")
    resident.wait_for_screen("capture")
    for number in range(1, count + 1):
        scan_one_page(resident.qtbot, resident.window, number)
    resident.tap("finishedButton")
    resident.wait_for_screen("review")


def open_page(resident: Resident, number: int) -> QQuickItem:
    resident.tap(f"page_{number}")
    resident.wait_until_visible("pageView")
    image = resident.item("pageImage")
    # Image.status has no Python converter; progress reaches 1 once it is decoded.
    resident.qtbot.waitUntil(
        lambda: image.property("progress") == 1.0 and image.property("paintedWidth") > 0
    )
    return image


def heading(resident: Resident) -> str:
    return str(resident.item("pageViewHeading").property("text"))


def test_tapping_a_page_shows_it_large_in_the_window_and_close_returns(
    station: KioskWindow, resident: Resident, screenshot: Shot
) -> None:
    review_with_pages(resident, 2)
    screenshot(station)

    image = open_page(resident, 2)
    assert heading(resident) == "Page 2 of 2"
    assert not resident.item("continueButton").isVisible()
    # Large: most of the screen's width, decoded at screen size, not 300 dpi.
    assert image.width() > 0.8 * station.window.width()
    painted = image.property("paintedWidth")
    assert painted > 600 and image.property("sourceSize").width() <= station.window.height()
    screenshot(station, "review_page_2_large")

    resident.tap("pageViewTurn")
    assert [page.rotation for page in stored_pages(station)] == [0, 90]
    resident.qtbot.wait(100)
    screenshot(station, "review_page_2_turned")

    resident.tap("pageViewClose")
    resident.wait_until_visible("pageView", visible=False)
    assert resident.item("continueButton").isVisible()
    screenshot(station, "review_closed")


def test_delete_asks_first_and_no_keeps_the_page(
    station: KioskWindow, resident: Resident, screenshot: Shot
) -> None:
    review_with_pages(resident, 2)
    first, second = ids(station)
    open_page(resident, 1)

    resident.tap("pageViewDelete")
    resident.wait_until_visible("deleteConfirm")
    assert resident.item("deleteQuestion").property("text") == "Delete page 1?"
    screenshot(station, "review_delete_page_1")
    resident.tap("keepPageButton")
    resident.wait_until_visible("deleteConfirm", visible=False)
    assert ids(station) == [first, second] and resident.item("pageView").isVisible()

    resident.tap("pageViewDelete")
    resident.wait_until_visible("deleteConfirm")
    resident.tap("confirmDeleteButton")
    resident.wait_until_visible("pageView", visible=False)
    assert ids(station) == [second]
    assert not resident.item("deleteConfirm").isVisible()
    screenshot(station, "review_after_delete")

    # The grid's own Delete asks too; the last page can go, then Continue cannot.
    resident.tap("delete_1")
    resident.wait_until_visible("deleteConfirm")
    resident.tap("confirmDeleteButton")
    resident.qtbot.waitUntil(lambda: ids(station) == [])
    assert not resident.item("continueButton").isEnabled()
    screenshot(station, "review_no_pages")


def test_moving_a_page_earlier_and_later_changes_the_order(
    station: KioskWindow, resident: Resident, screenshot: Shot
) -> None:
    review_with_pages(resident, 3)
    a, b, c = ids(station)
    open_page(resident, 3)
    assert not resident.item("pageViewLater").isEnabled()

    resident.tap("pageViewEarlier")
    assert ids(station) == [a, c, b] and heading(resident) == "Page 2 of 3"
    resident.tap("pageViewEarlier")
    assert ids(station) == [c, a, b] and heading(resident) == "Page 1 of 3"
    assert not resident.item("pageViewEarlier").isEnabled()
    screenshot(station, "review_moved_to_first")
    resident.tap("pageViewLater")
    assert ids(station) == [a, c, b] and heading(resident) == "Page 2 of 3"

    resident.tap("pageViewClose")
    resident.wait_until_visible("pageView", visible=False)
    screenshot(station, "review_reordered")


def test_scan_this_page_again_replaces_it_in_its_place(
    station: KioskWindow, resident: Resident, screenshot: Shot
) -> None:
    journey = station.screens.journey
    review_with_pages(resident, 3)
    a, b, c = ids(station)
    old_file = stored_pages(station)[1].path
    open_page(resident, 2)

    resident.tap("pageViewScanAgain")
    resident.wait_for_screen("capture")
    assert resident.item("captureHeading").property("text") == "Scan page 2 again"
    assert resident.item("scanButton").property("text") == "Scan page 2 again"
    # Which page goes, not a count of pages that does not change.
    assert resident.item("pageCount").property("text") == "Your new scan will replace page 2 of 3"
    assert not resident.item("finishedButton").isVisible()
    assert resident.item("backButton").property("text") == "Keep the old page"
    screenshot(station, "capture_scan_page_2_again")

    resident.tap("scanButton")
    resident.wait_for_screen("review", timeout_ms=SCAN_TIMEOUT_MS)
    new = ids(station)
    assert len(new) == 3 and new[0] == a and new[2] == c and new[1] not in (a, b, c)
    assert not old_file.exists()
    assert journey.session is not None and journey.session.rescan_page_id is None
    assert not resident.item("pageView").isVisible()
    resident.qtbot.wait(200)  # thumbnails load asynchronously
    screenshot(station, "review_after_rescan")

    # The next plain scan adds a page at the end again.
    resident.tap("scanMoreButton")
    resident.wait_for_screen("capture")
    assert resident.item("captureHeading").property("text") == "Scan your documents"
    assert resident.item("pageCount").property("text") == "Pages scanned: 3"
    scan_one_page(resident.qtbot, station, 4)
    assert ids(station)[:3] == new


def test_keep_the_old_page_returns_to_review_unchanged(
    station: KioskWindow, resident: Resident
) -> None:
    review_with_pages(resident, 2)
    before = ids(station)
    open_page(resident, 1)
    resident.tap("pageViewScanAgain")
    resident.wait_for_screen("capture")
    resident.tap("backButton")
    resident.wait_for_screen("review")
    assert ids(station) == before
    assert station.screens.journey.state is State.REVIEW
