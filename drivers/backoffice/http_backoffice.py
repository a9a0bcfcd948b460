"""Council back-office endpoints over HTTPS (requests): the contract in
docs/backoffice-openapi.yaml (design section 6).

One `send` is one POST of a streamed multipart body: the `metadata` part, then the
`document` part read block by block from the parcel, with a Content-Length so the
body goes out in big writes and memory does not grow with the document. TLS is
always verified (the system's CAs or the service's own bundle); there is no
switch to turn that off. Nothing comes from the environment: no proxy, CA bundle
or .netrc that could redirect a resident's documents or replace the token.
"""

from __future__ import annotations

import json
import logging
import math
import os
import secrets
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from kiosk.core.ports import HealthCheck, HealthState
from kiosk.core.sending import Parcel, ParcelKind, SendOutcome, SendResult
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    from email import utils as email_utils

    import requests
else:
    # Not before the first frame (kiosk/lazy_import.py): the first send or check.
    requests = lazy_import("requests")
    email_utils = lazy_import("email.utils")

log = logging.getLogger(__name__)

_CRLF: Final = b"\r\n"
_REASON_LIMIT: Final = 300
_DOCUMENT_NAME: Final = "document.pdf"
# 408 Request Timeout, 429 Too Many Requests and 5xx are worth another try (design §5).
_TRANSIENT_4XX: Final = frozenset({408, 429})
_BYTES_PER_MB: Final = 1024 * 1024
# The readiness check waits this long at most for the answer: it sends no document.
PROBE_READ_TIMEOUT_S: Final = 10.0


@dataclass(frozen=True)
class EndpointProbe:
    """How one endpoint answered the contract's readiness check (GET on its URL)."""

    check: HealthCheck
    server_time: datetime | None = None  # the answer's Date header, for the clock check


@dataclass(frozen=True)
class ServiceEndpoint:
    service_id: str
    url: str
    token_file: Path | None = None
    client_cert_file: Path | None = None
    client_key_file: Path | None = None
    ca_bundle_file: Path | None = None
    proxy: str | None = None
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 120.0
    # The address itself is a secret (a Teams or Slack incoming webhook): no
    # reason or log line built here may carry its path or query.
    secret_url: bool = False

    def credential_files(self) -> list[Path]:
        files = (self.token_file, self.client_cert_file, self.client_key_file, self.ca_bundle_file)
        return [f for f in files if f is not None]


class MultipartBody:
    """A multipart/form-data body that is produced while it is sent.

    requests sends an object with ``__iter__`` and ``__len__`` with a Content-Length
    and writes each block as it comes, so the blocks' size is the write size:
    the document's blocks (1 MiB from the outbox) go out whole.
    """

    def __init__(self, document: Parcel) -> None:
        self.boundary = "kiosk-" + secrets.token_hex(16)
        self._document = document
        self._head = (
            (
                f"--{self.boundary}\r\n"
                'Content-Disposition: form-data; name="metadata"\r\n'
                "Content-Type: application/json\r\n\r\n"
            ).encode()
            + document.metadata_json
            + (
                f"\r\n--{self.boundary}\r\n"
                f'Content-Disposition: form-data; name="document"; filename="{_DOCUMENT_NAME}"\r\n'
                "Content-Type: application/pdf\r\n\r\n"
            ).encode()
        )
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return len(self._head) + self._document.document_size + len(self._tail)

    def __iter__(self) -> Iterator[bytes]:
        yield self._head
        sent = 0
        for block in self._document.open_document():
            sent += len(block)
            yield block
        if sent != self._document.document_size:
            # The Content-Length is already on the wire; a short body must not pass.
            raise ValueError(
                f"document was {sent} bytes, not the {self._document.document_size} announced"
            )
        yield self._tail


