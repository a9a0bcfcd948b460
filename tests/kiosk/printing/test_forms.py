"""The forms catalogue: page counts from the PDFs, the health check, printing copies."""

from __future__ import annotations

import time
from pathlib import Path

import pypdf
import pytest

from drivers.printer import CupsPrinter
from kiosk.config import FormConfig, StationConfig
from kiosk.core.ports import HealthState
from kiosk.core.printing import JobPhase, JobWaiter, TooManyCopiesError
from kiosk.printing.forms import FormCatalogue, print_form
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.printed_jobs import printed_jobs, wait_for_printed_job

JOB_TIMEOUT_S = 20.0


def entry(form_id: str, file: Path, language: str = "en") -> FormConfig:
    return FormConfig(
        id=form_id, title="A form", description="For testing", language=language, file=file
    )


def test_the_demo_catalogue_reads_each_page_count_from_its_pdf(
    demo_config: StationConfig,
) -> None:
    catalogue = FormCatalogue.load(demo_config.forms)

    assert [(f.id, f.pages) for f in catalogue.forms] == [
        ("change-of-address", 2),
        ("change-of-address-pl", 2),
        ("assisted-bin-collection", 1),
    ]
    assert catalogue.problems == ()
    check = catalogue.check()
    assert (check.state, check.detail) == (HealthState.OK, "3 form(s) ready")


def test_forms_in_the_residents_language_come_first_then_english(
    demo_config: StationConfig,
) -> None:
    catalogue = FormCatalogue.load(demo_config.forms)
    assert [f.id for f in catalogue.for_language("pl")] == [
        "change-of-address-pl",
        "change-of-address",
        "assisted-bin-collection",
    ]
    assert [f.language for f in catalogue.for_language("en")] == ["en", "en", "pl"]
    # No form in Arabic: the English ones before the Polish one.
    assert [f.id for f in catalogue.for_language("ar")] == [
        "change-of-address",
        "assisted-bin-collection",
        "change-of-address-pl",
    ]


def test_missing_and_unreadable_forms_are_left_out_and_named_by_the_health_check(
    demo_config: StationConfig, tmp_path: Path
) -> None:
    not_pdf = tmp_path / "letter.pdf"
    not_pdf.write_text("Dear resident")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    good = demo_config.forms[2]

    catalogue = FormCatalogue.load(
        [
            good,
            entry("gone", tmp_path / "gone.pdf"),
            entry("letter", not_pdf),
            entry("damaged", damaged),
        ]
    )

    assert [f.id for f in catalogue.forms] == [good.id]
    reasons = {p.id: p.reason for p in catalogue.problems}
    assert reasons["gone"] == "the file is missing"
    assert reasons["letter"] == "the file is not a PDF"
    assert reasons["damaged"].startswith("the PDF is damaged")
    check = catalogue.check()
    assert check.state is HealthState.WARN
    assert "1 form(s) ready, 3 cannot be offered" in check.detail
    assert f"gone ({tmp_path / 'gone.pdf'}): the file is missing" in check.detail
    assert check.hint


def test_a_station_without_forms_is_healthy() -> None:
    check = FormCatalogue.load([]).check()
    assert (check.state, check.detail) == (HealthState.OK, "no forms configured")


def test_a_form_prints_with_the_copies_chosen(
    demo_config: StationConfig, cups_server: PrivateCups, tmp_path: Path
) -> None:
    form = FormCatalogue.load(demo_config.forms).form("change-of-address")
    printer = CupsPrinter(cups_server.queue, cups_server.server)
    before = len(cups_server.printed_files())
    jobs_before = len(printed_jobs(cups_server))

    job_id = print_form(printer, form, copies=2, max_copies=demo_config.printer.max_copies)
    status = JobWaiter(printer.job_status, poll_s=0.05).wait(job_id, JOB_TIMEOUT_S)

    assert status.phase is JobPhase.COMPLETED, status
    deadline = time.monotonic() + JOB_TIMEOUT_S
    while len(cups_server.printed_files()) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    printed = cups_server.printed_files()[before:]
    assert len(printed) == 1
    reader = pypdf.PdfReader(printed[0])
    assert len(reader.pages) == form.pages == 2
    assert "tell us you have moved" in reader.pages[0].extract_text().replace("\t", " ")
    last = wait_for_printed_job(cups_server, jobs_before, JOB_TIMEOUT_S)
    assert (last.name, last.copies) == ("form change-of-address", 2)


@pytest.mark.parametrize("copies", [0, 6])
def test_copies_outside_the_station_limit_are_refused_before_printing(
    demo_config: StationConfig, cups_server: PrivateCups, copies: int
) -> None:
    form = FormCatalogue.load(demo_config.forms).form("assisted-bin-collection")
    printer = CupsPrinter(cups_server.queue, cups_server.server)
    before = len(cups_server.printed_files())

    with pytest.raises(TooManyCopiesError) as caught:
        print_form(printer, form, copies=copies, max_copies=5)

    assert caught.value.limit == 5 and caught.value.message_key == "print.too_many_copies"
    assert "at most 5" in str(caught.value)
    assert len(cups_server.printed_files()) == before


def test_a_station_may_allow_fewer_copies(demo_config: StationConfig) -> None:
    form = FormCatalogue.load(demo_config.forms).form("assisted-bin-collection")
    with pytest.raises(TooManyCopiesError, match="at most 2"):
        print_form(CupsPrinter("unused"), form, copies=3, max_copies=2)
