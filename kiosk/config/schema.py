"""The station config: one TOML file per station, validated by these models.

Every model forbids unknown keys and is frozen. Paths are resolved against the
config file's folder when `validation_context(folder)` is passed (the loader
does). Secrets are never values in the file, only paths to credential files.

Cross-key rules (a service's scan profile exists, ids are unique) report the
exact key at fault, so the loader can point at its line.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    StrictBool,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from kiosk.core.scanning import STALL_AFTER_S

CONFIG_DIR_CONTEXT = "config_dir"
REQUIRED_PROFILES = ("colour", "grey", "bw")
# Languages the station can offer: English plus the community languages most
# asked for at Greenwich's front desks.
# fmt: off
KNOWN_LANGUAGES = frozenset({
    "en", "ar", "bg", "bn", "es", "fa", "fr", "gu", "hi", "it", "ku", "lt", "lv", "ne", "pa",
    "pl", "ps", "pt", "ro", "ru", "so", "sq", "ta", "ti", "tr", "tw", "uk", "ur", "vi", "yo", "zh",
})
# fmt: on
# What a station offers when its config does not say: the languages the kiosk
# ships translations for (kiosk/ui/translations/).
DEFAULT_LANGUAGES = ("en", "ne", "pl", "ro", "tr", "ar")
LOOPBACK_NAMES = frozenset({"localhost"})
SECRETS_HINT = 'secrets go in a file: use token_file = "/etc/kiosk/credentials/..."'

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FIELD_ID = re.compile(r"[a-z][a-z0-9_]*")
_PREFIX = re.compile(r"[A-Z]{3}")
_USB_BUS_PATH = re.compile(r"libusb:\d+:\d+")
_CUPS_HOST = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?")
_CUPS_QUEUE = re.compile(r"[^\s/#\\'\"]{1,127}")


def validation_context(config_dir: Path) -> dict[str, Path]:
    """Context for `StationConfig.model_validate`: resolve relative paths here."""
    return {CONFIG_DIR_CONTEXT: config_dir}


def rule_error(kind: str, message: str, hint: str) -> PydanticCustomError:
    """A validation error with our own wording; the loader shows `hint` after it."""
    return PydanticCustomError(kind, "{message}", {"message": message, "hint": hint})


def _raise_rule_errors(title: str, errors: Sequence[InitErrorDetails]) -> None:
    """Report several cross-key problems at once, each at its own key."""
    if errors:
        raise ValidationError.from_exception_data(title, list(errors))


def _at(loc: tuple[str | int, ...], error: PydanticCustomError, value: Any) -> InitErrorDetails:
    return InitErrorDetails(type=error, loc=loc, input=value)


# --- single-value rules --------------------------------------------------------


def _check_slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise rule_error(
            "slug",
            f"{value!r} is not a valid id",
            'use lowercase letters, digits and hyphens, e.g. "housing-benefit"',
        )
    return value


def _check_field_id(value: str) -> str:
    if not _FIELD_ID.fullmatch(value):
        raise rule_error(
            "field_id",
            f"{value!r} is not a valid field id",
            'use lowercase letters, digits and underscores, e.g. "claim_number"',
        )
    return value


def _check_prefix(value: str) -> str:
    if not _PREFIX.fullmatch(value):
        raise rule_error(
            "reference_prefix",
            f"{value!r} is not three capital letters",
            'residents read it aloud as part of their reference, e.g. reference_prefix = "WOO"',
        )
    return value


def _check_language(value: str) -> str:
    if value not in KNOWN_LANGUAGES:
        raise rule_error(
            "language",
            f"unknown language code {value!r}",
            "use two-letter codes from: " + ", ".join(sorted(KNOWN_LANGUAGES)),
        )
    return value


def _check_not_blank_path(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        raise rule_error(
            "empty_path", "the path is empty", 'write a file path, e.g. "secrets/token"'
        )
    return value


def _resolve_path(value: Path, info: ValidationInfo) -> Path:
    context = info.context if isinstance(info.context, Mapping) else {}
    config_dir = context.get(CONFIG_DIR_CONTEXT)
    if config_dir is None or value.is_absolute():
        return value
    # normpath, not resolve(): keep symlinks such as /etc/kiosk/current as named.
    return Path(os.path.normpath(Path(config_dir).absolute() / value))


Slug = Annotated[str, AfterValidator(_check_slug)]
FieldId = Annotated[str, AfterValidator(_check_field_id)]
Language = Annotated[str, AfterValidator(_check_language)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ConfigPath = Annotated[Path, BeforeValidator(_check_not_blank_path), AfterValidator(_resolve_path)]
Site = Literal["woolwich", "eltham"]


class _Section(BaseModel):
    # Inputs stay out of pydantic's own messages: a mistyped key may hold a secret.
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


# --- what residents read, in other languages -------------------------------------
#
# Text a station's config gives residents (service titles, field labels, what
# happens next…) is English; a `translations` table per language may give each
# piece in that language, e.g. under a [[services]] entry:
#
#     [services.translations.pl]
#     title = "Dowody do zasiłku mieszkaniowego"
#
# What a translation leaves out stays English. Only the station's languages may
# be given (StationConfig checks), and the back office always gets the English.


class _Wording(_Section):
    """One language's words for a section; every key optional."""

    def words(self) -> dict[str, str]:
        return {key: value for key, value in self.model_dump().items() if value is not None}