class HttpBackOffice:
    """One requests session for all of a station's service endpoints.

    ``notification_endpoints`` take JSON notifications (kiosk.core.sending.Notification),
    keyed by channel (``service_id`` holds the channel): a champions' webhook, a
    service's call-back endpoint. They are not probed by the readiness check: a Teams
    or Slack webhook has no GET.
    """

    def __init__(
        self,
        endpoints: Sequence[ServiceEndpoint],
        sandbox: Sequence[ServiceEndpoint] = (),
        *,
        notification_endpoints: Sequence[ServiceEndpoint] = (),
    ) -> None:
        self.endpoints = {e.service_id: e for e in endpoints}
        # Training mode's sandbox, per service (kiosk.core.training): a training
        # parcel goes here or nowhere, never to the live endpoint.
        self.sandbox = {e.service_id: e for e in sandbox}
        self.notification_endpoints = {e.service_id: e for e in notification_endpoints}
        self._session: requests.Session | None = None
        self._session_lock = threading.Lock()

    @property
    def session(self) -> requests.Session:
        """Made on first use, so building the adapter imports no HTTP library."""
        with self._session_lock:
            if self._session is None:
                self._session = requests.Session()
                # No proxies, CA bundles or .netrc credentials from the environment.
                self._session.trust_env = False
            return self._session

    def check(self) -> HealthCheck:
        every = [*self.endpoints.values(), *self.notification_endpoints.values()]
        missing = [
            f"{e.service_id}: {f}"
            for e in every
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

    def probe(self, service_id: str) -> EndpointProbe:
        """Ask one endpoint whether this station may send to it: network, TLS, credentials.

        The contract's readiness check (docs/backoffice-openapi.yaml, GET on the
        service's URL) with the same TLS settings and token as a submission.
        """
        return self._probe(self.endpoints[service_id], f"endpoint {service_id}")

    def probe_sandbox(self, service_id: str) -> EndpointProbe:
        """The readiness check against the service's training sandbox."""
        return self._probe(self.sandbox[service_id], f"sandbox {service_id}")

    def _probe(self, endpoint: ServiceEndpoint, name: str) -> EndpointProbe:
        try:
            headers = self._headers(endpoint, None)
        except OSError as error:
            return EndpointProbe(
                HealthCheck(
                    name,
                    HealthState.FAIL,
                    f"cannot read the token file: {error.strerror or error}",
                    "install the token file named in the config (token_file)",
                )
            )
        try:
            response = self.session.get(
                endpoint.url,
                headers=headers,
                timeout=(endpoint.connect_timeout_s, PROBE_READ_TIMEOUT_S),
                verify=str(endpoint.ca_bundle_file) if endpoint.ca_bundle_file else True,
                cert=_client_cert(endpoint),
                proxies=_proxies(endpoint),
                allow_redirects=False,
            )
        except requests.RequestException as error:
            hint = (
                "check the CA bundle (ca_bundle_file), the client certificate and the clock"
                if isinstance(error, requests.exceptions.SSLError)
                else "check the network, the proxy and that the back office is up"
            )
            reason = _transport_reason(error, endpoint)
            return EndpointProbe(HealthCheck(name, HealthState.FAIL, reason, hint))
        with response:
            return EndpointProbe(_readiness_check(name, endpoint, response), _server_time(response))

    def send(self, parcel: Parcel) -> SendResult:
        """POST the parcel; every failure becomes a RETRY or REJECTED result.

        Errors raised while reading the document (a corrupt outbox entry) are not
        sending failures and propagate to the caller.
        """
        if parcel.kind is ParcelKind.NOTIFICATION:
            return self._notify(parcel)
        if parcel.training:
            endpoint = self.sandbox.get(parcel.service_id)
            if endpoint is None:
                # Parked for staff rather than sent live: a practice submission
                # must never reach a council service.
                return SendResult(
                    SendOutcome.REJECTED,
                    f"a training submission, and no sandbox endpoint for {parcel.service_id!r} "
                    "(set [training] endpoint in the config)",
                )
        else:
            endpoint = self.endpoints.get(parcel.service_id)
        if endpoint is None:
            return SendResult(
                SendOutcome.REJECTED, f"no endpoint configured for service {parcel.service_id!r}"
            )
        try:
            headers = self._headers(endpoint, parcel)
        except OSError as error:
            return SendResult(
                SendOutcome.RETRY, f"cannot read the token file: {error.strerror or error}"
            )
        body = MultipartBody(parcel)
        headers["Content-Type"] = body.content_type
        try:
            response = self.session.post(
                endpoint.url,
                data=body,
                headers=headers,
                timeout=(endpoint.connect_timeout_s, endpoint.read_timeout_s),
                verify=str(endpoint.ca_bundle_file) if endpoint.ca_bundle_file else True,
                cert=_client_cert(endpoint),
                proxies=_proxies(endpoint),
                allow_redirects=False,
            )
        except requests.RequestException as error:
            return SendResult(SendOutcome.RETRY, _transport_reason(error, endpoint))
        with response:
            return classify(response, parcel)

    def _notify(self, parcel: Parcel) -> SendResult:
        """POST a notification's JSON body to its channel's endpoint."""
        endpoint = self.notification_endpoints.get(parcel.service_id)
        if endpoint is None:
            return SendResult(
                SendOutcome.REJECTED, f"no endpoint configured for {parcel.service_id!r}"
            )
        try:
            headers = self._headers(endpoint, parcel)
        except OSError as error:
            return SendResult(
                SendOutcome.RETRY, f"cannot read the token file: {error.strerror or error}"
            )
        headers["Content-Type"] = "application/json; charset=utf-8"
        body = b"".join(parcel.open_document())  # a few hundred bytes
        try:
            response = self.session.post(
                endpoint.url,
                data=body,
                headers=headers,
                timeout=(endpoint.connect_timeout_s, endpoint.read_timeout_s),
                verify=str(endpoint.ca_bundle_file) if endpoint.ca_bundle_file else True,
                cert=_client_cert(endpoint),
                proxies=_proxies(endpoint),
                allow_redirects=False,
            )
        except requests.RequestException as error:
            return SendResult(SendOutcome.RETRY, _transport_reason(error, endpoint))
        with response:
            return classify_notification(response)

    @staticmethod
    def _headers(endpoint: ServiceEndpoint, parcel: Parcel | None) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if parcel is not None:
            headers["Idempotency-Key"] = parcel.idempotency_key
        if endpoint.token_file is not None:
            # Read at each send, so a rotated token is used without a restart.
            token = endpoint.token_file.read_text().strip()
            headers["Authorization"] = f"Bearer {token}"
        return headers


def _client_cert(endpoint: ServiceEndpoint) -> tuple[str, str] | str | None:
    if endpoint.client_cert_file is None:
        return None
    if endpoint.client_key_file is None:
        return str(endpoint.client_cert_file)
    return (str(endpoint.client_cert_file), str(endpoint.client_key_file))


def _proxies(endpoint: ServiceEndpoint) -> dict[str, str]:
    if endpoint.proxy is None:
        return {}
    return {"http": endpoint.proxy, "https": endpoint.proxy}


# --- reading the answer -------------------------------------------------------------


def _readiness_check(
    name: str, endpoint: ServiceEndpoint, response: requests.Response
) -> HealthCheck:
    status = response.status_code
    secure = endpoint.url.startswith("https:")
    how = "over TLS" if secure else "over plain http (this machine only)"
    if status == 200:
        detail = f"{endpoint.url} ready, credentials accepted {how}"
        return HealthCheck(name, HealthState.OK, detail)
    detail = f"{endpoint.url} answered {status}: {_error_detail(response)}"
    if status in (401, 403):
        return HealthCheck(
            name,
            HealthState.FAIL,
            detail,
            "the back office refused the station's credentials: install the current token "
            "or client certificate (see [[services]] in the config)",
        )
    if status in (404, 405, 501):
        return HealthCheck(
            name,
            HealthState.WARN,
            f"{endpoint.url} reached {how} but it has no readiness check ({status}); "
            "the credentials were not checked",
            "ask the back office to implement GET on the endpoint "
            "(docs/backoffice-openapi.yaml), or try `kiosk-admin queue send-test`",
        )
    if status in _TRANSIENT_4XX or 500 <= status <= 599:
        return HealthCheck(
            name, HealthState.WARN, detail, "the back office is busy or failing: try again later"
        )
    return HealthCheck(
        name, HealthState.FAIL, detail, "check the endpoint address in the config ([[services]])"
    )


def _server_time(response: requests.Response) -> datetime | None:
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        when = email_utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def classify(response: requests.Response, parcel: Parcel) -> SendResult:
    """Map an answer to the contract's meaning; anything off-contract is an error."""
    status = response.status_code
    if status in (200, 201):
        reference, why = _reference(response)
        if reference is not None:
            return SendResult(SendOutcome.DELIVERED, reference=reference, status=status)
        # The back office may have stored it: the retry, same key, gets a 200 and a reference.
        return SendResult(SendOutcome.RETRY, f"{status} answer {why}", status=status)
    detail = _error_detail(response)
    if status in _TRANSIENT_4XX or 500 <= status <= 599:
        return SendResult(
            SendOutcome.RETRY,
            f"{status} from the back office: {detail}",
            status=status,
            retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
        )
    if status == 413:
        size_mb = parcel.document_size / _BYTES_PER_MB
        reason = f"413: the document ({size_mb:.1f} MB) is larger than the service accepts"
        return SendResult(SendOutcome.REJECTED, reason, status=status)
    if status in (401, 403):
        reason = f"{status}: the back office refused the station's credentials: {detail}"
        return SendResult(SendOutcome.REJECTED, reason, status=status)
    if status == 422:
        reason = f"422: idempotency key already used with a different body: {detail}"
        return SendResult(SendOutcome.REJECTED, reason, status=status)
    if 400 <= status <= 499:
        return SendResult(SendOutcome.REJECTED, f"{status}: {detail}", status=status)
    reason = f"{status} is not in the contract (redirects are not followed): {detail}"
    return SendResult(SendOutcome.RETRY, reason, status=status)


def classify_notification(response: requests.Response) -> SendResult:
    """Any 2xx delivers a notification: Teams and Slack webhooks answer ``1`` or ``ok``
    as text, not the contract's JSON. The receipt keeps the back office's reference when
    there is one (a call-back endpoint's), else the status. Errors as for documents."""
    status = response.status_code
    if 200 <= status <= 299:
        reference, _ = _reference(response)
        return SendResult(
            SendOutcome.DELIVERED, reference=reference or f"HTTP {status}", status=status
        )
    detail = _error_detail(response)
    if status in _TRANSIENT_4XX or 500 <= status <= 599:
        return SendResult(
            SendOutcome.RETRY,
            f"{status} from the endpoint: {detail}",
            status=status,
            retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
        )
    if status in (401, 403):
        reason = f"{status}: the endpoint refused the station's credentials: {detail}"
        return SendResult(SendOutcome.REJECTED, reason, status=status)
    if 400 <= status <= 499:
        return SendResult(SendOutcome.REJECTED, f"{status}: {detail}", status=status)
    reason = f"{status} is not a success (redirects are not followed): {detail}"
    return SendResult(SendOutcome.RETRY, reason, status=status)


def _reference(response: requests.Response) -> tuple[str | None, str]:
    """The reference, or None and what was wrong with the answer."""
    try:
        payload: Any = json.loads(response.content)
    except ValueError:
        return None, f"is not JSON ({_content_type(response) or 'no content type'})"
    if not isinstance(payload, dict):
        return None, "is JSON but not an object"
    reference = payload.get("reference")
    if not isinstance(reference, str) or not reference.strip():
        return None, "has no reference"
    return reference.strip(), ""


def _error_detail(response: requests.Response) -> str:
    content_type = _content_type(response)
    if content_type == "application/json":
        try:
            payload: Any = json.loads(response.content)
        except ValueError:
            return "a JSON error body that is not valid JSON"
        if isinstance(payload, dict) and isinstance(payload.get("error"), str):
            return _short(payload["error"])
        return "a JSON error body without an error message"
    if content_type == "text/html":
        return "an HTML page, not the contract's JSON (a proxy or gateway answered?)"
    return f"a {content_type or 'body without a content type'}, not the contract's JSON"


def _content_type(response: requests.Response) -> str:
    return (response.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email_utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _transport_reason(error: requests.RequestException, endpoint: ServiceEndpoint) -> str:
    if isinstance(error, requests.exceptions.SSLError):
        why = "TLS failed (certificate not trusted, wrong host, or client certificate refused)"
    elif isinstance(error, requests.exceptions.ProxyError):
        why = "the proxy could not be used"
    elif isinstance(error, requests.exceptions.ConnectTimeout):
        why = f"no connection within {endpoint.connect_timeout_s:g} s"
    elif isinstance(error, requests.exceptions.ReadTimeout):
        why = f"no answer within {endpoint.read_timeout_s:g} s"
    elif isinstance(error, requests.exceptions.ConnectionError):
        why = "connection failed or was reset"
    else:
        why = "request failed"
    return _short(_redacted(f"{why}: {type(error).__name__}: {_root_cause(error)}", endpoint))


def _redacted(text: str, endpoint: ServiceEndpoint) -> str:
    """`text` without the endpoint's address when that address is a secret.

    urllib3's messages name the path ("Max retries exceeded with url: /hook/…"),
    so the whole address, then its path and query, are cut out.
    """
    if not endpoint.secret_url:
        return text
    parts = urlsplit(endpoint.url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    for secret in (endpoint.url, path, parts.path):
        if secret and secret != "/":
            text = text.replace(secret, "/[secret]")
    return text


def _root_cause(error: BaseException) -> str:
    seen = error
    while seen.__context__ is not None and seen.__context__ is not seen:
        seen = seen.__context__
    return str(seen) or type(seen).__name__


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _REASON_LIMIT else text[: _REASON_LIMIT - 1] + "…"
