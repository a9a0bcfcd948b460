"""docs/backoffice-openapi.yaml is a valid OpenAPI 3.1 file, the reference receiver
answers exactly as it says, and the station's outbox sends metadata that fits it."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import requests
import yaml
from openapi_spec_validator import validate

from kiosk.core.sending import Submission
from kiosk.outbox import FileOutbox, Station
from kiosk.testbed import receiver as receiver_module
from kiosk.testbed.receiver import Receiver

SPEC_PATH = Path(__file__).resolve().parents[2] / "docs" / "backoffice-openapi.yaml"
SERVICE = "housing-benefit"
TOKEN = "test-token"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def operation(spec: dict[str, Any], method: str = "post") -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"]["/services/{service_id}"][method]
    return found


def resolve(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in item:
        node: Any = spec
        for part in item["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        item = node
    return item


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Validator:
    root = {**schema, "components": spec["components"]}
    return jsonschema.Draft202012Validator(root, format_checker=jsonschema.FormatChecker())


def check_conforms(spec: dict[str, Any], response: requests.Response) -> None:
    """The answer's status is in the contract, with its headers and a body of its schema."""
    responses = operation(spec, response.request.method.lower())["responses"]
    declared = responses.get(str(response.status_code), responses["default"])
    declared = resolve(spec, declared)
    for name, header in declared.get("headers", {}).items():
        if header.get("required"):
            assert name in response.headers, f"{response.status_code} lacks {name}"
            pattern = header["schema"].get("pattern")
            if pattern:
                jsonschema.validate(response.headers[name], {"type": "string", "pattern": pattern})
    [(media_type, content)] = declared["content"].items()
    assert response.headers["Content-Type"].split(";")[0] == media_type
    schema_validator(spec, content["schema"]).validate(response.json())


