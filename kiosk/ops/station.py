"""Operations for a running station: the health monitor, fleet metrics and their endpoint.

`start_operations` is what the composition root (kiosk.app) calls once the
window and its journey exist; `Operations.stop()` undoes it. Staff mode plugs
in its out-of-service state (`out_of_service`) and reads `monitor`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.core.journey import Journey, State
from kiosk.core.monitor import StationMonitor
from kiosk.core.ports import Clock, Printer, Scanner
from kiosk.core.sending import Outbox
from kiosk.core.training import TrainingMode
from kiosk.ops.metrics import StationMetrics
from kiosk.ops.server import MetricsServer

log = logging.getLogger(__name__)

PACKAGE = "greenwich-kiosk"


def kiosk_version() -> str:
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:  # run from a source tree without installing
        return "unknown"


@dataclass
class Operations:
    monitor: StationMonitor
    metrics: StationMetrics
    server: MetricsServer

    def stop(self) -> None:
        self.server.stop()
        self.monitor.stop()


def start_operations(
    config: StationConfig,
    scanner: Scanner | None,
    printer: Printer | None,
    outbox: Outbox | None,
    journey: Journey,
    clock: Clock,
    training: TrainingMode,
    help_desk: HelpDesk | None = None,
    out_of_service: Callable[[], bool] = lambda: False,
) -> Operations | None:
    """Start the monitor and the metrics endpoint, if `[metrics] enabled`.

    `clock` must be the journey's. Never raises for a port in use: the kiosk
    runs on without metrics and the log says why.
    """
    settings = config.metrics
    if not settings.enabled:
        return None
    station = config.station
    metrics = StationMetrics(
        kiosk_version(),
        station.id,
        station.site,
        [service.id for service in config.services],
        training,
    )
    metrics.watch_journey(journey, clock)
    if help_desk is not None:
        metrics.watch_help(help_desk)
    monitor = StationMonitor(
        scanner,
        printer,
        interval_s=settings.check_interval_s,
        idle=lambda: journey.state is State.ATTRACT,
    ).start()
    metrics.watch_station(monitor, outbox)
    server = MetricsServer(metrics, monitor, outbox, station.id, out_of_service)
    server.start(settings.host, settings.port)
    return Operations(monitor, metrics, server)