class BrandingWording(_Wording):
    tagline: Text | None = Field(default=None, examples=["Wyślij dokumenty, wydrukuj formularze"])


class FieldWording(_Wording):
    label: Text | None = Field(default=None, examples=["Numer wniosku o zasiłek mieszkaniowy"])


class ServiceWording(_Wording):
    title: Text | None = Field(default=None, examples=["Dowody do zasiłku mieszkaniowego"])
    description: Text | None = Field(default=None, examples=["Odcinki wypłat, wyciągi bankowe"])
    next_steps: Text | None = Field(
        default=None, examples=["Sprawdzimy Twoje dokumenty w ciągu 5 dni roboczych."]
    )


class HelpWording(_Wording):
    contact_hours: Text | None = Field(
        default=None, examples=["Od poniedziałku do piątku, 9:00-17:00"]
    )


_Model = TypeVar("_Model", bound=BaseModel)


def _in_language(section: _Model, translations: Mapping[str, _Wording], language: str) -> _Model:
    wording = translations.get(language)
    return section.model_copy(update=wording.words()) if wording is not None else section


# --- sections -------------------------------------------------------------------


class StationInfo(_Section):
    """[station]: who this station is."""

    id: Slug = Field(examples=["woolwich-01"])
    site: Site = Field(examples=["woolwich"])
    name: Text = Field(examples=["Woolwich Centre, ground floor"])
    reference_prefix: Annotated[str, AfterValidator(_check_prefix)] = Field(examples=["WOO"])
    # The attract screen offers these, in this order, each named in its own script.
    languages: tuple[Language, ...] = Field(default=DEFAULT_LANGUAGES, min_length=1)
    # What the station speaks until a resident picks, and again after each session.
    default_language: Language = Field(default="en", examples=["en"])
    idle_timeout_s: int = Field(default=90, strict=True, ge=30, le=600, examples=[90])

    @field_validator("languages")
    @classmethod
    def _english_once_each(cls, languages: tuple[str, ...]) -> tuple[str, ...]:
        if "en" not in languages:
            # Staff mode and untranslated text fall back to English.
            raise rule_error(
                "language_en", "English is missing", 'add "en", e.g. languages = ["en", "ne"]'
            )
        repeated = sorted({code for code in languages if languages.count(code) > 1})
        if repeated:
            raise rule_error(
                "language_repeated",
                f"{', '.join(repeated)} listed more than once",
                "list each language once",
            )
        return languages

    @model_validator(mode="after")
    def _default_is_offered(self) -> StationInfo:
        if self.default_language not in self.languages:
            error = rule_error(
                "default_language",
                f"{self.default_language!r} is not in languages",
                f'use one of languages, e.g. default_language = "{self.languages[0]}"',
            )
            _raise_rule_errors(
                "StationInfo", [_at(("default_language",), error, self.default_language)]
            )
        return self


class BrandingConfig(_Section):
    """[branding]: what the attract screen shows."""

    council_name: Text = Field(examples=["Royal Borough of Greenwich"])
    tagline: Text | None = Field(default=None, examples=["Send documents, print forms"])
    logo: ConfigPath = Field(examples=["branding/greenwich-crest.svg"])
    translations: dict[Language, BrandingWording] = Field(default_factory=dict, examples=[{}])

    def in_language(self, language: str) -> BrandingConfig:
        return _in_language(self, self.translations, language)

    @field_validator("logo")
    @classmethod
    def _image_qml_can_show(cls, logo: Path) -> Path:
        if logo.suffix.lower() not in {".svg", ".png"}:
            raise rule_error(
                "logo_format",
                f"the logo must be an SVG or PNG file, not {logo.suffix or 'no extension'}",
                'e.g. logo = "branding/greenwich-crest.svg"',
            )
        return logo


