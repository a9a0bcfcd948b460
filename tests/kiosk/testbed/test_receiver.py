"""The reference back-office receiver, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import select
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.testbed.receiver import Receiver, _is_loopback

REPO_ROOT = Path(__file__).resolve().parents[3]
SERVICE = "housing-benefit"
TOKEN = "station-token-1"
REFERENCE = re.compile(r"BO-[A-Z0-9]{8}")
TIMEOUT_S = 5.0


# --- helpers --------------------------------------------------------------------------


def make_pdf(text: str = "page one") -> bytes:
    # Binary bytes, bare CR/LF and a boundary-like line check the multipart round trip.
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\r\n" + text.encode() + b"\n--xx\r\r\n" + bytes(range(256))


def make_metadata(document: bytes, **overrides: Any) -> dict[str, Any]:
    metadata: dict[str, Any] = {
        "kiosk_reference": "WOO-7K3M-9QX2",
        "service_id": SERVICE,
        "station_id": "woolwich-1",
        "site": "woolwich",
        "language": "cy",
        "fields": {"claim_number": "HB123456", "name": "Siân Jones"},
        "page_count": 1,
        "document_sha256": hashlib.sha256(document).hexdigest(),
        "created_at": "2025-03-01T10:15:00+00:00",
    }
    metadata.update(overrides)
    return metadata


def submission_files(
    document: bytes,
    metadata: dict[str, Any] | None = None,
    metadata_bytes: bytes | None = None,
) -> list[tuple[str, tuple[str | None, bytes, str]]]:
    if metadata_bytes is None:
        metadata_bytes = json.dumps(metadata or make_metadata(document)).encode()
    return [
        ("metadata", (None, metadata_bytes, "application/json")),
        ("document", ("scan.pdf", document, "application/pdf")),
    ]


def post(
    url: str,
    key: str | None = "key-1",
    token: str | None = None,
    timeout: float = TIMEOUT_S,
    **kwargs: Any,
) -> requests.Response:
    headers: dict[str, str] = dict(kwargs.pop("headers", {}))
    if key is not None:
        headers["Idempotency-Key"] = key
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(url, headers=headers, timeout=timeout, **kwargs)


def submit(
    receiver: Receiver, document: bytes | None = None, key: str = "key-1", **kwargs: Any
) -> requests.Response:
    document = make_pdf() if document is None else document
    return post(receiver.service_url(SERVICE), key=key, files=submission_files(document), **kwargs)


def stored_dirs(store: Path) -> list[Path]:
    return sorted(path for path in store.iterdir() if path.is_dir()) if store.exists() else []


def port_is_closed(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except ConnectionRefusedError:
        return True
    return False


def wait_until(condition: Callable[[], bool], timeout_s: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def receiver(store: Path) -> Iterator[Receiver]:
    with Receiver(store) as started:
        yield started


# --- accepting and deduplicating ------------------------------------------------------


def test_new_submission_gets_a_back_office_reference_and_is_stored(
    receiver: Receiver, store: Path
) -> None:
    document = make_pdf()
    metadata = make_metadata(document)

    response = post(receiver.service_url(SERVICE), files=submission_files(document, metadata))

    assert response.status_code == 201
    assert response.headers["Content-Type"] == "application/json"
    reference = response.json()["reference"]
    assert REFERENCE.fullmatch(reference)
    [submission] = receiver.received()
    assert submission.reference == reference
    assert submission.idempotency_key == "key-1"
    assert submission.metadata == metadata
    assert submission.document_path == store / reference / "document.pdf"
    assert submission.document_path.read_bytes() == document
    assert json.loads((store / reference / "metadata.json").read_bytes()) == metadata
    receipt = json.loads((store / reference / "receipt.json").read_text())
    assert receipt["idempotency_key"] == "key-1"
    assert receipt["reference"] == reference


def test_same_key_same_document_gets_same_reference_and_is_stored_once(
    receiver: Receiver, store: Path
) -> None:
    document = make_pdf()
    metadata = make_metadata(document)
    first = post(receiver.service_url(SERVICE), files=submission_files(document, metadata))
    # A retry rebuilds the request: new boundary, other part order, other JSON layout.
    relaid = json.dumps(metadata, indent=2, sort_keys=True, ensure_ascii=True).encode()
    parts = submission_files(document, metadata_bytes=relaid)[::-1]

    replay = post(receiver.service_url(SERVICE), files=parts)

    assert first.status_code == 201
    assert replay.status_code == 200
    assert replay.json() == {"reference": first.json()["reference"]}
    assert len(receiver.received()) == 1
    assert len(stored_dirs(store)) == 1


def test_same_key_different_document_is_refused_with_422_and_first_copy_kept(
    receiver: Receiver,
) -> None:
    first = submit(receiver, make_pdf("page one"))

    other = submit(receiver, make_pdf("another page"))

    assert first.status_code == 201
    assert other.status_code == 422
    assert "error" in other.json()
    [submission] = receiver.received()
    assert submission.document_path.read_bytes() == make_pdf("page one")


def test_same_key_with_changed_typed_fields_is_refused_with_422(receiver: Receiver) -> None:
    document = make_pdf()
    url = receiver.service_url(SERVICE)
    post(url, files=submission_files(document, make_metadata(document)))

    changed = make_metadata(document, fields={"claim_number": "HB999999"})
    response = post(url, files=submission_files(document, changed))

    assert response.status_code == 422


def test_each_new_key_gets_its_own_reference(receiver: Receiver) -> None:
    references = {submit(receiver, key=f"key-{n}").json()["reference"] for n in range(5)}

    assert len(references) == 5
    assert len(receiver.received()) == 5


def test_simultaneous_retries_with_one_key_store_one_copy(receiver: Receiver, store: Path) -> None:
    responses: list[requests.Response] = []

    def send() -> None:
        responses.append(submit(receiver))

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(response.status_code for response in responses) == [200] * 5 + [201]
    assert len({response.json()["reference"] for response in responses}) == 1
    assert len(stored_dirs(store)) == 1


# --- refusing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token", f"Basic {TOKEN}", "Bearer "],
    ids=["no token", "wrong token", "wrong scheme", "empty token"],
)
def test_missing_or_wrong_token_is_refused_with_401_and_a_bearer_challenge(
    store: Path, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    with Receiver(store, token=TOKEN) as receiver:
        response = submit(receiver, headers=headers)

        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "error" in response.json()
        assert receiver.received() == []


def test_right_token_is_accepted(store: Path) -> None:
    with Receiver(store, token=TOKEN) as receiver:
        assert submit(receiver, token=TOKEN).status_code == 201


def test_service_not_on_the_allow_list_is_refused_with_403(store: Path) -> None:
    with Receiver(store, token=TOKEN, allowed_services={"parking"}) as receiver:
        response = submit(receiver, token=TOKEN)

        assert response.status_code == 403
        assert receiver.received() == []


def test_body_over_the_limit_is_refused_with_413_and_nothing_stored(store: Path) -> None:
    # Megabytes over a tiny limit: the client only sees the 413 (not a reset) if the
    # receiver reads and drops the rest of the body after answering.
    document = make_pdf("x" * 4_000_000)
    with Receiver(store, max_body_bytes=1024) as receiver:
        response = submit(receiver, document)

        assert response.status_code == 413
        assert "error" in response.json()
        assert receiver.received() == []
        assert submit(receiver, make_pdf("")).status_code == 201


def test_chunked_body_over_the_limit_is_refused_with_413(store: Path) -> None:
    def body() -> Iterable[bytes]:
        yield b"a" * 600
        yield b"b" * 600

    with Receiver(store, max_body_bytes=1000) as receiver:
        response = post(
            receiver.service_url(SERVICE),
            data=body(),
            headers={"Content-Type": "multipart/form-data; boundary=x"},
        )

        assert response.status_code == 413


def test_chunked_body_within_the_limit_is_accepted(receiver: Receiver) -> None:
    prepared = requests.Request(
        "POST", receiver.service_url(SERVICE), files=submission_files(make_pdf())
    ).prepare()
    assert isinstance(prepared.body, bytes)
    raw = prepared.body

    response = post(
        receiver.service_url(SERVICE),
        data=iter([raw[:100], raw[100:]]),
        headers={"Content-Type": prepared.headers["Content-Type"]},
    )

    assert response.status_code == 201


def _malformed_cases() -> list[Any]:
    document = make_pdf()
    good = make_metadata(document)
    not_pdf = b"GIF89a not a pdf"

    def files(metadata: dict[str, Any]) -> dict[str, Any]:
        return {"files": submission_files(document, metadata)}

    cases: dict[str, dict[str, Any]] = {
        "not multipart": {"json": good},
        "no body": {},
        "no metadata part": {"files": submission_files(document)[1:]},
        "no document part": {"files": submission_files(document)[:1]},
        "document part twice": {
            "files": [
                *submission_files(document),
                ("document", ("b.pdf", document, "application/pdf")),
            ]
        },
        "metadata not json": {"files": submission_files(document, metadata_bytes=b"{not json")},
        "metadata not an object": {"files": submission_files(document, metadata_bytes=b"[]")},
        "metadata with NaN": {
            "files": submission_files(document, metadata_bytes=b'{"page_count": NaN}')
        },
        "metadata part as text": {
            "files": [
                ("metadata", (None, json.dumps(good).encode(), "text/plain")),
                submission_files(document)[1],
            ]
        },
        "document part as octets": {
            "files": [
                submission_files(document)[0],
                ("document", ("s.pdf", document, "application/octet-stream")),
            ]
        },
        "metadata without created_at": files({k: v for k, v in good.items() if k != "created_at"}),
        "metadata for another service": files({**good, "service_id": "parking"}),
        "metadata with no pages": files({**good, "page_count": 0}),
        "metadata fields not an object": files({**good, "fields": ["HB123456"]}),
        "created_at without offset": files({**good, "created_at": "2025-03-01T10:15:00"}),
        "no idempotency key": {**files(good), "key": None},
        "sha256 does not match the document": files({**good, "document_sha256": "0" * 64}),
        "document not a pdf": {"files": submission_files(not_pdf, make_metadata(not_pdf))},
    }
    return [pytest.param(kwargs, id=name) for name, kwargs in cases.items()]


@pytest.mark.parametrize("request_kwargs", _malformed_cases())
def test_malformed_request_is_refused_with_400_and_nothing_stored(
    receiver: Receiver, store: Path, request_kwargs: dict[str, Any]
) -> None:
    response = post(receiver.service_url(SERVICE), **request_kwargs)

    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["error"]
    assert receiver.received() == []
    assert stored_dirs(store) == []


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/", 404),
        ("POST", "/services", 404),
        ("POST", "/services/a/b", 404),
        ("POST", "/submissions/housing", 404),
        ("PUT", f"/services/{SERVICE}", 405),
        ("PUT", "/_control/received", 405),
        ("GET", "/_control/nothing", 404),
    ],
)
def test_unknown_path_or_method_is_refused(
    receiver: Receiver, method: str, path: str, status: int
) -> None:
    response = requests.request(method, receiver.url + path, data=b"abc", timeout=TIMEOUT_S)

    assert response.status_code == status
    assert "error" in response.json()


# --- injected faults ------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403, 408, 413, 422, 429, 500, 503])
def test_injected_error_answers_one_submission_then_the_next_is_accepted(
    receiver: Receiver, status: int
) -> None:
    receiver.fail_next(status)

    failed = submit(receiver)
    accepted = submit(receiver)

    assert failed.status_code == status
    assert failed.headers["Content-Type"] == "application/json"
    assert "error" in failed.json()
    assert accepted.status_code == 201
    assert len(receiver.received()) == 1


def test_injected_401_carries_a_bearer_challenge(receiver: Receiver) -> None:
    receiver.fail_next(401)

    assert submit(receiver).headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("status", [429, 503])
def test_injected_busy_answers_say_when_to_retry(receiver: Receiver, status: int) -> None:
    receiver.fail_next(status)
    receiver.fail_next(status, retry_after_s=7)

    assert submit(receiver).headers["Retry-After"] == "1"
    assert submit(receiver).headers["Retry-After"] == "7"


def test_injected_fault_comes_before_the_token_check(store: Path) -> None:
    with Receiver(store, token=TOKEN) as receiver:
        receiver.fail_next(503)

        assert submit(receiver).status_code == 503


def test_injected_html_502_looks_like_a_proxy_error_page(receiver: Receiver) -> None:
    receiver.fail_next("html_502")

    response = submit(receiver)

    assert response.status_code == 502
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<html>" in response.text
    assert receiver.received() == []


def test_injected_bad_json_is_a_201_the_client_cannot_parse(receiver: Receiver) -> None:
    receiver.fail_next("bad_json")

    response = submit(receiver)

    assert response.status_code == 201
    with pytest.raises(ValueError):
        response.json()


def test_injected_201_without_reference(receiver: Receiver) -> None:
    receiver.fail_next("no_reference")

    response = submit(receiver)

    assert response.status_code == 201
    assert "reference" not in response.json()


def test_injected_delay_makes_the_client_time_out_but_the_submission_still_lands(
    receiver: Receiver,
) -> None:
    receiver.fail_next("delay", delay_s=0.5)

    with pytest.raises(requests.Timeout):
        submit(receiver, timeout=0.1)

    assert wait_until(lambda: len(receiver.received()) == 1)
    retry = submit(receiver)
    assert retry.status_code == 200
    assert retry.json()["reference"] == receiver.received()[0].reference


def test_injected_reset_drops_the_connection_and_stores_nothing(receiver: Receiver) -> None:
    receiver.fail_next("reset")

    with pytest.raises(requests.ConnectionError):
        submit(receiver)

    assert receiver.received() == []
    assert submit(receiver).status_code == 201


def test_injected_reset_after_store_loses_the_answer_but_the_retry_gets_the_same_reference(
    receiver: Receiver, store: Path
) -> None:
    receiver.fail_next("reset_after_store")

    with pytest.raises(requests.ConnectionError):
        submit(receiver)
    retry = submit(receiver)

    [submission] = receiver.received()
    assert retry.status_code == 200
    assert retry.json()["reference"] == submission.reference
    assert len(stored_dirs(store)) == 1


def test_fault_queued_twice_fails_two_submissions_then_accepts(receiver: Receiver) -> None:
    receiver.fail_next(503, times=2)

    statuses = [submit(receiver).status_code for _ in range(3)]

    assert statuses == [503, 503, 201]


def test_cleared_faults_are_not_applied(receiver: Receiver) -> None:
    receiver.fail_next(500, times=3)
    receiver.clear_faults()

    assert submit(receiver).status_code == 201


@pytest.mark.parametrize(
    "fault",
    [
        {"status_or_kind": 200},
        {"status_or_kind": "explode"},
        {"status_or_kind": 503, "times": 0},
        {"status_or_kind": 503, "retry_after_s": -1},
        {"status_or_kind": "delay"},
    ],
    ids=["success status", "unknown kind", "zero times", "negative retry", "delay without time"],
)
def test_fail_next_refuses_faults_it_cannot_inject(receiver: Receiver, fault: Any) -> None:
    with pytest.raises(ValueError):
        receiver.fail_next(**fault)


# --- control over HTTP ----------------------------------------------------------------


def test_faults_can_be_queued_and_cleared_over_http(receiver: Receiver) -> None:
    queued = requests.post(
        f"{receiver.url}/_control/faults",
        json={"kind": 429, "times": 2, "retry_after_s": 9},
        timeout=TIMEOUT_S,
    )
    first = submit(receiver)
    cleared = requests.delete(f"{receiver.url}/_control/faults", timeout=TIMEOUT_S)

    assert queued.status_code == 200
    assert queued.json() == {"pending": 2}
    assert (first.status_code, first.headers["Retry-After"]) == (429, "9")
    assert cleared.json() == {"cleared": 1}
    assert submit(receiver).status_code == 201


@pytest.mark.parametrize(
    "payload",
    [{"kind": "explode"}, {"times": 2}, {"kind": 503, "colour": "red"}, [503]],
    ids=["unknown kind", "no kind", "unknown setting", "not an object"],
)
def test_bad_fault_over_http_is_refused_with_400(receiver: Receiver, payload: Any) -> None:
    response = requests.post(f"{receiver.url}/_control/faults", json=payload, timeout=TIMEOUT_S)

    assert response.status_code == 400
    assert submit(receiver).status_code == 201


def test_received_over_http_lists_metadata_and_references_without_documents(
    receiver: Receiver,
) -> None:
    reference = submit(receiver).json()["reference"]

    listing = requests.get(f"{receiver.url}/_control/received", timeout=TIMEOUT_S).json()

    [entry] = listing
    assert entry["reference"] == reference
    assert entry["idempotency_key"] == "key-1"
    assert entry["metadata"] == make_metadata(make_pdf())
    assert "%PDF" not in json.dumps(listing)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("10.1.2.3", False),
        ("::ffff:10.1.2.3", False),
        ("0.0.0.0", False),
        ("", False),
        ("example.org", False),
    ],
)
def test_only_loopback_addresses_count_as_local(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_receiver_refuses_a_non_loopback_host_unless_allowed(store: Path) -> None:
    with pytest.raises(ValueError, match="non-loopback"):
        Receiver(store, host="0.0.0.0")

    Receiver(store, host="0.0.0.0", allow_non_loopback=True)  # not started: binds nothing


# --- lifecycle ------------------------------------------------------------------------


def test_restarted_receiver_still_recognises_earlier_keys(store: Path) -> None:
    with Receiver(store) as receiver:
        reference = submit(receiver).json()["reference"]

    with Receiver(store) as restarted:
        replay = submit(restarted)
        conflict = submit(restarted, make_pdf("another page"))

        assert replay.status_code == 200
        assert replay.json()["reference"] == reference
        assert conflict.status_code == 422
        [submission] = restarted.received()
        assert submission.reference == reference
        assert submission.metadata == make_metadata(make_pdf())


def test_restarted_receiver_drops_half_written_submissions(store: Path) -> None:
    (store / ".tmp-cut-short").mkdir(parents=True)
    (store / ".tmp-cut-short" / "document.pdf").write_bytes(b"%PDF-")

    with Receiver(store) as receiver:
        assert receiver.received() == []
        assert submit(receiver).status_code == 201
    assert len(stored_dirs(store)) == 1


def test_stop_frees_the_port_and_leaves_no_thread_behind(store: Path) -> None:
    threads_before = set(threading.enumerate())
    receiver = Receiver(store).start()
    port = int(receiver.url.rsplit(":", 1)[1])
    assert submit(receiver).status_code == 201

    receiver.stop()
    receiver.stop()

    assert set(threading.enumerate()) - threads_before == set()
    assert port_is_closed(port)


def test_stop_does_not_wait_for_a_delayed_answer(store: Path) -> None:
    receiver = Receiver(store).start()
    receiver.fail_next("delay", delay_s=30)
    errors: list[Exception] = []

    def send() -> None:
        try:
            submit(receiver)
        except requests.RequestException as exc:
            errors.append(exc)

    client = threading.Thread(target=send)
    client.start()
    time.sleep(0.3)
    started = time.monotonic()
    receiver.stop()
    client.join(TIMEOUT_S)

    assert time.monotonic() - started < 2
    assert [type(error) for error in errors] == [requests.ConnectionError]
    assert receiver.received() == []


def test_log_names_references_but_never_what_the_resident_typed(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.testbed.receiver")

    reference = submit(receiver).json()["reference"]
    submit(receiver, make_pdf("changed"))  # 422
    receiver.stop()

    assert "WOO-7K3M-9QX2" in caplog.text
    assert reference in caplog.text
    assert "HB123456" not in caplog.text
    assert "Siân" not in caplog.text


# --- the command line -----------------------------------------------------------------


def read_listening_url(process: subprocess.Popen[str], timeout_s: float = 10.0) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout_s)
    assert ready, "receiver did not say where it listens"
    match = re.fullmatch(r"receiver listening on (\S+)\n", process.stdout.readline())
    assert match, "unexpected first line from the receiver"
    return match[1]


def test_command_line_receiver_takes_faults_over_http_and_exits_cleanly_on_sigterm(
    tmp_path: Path,
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    command = [sys.executable, "-m", "kiosk.testbed.receiver", "--store", str(tmp_path / "bo")]
    process = subprocess.Popen(
        [*command, "--token-file", str(token_file)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = read_listening_url(process)
        port = int(url.rsplit(":", 1)[1])
        fault = requests.post(
            f"{url}/_control/faults", json={"kind": 503, "retry_after_s": 4}, timeout=TIMEOUT_S
        )
        files = submission_files(make_pdf())
        busy = post(f"{url}/services/{SERVICE}", token=TOKEN, files=files)
        accepted = post(f"{url}/services/{SERVICE}", token=TOKEN, files=files)
        listing = requests.get(f"{url}/_control/received", timeout=TIMEOUT_S).json()

        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    assert fault.status_code == 200
    assert (busy.status_code, busy.headers["Retry-After"]) == (503, "4")
    assert accepted.status_code == 201
    assert [entry["reference"] for entry in listing] == [accepted.json()["reference"]]
    assert process.returncode == 0, stderr
    assert port_is_closed(port)


# --- HTTPS ----------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_https_receiver_accepts_a_client_that_trusts_its_certificate(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"),
            *("-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    with Receiver(tmp_path / "store", ssl_context=context) as receiver:
        response = submit(receiver, verify=str(cert))
        with pytest.raises(requests.exceptions.SSLError):
            submit(receiver, key="key-2")

    assert receiver.url.startswith("https://")
    assert response.status_code == 201


# --- JSON notifications: webhooks and call-backs (issue 8) ------------------------------


def callback_body(**overrides: Any) -> dict[str, Any]:
    body = {
        "kiosk_reference": "DEM-2346-789A",
        "service_id": SERVICE,
        "station_id": "demo-01",
        "site": "woolwich",
        "created_at": "2025-03-01T10:00:00+00:00",
        "phone": "+442088548888",
        "preferred_time": "morning",
    }
    return {**body, **overrides}


def test_a_webhook_message_is_stored_and_listed(receiver: Receiver, store: Path) -> None:
    response = requests.post(f"{receiver.url}/webhooks/champions", json={"text": "Help wanted"})
    assert response.status_code == 201
    [got] = receiver.notifications("webhooks")
    assert (got.name, got.body, got.reference) == ("champions", {"text": "Help wanted"},
                                                   response.json()["reference"])  # fmt: skip
    assert requests.get(f"{receiver.url}/_control/notifications").json()[0]["body"] == got.body
    assert list((store / "_notifications").glob("*.json"))


def test_a_webhook_message_needs_text_and_json(receiver: Receiver) -> None:
    url = f"{receiver.url}/webhooks/champions"
    assert requests.post(url, json={"message": "x"}).status_code == 400
    assert requests.post(url, data=b"text=x").status_code == 400
    assert requests.get(url).status_code == 405
    assert receiver.notifications() == []


def test_a_call_back_is_deduplicated_by_its_key(receiver: Receiver) -> None:
    url = f"{receiver.url}/callbacks/{SERVICE}"
    headers = {"Idempotency-Key": "k-1"}
    first = requests.post(url, json=callback_body(), headers=headers)
    again = requests.post(url, json=callback_body(), headers=headers)
    changed = requests.post(url, json=callback_body(preferred_time="any"), headers=headers)
    assert (first.status_code, again.status_code, changed.status_code) == (201, 200, 422)
    assert first.json() == again.json()
    assert len(receiver.notifications("callbacks")) == 1


def test_a_restarted_receiver_still_deduplicates_call_backs(store: Path) -> None:
    url_path, headers = f"/callbacks/{SERVICE}", {"Idempotency-Key": "k-2"}
    with Receiver(store) as first:
        reference = requests.post(first.url + url_path, json=callback_body(), headers=headers)
    with Receiver(store) as second:
        again = requests.post(second.url + url_path, json=callback_body(), headers=headers)
        assert again.status_code == 200 and again.json() == reference.json()
        assert len(second.notifications()) == 1


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"phone": "020 8854 8888"}, "E.164"),
        ({"phone": "+33123456789"}, "E.164"),
        ({"preferred_time": "evening"}, "preferred_time"),
        ({"kiosk_reference": ""}, "kiosk_reference"),
    ],
)
def test_a_malformed_call_back_is_refused(
    receiver: Receiver, change: dict[str, str], why: str
) -> None:
    response = requests.post(
        f"{receiver.url}/callbacks/{SERVICE}",
        json=callback_body(**change),
        headers={"Idempotency-Key": "k-3"},
    )
    assert response.status_code == 400 and why in response.json()["error"]
    no_key = requests.post(f"{receiver.url}/callbacks/{SERVICE}", json=callback_body())
    assert no_key.status_code == 400


def test_faults_apply_to_notifications_and_nothing_typed_is_logged(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.testbed.receiver")
    receiver.fail_next(403)
    url = f"{receiver.url}/callbacks/{SERVICE}"
    assert (
        requests.post(url, json=callback_body(), headers={"Idempotency-Key": "a"}).status_code
        == 403
    )
    assert (
        requests.post(url, json=callback_body(), headers={"Idempotency-Key": "a"}).status_code
        == 201
    )
    # The server thread logs a request after it has answered: wait for the line.
    deadline = time.monotonic() + 5
    while "DEM-2346-789A" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.01)
    assert "DEM-2346-789A" in caplog.text
    assert "2088548888" not in caplog.text
