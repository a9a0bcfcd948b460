"""Fleet metrics and /healthz over real HTTP, after real journeys.

The journey is kiosk.core.journey's with the real PageStore (pages encoded
from a sample image), on a hand-moved clock; the outbox is a real FileOutbox;
the station monitor asks libsane's test scanner and the private cupsd. The
endpoint is parsed with prometheus_client's own parser.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from drivers.printer import CupsPrinter
from drivers.printer.cups_printer import connect
from drivers.scanner import SaneScanner
from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.core.journey import Journey, State
from kiosk.core.monitor import StationMonitor
from kiosk.core.scanning import ColourMode
from kiosk.core.sending import Submission
from kiosk.core.training import TrainingMode
from kiosk.documents.encoding import OutputProfile, encode
from kiosk.documents.pages import PageStore, make_thumbnail
from kiosk.ops.metrics import OUTCOMES, StationMetrics
from kiosk.ops.server import MetricsServer
from kiosk.outbox import FileOutbox, Station
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.sample_pages import cached_page
from kiosk.testbed.sane_testbed import TEST_DEVICE

PROFILE = OutputProfile(ColourMode.COLOUR, 150, 60)
TYPED = {"claim_number": "12345678", "full_name": "Ada Lovelace-Marker"}
SERVICES = ("housing-benefit", "council-tax", "parking", "blue-badge")
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


class ManualClock:
    """The journey's Clock, moved by the test (seconds on each screen)."""

    def __init__(self) -> None:
        self.now_s = 5000.0

    def monotonic_s(self) -> float:
        return self.now_s

    def advance(self, seconds: float) -> None:
        self.now_s += seconds


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[FileOutbox]:
    box = FileOutbox(tmp_path / "outbox", b"k" * 32, Station("demo-01", "woolwich", "DEM"))
    yield box
    box.close()


@pytest.fixture
def monitor(sane_config_dir: Path, cups_server: PrivateCups) -> StationMonitor:
    scanner = SaneScanner(TEST_DEVICE, sane_config_dir)
    printer = CupsPrinter(cups_server.queue, cups_server.server)
    monitor = StationMonitor(scanner, printer)
    monitor.check_now()
    return monitor


@pytest.fixture
def training() -> TrainingMode:
    return TrainingMode(available=True)


@pytest.fixture
def metrics(demo_config: StationConfig, training: TrainingMode) -> StationMetrics:
    return StationMetrics("0.1.0", "demo-01", "woolwich", SERVICES, training)


@pytest.fixture
def server(
    metrics: StationMetrics, monitor: StationMonitor, outbox: FileOutbox
) -> Iterator[MetricsServer]:
    metrics.watch_station(monitor, outbox)
    running = MetricsServer(metrics, monitor, outbox, "demo-01")
    assert running.start("127.0.0.1", 0)
    yield running
    running.stop()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def journey(
    demo_config: StationConfig, clock: ManualClock, tmp_path: Path, metrics: StationMetrics
) -> Journey:
    journey = Journey(
        demo_config.services,
        demo_config.station.idle_timeout_s,
        clock,
        lambda: PageStore(tmp_path),
    )
    metrics.watch_journey(journey, clock)
    return journey


def add_page(journey: Journey) -> None:
    pages = journey.session.pages if journey.session else None
    assert isinstance(pages, PageStore)
    image = cached_page("letter", 150)
    pages.add(encode(image, 150, PROFILE), make_thumbnail(image))


def send_documents(journey: Journey, clock: ManualClock, pages: int = 2) -> None:
    """A resident's whole journey, with time spent on each screen."""
    journey.start()
    clock.advance(4)
    journey.choose_service("housing-benefit")
    clock.advance(25)
    assert journey.enter_details(TYPED) == {}
    clock.advance(40)
    for _ in range(pages):
        add_page(journey)
    assert journey.finish_capture()
    clock.advance(8)
    assert journey.accept_pages()
    clock.advance(6)
    journey.send()
    clock.advance(1)
    assert journey.session is not None
    journey.documents_queued(journey.session.id, "DEM-2346-789A")
    clock.advance(12)
    journey.finish()


