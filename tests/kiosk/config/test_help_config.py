"""[help] and the services' help keys (issue 8): mistakes reported at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_loader import DEMO_TEXT, SHIPPED, line_of, load_broken, replace_nth

from kiosk.config import load_config
from kiosk.sending_setup import notification_endpoints


def test_the_demo_help_settings_load_and_route_every_call_back(tmp_path: Path) -> None:
    config = load_config(Path(__file__).resolve().parents[3] / "config" / "demo.toml")
    assert config.help.contact_phone == "020 8854 8888"
    routes = {e.service_id: e.url for e in notification_endpoints(config)}
    assert routes["help:webhook"] == "http://127.0.0.1:18650/webhooks/champions"
    # housing-benefit has its own endpoint; the others share [help] callback_endpoint.
    assert routes["callback:housing-benefit"].endswith("/callbacks/housing-benefit")
    assert routes["callback:parking"].endswith("/callbacks/contact-centre")


def test_real_stations_send_help_over_https_with_secrets_under_etc() -> None:
    for path in SHIPPED:
        if path.name == "demo.toml":
            continue
        for endpoint in notification_endpoints(load_config(path)):
            assert endpoint.url.startswith("https://"), (path.name, endpoint.service_id)
            secret = endpoint.token_file or endpoint.client_cert_file
            assert secret is not None and secret.is_relative_to("/etc/kiosk/credentials")


def test_a_station_without_help_settings_still_loads(tmp_path: Path) -> None:
    text = DEMO_TEXT[: DEMO_TEXT.index("[help]")]  # the last table
    path = tmp_path / "station.toml"
    path.write_text(text)
    config = load_config(path)
    assert config.help.webhook_url is None
    assert [e.service_id for e in notification_endpoints(config)] == ["callback:housing-benefit"]


@pytest.mark.parametrize(
    ("old", "new", "key", "says"),
    [
        (
            'webhook_url = "http://127.0.0.1:18650/webhooks/champions"',
            'webhook_url = "http://hooks.example.org/kiosk"',
            "help.webhook_url",
            "plain http to hooks.example.org would send residents' data unencrypted; http is "
            "allowed only to this machine (127.0.0.1, localhost, ::1) — fix: use https, e.g. "
            'webhook_url = "https://hooks.example.org/kiosk"',
        ),
        (
            'online_url = "https://www.royalgreenwich.gov.uk/council-tax"',
            'online_url = "http://www.royalgreenwich.gov.uk/council-tax"',
            "services[1].online_url",
            "a resident's phone would open this page without encryption — fix: use https",
        ),
        (
            'video_booking_url = "https://www.royalgreenwich.gov.uk/book-a-video-call/blue-badge"',
            'video_booking_url = "book a call"',
            "services[3].video_booking_url",
            "",
        ),
        (
            'callback_endpoint = "http://127.0.0.1:18650/callbacks/housing-benefit"',
            'callback_endpoint = "http://backoffice.example.gov.uk/callbacks/hb"',
            "services[0].callback_endpoint",
            "fix: use https, e.g. callback_endpoint = ",
        ),
        (
            'contact_phone = "020 8854 8888"\n',
            "",
            "help.contact_hours",
            "contact_hours is set but contact_phone is missing — fix: add contact_phone = "
            '"020 8854 8888" to [help], or remove contact_hours',
        ),
        (
            'webhook_url = "http://127.0.0.1:18650/webhooks/champions"\n',
            "",
            "help.webhook_token_file",
            "webhook_token_file is set but webhook_url is missing — fix: add webhook_url",
        ),
        ("[help]\n", "[help]\nwebhook = 1\n", "help.webhook", ""),
    ],
)
def test_a_help_mistake_is_reported_at_its_line(
    tmp_path: Path, old: str, new: str, key: str, says: str
) -> None:
    text = replace_nth(DEMO_TEXT, old, new)
    error = load_broken(tmp_path, text)
    [problem] = error.problems
    assert problem.key == key
    anchor = new.strip().splitlines()[-1] if new else key.rpartition(".")[2] + " ="
    assert problem.line == line_of(text, anchor), str(problem)
    assert says in str(problem)
