"""The metrics endpoint: `/metrics` (Prometheus text) and `/healthz` (JSON), off the GUI thread.

A small `ThreadingHTTPServer` on its own daemon thread, bound to the
configured address (loopback by default). `/healthz` answers 200 when the
station can serve residents and 503 with the reasons when it cannot
(kiosk.core.monitor.not_ready_reasons). If the port is taken the kiosk
carries on without metrics and the log says so.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from kiosk.core.monitor import StationMonitor, not_ready_reasons
from kiosk.core.sending import Outbox
from kiosk.ops.metrics import StationMetrics

log = logging.getLogger(__name__)

_POLL_INTERVAL_S: Final = 0.2  # how long stop() may wait for the accept loop


class MetricsServer:
    """Serves one station's metrics and health until `stop()`."""

    def __init__(
        self,
        metrics: StationMetrics,
        monitor: StationMonitor,
        outbox: Outbox | None,
        station: str,
        out_of_service: Callable[[], bool] = lambda: False,
    ) -> None:
        self.metrics = metrics
        self.monitor = monitor
        self.outbox = outbox
        self.station = station
        self.out_of_service = out_of_service
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self, host: str, port: int) -> bool:
        """Listen on host:port; False (and a log line) if that is not possible."""
        try:
            server = _Server((host, port), _Handler, self)
        except OSError as error:
            log.error(
                "metrics endpoint not started: cannot listen on %s:%d (%s); the kiosk "
                "runs on without /metrics and /healthz — free the port or change "
                "[metrics] port in the config",
                host,
                port,
                error.strerror or error,
            )
            return False
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_INTERVAL_S},
            name="metrics-server",
            daemon=True,
        )
        self._thread.start()
        log.info("metrics on http://%s:%d/metrics and /healthz", host, self.port)
        return True

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("metrics server not started")
        return int(self._server.server_address[1])

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def health(self) -> tuple[int, dict[str, Any]]:
        """The /healthz status code and body."""
        snapshot = self.monitor.snapshot()
        reasons = not_ready_reasons(snapshot, self.outbox, self.out_of_service)
        body: dict[str, Any] = {
            "status": "unavailable" if reasons else "ok",
            "station": self.station,
            "reasons": reasons,
            "scanner": snapshot.scanner.state.value if snapshot.scanner else None,
            "printer": snapshot.printer.state.value if snapshot.printer else None,
            "training": self.metrics.training_active,
        }
        return (503 if reasons else 200), body


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], handler: type[_Handler], owner: MetricsServer
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "kiosk-metrics"

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        owner = self.server.owner
        if path == "/metrics":
            self._answer(200, CONTENT_TYPE_LATEST, generate_latest(owner.metrics.registry))
        elif path == "/healthz":
            status, body = owner.health()
            self._answer(status, "application/json", json.dumps(body).encode())
        else:
            self._answer(404, "text/plain; charset=utf-8", b"try /metrics or /healthz\n")

    def _answer(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s - " + format, self.client_address[0], *args)