class ScanProfile(_Section):
    """[scanner.profiles.NAME]: how to scan for one kind of document."""

    mode: Literal["colour", "grey", "bw"] = Field(examples=["colour"])
    resolution_dpi: int = Field(strict=True, ge=75, le=1200, examples=[300])
    source: Literal["flatbed", "feeder"] = Field(examples=["flatbed"])
    duplex: StrictBool = Field(default=False, examples=[False])
    page_size: Literal["A4", "A5", "letter"] = Field(default="A4", examples=["A4"])
    # What goes into the PDF: the scan is brought down to output_dpi (never up)
    # and colour/grey pages are JPEG at jpeg_quality. 200 dpi and 60 keep a
    # colour A4 page near 200 KB with text that OCR still reads (make bench).
    output_dpi: int | None = Field(default=None, strict=True, ge=75, le=1200, examples=[200])
    jpeg_quality: int = Field(default=60, strict=True, ge=30, le=95, examples=[60])

    @model_validator(mode="after")
    def _duplex_needs_feeder(self) -> ScanProfile:
        if self.duplex and self.source != "feeder":
            error = rule_error(
                "duplex_flatbed",
                "a flatbed scans one side only",
                'set source = "feeder", or duplex = false',
            )
            _raise_rule_errors("ScanProfile", [_at(("duplex",), error, self.duplex)])
        if self.output_dpi is not None and self.output_dpi > self.resolution_dpi:
            error = rule_error(
                "output_above_scan",
                f"output_dpi {self.output_dpi} is more than the scan's {self.resolution_dpi} dpi",
                f"set output_dpi to {self.resolution_dpi} or less, or leave it out",
            )
            _raise_rule_errors("ScanProfile", [_at(("output_dpi",), error, self.output_dpi)])
        return self

    @property
    def pdf_dpi(self) -> int:
        return self.output_dpi or self.resolution_dpi


class ScannerConfig(_Section):
    """[scanner]: which SANE device, and the scan profiles services choose from."""

    # Matched with fnmatch against the SANE device name, vendor and model.
    device: Text = Field(examples=["*fi-7260*"])
    sane_config_dir: ConfigPath | None = Field(default=None, examples=["sane"])
    # A scan that reports nothing for this long is stopped and the resident told
    # "The scanner stopped answering" (drivers/scanner/sane_scanner.py). Longer
    # than the scanner's slowest lamp warm-up or calibration before a page.
    stall_after_s: int = Field(
        default=int(STALL_AFTER_S), strict=True, ge=5, le=600, examples=[int(STALL_AFTER_S)]
    )
    profiles: dict[Slug, ScanProfile] = Field(examples=[{"colour": {}}])

    @field_validator("device")
    @classmethod
    def _no_usb_bus_path(cls, device: str) -> str:
        if _USB_BUS_PATH.search(device):
            raise rule_error(
                "device_bus_path",
                "the pattern names a USB bus and address, which change when the scanner "
                "is plugged in again",
                'match the model instead, e.g. device = "*fi-7260*"',
            )
        return device

    @field_validator("profiles")
    @classmethod
    def _standard_profiles(cls, profiles: dict[str, ScanProfile]) -> dict[str, ScanProfile]:
        missing = [name for name in REQUIRED_PROFILES if name not in profiles]
        if missing:
            first = missing[0]
            raise rule_error(
                "profile_missing",
                f"missing scan profile(s): {', '.join(missing)} "
                f"(every station needs {', '.join(REQUIRED_PROFILES)})",
                f'add a [scanner.profiles.{first}] table with mode = "{first}", '
                'resolution_dpi = 300, source = "flatbed"',
            )
        return profiles


class PrinterConfig(_Section):
    """[printer]: the CUPS queue for receipts, forms and copies."""

    # None: the system's CUPS (client.conf / CUPS_SERVER), as on a station.
    cups_server: str | None = Field(default=None, examples=["127.0.0.1:631"])
    queue: str = Field(examples=["kiosk-printer"])
    # Longer documents get a clear "too many pages" message instead of a long wait.
    max_pages: int = Field(default=100, strict=True, ge=1, le=1000, examples=[100])
    # The copies a resident may choose for a form or a copy (issue 5: 1-5).
    max_copies: int = Field(default=5, strict=True, ge=1, le=5, examples=[5])

    @field_validator("cups_server")
    @classmethod
    def _host_port_or_socket(cls, server: str | None) -> str | None:
        if server is None or server.startswith("/"):
            return server
        match = _CUPS_HOST.fullmatch(server)
        if match is None or not 1 <= int(match.group(1) or 631) <= 65535:
            raise rule_error(
                "cups_server",
                f"{server!r} is not host:port or a socket path",
                'e.g. cups_server = "127.0.0.1:631" or "/run/cups/cups.sock"; '
                "leave it out to use the system CUPS",
            )
        return server

    @field_validator("queue")
    @classmethod
    def _cups_queue_name(cls, queue: str) -> str:
        # CUPS refuses queue names with spaces, tabs, "/", "#", quotes or backslashes.
        if not _CUPS_QUEUE.fullmatch(queue):
            raise rule_error(
                "cups_queue",
                f"{queue!r} is not a CUPS queue name",
                'use the name `lpstat -p` shows, without spaces, e.g. queue = "kiosk-printer"',
            )
        return queue


