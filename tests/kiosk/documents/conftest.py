from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.documents.pages import PageStore


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageStore]:
    pages = PageStore(tmp_path_factory.mktemp("sessions"))
    yield pages
    pages.wipe()