def scrape(server: MetricsServer) -> tuple[str, Samples]:
    text = requests.get(f"http://127.0.0.1:{server.port}/metrics", timeout=10).text
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return text, samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, tuple(sorted(labels.items())))]


def test_a_journey_is_counted_by_outcome_service_pages_and_step_time(
    server: MetricsServer, journey: Journey, clock: ManualClock
) -> None:
    send_documents(journey, clock, pages=3)
    journey.start()  # a second resident gives up with "Start again"
    clock.advance(10)
    journey.start_again()
    journey.start()  # a third walks away: the idle warning, then the time-out
    clock.advance(journey.idle_timeout_s)
    journey.tick()
    clock.advance(journey.idle_warning_s)
    journey.tick()
    journey.start()  # a fourth taps Back on the first screen
    journey.go_back()
    assert journey.state is State.ATTRACT

    text, samples = scrape(server)

    assert value(samples, "kiosk_sessions_started_total") == 4
    assert value(samples, "kiosk_sessions_completed_total", outcome="sent") == 1
    assert value(samples, "kiosk_sessions_completed_total", outcome="started_again") == 1
    assert value(samples, "kiosk_sessions_completed_total", outcome="timed_out") == 1
    assert value(samples, "kiosk_sessions_completed_total", outcome="abandoned") == 1
    assert value(samples, "kiosk_documents_sent_total", service="housing-benefit") == 1
    assert value(samples, "kiosk_pages_sent_total", service="housing-benefit") == 3
    assert value(samples, "kiosk_documents_sent_total", service="parking") == 0
    assert value(samples, "kiosk_journey_step_seconds_count", step="details") == 1
    assert value(samples, "kiosk_journey_step_seconds_sum", step="details") == 25
    assert value(samples, "kiosk_journey_step_seconds_sum", step="capture") == 40
    assert value(samples, "kiosk_journey_step_seconds_bucket", step="capture", le="60.0") == 1
    assert value(samples, "kiosk_journey_step_seconds_bucket", step="capture", le="30.0") == 0
    # The abandoned session spent its idle time-out on the service screen.
    assert value(samples, "kiosk_journey_step_seconds_count", step="service") == 4
    info = value(samples, "kiosk_app_info", version="0.1.0", station="demo-01", site="woolwich")
    assert info == 1
    # Counts only: nothing a resident typed, no reference.
    for typed in (*TYPED.values(), "DEM-2346-789A"):
        assert typed not in text


def test_outbox_and_hardware_state_are_read_at_each_scrape(
    server: MetricsServer, outbox: FileOutbox
) -> None:
    _, before = scrape(server)
    outbox.enqueue(Submission("parking", "en", {"pcn": "GR12345678"}, 1, b"%PDF-1.7\nx"))
    _, after = scrape(server)

    assert value(before, "kiosk_outbox_depth") == 0
    assert value(after, "kiosk_outbox_depth") == 1
    assert value(after, "kiosk_outbox_entries", state="queued") == 1
    assert 0 <= value(after, "kiosk_outbox_oldest_age_seconds") < 60
    assert value(after, "kiosk_outbox_up") == 1
    assert value(after, "kiosk_scanner_up") == 1
    assert value(after, "kiosk_printer_up") == 1
    assert value(after, "kiosk_printer_state", state="ready") == 1
    assert value(after, "kiosk_printer_state", state="out_of_paper") == 0


def test_help_requests_are_counted(server: MetricsServer, metrics: StationMetrics) -> None:
    desk = HelpDesk()
    metrics.watch_help(desk)
    first = desk.raise_request("details")
    desk.raise_request("capture")
    desk.answer(first.id)

    _, samples = scrape(server)
    assert value(samples, "kiosk_help_requests_total") == 2


