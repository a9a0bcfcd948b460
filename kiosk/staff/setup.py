"""The staff records of one station, made from its config (no I/O until used)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kiosk.config import StationConfig
from kiosk.staff.audit import AuditLog
from kiosk.staff.lockout import Lockout
from kiosk.staff.out_of_service import OutOfServiceStore
from kiosk.staff.pins import CredentialStore
from kiosk.staff.signin import StaffSignIn

LOCKOUT_FILE: Final = "pin-lockout.json"


@dataclass(frozen=True)
class StaffRecords:
    credentials: CredentialStore
    audit: AuditLog
    sign_in: StaffSignIn
    out_of_service: OutOfServiceStore


def credential_store(config: StationConfig) -> CredentialStore:
    return CredentialStore(config.staff.credentials_file)


def audit_log(config: StationConfig) -> AuditLog:
    return AuditLog(config.staff.audit_dir, config.station.id, config.staff.audit_keep_days)


def open_staff_records(config: StationConfig) -> StaffRecords:
    """For the station: reads the lockout and out-of-service files, prunes the audit log."""
    credentials = credential_store(config)
    audit = audit_log(config)
    audit.prune()
    lockout = Lockout(config.staff.state_dir / LOCKOUT_FILE)
    return StaffRecords(
        credentials,
        audit,
        StaffSignIn(credentials, lockout, audit),
        OutOfServiceStore(config.staff.state_dir),
    )
