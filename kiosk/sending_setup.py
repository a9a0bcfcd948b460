"""Building the sending side from a station config, without Qt: the back-office
client, the outbox and its sender. Shared by the composition root (kiosk.app),
`make demo` and `kiosk-admin queue`."""

from __future__ import annotations

import dataclasses

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from kiosk.config import StationConfig
from kiosk.core.ports import BackOffice
from kiosk.outbox import FileOutbox, OutboxSender, Station, load_key

SECONDS_PER_DAY = 86400.0


def service_endpoints(config: StationConfig) -> list[ServiceEndpoint]:
    return [
        ServiceEndpoint(
            service_id=s.id,
            url=str(s.endpoint),
            token_file=s.token_file,
            client_cert_file=s.client_cert_file,
            client_key_file=s.client_key_file,
            ca_bundle_file=s.ca_bundle_file,
            proxy=str(s.proxy) if s.proxy is not None else None,
            connect_timeout_s=s.connect_timeout_s,
            read_timeout_s=s.read_timeout_s,
        )
        for s in config.services
    ]


def sandbox_endpoints(config: StationConfig) -> list[ServiceEndpoint]:
    """Training mode's endpoint per service: the sandbox address, the service's TLS."""
    training = config.training
    return [
        dataclasses.replace(
            endpoint,
            url=sandbox_url,
            token_file=training.token_file or endpoint.token_file,
        )
        for endpoint in service_endpoints(config)
        if (sandbox_url := training.endpoint_for(endpoint.service_id)) is not None
    ]


def build_backoffice(config: StationConfig) -> HttpBackOffice:
    return HttpBackOffice(service_endpoints(config), sandbox_endpoints(config))


def open_outbox(config: StationConfig, recover: bool) -> FileOutbox:
    """The station's outbox. Only the station's own process recovers (see store.py).

    Raises kiosk.outbox.OutboxKeyError when the key file is missing or wrong.
    """
    station = config.station
    outbox = FileOutbox(
        config.outbox.directory,
        load_key(config.outbox.key_file),
        Station(station.id, station.site, station.reference_prefix),
        keep_sent_s=config.outbox.keep_sent_days * SECONDS_PER_DAY,
    )
    if recover:
        outbox.recover()
    return outbox


def build_sender(config: StationConfig, outbox: FileOutbox, backoffice: BackOffice) -> OutboxSender:
    return OutboxSender(
        outbox,
        backoffice,
        retry_initial_s=config.outbox.retry_initial_s,
        retry_max_s=config.outbox.retry_max_s,
    )