def test_training_sessions_are_not_counted(
    server: MetricsServer,
    journey: Journey,
    clock: ManualClock,
    training: TrainingMode,
    metrics: StationMetrics,
) -> None:
    desk = HelpDesk()
    metrics.watch_help(desk)
    training.turn_on("champion")
    send_documents(journey, clock)
    desk.raise_request("details")
    _, during = scrape(server)
    training.turn_off("champion")
    send_documents(journey, clock)
    _, after = scrape(server)

    assert value(during, "kiosk_training_mode") == 1
    assert value(during, "kiosk_sessions_started_total") == 0
    assert value(during, "kiosk_documents_sent_total", service="housing-benefit") == 0
    assert value(during, "kiosk_journey_step_seconds_count", step="details") == 0
    assert value(during, "kiosk_help_requests_total") == 0
    assert value(after, "kiosk_training_mode") == 0
    assert value(after, "kiosk_sessions_started_total") == 1
    assert value(after, "kiosk_sessions_completed_total", outcome="sent") == 1


def test_every_outcome_is_exported_from_the_start(server: MetricsServer) -> None:
    _, samples = scrape(server)
    for outcome in OUTCOMES:
        assert value(samples, "kiosk_sessions_completed_total", outcome=outcome) == 0
    for service in SERVICES:
        assert value(samples, "kiosk_pages_sent_total", service=service) == 0


# --- /healthz ------------------------------------------------------------------------


def healthz(server: MetricsServer) -> requests.Response:
    return requests.get(f"http://127.0.0.1:{server.port}/healthz", timeout=10)


def test_healthz_200_when_the_station_can_serve(server: MetricsServer) -> None:
    response = healthz(server)

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "ok"
    assert body["reasons"] == []
    assert body["station"] == "demo-01"
    assert (body["scanner"], body["printer"]) == ("OK", "printer.ready")


def test_healthz_503_with_each_reason(
    metrics: StationMetrics,
    sane_config_dir: Path,
    cups_server: PrivateCups,
) -> None:
    scanner = SaneScanner("*fi-7260*", sane_config_dir)
    printer = CupsPrinter(cups_server.queue, cups_server.server)
    monitor = StationMonitor(scanner, printer)
    connect(cups_server.server).disablePrinter(cups_server.queue)
    try:
        monitor.check_now()
    finally:
        connect(cups_server.server).enablePrinter(cups_server.queue)
    server = MetricsServer(metrics, monitor, None, "demo-01", out_of_service=lambda: True)
    assert server.start("127.0.0.1", 0)
    try:
        response = healthz(server)
    finally:
        server.stop()

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    reasons = "\n".join(body["reasons"])
    assert "out of service" in reasons
    assert "scanner missing: no scanner matches '*fi-7260*'" in reasons
    assert "printer down: stopped" in reasons
    assert "outbox unavailable" in reasons


def test_healthz_503_before_the_first_check(metrics: StationMetrics, outbox: FileOutbox) -> None:
    server = MetricsServer(metrics, StationMonitor(None, None), outbox, "demo-01")
    assert server.start("127.0.0.1", 0)
    try:
        response = healthz(server)
    finally:
        server.stop()
    assert response.status_code == 503
    assert response.json()["reasons"] == [
        "starting: the scanner and printer have not been checked yet"
    ]


def test_a_port_in_use_is_a_clear_log_line_not_a_crash(
    metrics: StationMetrics, monitor: StationMonitor, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = MetricsServer(metrics, monitor, None, "demo-01")
        with caplog.at_level(logging.ERROR):
            started = server.start("127.0.0.1", port)

    assert not started
    [record] = [r for r in caplog.records if "metrics endpoint not started" in r.getMessage()]
    assert f"127.0.0.1:{port}" in record.getMessage()
    assert "Address already in use" in record.getMessage()
    assert "[metrics] port" in record.getMessage()
    server.stop()  # harmless when it never started


def test_unknown_paths_are_404(server: MetricsServer) -> None:
    response = requests.get(f"http://127.0.0.1:{server.port}/", timeout=10)
    assert response.status_code == 404
