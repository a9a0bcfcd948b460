"""The station's printer through CUPS (pycups)."""

from __future__ import annotations

import logging
import threading

import cups

from kiosk.core.ports import HealthCheck, HealthState

log = logging.getLogger(__name__)

# IPP printer-state values (RFC 8011, section 5.4.11).
_PRINTER_STATES = {3: "idle", 4: "printing", 5: "stopped"}
_CUPS_LOCK = threading.Lock()


def connect(server: str | None) -> cups.Connection:
    """A connection to `server` ("host:port", a socket path, or None for the default).

    pycups quirk (reproduced in tests/drivers/printer/test_cups_printer.py):
    `cups.Connection(host=..., port=...)` reaches the server, but printFile()
    then fails with "The printer or class does not exist", because libcups
    builds the job's printer-uri from the process-wide server and port. So the
    process-wide setting is the one to change; a station has one CUPS server.
    """
    with _CUPS_LOCK:
        if server:
            host, sep, port = server.rpartition(":")
            if sep and port.isdigit():
                cups.setServer(host)
                cups.setPort(int(port))
            else:
                cups.setServer(server)  # a socket path or a bare host name
        return cups.Connection()


class CupsPrinter:
    """The configured CUPS queue."""

    def __init__(self, queue: str, server: str | None = None) -> None:
        self.queue = queue
        self.server = server

    def check(self) -> HealthCheck:
        where = self.server or "the system CUPS"
        try:
            printers = connect(self.server).getPrinters()
        except (RuntimeError, cups.IPPError) as error:
            return HealthCheck(
                "printer",
                HealthState.FAIL,
                f"cannot reach {where}: {error}",
                "check that cupsd is running ([printer] cups_server in the config)",
            )
        attrs = printers.get(self.queue)
        if attrs is None:
            return HealthCheck(
                "printer",
                HealthState.FAIL,
                f"no queue {self.queue!r} on {where}",
                "add the queue with lpadmin or fix [printer] queue in the config",
            )
        state = _PRINTER_STATES.get(attrs.get("printer-state", 0), "unknown")
        reasons = [r for r in attrs.get("printer-state-reasons", []) if r != "none"]
        detail = f"{self.queue} on {where} is {state}"
        if reasons:
            detail += f" ({', '.join(reasons)})"
        ok = state in ("idle", "printing") and not any(r.endswith("-error") for r in reasons)
        return HealthCheck("printer", HealthState.OK if ok else HealthState.WARN, detail)
