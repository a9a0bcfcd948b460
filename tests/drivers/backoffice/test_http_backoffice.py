from __future__ import annotations

from pathlib import Path

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from kiosk.core.ports import BackOffice, HealthState


def test_endpoints_with_readable_credentials_are_ok(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("secret")
    office = HttpBackOffice([ServiceEndpoint("parking", "https://bo.example/p", token)])
    assert isinstance(office, BackOffice)
    assert office.check().state is HealthState.OK


def test_missing_token_file_is_named_but_never_read_out(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    office = HttpBackOffice([ServiceEndpoint("parking", "https://bo.example/p", missing)])

    check = office.check()

    assert check.state is HealthState.FAIL
    assert "parking" in check.detail and str(missing) in check.detail
