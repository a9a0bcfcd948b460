"""Signing in: right PIN, wrong PINs up to the lockout, garbled file, all audited."""

from __future__ import annotations

from pathlib import Path

from staff_helpers import FakeWallClock

from kiosk.staff.audit import AuditLog, AuditRecord
from kiosk.staff.lockout import Lockout
from kiosk.staff.pins import CredentialStore
from kiosk.staff.signin import NO_PINS_REASON, SignInOutcome, StaffSignIn


def sign_in_for(
    tmp_path: Path, credentials: CredentialStore, audit: AuditLog, clock: FakeWallClock
) -> StaffSignIn:
    return StaffSignIn(credentials, Lockout(tmp_path / "state" / "lockout.json", clock), audit)


def events(audit: AuditLog) -> list[tuple[str, str | None, str | None]]:
    return [(r.event, r.outcome, r.champion) for r in audit.read() if isinstance(r, AuditRecord)]


def test_right_pin_signs_the_champion_in_and_is_audited(
    tmp_path: Path, credentials: CredentialStore, audit: AuditLog, wall_clock: FakeWallClock
) -> None:
    credentials.add("Asha Patel", "482913")
    result = sign_in_for(tmp_path, credentials, audit, wall_clock).sign_in("482913")
    assert result.signed_in and result.champion == "Asha Patel"
    assert events(audit) == [("staff.sign_in", "ok", "Asha Patel")]


def test_five_wrong_pins_lock_even_the_right_one_out_then_it_works(
    tmp_path: Path, credentials: CredentialStore, audit: AuditLog, wall_clock: FakeWallClock
) -> None:
    credentials.add("Asha Patel", "482913")
    staff = sign_in_for(tmp_path, credentials, audit, wall_clock)
    outcomes = [staff.sign_in(pin).outcome for pin in ("123456", "12", "654321", "999", "135790")]
    assert outcomes == [SignInOutcome.WRONG_PIN] * 4 + [SignInOutcome.LOCKED]
    locked = staff.sign_in("482913")
    assert locked.outcome is SignInOutcome.LOCKED and locked.locked_for_s == 30
    # The station restarts during the lock: still locked.
    restarted = sign_in_for(tmp_path, credentials, audit, wall_clock)
    wall_clock.advance(15)
    assert restarted.sign_in("482913").locked_for_s == 15
    wall_clock.advance(15)
    assert restarted.sign_in("482913").signed_in
    assert restarted.lockout.failures == 0
    log = events(audit)
    assert log.count(("staff.sign_in", "wrong_pin", None)) == 5
    assert log.count(("staff.sign_in", "locked", None)) == 2
    assert log[-1] == ("staff.sign_in", "ok", "Asha Patel")


def test_the_typed_pin_never_reaches_the_audit_log(
    tmp_path: Path, credentials: CredentialStore, audit: AuditLog, wall_clock: FakeWallClock
) -> None:
    credentials.add("Asha Patel", "482913")
    staff = sign_in_for(tmp_path, credentials, audit, wall_clock)
    staff.sign_in("918273")
    staff.sign_in("482913")
    text = "".join(p.read_text() for p in audit.directory.iterdir())
    assert "918273" not in text and "482913" not in text


def test_a_garbled_credential_file_makes_sign_in_unavailable(
    tmp_path: Path, credentials: CredentialStore, audit: AuditLog, wall_clock: FakeWallClock
) -> None:
    credentials.add("Asha Patel", "482913")
    with credentials.path.open("a") as file:
        file.write("Tom:garbage\n")
    staff = sign_in_for(tmp_path, credentials, audit, wall_clock)
    reason = staff.unavailable_reason()
    assert reason is not None and f"{credentials.path}:4" in reason
    result = staff.sign_in("482913")
    assert result.outcome is SignInOutcome.UNAVAILABLE
    assert staff.lockout.failures == 0  # not the champion's fault
    assert events(audit) == [("staff.sign_in", "unavailable", None)]


def test_no_pins_at_all_is_unavailable_with_the_fix(
    tmp_path: Path, credentials: CredentialStore, audit: AuditLog, wall_clock: FakeWallClock
) -> None:
    assert sign_in_for(tmp_path, credentials, audit, wall_clock).unavailable_reason() == (
        NO_PINS_REASON
    )
