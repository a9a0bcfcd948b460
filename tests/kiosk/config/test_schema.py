"""The station config models on their own, fed the parsed demo config."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.config.schema import (
    SECRETS_HINT,
    ScanProfile,
    ServiceField,
    StationConfig,
    validation_context,
)

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "config" / "demo.toml"


@pytest.fixture
def data() -> dict[str, Any]:
    """A fresh, valid station config as tomllib returns it."""
    return copy.deepcopy(tomllib.loads(DEMO.read_text(encoding="utf-8")))


def problems(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        StationConfig.model_validate(data)
    return [(error["loc"], error["type"]) for error in caught.value.errors()]


def test_demo_config_is_valid_and_keeps_its_values(data: dict[str, Any]) -> None:
    config = StationConfig.model_validate(data)

    assert config.station.id == "demo-01"
    assert config.station.languages == ("en", "ne", "pl", "ro", "tr", "ar")
    assert sorted(config.scanner.profiles) == ["bw", "colour", "grey"]
    assert [service.id for service in config.services] == [
        "housing-benefit",
        "council-tax",
        "parking",
        "blue-badge",
    ]
    assert str(config.services[0].endpoint) == "http://127.0.0.1:18650/services/housing-benefit"
    assert config.services[3].fields[1].required is False


def test_optional_keys_take_their_defaults(data: dict[str, Any]) -> None:
    del data["logging"], data["station"]["idle_timeout_s"], data["branding"]["tagline"]

    config = StationConfig.model_validate(data)

    assert config.logging.level == "info"
    assert config.station.idle_timeout_s == 90
    assert config.branding.tagline is None
    assert config.scanner.profiles["colour"].duplex is False
    assert config.scanner.profiles["colour"].page_size == "A4"
    assert config.services[0].auth == "bearer"


def test_config_cannot_be_changed_once_loaded(data: dict[str, Any]) -> None:
    config = StationConfig.model_validate(data)

    with pytest.raises(ValidationError):
        config.station.idle_timeout_s = 30


def test_relative_paths_resolve_against_the_config_folder(data: dict[str, Any]) -> None:
    folder = Path("/etc/kiosk")

    config = StationConfig.model_validate(data, context=validation_context(folder))

    assert config.branding.logo == Path("/etc/kiosk/branding/greenwich-crest.svg")
    assert config.scanner.sane_config_dir == Path("/etc/kiosk/sane")
    assert config.outbox.directory == Path("/etc/build/demo/outbox")
    assert config.services[0].token_file == Path("/etc/kiosk/secrets/demo-token")


def test_absolute_paths_stay_as_written(data: dict[str, Any]) -> None:
    data["outbox"]["key_file"] = "/etc/kiosk/credentials/outbox.key"

    config = StationConfig.model_validate(data, context=validation_context(Path("/srv")))

    assert config.outbox.key_file == Path("/etc/kiosk/credentials/outbox.key")


@pytest.mark.parametrize("key", ["idle_timeout_s", "languages", "reference_prefix", "id", "site"])
def test_station_keys_are_checked(data: dict[str, Any], key: str) -> None:
    bad = {
        "idle_timeout_s": 20,
        "languages": ["ne", "pl"],
        "reference_prefix": "DEMO",
        "id": "Demo 01",
        "site": "greenwich",
    }
    data["station"][key] = bad[key]

    assert [loc for loc, _ in problems(data)] == [("station", key)]


def test_numbers_written_as_text_are_refused(data: dict[str, Any]) -> None:
    data["station"]["idle_timeout_s"] = "90"

    assert problems(data) == [(("station", "idle_timeout_s"), "int_type")]


def test_a_language_listed_twice_is_refused(data: dict[str, Any]) -> None:
    data["station"]["languages"] = ["en", "pl", "pl"]

    assert problems(data) == [(("station", "languages"), "language_repeated")]


def test_unknown_language_is_reported_at_its_place_in_the_list(data: dict[str, Any]) -> None:
    data["station"]["languages"] = ["en", "pl", "klingon"]

    assert problems(data) == [(("station", "languages", 2), "language")]


def test_every_station_needs_colour_grey_and_bw_profiles(data: dict[str, Any]) -> None:
    del data["scanner"]["profiles"]["grey"]

    assert problems(data) == [(("scanner", "profiles"), "profile_missing")]


def test_a_flatbed_cannot_scan_both_sides(data: dict[str, Any]) -> None:
    data["scanner"]["profiles"]["colour"]["duplex"] = True

    assert problems(data) == [(("scanner", "profiles", "colour", "duplex"), "duplex_flatbed")]


def test_a_feeder_profile_may_scan_both_sides() -> None:
    profile = ScanProfile(mode="grey", resolution_dpi=300, source="feeder", duplex=True)

    assert profile.duplex is True


def test_scanner_pattern_must_not_name_a_usb_bus_address(data: dict[str, Any]) -> None:
    data["scanner"]["device"] = "epsonds:libusb:001:004"

    assert problems(data) == [(("scanner", "device"), "device_bus_path")]


def test_the_scanner_stall_guard_is_30_s_unless_set_within_5_to_600(data: dict[str, Any]) -> None:
    assert StationConfig.model_validate(data).scanner.stall_after_s == 30
    data["scanner"]["stall_after_s"] = 90
    assert StationConfig.model_validate(data).scanner.stall_after_s == 90

    data["scanner"]["stall_after_s"] = 2

    assert problems(data) == [(("scanner", "stall_after_s"), "greater_than_equal")]


@pytest.mark.parametrize(
    "server", [None, "127.0.0.1:18631", "cups.example.gov.uk", "[::1]:631", "/run/cups/cups.sock"]
)
def test_cups_server_may_be_host_port_or_socket(data: dict[str, Any], server: str | None) -> None:
    data["printer"]["cups_server"] = server

    assert StationConfig.model_validate(data).printer.cups_server == server


@pytest.mark.parametrize("server", ["127.0.0.1:99999", "http://127.0.0.1:631", "host:port"])
def test_cups_server_must_be_an_address(data: dict[str, Any], server: str) -> None:
    data["printer"]["cups_server"] = server

    assert problems(data) == [(("printer", "cups_server"), "cups_server")]


def test_cups_queue_name_has_no_spaces(data: dict[str, Any]) -> None:
    data["printer"]["queue"] = "Kiosk Printer"

    assert problems(data) == [(("printer", "queue"), "cups_queue")]


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://127.0.0.1:18650/x",
        "http://127.0.0.2/x",
        "http://localhost:8080/x",
        "http://[::1]:8080/x",
        "https://backoffice.royalgreenwich.gov.uk/kiosk/v1/services/parking",
    ],
)
def test_endpoint_may_be_https_or_http_to_this_machine(data: dict[str, Any], endpoint: str) -> None:
    data["services"][0]["endpoint"] = endpoint

    StationConfig.model_validate(data)


@pytest.mark.parametrize(
    "endpoint",
    ["http://10.0.0.5/x", "http://localhost.example.com/x", "http://backoffice.example.gov.uk/x"],
)
def test_plain_http_to_another_machine_is_refused(data: dict[str, Any], endpoint: str) -> None:
    data["services"][0]["endpoint"] = endpoint

    assert problems(data) == [(("services", 0, "endpoint"), "endpoint_http")]


def test_password_in_endpoint_address_is_refused(data: dict[str, Any]) -> None:
    data["services"][0]["endpoint"] = "https://kiosk:hunter2@backoffice.example.gov.uk/x"

    with pytest.raises(ValidationError) as caught:
        StationConfig.model_validate(data)

    (error,) = caught.value.errors()
    assert error["loc"] == ("services", 0, "endpoint")
    assert error["ctx"]["hint"] == SECRETS_HINT
    assert "hunter2" not in str(caught.value)


def test_inline_secret_is_an_unknown_key(data: dict[str, Any]) -> None:
    data["services"][0]["token"] = "abc"

    assert problems(data) == [(("services", 0, "token"), "extra_forbidden")]


def test_bearer_auth_needs_a_token_file(data: dict[str, Any]) -> None:
    del data["services"][1]["token_file"]

    assert problems(data) == [(("services", 1, "token_file"), "token_missing")]


def test_mutual_tls_needs_a_client_certificate_and_https(data: dict[str, Any]) -> None:
    data["services"][0]["auth"] = "mutual_tls"
    data["services"][0]["client_key_file"] = "/etc/kiosk/credentials/station.key"

    assert sorted(problems(data)) == [
        (("services", 0, "auth"), "mutual_tls_http"),
        (("services", 0, "client_cert_file"), "client_cert_missing"),
        (("services", 0, "client_key_file"), "client_key_alone"),
    ]


def test_mutual_tls_service_loads_with_its_certificate(data: dict[str, Any]) -> None:
    service = data["services"][0]
    service.update(
        endpoint="https://backoffice.example.gov.uk/services/housing-benefit",
        auth="mutual_tls",
        client_cert_file="/etc/kiosk/credentials/station.crt",
        client_key_file="/etc/kiosk/credentials/station.key",
        ca_bundle_file="/etc/kiosk/credentials/backoffice-ca.pem",
    )
    del service["token_file"]

    config = StationConfig.model_validate(data)

    assert config.services[0].client_cert_file == Path("/etc/kiosk/credentials/station.crt")


def test_service_ids_are_unique(data: dict[str, Any]) -> None:
    data["services"][3]["id"] = "housing-benefit"

    assert problems(data) == [(("services", 3, "id"), "service_id_repeated")]


def test_field_ids_are_unique_within_a_service(data: dict[str, Any]) -> None:
    data["services"][3]["fields"][1]["id"] = "full_name"

    assert problems(data) == [(("services", 3, "fields", 1, "id"), "field_id_repeated")]


def test_scan_profile_must_be_defined(data: dict[str, Any]) -> None:
    data["services"][2]["scan_profile"] = "photo"

    assert problems(data) == [(("services", 2, "scan_profile"), "profile_unknown")]


def test_several_cross_checks_are_reported_together(data: dict[str, Any]) -> None:
    data["services"][1]["id"] = "housing-benefit"
    data["services"][2]["scan_profile"] = "photo"

    assert sorted(problems(data)) == [
        (("services", 1, "id"), "service_id_repeated"),
        (("services", 2, "scan_profile"), "profile_unknown"),
    ]


def test_at_least_one_service(data: dict[str, Any]) -> None:
    data["services"] = []

    assert problems(data) == [(("services",), "too_short")]


def test_field_pattern_must_compile() -> None:
    with pytest.raises(ValidationError) as caught:
        ServiceField(id="pcn", label="PCN", kind="text", pattern="^GR[0-9{8}$")

    assert [error["loc"] for error in caught.value.errors()] == [("pattern",)]


def test_field_example_must_match_its_pattern() -> None:
    with pytest.raises(ValidationError) as caught:
        ServiceField(id="pcn", label="PCN", kind="text", pattern="^GR[0-9]{8}$", example="12")

    assert [error["loc"] for error in caught.value.errors()] == [("example",)]


def test_field_accepts_only_whole_matches() -> None:
    field = ServiceField(id="claim", label="Claim", kind="number", pattern="[0-9]{8}")

    assert field.accepts("12345678")
    assert not field.accepts("123456789")
    assert ServiceField(id="name", label="Name", kind="text").accepts("anything")


def test_service_lookup_by_id(data: dict[str, Any]) -> None:
    config = StationConfig.model_validate(data)

    parking = config.service("parking")

    assert parking.title == "Parking (PCN challenge)"
    assert config.scan_profile_for(parking).mode == "colour"
    with pytest.raises(KeyError):
        config.service("library-fines")


def test_a_station_without_languages_offers_the_six_translated_ones(data: dict[str, Any]) -> None:
    del data["station"]["languages"]

    config = StationConfig.model_validate(data, context=validation_context(Path("/srv")))

    assert config.station.languages == ("en", "ne", "pl", "ro", "tr", "ar")
    assert config.station.default_language == "en"


def test_the_default_language_must_be_one_the_station_offers(data: dict[str, Any]) -> None:
    data["station"]["languages"] = ["en", "pl"]
    data["station"]["default_language"] = "ar"

    assert problems(data) == [(("station", "default_language"), "default_language")]