class OutboxConfig(_Section):
    """[outbox]: where submissions wait, encrypted, until the back office has them."""

    directory: ConfigPath = Field(examples=["/var/lib/kiosk/outbox"])
    key_file: ConfigPath = Field(examples=["/etc/kiosk/credentials/outbox.key"])
    # Backoff between attempts: full jitter, doubling from retry_initial_s up to
    # retry_max_s. A Retry-After from the server is honoured up to retry_max_s.
    retry_initial_s: float = Field(default=5.0, gt=0, le=3600, examples=[5.0])
    retry_max_s: float = Field(default=900.0, gt=0, le=86400, examples=[900.0])
    # Delivery receipts (kiosk and back-office references, no personal data) stay
    # this long for `kiosk-admin queue status`.
    keep_sent_days: int = Field(default=30, strict=True, ge=0, le=365, examples=[30])


class LoggingConfig(_Section):
    """[logging] (optional)."""

    level: Literal["debug", "info", "warning", "error"] = Field(default="info", examples=["info"])


Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]


class StaffConfig(_Section):
    """[staff] (optional): digital champions' staff mode, their PINs and the audit log."""

    # "name:argon2id hash" lines, managed by `kiosk-admin staff add|remove|list`; mode 0600.
    credentials_file: ConfigPath = Field(
        default=Path("/etc/kiosk/credentials/staff-pins"),
        examples=["/etc/kiosk/credentials/staff-pins"],
    )
    # Wrong-PIN count and lockout, and the out-of-service message: both survive a restart.
    state_dir: ConfigPath = Field(
        default=Path("/var/lib/kiosk/staff"), examples=["/var/lib/kiosk/staff"]
    )
    # One JSON-lines file per day; files older than audit_keep_days go at start.
    audit_dir: ConfigPath = Field(
        default=Path("/var/lib/kiosk/audit"), examples=["/var/lib/kiosk/audit"]
    )
    audit_keep_days: int = Field(default=90, strict=True, ge=1, le=3650, examples=[90])
    # Staff mode ends by itself after this long without a touch (issue 7: 2 minutes).
    idle_timeout_s: int = Field(default=120, strict=True, ge=30, le=900, examples=[120])
    # The hidden gesture: hold one corner for hold_s, then tap the corners in tap_pattern.
    hold_corner: Corner = Field(default="top-left", examples=["top-left"])
    hold_s: float = Field(default=3.0, ge=2.0, le=10.0, examples=[3.0])
    tap_pattern: tuple[Corner, ...] = Field(
        default=("top-right", "bottom-right", "bottom-left"),
        min_length=2,
        max_length=8,
        examples=[["top-right", "bottom-right", "bottom-left"]],
    )


class MetricsConfig(_Section):
    """[metrics] (optional): Prometheus text on /metrics and station health on /healthz."""

    enabled: StrictBool = Field(default=False, examples=[True])
    # Loopback by default; the station's own address if Prometheus scrapes it directly.
    host: str = Field(default="127.0.0.1", examples=["127.0.0.1"])
    port: int = Field(default=9110, strict=True, ge=1024, le=65535, examples=[9110])
    # How often the scanner and printer are asked how they are (the scanner only
    # between residents).
    check_interval_s: float = Field(default=60.0, ge=5, le=3600, examples=[60.0])

    @field_validator("host")
    @classmethod
    def _an_ip_address(cls, host: str) -> str:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise rule_error(
                "metrics_host",
                f"{host!r} is not an IP address",
                'use host = "127.0.0.1" (this machine only) or the station\'s own address',
            ) from None
        return host


SANDBOX_PLACEHOLDER = "{service_id}"


class TrainingConfig(_Section):
    """[training] (optional): training mode for champions, sending to a sandbox.

    `endpoint` is one address for every service, with {service_id} where the
    service's id goes. Each service's own TLS settings apply; `token_file`, if
    given, replaces the services' tokens for the sandbox.
    """

    enabled: StrictBool = Field(default=False, examples=[False])
    endpoint: str | None = Field(
        default=None, examples=["https://sandbox.backoffice.example.gov.uk/services/{service_id}"]
    )
    token_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/sandbox.token"]
    )

    @field_validator("endpoint")
    @classmethod
    def _sandbox_address(cls, endpoint: str | None) -> str | None:
        if endpoint is None:
            return None
        if SANDBOX_PLACEHOLDER not in endpoint:
            raise rule_error(
                "sandbox_placeholder",
                "the sandbox address has no {service_id}",
                'e.g. endpoint = "https://sandbox.example.gov.uk/services/{service_id}"',
            )
        try:
            url = HttpUrl(endpoint.replace(SANDBOX_PLACEHOLDER, "service"))
        except ValidationError:
            raise rule_error(
                "sandbox_url",
                "not a web address",
                'write the full address, e.g. "https://sandbox.example.gov.uk/services/{service_id}"',
            ) from None
        _check_private_transport(url)
        return endpoint

    @model_validator(mode="after")
    def _enabled_needs_endpoint(self) -> TrainingConfig:
        if self.enabled and self.endpoint is None:
            error = rule_error(
                "sandbox_missing",
                "training mode needs a sandbox endpoint, so nothing reaches a live service",
                'add endpoint = "https://sandbox.example.gov.uk/services/{service_id}"',
            )
            _raise_rule_errors("TrainingConfig", [_at(("enabled",), error, self.enabled)])
        return self

    def endpoint_for(self, service_id: str) -> str | None:
        if self.endpoint is None:
            return None
        return self.endpoint.replace(SANDBOX_PLACEHOLDER, service_id)


