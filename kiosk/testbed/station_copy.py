"""A copy of a station config whose parts listen on other loopback ports.

config/demo.toml names fixed ports for the receiver, the private cupsd and
/metrics, so that `make demo` is the same for everyone who runs it. Two demos
or test runs on one machine need ports of their own: `station_on_ports` writes
a copy of the config that points at them. The copy lives in a folder of its
own beside links to every other file of the original's folder (keys, branding,
forms, the SANE configuration), so the relative paths in it still work, and
`../build/...` (the outbox, staff state, audit log) lands inside that folder,
away from other runs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.config import StationConfig, load_config


def receiver_address(config: StationConfig) -> tuple[str, int]:
    """The one loopback host and port every service endpoint of `config` points at."""
    addresses = {
        (urlsplit(str(s.endpoint)).hostname, urlsplit(str(s.endpoint)).port)
        for s in config.services
    }
    if len(addresses) != 1:
        raise ValueError(f"the services point at several receivers: {sorted(map(str, addresses))}")
    host, port = addresses.pop()
    return host or "127.0.0.1", port or 80


def station_on_ports(
    source: Path,
    folder: Path,
    *,
    receiver_url: str,
    cups_server: str,
    metrics_port: int,
) -> Path:
    """Write `source` with its receiver, cupsd and /metrics moved; the copy's path.

    Every address of the receiver (services, call-backs, the help webhook) is
    the original's `http://host:port` replaced. Raises ValueError if the copy
    still points somewhere the original did.
    """
    original = load_config(source)
    host, port = receiver_address(original)
    text = source.read_text(encoding="utf-8")
    text = text.replace(f"http://{host}:{port}", receiver_url.rstrip("/"))
    if original.printer.cups_server:
        text = text.replace(json.dumps(original.printer.cups_server), json.dumps(cups_server))
    text = re.sub(rf"(?m)^(\s*port\s*=\s*){original.metrics.port}\b", rf"\g<1>{metrics_port}", text)
    config_dir = folder / source.parent.name
    config_dir.mkdir(parents=True, exist_ok=True)
    for entry in source.parent.iterdir():
        link = config_dir / entry.name
        if entry.name != source.name and not link.exists():
            link.symlink_to(entry.resolve())
    copy = config_dir / source.name
    copy.write_text(text, encoding="utf-8")
    _check_moved(load_config(copy), receiver_url, cups_server, metrics_port)
    return copy


def _check_moved(
    copy: StationConfig, receiver_url: str, cups_server: str, metrics_port: int
) -> None:
    host, port = receiver_address(copy)
    wanted = urlsplit(receiver_url)
    if (host, port) != (wanted.hostname, wanted.port):
        raise ValueError(f"the services still point at {host}:{port}")
    if copy.printer.cups_server not in (None, cups_server):
        raise ValueError(f"the printer is still on {copy.printer.cups_server}")
    if copy.metrics.enabled and copy.metrics.port != metrics_port:
        raise ValueError(f"/metrics is still on port {copy.metrics.port}")