def metadata_for(document: bytes, **changes: object) -> dict[str, object]:
    metadata: dict[str, object] = {
        "kiosk_reference": "DEM-2346-789A",
        "service_id": SERVICE,
        "station_id": "demo-01",
        "site": "woolwich",
        "language": "en",
        "fields": {"claim_number": "12345678"},
        "page_count": 1,
        "document_sha256": hashlib.sha256(document).hexdigest(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    metadata.update(changes)
    return metadata


def post(
    url: str,
    metadata: dict[str, object] | None = None,
    document: bytes = b"%PDF-1.7\nhello",
    key: str | None = None,
    token: str | None = TOKEN,
) -> requests.Response:
    files: dict[str, tuple[str | None, bytes, str]] = {
        "document": ("document.pdf", document, "application/pdf")
    }
    if metadata is not None:
        files["metadata"] = (None, json.dumps(metadata).encode(), "application/json")
    headers = {"Idempotency-Key": key or str(uuid.uuid4())}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(url, files=files, headers=headers, timeout=10)


def test_the_contract_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_the_contract_and_the_receiver_require_the_same_metadata(spec: dict[str, Any]) -> None:
    required = spec["components"]["schemas"]["Metadata"]["required"]
    assert sorted(required) == sorted(receiver_module._METADATA_KEYS)


@pytest.fixture
def url(backoffice_receiver: Receiver) -> str:
    return backoffice_receiver.service_url(SERVICE)


def test_201_then_200_with_the_same_reference(spec: dict[str, Any], url: str) -> None:
    document = b"%PDF-1.7\nhello"
    metadata = metadata_for(document)
    first = post(url, metadata, document, key="k1")
    again = post(url, metadata, document, key="k1")

    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["reference"] == again.json()["reference"]
    for response in (first, again):
        check_conforms(spec, response)


def test_422_for_a_reused_key(spec: dict[str, Any], url: str) -> None:
    document = b"%PDF-1.7\nhello"
    post(url, metadata_for(document), document, key="k2")
    response = post(url, metadata_for(document, page_count=3), document, key="k2")
    assert response.status_code == 422
    check_conforms(spec, response)


@pytest.mark.parametrize(
    "case", ["no metadata", "sha mismatch", "not a pdf", "wrong service", "no key"]
)
def test_400_for_malformed_requests(spec: dict[str, Any], url: str, case: str) -> None:
    document = b"%PDF-1.7\nhello"
    metadata: dict[str, object] | None = metadata_for(document)
    if case == "no metadata":
        metadata = None
    elif case == "sha mismatch":
        metadata = metadata_for(b"other")
    elif case == "not a pdf":
        document = b"GIF89a"
        metadata = metadata_for(document)
    elif case == "wrong service":
        metadata = metadata_for(document, service_id="parking")
    if case == "no key":
        response = requests.post(
            url,
            files={"document": ("d.pdf", document, "application/pdf")},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=10,
        )
    else:
        response = post(url, metadata, document)
    assert response.status_code == 400
    check_conforms(spec, response)


def test_401_without_or_with_a_wrong_token(spec: dict[str, Any], url: str) -> None:
    for token in (None, "wrong"):
        response = post(url, metadata_for(b"%PDF-1.7\nhello"), token=token)
        assert response.status_code == 401
        check_conforms(spec, response)


def test_403_and_413(spec: dict[str, Any], tmp_path: Path) -> None:
    with Receiver(
        tmp_path / "r", token=TOKEN, allowed_services={"parking"}, max_body_bytes=2000
    ) as receiver:
        forbidden = post(receiver.service_url(SERVICE), metadata_for(b"%PDF-1.7\nhello"))
        big = b"%PDF-1.7\n" + b"x" * 5000
        too_large = post(receiver.service_url("parking"), metadata_for(big), big)
    assert (forbidden.status_code, too_large.status_code) == (403, 413)
    check_conforms(spec, forbidden)
    check_conforms(spec, too_large)


def test_readiness_check_proves_the_credentials_and_stores_nothing(
    spec: dict[str, Any], url: str, backoffice_receiver: Receiver
) -> None:
    ready = requests.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    refused = requests.get(url, headers={"Authorization": "Bearer wrong"}, timeout=10)
    anonymous = requests.get(url, timeout=10)

    assert ready.status_code == 200
    assert ready.json() == {"service_id": SERVICE, "accepting": True}
    assert (refused.status_code, anonymous.status_code) == (401, 401)
    for response in (ready, refused, anonymous):
        check_conforms(spec, response)
    assert backoffice_receiver.received() == []


def test_readiness_check_403_for_a_service_not_allowed(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    with Receiver(tmp_path / "r", token=TOKEN, allowed_services={"parking"}) as receiver:
        response = requests.get(
            receiver.service_url(SERVICE), headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
        )
    assert response.status_code == 403
    check_conforms(spec, response)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_transient_failures(
    spec: dict[str, Any], url: str, backoffice_receiver: Receiver, status: int
) -> None:
    backoffice_receiver.fail_next(status)
    response = post(url, metadata_for(b"%PDF-1.7\nhello"))
    assert response.status_code == status
    check_conforms(spec, response)


def test_the_outbox_sends_metadata_that_fits_the_contract(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    outbox = FileOutbox(tmp_path / "outbox", os.urandom(32), Station("demo-01", "woolwich", "DEM"))
    outbox.enqueue(Submission(SERVICE, "ne", {"claim_number": "12345678"}, 3, b"%PDF-1.7\nx"))
    parcel = outbox.parcel(outbox.entries()[0])

    metadata = json.loads(parcel.metadata_json)
    schema = spec["components"]["schemas"]["Metadata"]
    schema_validator(spec, schema).validate(metadata)
    document: Iterator[bytes] = parcel.open_document()
    assert metadata["document_sha256"] == hashlib.sha256(b"".join(document)).hexdigest()
    outbox.close()


def test_call_backs_and_help_messages_the_outbox_sends_fit_the_contract(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    from kiosk.core.help import HelpDesk, help_notification
    from kiosk.core.sending import Notification, ParcelKind, callback_channel

    outbox = FileOutbox(tmp_path / "outbox", os.urandom(32), Station("demo-01", "woolwich", "DEM"))
    callback = {"event": "callback_requested", "service_id": SERVICE, "language": "ne"}
    outbox.notify(
        Notification(
            callback_channel(SERVICE),
            {**callback, "phone": "+442088548888", "preferred_time": "afternoon"},
        )
    )
    outbox.notify(help_notification(HelpDesk().raise_request("details"), "Demo station"))
    schemas = spec["components"]["schemas"]
    for entry, schema in zip(outbox.entries(), ("CallbackRequest", "HelpMessage"), strict=True):
        parcel = outbox.parcel(entry)
        assert parcel.kind is ParcelKind.NOTIFICATION
        body = json.loads(b"".join(parcel.open_document()))
        schema_validator(spec, schemas[schema]).validate(body)
    outbox.close()