class ServiceField(_Section):
    """[[services.fields]]: one thing the resident types before scanning."""

    id: FieldId = Field(examples=["claim_number"])
    label: Text = Field(examples=["Housing Benefit claim number"])
    kind: Literal["text", "number", "phone", "email", "date"] = Field(examples=["text"])
    pattern: str | None = Field(default=None, examples=["^[0-9]{8}$"])
    example: str | None = Field(default=None, examples=["12345678"])
    required: StrictBool = Field(default=True, examples=[True])
    translations: dict[Language, FieldWording] = Field(default_factory=dict, examples=[{}])

    def in_language(self, language: str) -> ServiceField:
        return _in_language(self, self.translations, language)

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, pattern: str | None) -> str | None:
        if pattern is None:
            return None
        try:
            re.compile(pattern)
        except re.error as error:
            raise rule_error(
                "pattern_invalid",
                f"the pattern is not a valid regular expression ({error})",
                "check brackets and escapes; in TOML a literal string keeps backslashes, "
                "e.g. pattern = '^\\d{8}$'",
            ) from None
        return pattern

    @model_validator(mode="after")
    def _example_fits_pattern(self) -> ServiceField:
        if self.example is not None and not self.accepts(self.example):
            error = rule_error(
                "example_mismatch",
                f"the example {self.example!r} does not match the pattern {self.pattern!r}",
                "residents are shown the example: fix the example or the pattern",
            )
            _raise_rule_errors("ServiceField", [_at(("example",), error, self.example)])
        return self

    def accepts(self, value: str) -> bool:
        """Whether `value` is acceptable: the whole of it must match the pattern."""
        return self.pattern is None or re.fullmatch(self.pattern, value) is not None


class ServiceConfig(_Section):
    """[[services]]: a council service residents can send documents to."""

    id: Slug = Field(examples=["housing-benefit"])
    title: Text = Field(examples=["Housing Benefit evidence"])
    description: Text = Field(examples=["Payslips, bank statements, tenancy agreements"])
    endpoint: HttpUrl = Field(examples=["https://backoffice.example.gov.uk/services/parking"])
    # bearer: `Authorization: Bearer <token_file>`; mutual_tls: a client certificate.
    auth: Literal["bearer", "mutual_tls"] = Field(default="bearer", examples=["bearer"])
    token_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/housing-benefit.token"]
    )
    client_cert_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/station.crt"]
    )
    client_key_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/station.key"]
    )
    ca_bundle_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/backoffice-ca.pem"]
    )
    # An HTTP proxy for this endpoint (http://host:port); none by default, and never
    # taken from the environment.
    proxy: HttpUrl | None = Field(default=None, examples=["http://proxy.council.internal:3128"])
    # connect_timeout_s bounds connecting and every stall while the body goes out;
    # read_timeout_s bounds the wait for the answer once it is sent. Neither limits
    # how long a whole (large, slow) upload may take.
    connect_timeout_s: float = Field(default=10.0, gt=0, le=300, examples=[10.0])
    read_timeout_s: float = Field(default=120.0, gt=0, le=3600, examples=[120.0])
    scan_profile: Slug = Field(examples=["colour"])
    max_document_mb: int = Field(strict=True, ge=1, le=100, examples=[20])
    next_steps: Text = Field(examples=["We will look at your documents within 5 working days."])
    fields: tuple[ServiceField, ...] = Field(default=(), examples=[[]])
    translations: dict[Language, ServiceWording] = Field(default_factory=dict, examples=[{}])

    def in_language(self, language: str) -> ServiceConfig:
        """This service as a resident reading `language` sees it (English where untranslated).

        For the screens only: what is sent to the back office stays English.
        """
        translated = _in_language(self, self.translations, language)
        fields = tuple(field.in_language(language) for field in self.fields)
        return translated.model_copy(update={"fields": fields})

    # Help beyond the station (issue 8). A call-back request for this service goes to
    # callback_endpoint with this service's credentials and TLS settings, else to
    # [help] callback_endpoint; without either, the station offers no call-back for it.
    callback_endpoint: HttpUrl | None = Field(
        default=None, examples=["https://backoffice.example.gov.uk/callbacks/housing-benefit"]
    )
    # Shown as a QR code and in large text ("Carry on on your phone", "Talk to
    # someone"): public pages, the same for everyone, so no personal data is in them.
    online_url: HttpUrl | None = Field(
        default=None, examples=["https://www.royalgreenwich.gov.uk/housing-benefit"]
    )
    video_booking_url: HttpUrl | None = Field(
        default=None, examples=["https://www.royalgreenwich.gov.uk/book-a-video-call"]
    )

    @field_validator("endpoint", "callback_endpoint")
    @classmethod
    def _private_transport(cls, endpoint: HttpUrl | None, info: ValidationInfo) -> HttpUrl | None:
        return _private_url(endpoint, info.field_name or "endpoint")

    @field_validator("online_url", "video_booking_url")
    @classmethod
    def _public_page(cls, url: HttpUrl | None, info: ValidationInfo) -> HttpUrl | None:
        return _public_url(url, info.field_name or "online_url")

    @model_validator(mode="after")
    def _credentials_for_auth(self) -> ServiceConfig:
        _raise_rule_errors("ServiceConfig", [*self._auth_problems(), *self._repeated_fields()])
        return self

    def _auth_problems(self) -> list[InitErrorDetails]:
        problems = []
        if self.auth == "bearer" and self.token_file is None:
            error = rule_error(
                "token_missing",
                'auth = "bearer" needs a token file',
                f'add token_file = "/etc/kiosk/credentials/{self.id}.token"',
            )
            problems.append(_at(("token_file",), error, None))
        if self.auth == "mutual_tls" and self.client_cert_file is None:
            error = rule_error(
                "client_cert_missing",
                'auth = "mutual_tls" needs a client certificate',
                'add client_cert_file = "/etc/kiosk/credentials/station.crt"',
            )
            problems.append(_at(("client_cert_file",), error, None))
        if self.auth == "mutual_tls" and self.endpoint.scheme != "https":
            error = rule_error(
                "mutual_tls_http", "mutual TLS needs an https endpoint", "use https in endpoint"
            )
            problems.append(_at(("auth",), error, self.auth))
        if self.client_key_file is not None and self.client_cert_file is None:
            error = rule_error(
                "client_key_alone",
                "a client key without its certificate",
                'add client_cert_file = "/etc/kiosk/credentials/station.crt"',
            )
            problems.append(_at(("client_key_file",), error, None))
        return problems

    def _repeated_fields(self) -> list[InitErrorDetails]:
        ids = [field.id for field in self.fields]
        return [
            _at(("fields", index, "id"), _repeated_id_error(ids[index], "field"), ids[index])
            for index in _repeated_indices(ids)
        ]


