"""The staff service on the real parts: libsane's test scanner, the private cupsd
with ippeveprinter, the real outbox and the reference receiver."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from staff_helpers import FakeWallClock

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from drivers.backoffice.probe import endpoint_checks
from drivers.printer import CupsPrinter
from drivers.printer.cups_printer import connect
from drivers.scanner import SaneScanner
from kiosk.core.help import HelpDesk
from kiosk.core.journey import Journey, State
from kiosk.core.ports import HealthState
from kiosk.core.printing import PrintOptions
from kiosk.core.sending import EntryState, Submission
from kiosk.documents.pages import PageStore
from kiosk.outbox import FileOutbox, OutboxSender, Station
from kiosk.printing.test_page import test_page_pdf as make_test_page
from kiosk.staff.audit import AuditLog, AuditRecord
from kiosk.staff.last_error import LastErrorHandler
from kiosk.staff.lockout import Lockout
from kiosk.staff.out_of_service import OutOfServiceStore
from kiosk.staff.pins import CredentialStore
from kiosk.staff.service import NotSignedInError, StaffService, StationParts
from kiosk.staff.setup import StaffRecords
from kiosk.staff.signin import StaffSignIn
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.receiver import Receiver

PIN = "482913"


class FakeClock:
    def __init__(self) -> None:
        self.now_s = 0.0

    def monotonic_s(self) -> float:
        return self.now_s


class Service:
    id = "parking"
    fields = ()


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[FileOutbox]:
    box = FileOutbox(tmp_path / "outbox", os.urandom(32), Station("test-01", "woolwich", "TST"))
    yield box
    box.close()


@pytest.fixture
def staff(
    tmp_path: Path,
    credentials: CredentialStore,
    audit: AuditLog,
    wall_clock: FakeWallClock,
    sane_config_dir: Path,
    cups_server: PrivateCups,
    outbox: FileOutbox,
    backoffice_receiver: Receiver,
) -> StaffService:
    credentials.add("Asha Patel", PIN)
    records = StaffRecords(
        credentials,
        audit,
        StaffSignIn(credentials, Lockout(tmp_path / "lockout.json", wall_clock), audit),
        OutOfServiceStore(tmp_path / "state"),
    )
    token = tmp_path / "token"
    token.write_text("test-token")
    office = HttpBackOffice(
        [ServiceEndpoint("parking", backoffice_receiver.service_url("parking"), token)]
    )
    printer = CupsPrinter(cups_server.queue, cups_server.server)
    pages = tmp_path / "pages"
    journey = Journey([Service()], 90, FakeClock(), lambda: PageStore(pages))
    return StaffService(
        records=records,
        journey=journey,
        help_desk=HelpDesk(),
        parts=StationParts(
            scanner=SaneScanner("test:*", sane_config_dir),
            printer=printer,
            print_queue=printer,
            outbox=outbox,
            backoffice=office,
            endpoint_checks=lambda: endpoint_checks(office),
            disk_path=outbox.directory,
            pages_root=pages,
            test_page=lambda status: make_test_page("test-01", "Test", datetime.now(), status),
        ),
        clock=FakeClock(),
        last_error=LastErrorHandler(),
        test_print_wait_s=30,
    )


def actions(audit: AuditLog) -> list[tuple[str | None, str | None]]:
    return [
        (str(r.detail.get("action")), r.outcome)
        for r in audit.read()
        if isinstance(r, AuditRecord) and r.event == "staff.action"
    ]


def test_nothing_happens_before_sign_in(staff: StaffService) -> None:
    with pytest.raises(NotSignedInError):
        staff.test_scan()
    assert not staff.sign_in("111222").signed_in
    assert staff.champion is None


def test_health_shows_every_part_from_the_real_devices(staff: StaffService) -> None:
    assert staff.sign_in(PIN).signed_in
    checks = {c.name: c for c in staff.health()}
    assert list(checks) == [
        "station",
        "scanner",
        "printer",
        "outbox",
        "back office",
        "endpoint parking",
        "disk",
        "audit log",
        "last error",
    ]
    assert checks["scanner"].state is HealthState.OK
    assert checks["printer"].state is HealthState.OK, checks["printer"].line()
    assert "%" in checks["printer"].detail  # toner level from ippeveprinter
    assert checks["outbox"].detail == "0 waiting, oldest -, 0 parked"
    assert checks["endpoint parking"].state is HealthState.OK
    assert "free at" in checks["disk"].detail


def test_last_error_is_shown(staff: StaffService) -> None:
    assert staff.last_error is not None
    staff.last_error.install()
    try:
        logging.getLogger("kiosk.outbox").error("send failed", extra={"fields": {"reason": "x"}})
    finally:
        staff.last_error.uninstall()
    staff.sign_in(PIN)
    line = staff.health()[-1]
    assert line.state is HealthState.WARN and "kiosk.outbox: send failed: x" in line.detail


def test_end_session_wipes_the_residents_session(staff: StaffService) -> None:
    staff.sign_in(PIN)
    assert staff.end_session().message == "No session was running."
    staff.journey.start()
    session = staff.journey.session
    assert session is not None
    folder = session.pages.folder  # type: ignore[attr-defined]
    assert staff.end_session().ok
    assert staff.journey.state is State.ATTRACT and staff.journey.session is None
    assert not folder.exists()


def test_reset_wipes_leftover_session_folders_and_reconnects(
    staff: StaffService, tmp_path: Path
) -> None:
    staff.sign_in(PIN)
    leftover = tmp_path / "pages" / "kiosk-session-left"
    leftover.mkdir(parents=True)
    (leftover / "page.jpg").write_bytes(b"x")
    staff.journey.start()
    assert staff.reset_station().ok
    assert staff.journey.state is State.ATTRACT
    assert not leftover.exists()
    reconnected = staff.reconnect_devices()
    assert reconnected.ok, reconnected.message
    assert "scanner: OK" in reconnected.message and "printer: OK" in reconnected.message


def test_out_of_service_and_back_are_kept_and_audited(
    staff: StaffService, tmp_path: Path, audit: AuditLog
) -> None:
    staff.sign_in(PIN)
    assert staff.put_out_of_service("Printer being repaired").ok
    assert OutOfServiceStore(tmp_path / "state").current() is not None  # after a restart
    assert staff.back_in_service().ok
    assert OutOfServiceStore(tmp_path / "state").current() is None
    events = [(r.event, r.champion) for r in audit.read() if isinstance(r, AuditRecord)]
    assert ("station.out_of_service", "Asha Patel") in events
    assert ("station.in_service", "Asha Patel") in events


def test_test_scan_on_the_real_scanner(staff: StaffService) -> None:
    staff.sign_in(PIN)
    result = staff.test_scan()
    assert result.ok, result.message
    assert result.message.startswith("Scanned 1 page")


def test_test_print_on_the_real_printer(staff: StaffService, cups_server: PrivateCups) -> None:
    staff.sign_in(PIN)
    before = len(cups_server.printed_files())
    result = staff.test_print()
    assert result.ok, result.message
    assert len(cups_server.printed_files()) == before + 1


def test_cancel_stuck_jobs_cancels_what_waits_on_the_queue(
    staff: StaffService, cups_server: PrivateCups, tmp_path: Path, audit: AuditLog
) -> None:
    staff.sign_in(PIN)
    connection = connect(cups_server.server)
    connection.disablePrinter(cups_server.queue, reason="stuck for the test")
    try:
        page = tmp_path / "page.pdf"
        page.write_bytes(make_test_page("t", "t", datetime.now(), staff.parts.printer.status()))  # type: ignore[union-attr]
        job_id = staff.parts.printer.submit(page, "stuck", PrintOptions())  # type: ignore[union-attr]
        result = staff.cancel_stuck_jobs()
        assert result.ok and result.message == "Cancelled 1 print job(s).", result.message
        assert job_id not in staff.parts.print_queue.pending_jobs()  # type: ignore[union-attr]
    finally:
        connection.enablePrinter(cups_server.queue)
    assert staff.cancel_stuck_jobs().message == "No print jobs were waiting."
    assert actions(audit)[-2:] == [("cancel_print_jobs", "ok")] * 2


def test_retry_parked_sends_them_to_the_receiver(
    staff: StaffService, outbox: FileOutbox, backoffice_receiver: Receiver, tmp_path: Path
) -> None:
    staff.sign_in(PIN)
    queued = outbox.enqueue(Submission("parking", "en", {"pcn": "GR12345678"}, 1, b"%PDF-1.7\n"))
    outbox.record_parked(queued.kiosk_reference, "422 refused", 422)
    health = {c.name: c for c in staff.health()}
    assert health["outbox"].state is HealthState.WARN and "1 parked" in health["outbox"].detail
    assert staff.retry_parked().message == "1 parked submission(s) will be sent again."
    token = tmp_path / "token"
    sender = OutboxSender(
        outbox,
        HttpBackOffice(
            [ServiceEndpoint("parking", backoffice_receiver.service_url("parking"), token)]
        ),
        retry_initial_s=0.05,
        retry_max_s=0.2,
    ).start()
    try:
        deadline = time.monotonic() + 10
        while outbox.entry(queued.kiosk_reference).state is not EntryState.SENT:
            assert time.monotonic() < deadline, "not delivered after the retry"
            time.sleep(0.05)
    finally:
        sender.stop()
    assert staff.retry_parked().message == "Nothing was parked."


def test_help_requests_are_answered_and_audited(staff: StaffService, audit: AuditLog) -> None:
    staff.sign_in(PIN)
    request = staff.help_desk.raise_request("capture")
    assert [r.screen for r in staff.help_requests()] == ["capture"]
    assert staff.answer_help(request.id).ok
    assert staff.help_requests() == []
    assert not staff.answer_help(999).ok
    assert ("answer_help", "ok") in actions(audit)


def test_staff_mode_ends_after_two_minutes_idle(staff: StaffService, audit: AuditLog) -> None:
    staff.sign_in(PIN)
    clock = staff.clock
    assert isinstance(clock, FakeClock)
    clock.now_s += 119
    assert not staff.idle_expired()
    staff.touched()
    clock.now_s += 120
    assert staff.idle_expired()
    staff.sign_out("idle")
    assert staff.champion is None
    last = [r for r in audit.read() if isinstance(r, AuditRecord)][-1]
    assert (last.event, last.outcome, last.champion) == ("staff.sign_out", "idle", "Asha Patel")


def test_no_resident_data_in_the_audit_log(
    staff: StaffService, outbox: FileOutbox, audit: AuditLog
) -> None:
    staff.sign_in(PIN)
    queued = outbox.enqueue(Submission("parking", "en", {"pcn": "GR99887766"}, 1, b"%PDF-1.7\n"))
    outbox.record_parked(queued.kiosk_reference, "422 refused", 422)
    staff.retry_parked()
    text = "".join(p.read_text() for p in audit.directory.iterdir())
    assert "GR99887766" not in text and PIN not in text


def test_training_is_switched_on_and_off_ending_the_session_each_time(
    staff: StaffService, audit: AuditLog
) -> None:
    from kiosk.core.training import TrainingMode

    heard: list[bool] = []
    staff.training = TrainingMode(available=True)
    staff.training.subscribe(heard.append)
    with pytest.raises(NotSignedInError):
        staff.start_training()
    staff.sign_in(PIN)
    staff.journey.start()  # a resident mid-journey: their documents must not go to the sandbox
    result = staff.start_training()
    assert result.ok and "sandbox" in result.message
    assert staff.journey.state is State.ATTRACT and staff.journey.session is None
    assert staff.training_active() and heard == [True]
    training_line = next(c for c in staff.health() if c.name == "training")
    assert training_line.state is HealthState.WARN

    staff.journey.start()  # a trainee's practice must not go to a live service
    assert staff.stop_training().ok
    assert staff.journey.state is State.ATTRACT
    assert not staff.training_active() and heard == [True, False]
    assert "training" not in [c.name for c in staff.health()]
    assert staff.stop_training().message == "Training mode was not on."
    assert actions(audit)[-3:] == [
        ("training_on", "ok"),
        ("training_off", "ok"),
        ("training_off", "ok"),
    ]
    ended = [
        r.detail.get("ended_session")
        for r in audit.read()
        if isinstance(r, AuditRecord) and str(r.detail.get("action", "")).startswith("training")
    ]
    assert ended == [True, True, False]


def test_training_without_a_sandbox_is_refused_with_what_to_do(
    staff: StaffService, audit: AuditLog
) -> None:
    from kiosk.core.training import TrainingMode

    staff.sign_in(PIN)
    for training in (None, TrainingMode(available=False)):
        staff.training = training
        assert not staff.training_available()
        staff.journey.start()
        result = staff.start_training()
        assert not result.ok and "[training] endpoint" in result.message
        assert not staff.training_active()
        assert staff.journey.state is not State.ATTRACT  # the resident's session goes on
        staff.journey.start_again()
    assert actions(audit)[-2:] == [("training_on", "failed"), ("training_on", "failed")]
