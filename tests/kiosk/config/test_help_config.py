"""[help] and the services' help keys (issue 8): mistakes reported at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_loader import DEMO_TEXT, SHIPPED, line_of, load_broken, replace_nth

from kiosk.config import load_config
from kiosk.config.schema import WebhookAddressError
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
        (
            'webhook_url = "http://127.0.0.1:18650/webhooks/champions"\n',
            'webhook_url_file = "/etc/kiosk/credentials/help-webhook.url"\n'
            'webhook_url = "http://127.0.0.1:18650/webhooks/champions"\n',
            "help.webhook_url",
            "webhook_url and webhook_url_file are both set — fix: keep webhook_url_file",
        ),
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


# --- the webhook's address as a secret file ------------------------------------------------

SECRET_HOOK = "http://127.0.0.1:18650/webhookb2/abc123SECRET?sig=XYZ789"


def with_address_file(tmp_path: Path, content: str | None) -> Path:
    """The demo config with its webhook address moved into a credential file."""
    address_file = tmp_path / "help-webhook.url"
    if content is not None:
        address_file.write_text(content)
    text = DEMO_TEXT.replace(
        'webhook_url = "http://127.0.0.1:18650/webhooks/champions"',
        f'webhook_url_file = "{address_file}"',
    )
    path = tmp_path / "station.toml"
    path.write_text(text)
    return path


def test_the_webhook_address_can_live_in_a_credential_file(tmp_path: Path) -> None:
    config = load_config(with_address_file(tmp_path, SECRET_HOOK + "\n"))
    assert config.help.webhook_url is None and config.help.has_webhook
    [webhook] = [e for e in notification_endpoints(config) if e.service_id == "help:webhook"]
    assert webhook.url == SECRET_HOOK and webhook.secret_url


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "cannot be read: No such file or directory"),
        ("", "must hold one web address and nothing else"),
        ("https://a.example/x https://b.example/y", "must hold one web address"),
        ("not an address", "must hold one web address"),
        ("hooks.example.org/kiosk", "does not hold a web address"),
        ("http://hooks.example.org/abc123SECRET", "must start with https://"),
        ("https://user:pw@hooks.example.org/abc123SECRET", "user name or password"),
    ],
)
def test_an_unusable_address_file_is_reported_without_the_address(
    tmp_path: Path, content: str | None, says: str, caplog: pytest.LogCaptureFixture
) -> None:
    config = load_config(with_address_file(tmp_path, content))  # the config itself is fine
    with pytest.raises(WebhookAddressError) as raised:
        config.help.webhook_address()
    assert says in str(raised.value) and "SECRET" not in str(raised.value)
    # The station goes on without the webhook, and says why in its log.
    assert "help:webhook" not in {e.service_id for e in notification_endpoints(config)}
    assert says in caplog.text and "SECRET" not in caplog.text
