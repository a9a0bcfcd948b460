"""Out of service with a message: kept across restarts, garbled means still out."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.staff.out_of_service import (
    DEFAULT_MESSAGE,
    MAX_MESSAGE_LENGTH,
    OutOfService,
    OutOfServiceStore,
)


def test_out_of_service_survives_a_restart(tmp_path: Path) -> None:
    store = OutOfServiceStore(tmp_path)
    heard: list[OutOfService | None] = []
    store.subscribe(heard.append)
    store.put("  Printer  being\nrepaired. Back at 2pm. ", "Asha Patel")
    again = OutOfServiceStore(tmp_path)
    current = again.current()
    assert current is not None
    assert current.message == "Printer being repaired. Back at 2pm."
    assert current.champion == "Asha Patel"
    assert heard and heard[0] == store.current()
    again.clear()
    assert OutOfServiceStore(tmp_path).current() is None


def test_an_empty_message_becomes_the_default_and_long_ones_are_cut(tmp_path: Path) -> None:
    store = OutOfServiceStore(tmp_path)
    assert store.put("   ", None).message == DEFAULT_MESSAGE
    assert len(store.put("x" * 500, None).message) == MAX_MESSAGE_LENGTH


@pytest.mark.parametrize("text", ["{", '{"message": 3}', "[]", '{"since": "yesterday"}'])
def test_a_garbled_file_keeps_the_station_out_of_service(tmp_path: Path, text: str) -> None:
    (tmp_path / "out-of-service.json").write_text(text)
    current = OutOfServiceStore(tmp_path).current()
    assert current is not None and current.message == DEFAULT_MESSAGE


def test_an_unwritable_folder_raises_and_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    store = OutOfServiceStore(blocker)
    with pytest.raises(OSError):
        store.put("Broken", "Asha Patel")
    assert store.current() is None
