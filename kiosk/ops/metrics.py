"""Fleet metrics in the Prometheus text format: counts and states, never what residents typed.

Everything lives in one `CollectorRegistry` per `StationMetrics` (not the
library's global one), so tests and the app each have their own. Names follow
Prometheus conventions: the `kiosk_` prefix, `_total` for counters, base units
(`_seconds`). Labels hold only ids from the station config (service ids) and
fixed words (outcomes, journey steps, printer states).

Sources:
- the journey (kiosk.core.journey): sessions started and how they ended,
  documents and pages sent per service, seconds on each step, timed with the
  journey's own clock (`JourneyMetrics`);
- the help desk (kiosk.core.help): help requests raised;
- the outbox (`stats()`) and the station monitor (kiosk.core.monitor), read at
  each scrape.

Training sessions (kiosk.core.training) are not counted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from kiosk.core.help import HelpDesk, HelpRequest
from kiosk.core.journey import Change, Event, Journey, State
from kiosk.core.monitor import StationMonitor, outbox_stats
from kiosk.core.ports import Clock, HealthState
from kiosk.core.printing import PrinterState
from kiosk.core.sending import Outbox
from kiosk.core.training import TrainingMode

log = logging.getLogger(__name__)

# How a session ended: documents sent, a form printed, a copy made, or not
# finished (Back from the first screen, the idle time-out, "Start again").
OUTCOMES: Final = ("sent", "printed_form", "copied", "abandoned", "timed_out", "started_again")
# Seconds a resident spends on one screen: from a glance to a long feeder batch.
STEP_BUCKETS_S: Final = (2.0, 5.0, 10.0, 20.0, 30.0, 60.0, 90.0, 120.0, 180.0, 300.0, 600.0)
_ENDED_BY: Final = {
    Event.TIMED_OUT: "timed_out",
    Event.START_AGAIN_CONFIRMED: "started_again",
    Event.BACK_TAPPED: "abandoned",  # "Back" from the first screen
}
_FINISHED_FROM: Final = {State.FORMS: "printed_form", State.COPY: "copied"}


class StationMetrics:
    """The registry and every metric a station exports."""

    def __init__(
        self,
        version: str,
        station: str,
        site: str,
        services: Sequence[str],
        training: TrainingMode | None = None,
    ) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.training = training
        r = self.registry
        Info("kiosk_app", "The kiosk's version and where it stands.", registry=r).info(
            {"version": version, "station": station, "site": site}
        )
        self.sessions_started = Counter(
            "kiosk_sessions_started", "Resident sessions started (Touch to start).", registry=r
        )
        self.sessions_completed = Counter(
            "kiosk_sessions_completed",
            "Resident sessions ended, by how they ended.",
            ["outcome"],
            registry=r,
        )
        self.documents_sent = Counter(
            "kiosk_documents_sent",
            "Submissions a resident sent (stored in the outbox for the service).",
            ["service"],
            registry=r,
        )
        self.pages_sent = Counter(
            "kiosk_pages_sent", "Pages in the submissions sent.", ["service"], registry=r
        )
        self.help_requests = Counter(
            "kiosk_help_requests", "Times a resident asked for a champion.", registry=r
        )
        self.step_seconds = Histogram(
            "kiosk_journey_step_seconds",
            "Seconds a resident spent on each step of the journey.",
            ["step"],
            buckets=STEP_BUCKETS_S,
            registry=r,
        )
        self.training_mode = Gauge(
            "kiosk_training_mode",
            "1 while the station is in training mode (training sessions are not counted).",
            registry=r,
        )
        self.training_mode.set_function(lambda: 1.0 if training and training.active else 0.0)
        # Every label a dashboard asks for exists from the start, at 0.
        for outcome in OUTCOMES:
            self.sessions_completed.labels(outcome=outcome)
        for service in services:
            self.documents_sent.labels(service=service)
            self.pages_sent.labels(service=service)
        for state in State:
            if state is not State.ATTRACT:
                self.step_seconds.labels(step=state.value)

    @property
    def training_active(self) -> bool:
        return self.training is not None and self.training.active

    def watch_journey(self, journey: Journey, clock: Clock) -> JourneyMetrics:
        """Count `journey`'s sessions; `clock` must be the journey's own."""
        return JourneyMetrics(self, journey, clock)

    def watch_help(self, desk: HelpDesk) -> None:
        desk.subscribe(self._on_help)

    def watch_station(self, monitor: StationMonitor, outbox: Outbox | None) -> None:
        """Hardware state and outbox figures, read at each scrape."""
        self.registry.register(_StationCollector(monitor, outbox))

    def _on_help(self, request: HelpRequest) -> None:
        if not request.answered and not self.training_active:
            self.help_requests.inc()


class JourneyMetrics:
    """Hears the journey's changes and counts them (on the journey's thread)."""

    def __init__(self, metrics: StationMetrics, journey: Journey, clock: Clock) -> None:
        self._metrics = metrics
        self._journey = journey
        self._clock = clock
        self._entered_at_s = clock.monotonic_s()
        self._in_session = False
        self._training_session = False
        self._queued = False
        journey.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        now = self._clock.monotonic_s()
        spent, self._entered_at_s = now - self._entered_at_s, now
        if change.event is Event.STARTED:
            # A session that starts in training stays uncounted to its end.
            self._in_session = True
            self._training_session = self._metrics.training_active
            self._queued = False
            if not self._training_session:
                self._metrics.sessions_started.inc()
            return
        if not self._in_session:
            return  # e.g. help asked from the attract screen, then closed
        counted = not (self._training_session or self._metrics.training_active)
        if counted:
            self._metrics.step_seconds.labels(step=change.before.value).observe(spent)
        if change.event is Event.DOCUMENTS_QUEUED:
            self._queued = True
            session = self._journey.session
            if counted and session is not None and session.service is not None:
                service = session.service.id
                self._metrics.documents_sent.labels(service=service).inc()
                self._metrics.pages_sent.labels(service=service).inc(session.page_count)
        if change.after is State.ATTRACT:
            self._in_session = False
            if not self._training_session:
                self._metrics.sessions_completed.labels(outcome=self._outcome(change)).inc()

    def _outcome(self, change: Change) -> str:
        if self._queued:
            return "sent"
        if change.event is Event.FINISHED:
            return _FINISHED_FROM.get(change.before, "abandoned")
        return _ENDED_BY.get(change.event, "abandoned")


class _StationCollector(Collector):
    """Outbox and hardware gauges, computed when Prometheus scrapes."""

    def __init__(self, monitor: StationMonitor, outbox: Outbox | None) -> None:
        self._monitor = monitor
        self._outbox = outbox

    def describe(self) -> Iterable[GaugeMetricFamily]:
        return list(self._families())

    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield from self._families()

    def _families(self) -> Iterator[GaugeMetricFamily]:
        stats, _ = outbox_stats(self._outbox)
        up = GaugeMetricFamily("kiosk_outbox_up", "1 when the outbox can be read.")
        up.add_metric([], 1.0 if stats is not None else 0.0)
        yield up
        depth = GaugeMetricFamily(
            "kiosk_outbox_depth", "Submissions not yet acknowledged (queued and parked)."
        )
        age = GaugeMetricFamily(
            "kiosk_outbox_oldest_age_seconds",
            "Age of the oldest submission not yet acknowledged; 0 when there is none.",
        )
        by_state = GaugeMetricFamily(
            "kiosk_outbox_entries", "Outbox entries by state.", labels=["state"]
        )
        if stats is not None:
            depth.add_metric([], float(stats.depth))
            age.add_metric([], stats.oldest_age_s or 0.0)
            for state, count in stats.by_state.items():
                by_state.add_metric([state.value], float(count))
        yield from (depth, age, by_state)
        snapshot = self._monitor.snapshot()
        scanner = GaugeMetricFamily(
            "kiosk_scanner_up", "1 when the scanner was found at the last check."
        )
        if snapshot.scanner is not None:
            scanner.add_metric([], 1.0 if snapshot.scanner.state is HealthState.OK else 0.0)
        yield scanner
        printer = GaugeMetricFamily(
            "kiosk_printer_state",
            "1 for the printer's state at the last check, 0 for the others.",
            labels=["state"],
        )
        current = snapshot.printer.state if snapshot.printer is not None else None
        for state in PrinterState:
            printer.add_metric([_state_label(state)], 1.0 if state is current else 0.0)
        yield printer
        printer_up = GaugeMetricFamily(
            "kiosk_printer_up", "1 when the printer could print at the last check."
        )
        if current is not None:
            printer_up.add_metric([], 1.0 if current.can_print else 0.0)
        yield printer_up
        checked = GaugeMetricFamily(
            "kiosk_station_check_age_seconds", "Seconds since the scanner and printer were checked."
        )
        if snapshot.checked_at_s is not None:
            checked.add_metric([], max(0.0, self._monitor.clock() - snapshot.checked_at_s))
        yield checked


def _state_label(state: PrinterState) -> str:
    """`printer.out_of_paper` -> `out_of_paper`."""
    return state.value.removeprefix("printer.")
