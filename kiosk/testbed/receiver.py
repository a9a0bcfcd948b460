"""Reference back-office receiver: the other end of the contract in design section 6.

A small, real HTTP(S) server for tests and ``make demo``. It accepts
``POST /services/<service_id>`` as ``multipart/form-data`` with a ``metadata`` part
(``application/json``) and a ``document`` part (``application/pdf``), an
``Idempotency-Key`` header and, when started with a token, ``Authorization: Bearer``.

Answers (JSON bodies):

- 201 ``{"reference": "BO-XXXXXXXX"}`` for a new idempotency key;
- 200 with the same reference when the same key comes again with the same body;
- 422 when the same key comes with a different body;
- 400 malformed request, 401 bad token (``WWW-Authenticate: Bearer``), 403 service not
  on the allow-list, 404 unknown path, 405 wrong method, 413 body over the limit.

``GET /services/<service_id>`` is the contract's readiness check (``kiosk-admin
doctor`` uses it): the same authentication as a submission, then 200
``{"service_id": …, "accepting": true}``; nothing is stored and no fault is consumed.

"Same body" means: the ``metadata`` part parsed as JSON is equal as a JSON value (key
order, whitespace and escapes do not matter; it is compared in canonical form: sorted
keys, compact separators, UTF-8) and the ``document`` part is byte-for-byte identical.
The multipart boundary, part order, part headers (file name, charset) and the other
HTTP headers are not part of it. Idempotency keys are global to a receiver, not per
service; the service id is covered anyway because the metadata must name the service
of the path.

Metadata must be a JSON object holding at least ``kiosk_reference``, ``service_id``
(equal to the path's), ``station_id``, ``site``, ``language`` (non-empty strings),
``fields`` (object), ``page_count`` (integer >= 1), ``document_sha256`` (hex sha256 of
the document part) and ``created_at`` (ISO 8601 with a UTC offset). Extra keys are
kept. The document must start with ``%PDF-``.

Accepted submissions are stored as ``<store_dir>/<reference>/`` with
``metadata.json`` (the bytes received), ``document.pdf`` and ``receipt.json``
(idempotency key, body digest, reference, received time). Each directory is written
under a temporary name and renamed into place, and the idempotency index is rebuilt
from the receipts on start, so a restarted receiver still deduplicates.

JSON notifications (issue 8): ``POST /webhooks/<name>`` (a champions' webhook, like a
Teams or Slack incoming webhook: a JSON object with a non-empty ``text``) and ``POST
/callbacks/<service_id>`` (a resident's call-back request: ``kiosk_reference``,
``service_id`` equal to the path's, ``station_id``, ``site``, ``created_at``,
``phone`` in E.164 form ``+44…`` and ``preferred_time`` one of ``morning``,
``afternoon``, ``any``). Both take ``application/json``, the same bearer token and
``Idempotency-Key`` rules (the key is optional for webhooks) and answer 201
``{"reference": …}`` (200 again for the same key and body, 422 for a different body).
They are kept under ``<store_dir>/_notifications/`` and listed by
:meth:`Receiver.notifications` and ``GET /_control/notifications``.

Faults are queued with :meth:`Receiver.fail_next` (or ``POST /_control/faults``) and
each is consumed by the next ``POST`` to ``/services/``, ``/webhooks/`` or
``/callbacks/``, before any other check. A fault
is an HTTP status (400-599, answered with a JSON error; 429 and 503 carry
``Retry-After``, 1 s unless told) or one of :data:`FAULT_KINDS`:

- ``html_502``: a 502 with an HTML page, as a proxy in front of the back office would;
- ``bad_json``: a 201 whose body is not valid JSON;
- ``no_reference``: a 201 with a JSON object without ``reference``;
- ``delay``: read the request, wait ``delay_s``, then handle it normally (so a client
  that timed out may still find its submission stored: the retry gets a 200);
- ``reset``: read the request, then drop the connection with a TCP reset, nothing
  stored;
- ``reset_after_store``: handle and store the request, then reset instead of
  answering (the answer is lost, the retry gets a 200 with the same reference).

``delay_s`` may be given with any fault: the receiver waits that long after reading
the request. Control endpoints (loopback clients only): ``POST /_control/faults``
(``{"kind", "times", "retry_after_s", "delay_s"}``), ``DELETE /_control/faults`` and
``GET /_control/received`` (metadata and references, no document bytes).

The log names the method, path, status and references, never the ``fields`` values
(they are what a resident typed).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import hmac
import ipaddress
import json
import logging
import math
import re
import secrets
import shutil
import signal
import socket
import socketserver
import ssl
import string
import struct
import sys
import tempfile
import threading
from collections import deque
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email import policy
from email.message import Message, MIMEPart
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

FAULT_KINDS: Final = frozenset(
    {"html_502", "bad_json", "no_reference", "delay", "reset", "reset_after_store"}
)
_HANDLED_NORMALLY: Final = frozenset({"delay", "reset_after_store"})

_SERVICE_PATH: Final = re.compile(r"/services/(?P<service>[A-Za-z0-9][A-Za-z0-9._-]{0,127})")
_FAULTS_PATH: Final = "/_control/faults"
_RECEIVED_PATH: Final = "/_control/received"
_NOTIFICATIONS_PATH: Final = "/_control/notifications"
_NOTIFICATION_PATH: Final = re.compile(
    r"/(?P<kind>webhooks|callbacks)/(?P<name>[A-Za-z0-9][A-Za-z0-9._-]{0,127})"
)
_NOTIFICATIONS_DIR: Final = "_notifications"
_CALLBACK_KEYS: Final = ("kiosk_reference", "service_id", "station_id", "site", "created_at")
_CALLBACK_TIMES: Final = frozenset({"morning", "afternoon", "any"})
_E164_UK: Final = re.compile(r"\+44[1-9][0-9]{8,9}")
_REFERENCE_PREFIX: Final = "BO-"
_REFERENCE_ALPHABET: Final = string.ascii_uppercase + string.digits
_REFERENCE_LENGTH: Final = 8
_IDEMPOTENCY_KEY: Final = re.compile(r"[\x21-\x7e]{1,255}")
_LOGGABLE_REFERENCE: Final = re.compile(r"[A-Za-z0-9-]{1,40}")
_SHA256_HEX: Final = re.compile(r"[0-9a-fA-F]{64}")
_TEXT_KEYS: Final = ("kiosk_reference", "service_id", "station_id", "site", "language")
_METADATA_KEYS: Final = (*_TEXT_KEYS, "fields", "page_count", "document_sha256", "created_at")
_PDF_MAGIC: Final = b"%PDF-"
_TMP_PREFIX: Final = ".tmp-"

_DEFAULT_RETRY_AFTER_S: Final = 1
_CONNECTION_TIMEOUT_S: Final = 30.0
_DRAIN_TIMEOUT_S: Final = 2.0
_DRAIN_LIMIT_BYTES: Final = 256 * 1024 * 1024
_CONTROL_BODY_LIMIT_BYTES: Final = 64 * 1024
_MAX_CHUNK_LINE_BYTES: Final = 1024
_MAX_TRAILER_LINES: Final = 64
_POLL_INTERVAL_S: Final = 0.01  # how long stop() may wait for the accept loop

_HTML_502: Final = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclass(frozen=True)
class Submission:
    """One accepted submission as stored by the receiver."""

    reference: str
    idempotency_key: str
    metadata: dict[str, Any]
    document_path: Path
    received_at: datetime


@dataclass(frozen=True)
class Notification:
    """One accepted JSON notification: ``kind`` is "webhooks" or "callbacks"."""

    reference: str
    kind: str
    name: str
    idempotency_key: str | None
    body: dict[str, Any]
    received_at: datetime
    body_digest: str


@dataclass(frozen=True)
class _Receipt:
    submission: Submission
    body_digest: str


@dataclass(frozen=True)
class _Fault:
    kind: int | str
    retry_after_s: int | None
    delay_s: float | None


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()
    log_detail: str = ""


class _RefusedError(Exception):
    """A request answered with an error; ``unread`` is how much body may still come.

    ``unread`` is 0 when the body was read, a byte count when it is known, ``None``
    when it is not (chunked).
    """

    def __init__(self, reply: _Reply, unread: int | None = 0) -> None:
        super().__init__(reply.status)
        self.reply = reply
        self.unread = unread


class _ClientGoneError(ConnectionError):
    """The client closed the connection before sending the whole request."""


def _json_reply(
    status: int, payload: object, headers: tuple[tuple[str, str], ...] = (), log_detail: str = ""
) -> _Reply:
    body = json.dumps(payload).encode("utf-8")
    return _Reply(status, body, headers=headers, log_detail=log_detail)


def _error_reply(status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> _Reply:
    return _json_reply(status, {"error": message}, headers, log_detail=message)


def _refused(status: int, message: str, unread: int | None = 0) -> _RefusedError:
    return _RefusedError(_error_reply(status, message), unread)


# --- faults ---------------------------------------------------------------------------


def _make_fault(kind: object, retry_after_s: object, delay_s: object) -> _Fault:
    if isinstance(kind, str) and kind.isdigit():
        kind = int(kind)
    if isinstance(kind, bool) or not isinstance(kind, int | str):
        raise ValueError(f"a fault is an HTTP status or one of {sorted(FAULT_KINDS)}")
    if isinstance(kind, int) and not 400 <= kind <= 599:
        raise ValueError(f"fault status must be 400-599, not {kind}")
    if isinstance(kind, str) and kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault {kind!r}; use a status or one of {sorted(FAULT_KINDS)}")
    if retry_after_s is not None and (
        isinstance(retry_after_s, bool) or not isinstance(retry_after_s, int) or retry_after_s < 0
    ):
        raise ValueError("retry_after_s must be a whole number of seconds >= 0")
    if delay_s is not None and (
        isinstance(delay_s, bool)
        or not isinstance(delay_s, int | float)
        or not math.isfinite(delay_s)
        or delay_s < 0
    ):
        raise ValueError("delay_s must be a number of seconds >= 0")
    if kind == "delay" and not delay_s:
        raise ValueError("the delay fault needs delay_s > 0")
    return _Fault(kind, retry_after_s, float(delay_s) if delay_s is not None else None)


def _fault_reply(fault: _Fault) -> _Reply:
    detail = f"injected {fault.kind}"
    if isinstance(fault.kind, int):
        return _status_fault_reply(fault.kind, fault.retry_after_s)
    if fault.kind == "html_502":
        return _Reply(502, _HTML_502, "text/html; charset=utf-8", log_detail=detail)
    if fault.kind == "bad_json":
        return _Reply(201, b'{"reference": "BO-', log_detail=detail)
    if fault.kind == "no_reference":
        return _json_reply(201, {"status": "received"}, log_detail=detail)
    raise AssertionError(f"fault {fault.kind!r} has no canned reply")


def _status_fault_reply(status: int, retry_after_s: int | None) -> _Reply:
    headers: list[tuple[str, str]] = []
    if retry_after_s is None and status in (429, 503):
        retry_after_s = _DEFAULT_RETRY_AFTER_S
    if retry_after_s is not None:
        headers.append(("Retry-After", str(retry_after_s)))
    if status == 401:
        headers.append(("WWW-Authenticate", "Bearer"))
    return _error_reply(status, f"injected fault {status}", tuple(headers))


# --- request checks -------------------------------------------------------------------


def _check_bearer(headers: Message, token: str) -> None:
    scheme, _, presented = (headers.get("Authorization") or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        raise _RefusedError(
            _error_reply(401, "bearer token required", (("WWW-Authenticate", "Bearer"),))
        )
    if not hmac.compare_digest(presented.strip().encode(), token.encode()):
        challenge = 'Bearer error="invalid_token"'
        raise _RefusedError(
            _error_reply(401, "bearer token not accepted", (("WWW-Authenticate", challenge),))
        )


def _idempotency_key(headers: Message) -> str:
    key = (headers.get("Idempotency-Key") or "").strip()
    if not _IDEMPOTENCY_KEY.fullmatch(key):
        raise _refused(400, "Idempotency-Key header missing or not 1-255 visible ASCII chars")
    return key


def _parse_parts(content_type: str | None, body: bytes) -> dict[str, MIMEPart]:
    if not content_type or not content_type.lower().startswith("multipart/form-data"):
        raise _refused(400, "body must be multipart/form-data")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n"
    message = BytesParser(policy=policy.HTTP).parsebytes(
        head.encode("latin-1", errors="replace") + body
    )
    if message.get_boundary() is None or not message.is_multipart():
        raise _refused(400, "multipart body without a boundary")
    parts: dict[str, MIMEPart] = {}
    for part in message.iter_parts():
        name = _part_name(part)
        if name in parts:
            raise _refused(400, f"part {name!r} sent twice")
        parts[name] = part
    return parts


def _part_name(part: MIMEPart) -> str:
    raw = part.get_param("name", header="content-disposition")
    name = collapse_rfc2231_value(raw) if raw is not None else ""
    if part.get_content_disposition() != "form-data" or not name:
        raise _refused(400, "every part needs Content-Disposition: form-data with a name")
    return name


def _part_bytes(parts: dict[str, MIMEPart], name: str, content_type: str) -> bytes:
    part = parts.get(name)
    if part is None:
        raise _refused(400, f"part {name!r} is missing")
    if part.get_content_type() != content_type:
        raise _refused(400, f"part {name!r} must be {content_type}")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise _refused(400, f"part {name!r} has no content")
    return payload


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key in JSON object")
    return result


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _parse_metadata(raw: bytes) -> dict[str, Any]:
    try:
        metadata = json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_reject_duplicate_keys,
            parse_constant=_reject_constant,
        )
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise _refused(400, f"metadata is not UTF-8 JSON: {type(exc).__name__}") from None
    if not isinstance(metadata, dict):
        raise _refused(400, "metadata must be a JSON object")
    return metadata


def _validate_metadata(metadata: dict[str, Any], service_id: str) -> None:
    missing = [key for key in _METADATA_KEYS if key not in metadata]
    if missing:
        raise _refused(400, f"metadata is missing {', '.join(missing)}")
    for key in _TEXT_KEYS:
        if not isinstance(metadata[key], str) or not metadata[key].strip():
            raise _refused(400, f"metadata {key} must be a non-empty string")
    if metadata["service_id"] != service_id:
        raise _refused(400, "metadata service_id does not match the service in the path")
    if not isinstance(metadata["fields"], dict):
        raise _refused(400, "metadata fields must be an object")
    page_count = metadata["page_count"]
    if isinstance(page_count, bool) or not isinstance(page_count, int) or page_count < 1:
        raise _refused(400, "metadata page_count must be an integer >= 1")
    _validate_created_at(metadata["created_at"])


def _validate_created_at(value: object) -> None:
    try:
        created_at = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        created_at = None
    if created_at is None or created_at.utcoffset() is None:
        raise _refused(400, "metadata created_at must be an ISO 8601 time with a UTC offset")


def _validate_document(document: bytes, declared_sha256: object) -> None:
    if not document.startswith(_PDF_MAGIC):
        raise _refused(400, "document is not a PDF (no %PDF- header)")
    if not isinstance(declared_sha256, str) or not _SHA256_HEX.fullmatch(declared_sha256):
        raise _refused(400, "metadata document_sha256 must be 64 hex digits")
    if declared_sha256.lower() != hashlib.sha256(document).hexdigest():
        raise _refused(400, "metadata document_sha256 does not match the document")


def _loggable(kiosk_reference: object) -> str:
    # Only something shaped like a kiosk reference goes to the log, never free text.
    if isinstance(kiosk_reference, str) and _LOGGABLE_REFERENCE.fullmatch(kiosk_reference):
        return kiosk_reference
    return "?"


def _body_digest(metadata: dict[str, Any], document: bytes) -> str:
    canonical = json.dumps(
        metadata, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    digest = hashlib.sha256()
    digest.update(len(canonical).to_bytes(8, "big"))
    digest.update(canonical)
    digest.update(document)
    return digest.hexdigest()


def _validate_notification(kind: str, body: dict[str, Any]) -> None:
    if kind == "webhooks":
        if not isinstance(body.get("text"), str) or not body["text"].strip():
            raise _refused(400, "a webhook message needs a non-empty text")
        return
    missing = [key for key in (*_CALLBACK_KEYS, "phone", "preferred_time") if key not in body]
    if missing:
        raise _refused(400, f"call-back request is missing {', '.join(missing)}")
    for key in _CALLBACK_KEYS:
        if not isinstance(body[key], str) or not body[key].strip():
            raise _refused(400, f"call-back {key} must be a non-empty string")
    if not isinstance(body["phone"], str) or not _E164_UK.fullmatch(body["phone"]):
        raise _refused(400, "call-back phone must be a UK number in E.164 form (+44...)")
    if body["preferred_time"] not in _CALLBACK_TIMES:
        raise _refused(400, f"call-back preferred_time must be one of {sorted(_CALLBACK_TIMES)}")
    _validate_created_at(body["created_at"])


def _notification_json(notification: Notification) -> dict[str, Any]:
    return {
        "reference": notification.reference,
        "kind": notification.kind,
        "name": notification.name,
        "idempotency_key": notification.idempotency_key,
        "received_at": notification.received_at.isoformat(),
        "body_digest": notification.body_digest,
        "body": notification.body,
    }


# --- addresses ------------------------------------------------------------------------


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


# --- storage --------------------------------------------------------------------------


def _write_submission(
    store_dir: Path, receipt: _Receipt, metadata_raw: bytes, document: bytes
) -> None:
    submission = receipt.submission
    staging = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=store_dir))
    (staging / "metadata.json").write_bytes(metadata_raw)
    (staging / "document.pdf").write_bytes(document)
    receipt_json = {
        "reference": submission.reference,
        "idempotency_key": submission.idempotency_key,
        "body_digest": receipt.body_digest,
        "service_id": submission.metadata["service_id"],
        "kiosk_reference": submission.metadata["kiosk_reference"],
        "document_bytes": len(document),
        "received_at": submission.received_at.isoformat(),
    }
    (staging / "receipt.json").write_text(json.dumps(receipt_json, indent=2) + "\n")
    # One rename makes the whole submission appear at once. No fsync: this is a test
    # part, and killing the process (what the crash tests do) keeps the page cache.
    staging.rename(submission.document_path.parent)


def _read_receipt(directory: Path) -> _Receipt | None:
    try:
        receipt = json.loads((directory / "receipt.json").read_text())
        metadata = json.loads((directory / "metadata.json").read_bytes())
        submission = Submission(
            reference=receipt["reference"],
            idempotency_key=receipt["idempotency_key"],
            metadata=metadata,
            document_path=directory / "document.pdf",
            received_at=datetime.fromisoformat(receipt["received_at"]),
        )
        return _Receipt(submission, receipt["body_digest"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger.warning("skipping unreadable submission %s: %s", directory.name, exc)
        return None


# --- the server -----------------------------------------------------------------------


class Receiver:
    """The reference back office, serving in a background thread."""

    def __init__(
        self,
        store_dir: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        max_body_bytes: int = 100 * 1024 * 1024,
        ssl_context: ssl.SSLContext | None = None,
        allowed_services: set[str] | None = None,
        allow_non_loopback: bool = False,
    ) -> None:
        if not allow_non_loopback and not _is_loopback(host):
            raise ValueError(
                f"refusing to serve on non-loopback host {host!r}; pass allow_non_loopback=True"
            )
        if token is not None and not token:
            raise ValueError("token must not be empty")
        if max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        self.store_dir = Path(store_dir)
        self.host = host
        self.max_body_bytes = max_body_bytes
        self._port = port
        self._token = token
        self._ssl_context = ssl_context
        self._allowed_services = (
            frozenset(allowed_services) if allowed_services is not None else None
        )
        self._lock = threading.Lock()
        self._faults: deque[_Fault] = deque()
        self._receipts: dict[str, _Receipt] = {}
        self._notifications: list[Notification] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._bound_port: int | None = None
        self._stopping = threading.Event()

    # lifecycle

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("receiver already started")
        self._load_store()
        self._stopping.clear()
        server = _Server(self, self.host, self._port, self._ssl_context)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_INTERVAL_S},
            name=f"receiver-{server.port}",
            daemon=True,
        )
        # The server thread and its handler threads inherit this mask: with SIGPIPE
        # blocked, answering a client that was killed (the crash tests) is an EPIPE,
        # even if a C library in the process has reset SIGPIPE to its default.
        previous_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})
        try:
            thread.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous_mask)
        self._server, self._thread, self._bound_port = server, thread, server.port
        logger.info("receiver listening on %s, storing in %s", self.url, self.store_dir)
        return self

    def stop(self) -> None:
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None or thread is None:
            return
        self._stopping.set()
        server.shutdown()
        server.abort_connections()
        server.server_close()
        thread.join()
        logger.info("receiver stopped")

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound port; after stop() the port it had."""
        if self._bound_port is None:
            raise RuntimeError("receiver not started")
        return self._bound_port

    @property
    def url(self) -> str:
        scheme = "https" if self._ssl_context is not None else "http"
        return f"{scheme}://{_url_host(self.host)}:{self.port}"

    def service_url(self, service_id: str) -> str:
        return f"{self.url}/services/{service_id}"

    # test handles

    def received(self) -> list[Submission]:
        with self._lock:
            submissions = [receipt.submission for receipt in self._receipts.values()]
        submissions.sort(key=lambda submission: submission.received_at)
        return [replace(s, metadata=copy.deepcopy(s.metadata)) for s in submissions]

    def notifications(self, kind: str | None = None) -> list[Notification]:
        """JSON notifications received, oldest first ("webhooks" or "callbacks" only)."""
        with self._lock:
            found = [n for n in self._notifications if kind is None or n.kind == kind]
        return [replace(n, body=copy.deepcopy(n.body)) for n in found]

    def fail_next(
        self,
        status_or_kind: int | str,
        times: int = 1,
        retry_after_s: int | None = None,
        delay_s: float | None = None,
    ) -> None:
        """Queue a fault for each of the next ``times`` submissions (see module doc)."""
        fault = _make_fault(status_or_kind, retry_after_s, delay_s)
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError("times must be an integer >= 1")
        with self._lock:
            self._faults.extend([fault] * times)

    def clear_faults(self) -> None:
        self._drop_faults()

    # used by the request handler

    def _drop_faults(self) -> int:
        with self._lock:
            count = len(self._faults)
            self._faults.clear()
        return count

    def _take_fault(self) -> _Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def _pause(self, delay_s: float) -> bool:
        """Wait, unless the receiver is stopping; True when the full delay passed."""
        return not self._stopping.wait(delay_s)

    def _readiness(self, service_id: str, headers: Message) -> _Reply:
        self._check_client(service_id, headers)
        return _json_reply(
            200, {"service_id": service_id, "accepting": True}, log_detail="readiness"
        )

    def _check_client(self, service_id: str, headers: Message) -> None:
        if self._token is not None:
            _check_bearer(headers, self._token)
        if self._allowed_services is not None and service_id not in self._allowed_services:
            raise _refused(403, f"this client may not send to service {service_id!r}")

    def _submit(self, service_id: str, headers: Message, body: bytes) -> _Reply:
        self._check_client(service_id, headers)
        key = _idempotency_key(headers)
        parts = _parse_parts(headers.get("Content-Type"), body)
        metadata_raw = _part_bytes(parts, "metadata", "application/json")
        document = _part_bytes(parts, "document", "application/pdf")
        metadata = _parse_metadata(metadata_raw)
        kiosk_reference = _loggable(metadata.get("kiosk_reference"))
        try:
            _validate_metadata(metadata, service_id)
            _validate_document(document, metadata["document_sha256"])
        except _RefusedError as refused:
            detail = f"{refused.reply.log_detail} kiosk_reference={kiosk_reference}"
            raise _RefusedError(replace(refused.reply, log_detail=detail)) from None
        return self._record(key, _body_digest(metadata, document), metadata_raw, metadata, document)

    def _record(
        self, key: str, digest: str, metadata_raw: bytes, metadata: dict[str, Any], document: bytes
    ) -> _Reply:
        kiosk_reference = _loggable(metadata["kiosk_reference"])
        with self._lock:
            known = self._receipts.get(key)
            if known is None:
                known = self._store(key, digest, metadata_raw, metadata, document)
                status = 201
            elif known.body_digest != digest:
                message = "Idempotency-Key already used with a different request body"
                return _error_reply(422, f"{message} kiosk_reference={kiosk_reference}")
            else:
                status = 200
        reference = known.submission.reference
        detail = f"kiosk_reference={kiosk_reference} reference={reference}"
        return _json_reply(status, {"reference": reference}, log_detail=detail)

    def _store(
        self, key: str, digest: str, metadata_raw: bytes, metadata: dict[str, Any], document: bytes
    ) -> _Receipt:
        reference = self._new_reference()
        submission = Submission(
            reference=reference,
            idempotency_key=key,
            metadata=metadata,
            document_path=self.store_dir / reference / "document.pdf",
            received_at=datetime.now(UTC),
        )
        receipt = _Receipt(submission, digest)
        _write_submission(self.store_dir, receipt, metadata_raw, document)
        self._receipts[key] = receipt
        return receipt

    def _notify(self, kind: str, name: str, headers: Message, body: bytes) -> _Reply:
        self._check_client(name, headers)
        key = (headers.get("Idempotency-Key") or "").strip() or None
        if key is None and kind == "callbacks":
            key = _idempotency_key(headers)  # refuses with the reason
        elif key is not None and not _IDEMPOTENCY_KEY.fullmatch(key):
            raise _refused(400, "Idempotency-Key header not 1-255 visible ASCII chars")
        content_type = (headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        if content_type != "application/json":
            raise _refused(400, "body must be application/json")
        payload = _parse_metadata(body)
        kiosk_reference = _loggable(payload.get("kiosk_reference"))
        try:
            _validate_notification(kind, payload)
        except _RefusedError as refused:
            detail = f"{refused.reply.log_detail} kiosk_reference={kiosk_reference}"
            raise _RefusedError(replace(refused.reply, log_detail=detail)) from None
        digest = _body_digest(payload, b"")
        with self._lock:
            known = next(
                (n for n in self._notifications if key is not None and n.idempotency_key == key),
                None,
            )
            if known is None:
                known = Notification(
                    self._new_reference(), kind, name, key, payload, datetime.now(UTC), digest
                )
                self._write_notification(known)
                self._notifications.append(known)
                status = 201
            elif known.body_digest != digest:
                message = "Idempotency-Key already used with a different request body"
                return _error_reply(422, f"{message} kiosk_reference={kiosk_reference}")
            else:
                status = 200
        detail = f"{kind} kiosk_reference={kiosk_reference} reference={known.reference}"
        return _json_reply(status, {"reference": known.reference}, log_detail=detail)

    def _write_notification(self, notification: Notification) -> None:
        folder = self.store_dir / _NOTIFICATIONS_DIR
        folder.mkdir(exist_ok=True)
        temp = folder / f"{_TMP_PREFIX}{notification.reference}.json"
        temp.write_text(json.dumps(_notification_json(notification), indent=2) + "\n")
        temp.rename(folder / f"{notification.reference}.json")

    def _load_notifications(self) -> list[Notification]:
        folder = self.store_dir / _NOTIFICATIONS_DIR
        found = []
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            if path.name.startswith(_TMP_PREFIX):
                path.unlink(missing_ok=True)
                continue
            try:
                raw = json.loads(path.read_text())
                found.append(
                    Notification(
                        raw["reference"],
                        raw["kind"],
                        raw["name"],
                        raw["idempotency_key"],
                        raw["body"],
                        datetime.fromisoformat(raw["received_at"]),
                        raw["body_digest"],
                    )
                )
            except (OSError, ValueError, KeyError, TypeError) as exc:
                logger.warning("skipping unreadable notification %s: %s", path.name, exc)
        return sorted(found, key=lambda n: n.received_at)

    def _new_reference(self) -> str:
        taken = {receipt.submission.reference for receipt in self._receipts.values()}
        taken |= {n.reference for n in self._notifications}
        while True:
            code = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(_REFERENCE_LENGTH))
            reference = _REFERENCE_PREFIX + code
            if reference not in taken and not (self.store_dir / reference).exists():
                return reference

    def _load_store(self) -> None:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        receipts: dict[str, _Receipt] = {}
        for entry in sorted(self.store_dir.iterdir()):
            if entry.name == _NOTIFICATIONS_DIR:
                continue
            if entry.name.startswith(_TMP_PREFIX):
                shutil.rmtree(entry, ignore_errors=True)  # a write cut short by a kill
            elif entry.is_dir() and (receipt := _read_receipt(entry)) is not None:
                receipts[receipt.submission.idempotency_key] = receipt
        notifications = self._load_notifications()
        with self._lock:
            self._receipts = receipts
            self._notifications = notifications
        logger.info("receiver store %s holds %d submissions", self.store_dir, len(receipts))

    def _received_json(self) -> list[dict[str, Any]]:
        return [
            {
                "reference": submission.reference,
                "idempotency_key": submission.idempotency_key,
                "received_at": submission.received_at.isoformat(),
                "document_path": str(submission.document_path),
                "metadata": submission.metadata,
            }
            for submission in self.received()
        ]

    def _control_faults(self, payload: object) -> _Reply:
        if not isinstance(payload, dict) or "kind" not in payload:
            raise _refused(400, 'send a JSON object like {"kind": 503, "times": 1}')
        unknown = set(payload) - {"kind", "times", "retry_after_s", "delay_s"}
        if unknown:
            raise _refused(400, f"unknown fault settings: {', '.join(sorted(unknown))}")
        try:
            self.fail_next(
                payload["kind"],
                times=payload.get("times", 1),
                retry_after_s=payload.get("retry_after_s"),
                delay_s=payload.get("delay_s"),
            )
        except ValueError as exc:
            raise _refused(400, str(exc)) from None
        with self._lock:
            pending = len(self._faults)
        return _json_reply(200, {"pending": pending})


