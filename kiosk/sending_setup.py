"""Building the sending side from a station config, without Qt: the back-office
client, the outbox and its sender. Shared by the composition root (kiosk.app),
`make demo` and `kiosk-admin queue`."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from kiosk.config import StationConfig
from kiosk.config.schema import WebhookAddressError
from kiosk.core.help import HelpDesk, HelpForwarder
from kiosk.core.ports import BackOffice
from kiosk.core.sending import HELP_CHANNEL, callback_channel
from kiosk.outbox import FileOutbox, OutboxSender, Station, load_key

SECONDS_PER_DAY = 86400.0

log = logging.getLogger(__name__)


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


def notification_endpoints(config: StationConfig) -> list[ServiceEndpoint]:
    """Where JSON notifications go: the champions' webhook and each service's call-backs.

    A service's own callback_endpoint uses that service's credentials and TLS
    settings; the shared [help] callback_endpoint uses [help] callback_token_file.
    """
    help_config = config.help
    found = []
    webhook = webhook_endpoint(config)
    if webhook is not None:
        found.append(webhook)
    for s in config.services:
        if s.callback_endpoint is not None:
            found.append(
                ServiceEndpoint(
                    service_id=callback_channel(s.id),
                    url=str(s.callback_endpoint),
                    token_file=s.token_file,
                    client_cert_file=s.client_cert_file,
                    client_key_file=s.client_key_file,
                    ca_bundle_file=s.ca_bundle_file,
                    proxy=str(s.proxy) if s.proxy is not None else None,
                    connect_timeout_s=s.connect_timeout_s,
                    read_timeout_s=help_config.read_timeout_s,
                )
            )
        elif help_config.callback_endpoint is not None:
            found.append(
                ServiceEndpoint(
                    service_id=callback_channel(s.id),
                    url=str(help_config.callback_endpoint),
                    token_file=help_config.callback_token_file,
                    connect_timeout_s=help_config.connect_timeout_s,
                    read_timeout_s=help_config.read_timeout_s,
                )
            )
    return found


def webhook_endpoint(config: StationConfig) -> ServiceEndpoint | None:
    """The champions' webhook, or None without one or when its address file is unusable.

    An address from webhook_url_file is a secret: the endpoint is marked so that
    no error message carries it. Without a usable address, help requests still
    reach staff mode and wait in the outbox (parked, with the reason) until IT
    fixes the file.
    """
    help_config = config.help
    try:
        address = help_config.webhook_address()
    except WebhookAddressError as error:
        log.error("help webhook not used: %s", error)
        return None
    if address is None:
        return None
    return ServiceEndpoint(
        service_id=HELP_CHANNEL,
        url=address,
        token_file=help_config.webhook_token_file,
        connect_timeout_s=help_config.connect_timeout_s,
        read_timeout_s=help_config.read_timeout_s,
        secret_url=help_config.webhook_url_file is not None,
    )


def build_backoffice(config: StationConfig) -> HttpBackOffice:
    return HttpBackOffice(
        service_endpoints(config),
        sandbox_endpoints(config),
        notification_endpoints=notification_endpoints(config),
    )


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


def forward_help_requests(
    config: StationConfig,
    outbox: FileOutbox,
    desk: HelpDesk,
    training: Callable[[], bool] = lambda: False,
) -> ThreadPoolExecutor | None:
    """With a [help] webhook, every help request also goes to it through the outbox.

    Returns the executor that writes the entries (shut it down before closing the
    outbox), or None when the station has no webhook.
    """
    if not config.help.has_webhook:
        return None
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="help-webhook")
    HelpForwarder(outbox, config.station.name, executor.submit, training).attach(desk)
    return executor
