"""First-page previews of the forms, drawn by QtPdf offscreen and off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from kiosk.config import StationConfig
from kiosk.ui import form_preview
from kiosk.ui.form_preview import FormPreviewError, FormPreviews, render_first_page
from kiosk.ui.screenshots import SCREENSHOT_ROOT, safe_name

WAIT_MS = 10_000


def ink_fraction(image: QImage) -> float:
    """The share of sampled pixels that are not near-white: 0 for a blank page."""
    step = 4
    inked = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            total += 1
            if min(colour.red(), colour.green(), colour.blue()) < 200:
                inked += 1
    return inked / total


def save_for_people(image: QImage, test_name: str, name: str) -> None:
    folder = SCREENSHOT_ROOT / safe_name(test_name)
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / f"{name}.png"))


def test_a_forms_first_page_renders_as_a_page_not_a_blank(
    qapp: QGuiApplication, demo_config: StationConfig, request: pytest.FixtureRequest
) -> None:
    form = demo_config.forms[0]

    image = render_first_page(form.file, width_px=360)

    assert (image.width(), image.height()) == (360, 509)  # A4's 1:1.414
    # The blue heading band, the text and the boxes: ink, but mostly paper.
    assert 0.03 < ink_fraction(image) < 0.6
    top_band = image.pixelColor(5, 5)
    assert top_band.blue() > top_band.red() + 60  # the council-blue band
    save_for_people(image, request.node.name, form.id)


def test_previews_are_drawn_off_the_gui_thread_and_arrive_on_it(
    qapp: QGuiApplication,
    qtbot: QtBot,
    demo_config: StationConfig,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawn_on: list[threading.Thread] = []

    def watched(path: Path, width_px: int) -> QImage:
        drawn_on.append(threading.current_thread())
        return render_first_page(path, width_px)

    monkeypatch.setattr(form_preview, "render_first_page", watched)
    previews = FormPreviews(width_px=240)
    threads: list[threading.Thread] = []
    previews.preview_ready.connect(lambda *_: threads.append(threading.current_thread()))
    ready: dict[str, QImage] = {}
    previews.preview_ready.connect(lambda form_id, image: ready.__setitem__(form_id, image))

    for form in demo_config.forms:
        previews.request(form.id, form.file)
    qtbot.waitUntil(lambda: len(ready) == len(demo_config.forms), timeout=WAIT_MS)

    assert set(ready) == {form.id for form in demo_config.forms}
    assert all(ink_fraction(image) > 0.03 for image in ready.values())
    assert threads and all(t is threading.main_thread() for t in threads)
    assert len(drawn_on) == 3 and threading.main_thread() not in drawn_on
    # Asked again, the kept image comes at once.
    with qtbot.waitSignal(previews.preview_ready, timeout=100) as again:
        previews.request(demo_config.forms[0].id, demo_config.forms[0].file)
    assert again.args is not None and again.args[0] == demo_config.forms[0].id


def test_a_missing_form_reports_a_failure_instead_of_a_preview(
    qapp: QGuiApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    with pytest.raises(FormPreviewError):
        render_first_page(tmp_path / "gone.pdf")
    previews = FormPreviews()
    with qtbot.waitSignal(previews.preview_failed, timeout=WAIT_MS) as failed:
        previews.request("gone", tmp_path / "gone.pdf")
    assert failed.args is not None and failed.args[0] == "gone"
    assert previews.image("gone") is None
