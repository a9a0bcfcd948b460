"""Signing a champion in with a PIN: credentials, lockout and audit together."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from kiosk.staff.audit import AuditLog
from kiosk.staff.lockout import Lockout
from kiosk.staff.pins import CredentialFileError, CredentialStore, PinRuleError, check_pin

log = logging.getLogger(__name__)

NO_PINS_REASON = "no staff PINs are set up on this station (kiosk-admin staff add)"


class SignInOutcome(enum.Enum):
    SIGNED_IN = "ok"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"  # too many wrong PINs: try again after locked_for_s
    UNAVAILABLE = "unavailable"  # the credential file cannot be used


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    champion: str | None = None
    locked_for_s: float = 0.0
    reason: str = ""  # for UNAVAILABLE: what is wrong, for staff and IT

    @property
    def signed_in(self) -> bool:
        return self.outcome is SignInOutcome.SIGNED_IN


class StaffSignIn:
    def __init__(self, credentials: CredentialStore, lockout: Lockout, audit: AuditLog) -> None:
        self.credentials = credentials
        self.lockout = lockout
        self.audit = audit

    def unavailable_reason(self) -> str | None:
        """Why nobody can sign in now (garbled or missing PINs), else None."""
        try:
            champions = self.credentials.champions()
        except CredentialFileError as error:
            return str(error)
        return None if champions else NO_PINS_REASON

    def sign_in(self, pin: str) -> SignInResult:
        """Check a PIN typed on the pad. Slow (argon2id): call it off the GUI thread."""
        locked_for = self.lockout.seconds_left()
        if locked_for > 0:
            self.audit.record("staff.sign_in", outcome="locked", locked_for_s=round(locked_for))
            return SignInResult(SignInOutcome.LOCKED, locked_for_s=locked_for)
        try:
            champion = self.credentials.champion_for(check_pin(pin))
        except PinRuleError:
            champion = None  # cannot be anybody's PIN
        except CredentialFileError as error:
            log.error("staff sign-in unavailable", extra={"fields": {"reason": str(error)}})
            self.audit.record("staff.sign_in", outcome="unavailable", reason=error.reason)
            return SignInResult(SignInOutcome.UNAVAILABLE, reason=str(error))
        if champion is None:
            lock_s = self.lockout.record_failure()
            self.audit.record(
                "staff.sign_in",
                outcome="wrong_pin",
                failures=self.lockout.failures,
                locked_for_s=round(lock_s),
            )
            if lock_s > 0:
                return SignInResult(SignInOutcome.LOCKED, locked_for_s=lock_s)
            return SignInResult(SignInOutcome.WRONG_PIN)
        self.lockout.record_success()
        self.audit.record("staff.sign_in", champion=champion.name, outcome="ok")
        return SignInResult(SignInOutcome.SIGNED_IN, champion=champion.name)
