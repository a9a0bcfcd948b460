"""HttpBackOffice against the reference receiver over real HTTP and HTTPS on 127.0.0.1:
every answer in the contract, the faults, timeouts, TLS and a proxy."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import requests

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from drivers.backoffice.http_backoffice import _transport_reason, parse_retry_after
from drivers.backoffice.probe import endpoint_checks
from kiosk.core.ports import BackOffice, HealthState
from kiosk.core.sending import HELP_CHANNEL, Parcel, ParcelKind, SendOutcome
from kiosk.testbed import processes
from kiosk.testbed.receiver import Receiver
from kiosk.testbed.tls_testbed import PkiFiles, make_test_pki, server_context

SERVICE = "housing-benefit"
TOKEN = "test-token"
BLOCK = 1024 * 1024


def make_parcel(
    document: bytes = b"%PDF-1.7\n" + bytes(range(256)) * 40,
    key: str = "key-1",
    reference: str = "DEM-2346-789A",
    fields: dict[str, str] | None = None,
) -> Parcel:
    metadata = {
        "kiosk_reference": reference,
        "service_id": SERVICE,
        "station_id": "demo-01",
        "site": "woolwich",
        "language": "en",
        "fields": fields or {"claim_number": "12345678"},
        "page_count": 1,
        "document_sha256": hashlib.sha256(document).hexdigest(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }

    def blocks() -> Iterator[bytes]:
        for start in range(0, len(document), BLOCK):
            yield document[start : start + BLOCK]

    return Parcel(SERVICE, reference, key, json.dumps(metadata).encode(), len(document), blocks)


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "token"
    path.write_text(TOKEN + "\n")
    return path


def office_for(url: str, token_file: Path | None, **options: object) -> HttpBackOffice:
    endpoint = ServiceEndpoint(SERVICE, url, token_file, **options)  # type: ignore[arg-type]
    return HttpBackOffice([endpoint])


@pytest.fixture
def office(backoffice_receiver: Receiver, token_file: Path) -> HttpBackOffice:
    return office_for(backoffice_receiver.service_url(SERVICE), token_file, read_timeout_s=5)


# --- health -----------------------------------------------------------------------------


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


# --- the contract's answers --------------------------------------------------------------


def test_new_submission_is_delivered_with_the_back_offices_reference(
    office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    parcel = make_parcel()

    result = office.send(parcel)

    assert result.outcome is SendOutcome.DELIVERED and result.status == 201
    [stored] = backoffice_receiver.received()
    assert result.reference == stored.reference
    assert stored.idempotency_key == "key-1"
    assert stored.document_path.read_bytes() == b"".join(parcel.open_document())
    assert stored.metadata["fields"] == {"claim_number": "12345678"}


def test_sending_again_with_the_same_key_gets_the_same_reference_and_stores_once(
    office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    parcel = make_parcel()
    first = office.send(parcel)
    again = office.send(parcel)

    assert again.outcome is SendOutcome.DELIVERED and again.status == 200
    assert again.reference == first.reference
    assert len(backoffice_receiver.received()) == 1


def test_same_key_with_a_different_body_is_parked_with_the_reason(
    office: HttpBackOffice,
) -> None:
    office.send(make_parcel())
    result = office.send(make_parcel(fields={"claim_number": "87654321"}))

    assert result.outcome is SendOutcome.REJECTED and result.status == 422
    assert "idempotency key" in result.reason
    assert "87654321" not in result.reason


def test_too_large_is_parked_with_the_documents_size(tmp_path: Path, token_file: Path) -> None:
    with Receiver(tmp_path / "small", token=TOKEN, max_body_bytes=100_000) as receiver:
        office = office_for(receiver.service_url(SERVICE), token_file)
        result = office.send(make_parcel(b"%PDF-1.7\n" + b"x" * 3 * BLOCK))

    assert result.outcome is SendOutcome.REJECTED and result.status == 413
    assert "3.0 MB" in result.reason and "larger than the service accepts" in result.reason


def test_wrong_token_is_parked_and_the_token_is_not_in_the_reason(
    backoffice_receiver: Receiver, tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-token")
    result = office_for(backoffice_receiver.service_url(SERVICE), wrong).send(make_parcel())

    assert result.outcome is SendOutcome.REJECTED and result.status == 401
    assert "credentials" in result.reason and "not-the-token" not in result.reason
    assert backoffice_receiver.received() == []


def test_service_not_allowed_is_parked(tmp_path: Path, token_file: Path) -> None:
    with Receiver(tmp_path / "r", token=TOKEN, allowed_services={"parking"}) as receiver:
        result = office_for(receiver.service_url(SERVICE), token_file).send(make_parcel())

    assert result.outcome is SendOutcome.REJECTED and result.status == 403


@pytest.mark.parametrize("status", [429, 503])
def test_busy_back_office_is_retried_after_its_retry_after(
    status: int, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next(status, retry_after_s=17)

    parcel = make_parcel()
    result = office.send(parcel)

    assert result.outcome is SendOutcome.RETRY and result.status == status
    assert result.retry_after_s == 17
    assert office.send(parcel).outcome is SendOutcome.DELIVERED


@pytest.mark.parametrize("status", [408, 500, 502])
def test_transient_statuses_are_retried(
    status: int, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next(status)
    assert office.send(make_parcel()).outcome is SendOutcome.RETRY


@pytest.mark.parametrize("status", [400, 404, 409])
def test_other_client_errors_are_parked(
    status: int, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next(status)
    result = office.send(make_parcel())
    assert result.outcome is SendOutcome.REJECTED and f"injected fault {status}" in result.reason


# --- answers outside the contract ----------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("html_502", "HTML page"),
        ("bad_json", "is not JSON"),
        ("no_reference", "has no reference"),
    ],
)
def test_answers_outside_the_contract_are_retried_with_a_clear_reason(
    fault: str, reason: str, office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next(fault)

    result = office.send(make_parcel())

    assert result.outcome is SendOutcome.RETRY
    assert reason in result.reason


def test_no_answer_in_time_is_retried_and_the_retry_finds_it_stored(
    backoffice_receiver: Receiver, token_file: Path
) -> None:
    office = office_for(backoffice_receiver.service_url(SERVICE), token_file, read_timeout_s=0.3)
    backoffice_receiver.fail_next("delay", delay_s=1.0)

    parcel = make_parcel()
    timed_out = office.send(parcel)
    assert timed_out.outcome is SendOutcome.RETRY and "no answer within 0.3 s" in timed_out.reason

    _wait_until(lambda: len(backoffice_receiver.received()) == 1)
    again = office.send(parcel)
    assert again.status == 200 and again.reference == backoffice_receiver.received()[0].reference


def test_connection_reset_mid_upload_is_retried_and_nothing_is_stored(
    office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next("reset")

    result = office.send(make_parcel(b"%PDF-1.7\n" + b"y" * 2 * BLOCK))

    assert result.outcome is SendOutcome.RETRY and "reset" in result.reason
    assert backoffice_receiver.received() == []


def test_lost_answer_after_store_gives_the_same_reference_on_retry(
    office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    backoffice_receiver.fail_next("reset_after_store")

    parcel = make_parcel()
    assert office.send(parcel).outcome is SendOutcome.RETRY
    again = office.send(parcel)

    assert again.status == 200
    assert [s.reference for s in backoffice_receiver.received()] == [again.reference]


def test_nobody_listening_is_retried(token_file: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    office = office_for(f"http://127.0.0.1:{port}/services/{SERVICE}", token_file)
    result = office.send(make_parcel())
    assert result.outcome is SendOutcome.RETRY and "connection failed" in result.reason


def test_unknown_service_is_parked(office: HttpBackOffice) -> None:
    parcel = make_parcel()
    other = Parcel(
        "dog-licences", parcel.kiosk_reference, "k", parcel.metadata_json, 1, parcel.open_document
    )
    assert office.send(other).outcome is SendOutcome.REJECTED


def test_a_large_document_arrives_byte_for_byte(
    office: HttpBackOffice, backoffice_receiver: Receiver
) -> None:
    document = b"%PDF-1.7\n" + bytes(range(256)) * (12 * BLOCK // 256) + b"end"
    assert office.send(make_parcel(document)).outcome is SendOutcome.DELIVERED
    [stored] = backoffice_receiver.received()
    assert stored.document_path.read_bytes() == document


def test_retry_after_as_an_http_date() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    header = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(header, now) == 90.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("5", now) == 5.0


# --- TLS -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> PkiFiles:
    return make_test_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def other_pki(tmp_path_factory: pytest.TempPathFactory) -> PkiFiles:
    return make_test_pki(tmp_path_factory.mktemp("other-pki"), name="Someone Else's CA")


def test_https_with_the_services_ca_bundle_is_delivered(
    tmp_path: Path, pki: PkiFiles, token_file: Path
) -> None:
    with Receiver(tmp_path / "r", token=TOKEN, ssl_context=server_context(pki)) as receiver:
        office = office_for(receiver.service_url(SERVICE), token_file, ca_bundle_file=pki.ca_cert)
        result = office.send(make_parcel())
        assert result.outcome is SendOutcome.DELIVERED
        assert len(receiver.received()) == 1


def test_server_from_another_ca_fails_closed(
    tmp_path: Path, pki: PkiFiles, other_pki: PkiFiles, token_file: Path
) -> None:
    with Receiver(tmp_path / "r", token=TOKEN, ssl_context=server_context(pki)) as receiver:
        wrong_ca = office_for(
            receiver.service_url(SERVICE), token_file, ca_bundle_file=other_pki.ca_cert
        )
        system_ca = office_for(receiver.service_url(SERVICE), token_file)
        results = [wrong_ca.send(make_parcel()), system_ca.send(make_parcel())]
        assert receiver.received() == []
    for result in results:
        assert result.outcome is SendOutcome.RETRY and "TLS failed" in result.reason


def test_mutual_tls_sends_with_the_station_certificate(tmp_path: Path, pki: PkiFiles) -> None:
    context = server_context(pki, require_client_cert=True)
    with Receiver(tmp_path / "r", ssl_context=context) as receiver:
        office = office_for(
            receiver.service_url(SERVICE),
            None,
            ca_bundle_file=pki.ca_cert,
            client_cert_file=pki.client_cert,
            client_key_file=pki.client_key,
        )
        assert office.send(make_parcel()).outcome is SendOutcome.DELIVERED

        without_cert = office_for(
            receiver.service_url(SERVICE), None, ca_bundle_file=pki.ca_cert
        ).send(make_parcel(key="key-2"))
        assert without_cert.outcome is SendOutcome.RETRY
        assert len(receiver.received()) == 1


def test_client_certificate_from_another_ca_is_refused(
    tmp_path: Path, pki: PkiFiles, other_pki: PkiFiles
) -> None:
    context = server_context(pki, require_client_cert=True)
    with Receiver(tmp_path / "r", ssl_context=context) as receiver:
        office = office_for(
            receiver.service_url(SERVICE),
            None,
            ca_bundle_file=pki.ca_cert,
            client_cert_file=other_pki.client_cert,
            client_key_file=other_pki.client_key,
        )
        result = office.send(make_parcel())
        assert result.outcome is SendOutcome.RETRY
        assert receiver.received() == []


def test_environment_cannot_turn_off_verification_or_add_a_proxy(
    tmp_path: Path, pki: PkiFiles, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CURL_CA_BUNDLE", "")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki.ca_cert))
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    with Receiver(tmp_path / "r", token=TOKEN, ssl_context=server_context(pki)) as receiver:
        result = office_for(receiver.service_url(SERVICE), token_file).send(make_parcel())
        assert result.outcome is SendOutcome.RETRY and "TLS failed" in result.reason
        assert receiver.received() == []


# --- proxy -------------------------------------------------------------------------------


class ForwardProxy:
    """A tiny HTTP proxy: CONNECT tunnels and absolute-form requests, both spliced."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(65536)
            if not chunk:
                client.close()
                return
            head += chunk
        request_line = head.split(b"\r\n", 1)[0].decode()
        self.requests.append(request_line)
        method, target, _ = request_line.split(" ", 2)
        try:
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                rest = head.split(b"\r\n\r\n", 1)[1]
            else:  # an absolute URL, as a client talking to a proxy sends
                host, port = target.split("/", 3)[2].rsplit(":", 1)
                rest = head
            upstream = socket.create_connection((host, int(port)))
        except (ValueError, IndexError, OSError):
            # Not a proxy request, or nowhere to go: say so, as a proxy would.
            client.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            client.close()
            return
        if method == "CONNECT":
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        if rest:
            upstream.sendall(rest)
        threading.Thread(target=_pipe, args=(upstream, client), daemon=True).start()
        _pipe(client, upstream)

    def close(self) -> None:
        # shutdown first: close() alone leaves the thread blocked in accept()
        # holding the socket, which then goes on listening after the test.
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    server = ForwardProxy()
    yield server
    server.close()