class FormConfig(_Section):
    """[[forms]]: a council form residents can print from the station's catalogue.

    The page count is read from the PDF, never typed here; whether the file is
    there and readable is the "forms" health check's job (kiosk.printing.forms).
    """

    id: Slug = Field(examples=["change-of-address"])
    title: Text = Field(examples=["Council Tax: tell us you have moved"])
    description: Text = Field(examples=["For residents moving into, out of or within Greenwich"])
    language: Language = Field(examples=["en"])
    file: ConfigPath = Field(examples=["forms/change-of-address-en.pdf"])

    @field_validator("file")
    @classmethod
    def _a_pdf(cls, file: Path) -> Path:
        if file.suffix.lower() != ".pdf":
            raise rule_error(
                "form_format",
                f"a form must be a PDF file, not {file.suffix or 'a file without an extension'}",
                'export the form as PDF, e.g. file = "forms/change-of-address-en.pdf"',
            )
        return file


class HelpConfig(_Section):
    """[help] (optional): help beyond the station (issue 8).

    Every help request also goes to webhook_url as a JSON POST (a Teams or Slack
    incoming webhook, or the council's own), through the outbox. contact_phone and
    contact_hours are what "Talk to someone" shows; callback_endpoint takes the
    call-back requests of services without one of their own.
    """

    webhook_url: HttpUrl | None = Field(
        default=None, examples=["https://council.webhook.office.com/webhookb2/kiosk-help"]
    )
    # A Teams or Slack incoming webhook's address is its own secret (anyone who has
    # it can post to the channel): keep it in a credential file instead of here.
    # The file holds the one address; it is read at start and never logged.
    webhook_url_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/help-webhook.url"]
    )
    webhook_token_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/help-webhook.token"]
    )
    contact_phone: Text | None = Field(default=None, examples=["020 8854 8888"])
    contact_hours: Text | None = Field(default=None, examples=["Monday to Friday, 9am to 5pm"])
    translations: dict[Language, HelpWording] = Field(default_factory=dict, examples=[{}])
    callback_endpoint: HttpUrl | None = Field(
        default=None, examples=["https://backoffice.example.gov.uk/callbacks/contact-centre"]
    )
    callback_token_file: ConfigPath | None = Field(
        default=None, examples=["/etc/kiosk/credentials/callbacks.token"]
    )
    # The champions' webhook answers slowly at worst; a help request is small.
    connect_timeout_s: float = Field(default=10.0, gt=0, le=300, examples=[10.0])
    read_timeout_s: float = Field(default=30.0, gt=0, le=300, examples=[30.0])

    @field_validator("webhook_url", "callback_endpoint")
    @classmethod
    def _private_transport(cls, url: HttpUrl | None, info: ValidationInfo) -> HttpUrl | None:
        return _private_url(url, info.field_name or "webhook_url")

    def in_language(self, language: str) -> HelpConfig:
        return _in_language(self, self.translations, language)

    @property
    def has_webhook(self) -> bool:
        return self.webhook_url is not None or self.webhook_url_file is not None

    def webhook_address(self) -> str | None:
        """The champions' webhook address, from webhook_url or webhook_url_file.

        Raises WebhookAddressError (saying what is wrong, never the address) when
        the file cannot be read or does not hold an address the station may use.
        """
        if self.webhook_url is not None:
            return str(self.webhook_url)
        if self.webhook_url_file is None:
            return None
        return read_secret_address(self.webhook_url_file, "webhook_url_file")

    @model_validator(mode="after")
    def _pairs(self) -> HelpConfig:
        problems = []
        if self.webhook_url is not None and self.webhook_url_file is not None:
            error = rule_error(
                "webhook_url_twice",
                "webhook_url and webhook_url_file are both set",
                "keep webhook_url_file (the address is a secret) and remove webhook_url",
            )
            problems.append(_at(("webhook_url",), error, None))
        webhook = self.webhook_url or self.webhook_url_file
        pairs = (
            ("webhook_token_file", self.webhook_token_file, "webhook_url", webhook),
            (
                "callback_token_file",
                self.callback_token_file,
                "callback_endpoint",
                self.callback_endpoint,
            ),
            ("contact_hours", self.contact_hours, "contact_phone", self.contact_phone),
        )
        for key, value, needs, present in pairs:
            if value is not None and present is None:
                example = _example_of(HelpConfig, needs)
                error = rule_error(
                    f"{needs}_missing",
                    f"{key} is set but {needs} is missing",
                    f"add {needs} = {example} to [help], or remove {key}",
                )
                problems.append(_at((key,), error, None))
        _raise_rule_errors("HelpConfig", problems)
        return self


