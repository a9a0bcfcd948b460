from __future__ import annotations

import stat

import pytest

from kiosk.core.scanning import ColourMode
from kiosk.documents.encoding import OutputProfile, encode
from kiosk.documents.pages import THUMBNAIL_PX, PageStore, make_thumbnail
from kiosk.documents.quality import QualityWarning
from kiosk.testbed.sample_pages import cached_page

PROFILE = OutputProfile(ColourMode.COLOUR, 150, 60)


def add(store: PageStore, warnings: tuple[QualityWarning, ...] = ()) -> str:
    image = cached_page("letter", 150)
    return store.add(encode(image, 150, PROFILE), make_thumbnail(image), warnings).id


def test_session_folder_is_private(store: PageStore) -> None:
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700


def test_pages_keep_their_order_and_can_be_moved(store: PageStore) -> None:
    first, second, third = add(store), add(store), add(store)
    store.move(third, 0)
    assert [p.id for p in store.pages] == [third, first, second]


def test_rotating_changes_a_number_not_the_image(store: PageStore) -> None:
    page_id = add(store)
    before = store.pages[0].path.read_bytes()

    store.rotate(page_id, 90)
    store.rotate(page_id, 270)
    store.rotate(page_id, 180)

    assert store.pages[0].rotation == 180
    assert store.pages[0].path.read_bytes() == before
    with pytest.raises(ValueError):
        store.rotate(page_id, 45)


def test_deleting_a_page_removes_its_files(store: PageStore) -> None:
    page_id = add(store)
    page = store.pages[0]
    store.delete(page_id)
    assert store.pages == [] and not page.path.exists() and not page.thumbnail.exists()


def test_rescanning_a_page_replaces_it_in_place(store: PageStore) -> None:
    first, second = add(store), add(store)
    old = store.pages[0]
    image = cached_page("letter", 150)
    new = store.replace(first, encode(image, 150, PROFILE), make_thumbnail(image))
    assert [p.id for p in store.pages] == [new.id, second]
    assert not old.path.exists()


def test_thumbnail_is_small_and_keeps_the_page_shape(store: PageStore) -> None:
    add(store)
    from PIL import Image

    thumb = Image.open(store.pages[0].thumbnail)
    assert max(thumb.size) == THUMBNAIL_PX
    assert abs(thumb.height / thumb.width - 297 / 210) < 0.02


def test_wipe_leaves_nothing_behind(store: PageStore) -> None:
    add(store, (QualityWarning.BLANK,))
    folder = store.folder
    store.wipe()
    assert store.pages == [] and not folder.exists()