def _is_abortive(conn: socket.socket) -> bool:
    onoff, seconds = struct.unpack("ii", conn.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
    return bool(onoff) and seconds == 0


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = True  # server_close() joins the handler threads

    def __init__(
        self, receiver: Receiver, host: str, port: int, ssl_context: ssl.SSLContext | None
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.receiver = receiver
        self.ssl_context = ssl_context
        self._live: set[socket.socket] = set()
        self._live_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    @property
    def port(self) -> int:
        return int(self.socket.getsockname()[1])

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host up with socket.getfqdn(), which can hang
        # for seconds without DNS; nothing here needs the name.
        socketserver.TCPServer.server_bind(self)
        self.server_name = self.receiver.host
        self.server_port = self.port

    def process_request(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        # Tracked here, in the accept loop, so that once shutdown() has returned every
        # accepted connection is known to abort_connections().
        assert isinstance(request, socket.socket)
        self._track(request)
        super().process_request(request, client_address)

    def finish_request(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        assert isinstance(request, socket.socket)
        request.settimeout(_CONNECTION_TIMEOUT_S)
        conn = request
        try:
            if self.ssl_context is not None:
                # Handshake here, in the connection's thread, not in the accept loop.
                conn = self._swap(request, self.ssl_context.wrap_socket(request, server_side=True))
            _Handler(conn, client_address, self)
        finally:
            self._untrack(conn)
            _close(conn)

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, OSError):
            logger.debug("connection from %s ended: %r", client_address, error)
        else:
            logger.exception("receiver failed on a request from %s", client_address)

    def abort_connections(self) -> None:
        """Unblock handler threads waiting on their clients (used by stop)."""
        with self._live_lock:
            for conn in self._live:
                # The plain socket's shutdown, also for TLS sockets: SSLSocket's would
                # drop its TLS state under the thread still reading from it.
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(conn, socket.SHUT_RDWR)

    def _track(self, conn: socket.socket) -> None:
        with self._live_lock:
            self._live.add(conn)

    def _untrack(self, conn: socket.socket) -> None:
        with self._live_lock:
            self._live.discard(conn)

    def _swap(self, old: socket.socket, new: socket.socket) -> socket.socket:
        with self._live_lock:
            self._live.discard(old)
            self._live.add(new)
        return new


def _close(conn: socket.socket) -> None:
    try:
        if not _is_abortive(conn):
            socket.socket.shutdown(conn, socket.SHUT_WR)
    except OSError:
        pass
    conn.close()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # every answer still closes the connection
    server_version = "kiosk-testbed-receiver"
    timeout = _CONNECTION_TIMEOUT_S

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def do_PUT(self) -> None:
        self._route()

    def do_DELETE(self) -> None:
        self._route()

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s - " + format, self.client_address[0], *args)

    # routing

    def _route(self) -> None:
        path = urlsplit(self.path).path
        try:
            if path.startswith("/_control/"):
                self._control(path)
            elif (notification := _NOTIFICATION_PATH.fullmatch(path)) is not None:
                if self.command != "POST":
                    raise _RefusedError(
                        _error_reply(405, "use POST", (("Allow", "POST"),)), self._declared_body()
                    )
                self._post_notification(notification["kind"], notification["name"])
            elif (match := _SERVICE_PATH.fullmatch(path)) is None:
                raise _refused(404, "no such path", self._declared_body())
            elif self.command == "GET":
                self._send(self._readiness(match["service"]))
            elif self.command != "POST":
                raise _RefusedError(
                    _error_reply(405, "use GET or POST", (("Allow", "GET, POST"),)),
                    self._declared_body(),
                )
            else:
                self._post_service(match["service"])
        except _RefusedError as refused:
            self._send(refused.reply)
            self._discard_body(refused.unread)
        except _ClientGoneError:
            logger.debug("%s %s: client went away mid-request", self.command, path)

    def _post_service(self, service_id: str) -> None:
        receiver = self.server.receiver
        fault = receiver._take_fault()
        body = self._read_body(receiver.max_body_bytes)
        if fault is not None and fault.delay_s and not receiver._pause(fault.delay_s):
            self._reset("receiver stopping")
        elif fault is not None and fault.kind == "reset":
            self._reset("injected reset")
        elif fault is not None and fault.kind not in _HANDLED_NORMALLY:
            self._send(_fault_reply(fault))
        else:
            reply = self._submit(service_id, body)
            if fault is not None and fault.kind == "reset_after_store":
                self._reset(f"injected reset after {reply.status} {reply.log_detail}")
            else:
                self._send(reply)

    def _post_notification(self, kind: str, name: str) -> None:
        receiver = self.server.receiver
        fault = receiver._take_fault()
        body = self._read_body(_CONTROL_BODY_LIMIT_BYTES)
        if fault is not None and fault.delay_s and not receiver._pause(fault.delay_s):
            self._reset("receiver stopping")
        elif fault is not None and fault.kind == "reset":
            self._reset("injected reset")
        elif fault is not None and fault.kind not in _HANDLED_NORMALLY:
            self._send(_fault_reply(fault))
        else:
            try:
                reply = receiver._notify(kind, name, self.headers, body)
            except _RefusedError as refused:
                reply = refused.reply
            if fault is not None and fault.kind == "reset_after_store":
                self._reset(f"injected reset after {reply.status} {reply.log_detail}")
            else:
                self._send(reply)

    def _readiness(self, service_id: str) -> _Reply:
        try:
            return self.server.receiver._readiness(service_id, self.headers)
        except _RefusedError as refused:
            return refused.reply

    def _submit(self, service_id: str, body: bytes) -> _Reply:
        try:
            return self.server.receiver._submit(service_id, self.headers, body)
        except _RefusedError as refused:
            return refused.reply
        except Exception:
            logger.exception("receiver failed to handle a submission for %s", service_id)
            return _error_reply(500, "receiver error")

    def _control(self, path: str) -> None:
        if not _is_loopback(self.client_address[0]):
            raise _refused(
                403, "control endpoints answer loopback clients only", self._declared_body()
            )
        receiver = self.server.receiver
        route = (self.command, path)
        if route == ("POST", _FAULTS_PATH):
            self._send(receiver._control_faults(self._read_json(_CONTROL_BODY_LIMIT_BYTES)))
        elif route == ("DELETE", _FAULTS_PATH):
            self._send(_json_reply(200, {"cleared": receiver._drop_faults()}))
        elif route == ("GET", _RECEIVED_PATH):
            self._send(_json_reply(200, receiver._received_json()))
        elif route == ("GET", _NOTIFICATIONS_PATH):
            self._send(_json_reply(200, [_notification_json(n) for n in receiver.notifications()]))
        elif path in (_FAULTS_PATH, _RECEIVED_PATH, _NOTIFICATIONS_PATH):
            allow = "POST, DELETE" if path == _FAULTS_PATH else "GET"
            raise _RefusedError(
                _error_reply(405, f"use {allow}", (("Allow", allow),)), self._declared_body()
            )
        else:
            raise _refused(404, "no such path", self._declared_body())

    # reading

    def _declared_body(self) -> int | None:
        if self.headers.get("Transfer-Encoding") is not None:
            return None
        try:
            return max(0, int(self.headers.get("Content-Length") or "0"))
        except ValueError:
            return None

    def _read_body(self, limit: int) -> bytes:
        transfer_encoding = self.headers.get("Transfer-Encoding")
        content_length = self.headers.get("Content-Length")
        if transfer_encoding is not None:
            if content_length is not None or transfer_encoding.strip().lower() != "chunked":
                raise _refused(400, "only chunked Transfer-Encoding, without Content-Length", None)
            return self._read_chunked(limit)
        try:
            length = int(content_length or "0")
        except ValueError:
            raise _refused(400, "bad Content-Length", None) from None
        if length < 0:
            raise _refused(400, "bad Content-Length", None)
        if length > limit:
            raise _refused(413, f"body over the limit of {limit} bytes", length)
        return self._read_exactly(length)

    def _read_exactly(self, length: int) -> bytes:
        data = self.rfile.read(length)
        if len(data) < length:
            raise _ClientGoneError
        return data

    def _read_chunked(self, limit: int) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while (size := self._chunk_size()) > 0:
            total += size
            if total > limit:
                raise _refused(413, f"body over the limit of {limit} bytes", None)
            chunks.append(self._read_exactly(size + 2)[:size])  # data + CRLF
        for _ in range(_MAX_TRAILER_LINES):
            if self.rfile.readline(_MAX_CHUNK_LINE_BYTES).strip() == b"":
                break
        return b"".join(chunks)

    def _chunk_size(self) -> int:
        line = self.rfile.readline(_MAX_CHUNK_LINE_BYTES)
        if not line:
            raise _ClientGoneError
        try:
            return int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise _refused(400, "bad chunk size", None) from None

    def _read_json(self, limit: int) -> object:
        body = self._read_body(limit)
        try:
            return json.loads(body)
        except ValueError:
            raise _refused(400, "body must be JSON") from None

    def _discard_body(self, unread: int | None) -> None:
        """Read what the client is still sending after an early answer.

        Closing a socket with unread data makes the kernel send a reset, and the client
        would then see a connection error instead of the answer (RFC 9112 section 9.6).
        """
        remaining = _DRAIN_LIMIT_BYTES if unread is None else min(unread, _DRAIN_LIMIT_BYTES)
        try:
            self.connection.settimeout(_DRAIN_TIMEOUT_S)
            while remaining > 0 and (chunk := self.rfile.read1(min(remaining, 65536))):
                remaining -= len(chunk)
        except OSError:
            pass

    # answering

    def _send(self, reply: _Reply) -> None:
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers:
                self.send_header(name, value)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError as exc:
            logger.info("%s %s -> %d not delivered: %r", self.command, self.path, reply.status, exc)
            return
        logger.info("%s %s -> %d %s", self.command, self.path, reply.status, reply.log_detail)

    def _reset(self, why: str) -> None:
        # SO_LINGER on with a zero timeout turns close() into a TCP reset.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        logger.info("%s %s -> connection reset (%s)", self.command, self.path, why)


# --- command line ---------------------------------------------------------------------


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.testbed.receiver",
        description="Reference back-office receiver for tests and the demo.",
    )
    parser.add_argument("--store", type=Path, required=True, help="directory for submissions")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token-file", type=Path, help="file holding the bearer token")
    parser.add_argument("--max-body-mb", type=float, default=100.0)
    parser.add_argument("--allow-service", action="append", help="allow only these services")
    parser.add_argument("--allow-non-loopback", action="store_true")
    parser.add_argument("--tls-cert", type=Path, help="PEM certificate chain: serve HTTPS")
    parser.add_argument("--tls-key", type=Path, help="PEM private key (if not in --tls-cert)")
    parser.add_argument("--tls-client-ca", type=Path, help="require client certs from this CA")
    return parser.parse_args(argv)


def _server_ssl_context(args: argparse.Namespace) -> ssl.SSLContext | None:
    if args.tls_cert is None:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.tls_cert, args.tls_key)
    if args.tls_client_ca is not None:
        context.load_verify_locations(args.tls_client_ca)
        context.verify_mode = ssl.CERT_REQUIRED
    return context


def _receiver_from_args(args: argparse.Namespace) -> Receiver:
    token = args.token_file.read_text().strip() if args.token_file is not None else None
    return Receiver(
        args.store,
        host=args.host,
        port=args.port,
        token=token,
        max_body_bytes=int(args.max_body_mb * 1024 * 1024),
        ssl_context=_server_ssl_context(args),
        allowed_services=set(args.allow_service) if args.allow_service else None,
        allow_non_loopback=args.allow_non_loopback,
    )


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    stop_signals = {signal.SIGINT, signal.SIGTERM}
    # Blocked before the server threads exist so they inherit the mask: the signals then
    # wait for sigwait() in this thread instead of landing in a server thread.
    previous_mask = signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    try:
        try:
            receiver = _receiver_from_args(args).start()
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            print(f"receiver: {exc}", file=sys.stderr)
            return 2
        try:
            print(f"receiver listening on {receiver.url}", flush=True)
            signal.sigwait(stop_signals)
        finally:
            receiver.stop()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous_mask)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