class StationConfig(_Section):
    """A whole station file."""

    station: StationInfo
    branding: BrandingConfig
    scanner: ScannerConfig
    printer: PrinterConfig
    outbox: OutboxConfig
    logging: LoggingConfig = LoggingConfig()
    staff: StaffConfig = StaffConfig()
    metrics: MetricsConfig = MetricsConfig()
    training: TrainingConfig = TrainingConfig()
    services: tuple[ServiceConfig, ...] = Field(min_length=1)
    forms: tuple[FormConfig, ...] = Field(default=(), examples=[[]])
    help: HelpConfig = HelpConfig()

    @model_validator(mode="after")
    def _services_fit_station(self) -> StationConfig:
        ids = [service.id for service in self.services]
        problems = [
            _at(("services", index, "id"), _repeated_id_error(ids[index], "service"), ids[index])
            for index in _repeated_indices(ids)
        ]
        profiles = sorted(self.scanner.profiles)
        for index, service in enumerate(self.services):
            if service.scan_profile not in self.scanner.profiles:
                error = rule_error(
                    "profile_unknown",
                    f"no scan profile called {service.scan_profile!r}",
                    f"use one of: {', '.join(profiles)} "
                    "(or add it as a [scanner.profiles.NAME] table)",
                )
                problems.append(
                    _at(("services", index, "scan_profile"), error, service.scan_profile)
                )
        _raise_rule_errors("StationConfig", problems)
        return self

    @model_validator(mode="after")
    def _sandbox_is_not_live(self) -> StationConfig:
        for service in self.services:
            if self.training.endpoint_for(service.id) == str(service.endpoint):
                error = rule_error(
                    "sandbox_is_live",
                    f"the sandbox address is the live endpoint of service {service.id!r}",
                    "training submissions must go to a sandbox: use its own address",
                )
                _raise_rule_errors(
                    "StationConfig", [_at(("training", "endpoint"), error, self.training.endpoint)]
                )
        return self

    @model_validator(mode="after")
    def _forms_fit_station(self) -> StationConfig:
        ids = [form.id for form in self.forms]
        problems = [
            _at(("forms", index, "id"), _repeated_id_error(ids[index], "form"), ids[index])
            for index in _repeated_indices(ids)
        ]
        offered = self.station.languages
        for index, form in enumerate(self.forms):
            if form.language not in offered:
                error = rule_error(
                    "form_language",
                    f"the station does not offer language {form.language!r}",
                    f"use one of: {', '.join(offered)} (or add it to [station] languages)",
                )
                problems.append(_at(("forms", index, "language"), error, form.language))
        _raise_rule_errors("StationConfig", problems)
        return self

    @model_validator(mode="after")
    def _translations_fit_station(self) -> StationConfig:
        """Words may be given only in the station's languages (a typo'd code never shows)."""
        places: list[tuple[tuple[str | int, ...], Mapping[str, _Wording]]] = [
            (("branding",), self.branding.translations),
            (("help",), self.help.translations),
        ]
        for index, service in enumerate(self.services):
            places.append((("services", index), service.translations))
            for number, field in enumerate(service.fields):
                places.append((("services", index, "fields", number), field.translations))
        offered = self.station.languages
        problems = []
        for where, translations in places:
            for code in translations:
                if code == "en" or code not in offered:
                    why = (
                        "English is the config's own text"
                        if code == "en"
                        else f"the station does not offer language {code!r}"
                    )
                    error = rule_error(
                        "translation_language",
                        why,
                        f"give words for one of: {', '.join(c for c in offered if c != 'en')}",
                    )
                    problems.append(_at((*where, "translations", code), error, code))
        _raise_rule_errors("StationConfig", problems)
        return self

    def service(self, service_id: str) -> ServiceConfig:
        """The service with this id; KeyError if the station does not offer it."""
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)

    def scan_profile_for(self, service: ServiceConfig) -> ScanProfile:
        return self.scanner.profiles[service.scan_profile]


