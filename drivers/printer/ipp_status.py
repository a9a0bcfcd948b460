"""Ask an IPP printer directly how it is: Get-Printer-Attributes (RFC 8011 4.2.5).

Why not only cupsd: cupsd learns the device's state only while its `ipp`
backend runs a job, so an idle queue says "idle, none" while the printer has
no paper. Asking the device (every IPP Everywhere printer, and USB printers
through ipp-usb) lets staff see "out of paper" before a resident prints.

Why not pycups for this: it cannot decode the octetString attributes that
carry tray and supply levels (`printer-input-tray`, `printer-supply`, PWG
5100.13), which say whether *every* tray is empty or only one.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import ssl
    from http import client as http_client
else:
    # Not before the first frame (kiosk/lazy_import.py): the first status read.
    http_client = lazy_import("http.client")
    ssl = lazy_import("ssl")

IPP_VERSION = b"\x02\x00"
OP_GET_PRINTER_ATTRIBUTES = 0x000B
TAG_OPERATION, TAG_END = 0x01, 0x03
TAG_INTEGER, TAG_ENUM = 0x21, 0x23
TAG_BEGIN_COLLECTION, TAG_END_COLLECTION = 0x34, 0x37
TAG_CHARSET, TAG_LANGUAGE, TAG_URI, TAG_KEYWORD = 0x47, 0x48, 0x45, 0x44
STRING_TAGS = frozenset(range(0x41, 0x4A)) | {0x30}  # text, name, keyword, uri, octetString…
DEVICE_TIMEOUT_S = 1.5

REQUESTED = (
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-input-tray",
    "printer-supply",
    "printer-supply-description",
)


class DeviceUnreachableError(OSError):
    """The printer did not answer (switched off, unplugged, wrong address)."""


@dataclass(frozen=True)
class DeviceStatus:
    printer_state: int | None
    reasons: tuple[str, ...]
    message: str
    tray_levels: tuple[int, ...]  # sheets per tray; -1/-2/-3 mean unknown (PWG 5100.13)
    supplies: tuple[tuple[str, int | None], ...] = field(default=())


def get_device_status(uri: str, timeout_s: float = DEVICE_TIMEOUT_S) -> DeviceStatus:
    """Get-Printer-Attributes on an ipp:// or ipps:// `uri`; DeviceUnreachableError if silent."""
    parts = urlsplit(uri)
    secure = parts.scheme == "ipps"
    host = parts.hostname or "localhost"
    port = parts.port or 631
    connection: http_client.HTTPConnection
    if secure:
        # A status read on the station's own printer; its certificate is self-signed.
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http_client.HTTPSConnection(host, port, timeout=timeout_s, context=context)
    else:
        connection = http_client.HTTPConnection(host, port, timeout=timeout_s)
    try:
        connection.request(
            "POST",
            parts.path or "/ipp/print",
            body=_request(uri),
            headers={"Content-Type": "application/ipp"},
        )
        response = connection.getresponse()
        body = response.read()
    except (OSError, http_client.HTTPException) as error:
        raise DeviceUnreachableError(f"{host}:{port}: {error}") from error
    finally:
        connection.close()
    if response.status != 200 or len(body) < 8:
        raise DeviceUnreachableError(f"{host}:{port}: HTTP {response.status}")
    return _status(parse_attributes(body))


def _request(uri: str) -> bytes:
    out = bytearray(IPP_VERSION + struct.pack(">HI", OP_GET_PRINTER_ATTRIBUTES, 1))
    out.append(TAG_OPERATION)
    out += _attribute(TAG_CHARSET, "attributes-charset", b"utf-8")
    out += _attribute(TAG_LANGUAGE, "attributes-natural-language", b"en")
    out += _attribute(TAG_URI, "printer-uri", uri.encode())
    for index, name in enumerate(REQUESTED):
        out += _attribute(TAG_KEYWORD, "requested-attributes" if index == 0 else "", name.encode())
    out.append(TAG_END)
    return bytes(out)


def _attribute(tag: int, name: str, value: bytes) -> bytes:
    encoded = name.encode()
    return struct.pack(">BH", tag, len(encoded)) + encoded + struct.pack(">H", len(value)) + value


def parse_attributes(body: bytes) -> dict[str, list[int | str]]:
    """The top-level attributes of an IPP response (collections are skipped)."""
    attributes: dict[str, list[int | str]] = {}
    position, depth, current = 8, 0, ""
    while position < len(body):
        tag = body[position]
        position += 1
        if tag == TAG_END:
            break
        if tag < 0x10:  # a group delimiter
            continue
        (name_length,) = struct.unpack_from(">H", body, position)
        name = body[position + 2 : position + 2 + name_length].decode(errors="replace")
        position += 2 + name_length
        (value_length,) = struct.unpack_from(">H", body, position)
        raw = body[position + 2 : position + 2 + value_length]
        position += 2 + value_length
        if tag == TAG_BEGIN_COLLECTION:
            depth += 1
        elif tag == TAG_END_COLLECTION:
            depth -= 1
            continue
        if depth > 0 and not (tag == TAG_BEGIN_COLLECTION and depth == 1 and name):
            continue
        if name:
            current = name
            attributes[current] = []
        if tag in (TAG_INTEGER, TAG_ENUM) and value_length == 4:
            attributes[current].append(struct.unpack(">i", raw)[0])
        elif tag in STRING_TAGS:
            attributes[current].append(raw.decode(errors="replace"))
    return attributes


def _fields(value: str) -> dict[str, str]:
    """`"type=toner;level=75;"` -> `{"type": "toner", "level": "75"}` (PWG 5100.13)."""
    return dict(part.split("=", 1) for part in value.split(";") if "=" in part)


def _status(attributes: dict[str, list[int | str]]) -> DeviceStatus:
    state = attributes.get("printer-state", [None])[0]
    trays = []
    for tray in attributes.get("printer-input-tray", []):
        level = _fields(str(tray)).get("level", "-2")
        trays.append(int(level) if level.lstrip("-").isdigit() else -2)
    descriptions = [str(d) for d in attributes.get("printer-supply-description", [])]
    supplies = []
    for index, supply in enumerate(attributes.get("printer-supply", [])):
        info = _fields(str(supply))
        level = info.get("level", "")
        name = descriptions[index] if index < len(descriptions) else info.get("type", "supply")
        supplies.append((name, int(level) if level.isdigit() else None))
    message = attributes.get("printer-state-message", [""])
    return DeviceStatus(
        printer_state=state if isinstance(state, int) else None,
        reasons=tuple(str(r) for r in attributes.get("printer-state-reasons", [])),
        message=str(message[0]) if message else "",
        tray_levels=tuple(trays),
        supplies=tuple(supplies),
    )
