"""Council back-office endpoints over HTTPS (requests)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import requests

from kiosk.core.ports import HealthCheck, HealthState


@dataclass(frozen=True)
class ServiceEndpoint:
    service_id: str
    url: str
    token_file: Path | None = None
    client_cert_file: Path | None = None
    client_key_file: Path | None = None
    ca_bundle_file: Path | None = None

    def credential_files(self) -> list[Path]:
        files = (self.token_file, self.client_cert_file, self.client_key_file, self.ca_bundle_file)
        return [f for f in files if f is not None]


class HttpBackOffice:
    """One requests session for all of a station's service endpoints."""

    def __init__(self, endpoints: Sequence[ServiceEndpoint]) -> None:
        self.endpoints = {e.service_id: e for e in endpoints}
        self.session = requests.Session()

    def check(self) -> HealthCheck:
        missing = [
            f"{e.service_id}: {f}"
            for e in self.endpoints.values()
            for f in e.credential_files()
            if not os.access(f, os.R_OK)
        ]
        if missing:
            return HealthCheck(
                "back office",
                HealthState.FAIL,
                "credential files not readable: " + "; ".join(missing),
                "install the credential files named in the config (see [[services]])",
            )
        return HealthCheck(
            "back office", HealthState.OK, f"{len(self.endpoints)} service endpoints configured"
        )
