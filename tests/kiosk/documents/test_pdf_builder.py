"""The submission PDF: opens in pypdf and poppler, A4 stays A4, images untouched."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from kiosk.core.scanning import ColourMode
from kiosk.documents.encoding import OutputProfile, encode
from kiosk.documents.pages import PageStore, StoredPage, make_thumbnail
from kiosk.documents.pdf_builder import DocumentInfo, EmptyDocumentError, build_pdf
from kiosk.testbed.sample_pages import cached_page

INFO = DocumentInfo(
    title="Housing Benefit evidence",
    service_id="housing-benefit",
    station_id="demo-01",
    kiosk_reference="DEM-7K3M-9QX2",
    created=datetime(2026, 11, 23, 10, 30, tzinfo=UTC),
)


def stored(store: PageStore, mode: ColourMode, count: int = 1) -> list[StoredPage]:
    image = cached_page("letter", 300)
    profile = OutputProfile(mode, 200 if mode is not ColourMode.BW else 300, 60)
    for _ in range(count):
        store.add(encode(image, 300, profile), make_thumbnail(image))
    return store.pages


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    return path


def test_colour_pages_go_in_as_the_jpeg_that_was_stored(store: PageStore) -> None:
    pages = stored(store, ColourMode.COLOUR, 2)
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(pages, INFO)))

    assert len(reader.pages) == 2
    image = reader.pages[0]["/Resources"]["/XObject"]
    xobject = next(iter(image.values())).get_object()
    assert xobject["/Filter"] == "/DCTDecode"
    assert xobject.get_data() == pages[0].path.read_bytes()  # not decoded, not re-encoded


def test_black_and_white_pages_are_ccitt_g4(store: PageStore) -> None:
    pages = stored(store, ColourMode.BW)
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(pages, INFO)))
    xobject = next(iter(reader.pages[0]["/Resources"]["/XObject"].values())).get_object()
    assert "/CCITTFaxDecode" in str(xobject["/Filter"])


@pytest.mark.parametrize("mode", list(ColourMode))
def test_a4_scans_make_a4_pages_that_poppler_reads(
    store: PageStore, tmp_path: Path, mode: ColourMode
) -> None:
    path = write(tmp_path, build_pdf(stored(store, mode), INFO))

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
    assert "(A4)" in info.stdout
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_rotation_is_a_page_attribute(store: PageStore) -> None:
    pages = stored(store, ColourMode.COLOUR, 2)
    store.rotate(pages[1].id, 90)
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(store.pages, INFO)))
    assert [p.rotation for p in reader.pages] == [0, 90]


def test_document_information_has_the_reference_but_no_personal_data(
    store: PageStore,
) -> None:
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(stored(store, ColourMode.GREY), INFO)))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Housing Benefit evidence"
    assert "DEM-7K3M-9QX2" in str(meta.get("/Keywords"))
    assert "demo-01" in str(meta.get("/Creator"))
    assert str(meta.get("/CreationDate")).startswith("D:20261123103000")
    assert set(meta) <= {
        "/Title",
        "/Subject",
        "/Creator",
        "/Producer",
        "/Keywords",
        "/CreationDate",
        "/ModDate",
    }


def test_no_pages_is_a_clear_error() -> None:
    with pytest.raises(EmptyDocumentError):
        build_pdf([], INFO)