def test_http_endpoint_through_the_configured_proxy(
    backoffice_receiver: Receiver, token_file: Path, proxy: ForwardProxy
) -> None:
    office = office_for(backoffice_receiver.service_url(SERVICE), token_file, proxy=proxy.url)
    assert office.send(make_parcel()).outcome is SendOutcome.DELIVERED
    assert proxy.requests[0].startswith(f"POST {backoffice_receiver.service_url(SERVICE)}")


def test_https_endpoint_tunnels_through_the_proxy_and_still_verifies(
    tmp_path: Path, pki: PkiFiles, other_pki: PkiFiles, token_file: Path, proxy: ForwardProxy
) -> None:
    with Receiver(tmp_path / "r", token=TOKEN, ssl_context=server_context(pki)) as receiver:
        url = receiver.service_url(SERVICE)
        good = office_for(url, token_file, proxy=proxy.url, ca_bundle_file=pki.ca_cert)
        bad = office_for(url, token_file, proxy=proxy.url, ca_bundle_file=other_pki.ca_cert)
        assert good.send(make_parcel()).outcome is SendOutcome.DELIVERED
        assert bad.send(make_parcel(key="key-2")).outcome is SendOutcome.RETRY
        assert proxy.requests[0].startswith(f"CONNECT 127.0.0.1:{receiver.port}")
        assert len(receiver.received()) == 1


