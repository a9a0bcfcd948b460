"""packaging/monitoring/: the Prometheus scrape config parses and labels both sites,
and every metric the Grafana dashboard asks for is one the station exports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from drivers.printer import CupsPrinter
from drivers.scanner import SaneScanner
from kiosk.config import load_config
from kiosk.core.journey import Journey, SystemClock
from kiosk.core.monitor import StationMonitor
from kiosk.core.training import TrainingMode
from kiosk.documents.pages import PageStore
from kiosk.ops.metrics import StationMetrics
from kiosk.outbox import FileOutbox, Station
from kiosk.testbed.cups_testbed import PrivateCups
from kiosk.testbed.sane_testbed import TEST_DEVICE

REPO = Path(__file__).resolve().parents[2]
MONITORING = REPO / "packaging" / "monitoring"
DASHBOARD = MONITORING / "grafana-kiosk-fleet.json"
SCRAPE_CONFIG = MONITORING / "prometheus.yml"
_METRIC = re.compile(r"\bkiosk_[a-z0-9_]+\b")


def exported_names(tmp_path: Path, sane_dir: Path, cups: PrivateCups) -> set[str]:
    """Every sample name the station's endpoint serves (before any traffic)."""
    config = load_config(REPO / "config" / "demo.toml")
    metrics = StationMetrics(
        "0.1.0", "demo-01", "woolwich", [s.id for s in config.services], TrainingMode(False)
    )
    journey = Journey(config.services, 90, SystemClock(), lambda: PageStore(tmp_path))
    metrics.watch_journey(journey, SystemClock())
    outbox = FileOutbox(tmp_path / "outbox", b"k" * 32, Station("demo-01", "woolwich", "DEM"))
    try:
        monitor = StationMonitor(
            SaneScanner(TEST_DEVICE, sane_dir), CupsPrinter(cups.queue, cups.server)
        )
        monitor.check_now()
        metrics.watch_station(monitor, outbox)
        text = generate_latest(metrics.registry).decode()
    finally:
        outbox.close()
    return {
        sample.name for family in text_string_to_metric_families(text) for sample in family.samples
    }


def dashboard_expressions(dashboard: dict[str, Any]) -> list[str]:
    found = []
    for panel in dashboard["panels"]:
        found += [target["expr"] for target in panel["targets"]]
    for variable in dashboard["templating"]["list"]:
        if isinstance(variable.get("query"), dict):
            found.append(variable["query"]["query"])
    return found


def test_every_metric_the_dashboard_queries_is_exported(
    tmp_path: Path, sane_config_dir: Path, cups_server: PrivateCups
) -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exported = exported_names(tmp_path, sane_config_dir, cups_server)
    queried = {name for expr in dashboard_expressions(dashboard) for name in _METRIC.findall(expr)}

    assert queried, "the dashboard queries no kiosk metric"
    assert queried - exported == set()


def test_dashboard_covers_what_the_council_and_it_watch() -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    text = " ".join(dashboard_expressions(dashboard))
    for name in (
        "kiosk_sessions_completed_total",
        "kiosk_help_requests_total",
        "kiosk_outbox_depth",
        "kiosk_outbox_oldest_age_seconds",
        "kiosk_scanner_up",
        "kiosk_printer_state",
        "kiosk_journey_step_seconds_bucket",
    ):
        assert name in text
    assert "by (site, outcome)" in text
    assert "by (site, station)" in text
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))


def test_scrape_config_parses_and_labels_both_sites() -> None:
    config = yaml.safe_load(SCRAPE_CONFIG.read_text(encoding="utf-8"))
    [job] = config["scrape_configs"]
    assert job["metrics_path"] == "/metrics"
    groups = job["static_configs"]
    sites = {group["labels"]["site"] for group in groups}
    assert sites == {"woolwich", "eltham"}
    for group in groups:
        assert set(group["labels"]) == {"site", "station"}
        assert group["labels"]["station"].startswith(group["labels"]["site"] + "-")
        [target] = group["targets"]
        assert re.fullmatch(r"[a-z0-9.-]+:\d+", target)