# --- helpers --------------------------------------------------------------------


def _check_private_transport(endpoint: HttpUrl) -> None:
    if endpoint.username or endpoint.password:
        raise rule_error(
            "endpoint_credentials", "the address holds a user name or password", SECRETS_HINT
        )
    if endpoint.scheme == "http" and not _is_loopback(endpoint.host or ""):
        raise rule_error(
            "endpoint_http",
            f"plain http to {endpoint.host} would send residents' documents unencrypted; "
            "http is allowed only to this machine (127.0.0.1, localhost, ::1)",
            f'use https, e.g. endpoint = "{_with_scheme(endpoint, "https")}"',
        )


def _is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class WebhookAddressError(ValueError):
    """A secret address file that cannot be used; the message never holds the address."""


_ADDRESS = TypeAdapter(HttpUrl)


def read_secret_address(path: Path, key: str) -> str:
    """The one address in a credential file, checked as the config checks addresses."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or type(error).__name__
        raise WebhookAddressError(f"{key} {path} cannot be read: {reason}") from None
    if not text or len(text.split()) != 1:
        raise WebhookAddressError(f"{key} {path} must hold one web address and nothing else")
    try:
        url = _ADDRESS.validate_python(text)
    except ValidationError:
        raise WebhookAddressError(f"{key} {path} does not hold a web address") from None
    problem = _private_address_problem(url)
    if problem == "credentials":
        raise WebhookAddressError(f"{key} {path}: the address holds a user name or password")
    if problem == "http":
        raise WebhookAddressError(f"{key} {path}: the address must start with https://")
    return str(url)


def _private_address_problem(url: HttpUrl) -> Literal["credentials", "http"] | None:
    """What is wrong with an address residents' data goes to, if anything.

    A user name or password in it would be logged and shown as the address;
    plain http is allowed only to this machine (127.0.0.1, localhost, ::1).
    """
    if url.username or url.password:
        return "credentials"
    if url.scheme != "https" and not _is_loopback(url.host or ""):
        return "http"
    return None


def _private_url(url: HttpUrl | None, key: str) -> HttpUrl | None:
    """An address the station sends residents' data to: https, or http to itself."""
    if url is None:
        return None
    problem = _private_address_problem(url)
    if problem == "credentials":
        raise rule_error(
            "endpoint_credentials", "the address holds a user name or password", SECRETS_HINT
        )
    if problem == "http":
        raise rule_error(
            "endpoint_http",
            f"plain http to {url.host} would send residents' data unencrypted; "
            "http is allowed only to this machine (127.0.0.1, localhost, ::1)",
            f'use https, e.g. {key} = "{_with_scheme(url, "https")}"',
        )
    return url


def _public_url(url: HttpUrl | None, key: str) -> HttpUrl | None:
    """An address residents open on their own phone: https only, nothing secret in it."""
    if url is None:
        return None
    if url.scheme != "https":
        raise rule_error(
            "page_http",
            "a resident's phone would open this page without encryption",
            f'use https, e.g. {key} = "{_with_scheme(url, "https")}"',
        )
    if url.username or url.password:
        raise rule_error(
            "page_credentials",
            "the address holds a user name or password, which every QR code would show",
            "use the public address of the page",
        )
    return url


def _example_of(model: type[BaseModel], key: str) -> str:
    examples = model.model_fields[key].examples
    return f'"{examples[0]}"' if examples else "…"


def _with_scheme(url: HttpUrl, scheme: str) -> str:
    return scheme + str(url)[len(url.scheme) :]


def _repeated_indices(ids: Sequence[str]) -> list[int]:
    """The index of every id that an earlier one already had."""
    return [index for index, item_id in enumerate(ids) if item_id in ids[:index]]


def _repeated_id_error(item_id: str, what: str) -> PydanticCustomError:
    return rule_error(
        f"{what}_id_repeated",
        f"another {what} above already has id {item_id!r}",
        f"give each {what} its own id",
    )