def _wait_until(condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition never became true"
        time.sleep(0.02)


def test_endpoint_probe_says_which_endpoint_answers(tmp_path: Path) -> None:
    with Receiver(tmp_path / "received", token="t") as receiver:
        office = HttpBackOffice(
            [
                ServiceEndpoint("parking", receiver.service_url("parking")),
                ServiceEndpoint("gone", f"http://127.0.0.1:{processes.free_port()}/services/gone"),
            ]
        )
        checks = endpoint_checks(office)
    assert [(c.name, c.state) for c in checks] == [
        ("endpoint parking", HealthState.OK),
        ("endpoint gone", HealthState.FAIL),
    ]
    assert "HTTP" in checks[0].detail
    assert "connection failed" in checks[1].detail


def test_a_secret_webhook_address_stays_out_of_the_reason() -> None:
    """A Teams/Slack incoming webhook's address is its secret (webhook_url_file)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = "/webhookb2/abc123SECRET/IncomingWebhook/def456"
    url = f"http://127.0.0.1:{port}{path}?sig=XYZ"
    body = json.dumps({"event": "help_requested", "text": "Help wanted"}).encode()
    parcel = Parcel(
        HELP_CHANNEL, "DEM-2346-789A", "k", b"{}", len(body), lambda: iter([body]),
        kind=ParcelKind.NOTIFICATION,
    )  # fmt: skip
    secret = ServiceEndpoint(HELP_CHANNEL, url, secret_url=True)
    sent = HttpBackOffice([], notification_endpoints=[secret]).send(parcel)
    assert sent.outcome is SendOutcome.RETRY and "connection failed" in sent.reason
    assert not any(part in sent.reason for part in ("abc123SECRET", "def456", "XYZ"))

    # urllib3 names the path in some messages; such a message is cut, not shown.
    said = requests.exceptions.ConnectionError(
        f"HTTPConnectionPool(host='127.0.0.1', port={port}): Max retries exceeded with url: "
        f"{path}?sig=XYZ (Caused by NewConnectionError('refused'))"
    )
    assert "abc123SECRET" in _transport_reason(said, dataclasses.replace(secret, secret_url=False))
    reason = _transport_reason(said, secret)
    assert "with url: /[secret]" in reason
    assert not any(part in reason for part in ("abc123SECRET", "def456", "XYZ"))
