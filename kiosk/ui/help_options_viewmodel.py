"""View-models of "Carry on on your phone" and "Talk to someone" (issue 8).

Both show public web addresses from the station's config as a QR code and in
large text: a service's online form (``online_url``) or its video appointment
booking (``video_booking_url``). The resident's own service comes first and is
chosen already; with no service yet, they pick one. Nothing typed by a
resident ever goes into a code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.config import HelpConfig, ServiceConfig
from kiosk.core.journey import Change, Journey, State
from kiosk.ui.current import current_service, preselected
from kiosk.ui.qr_code import qr_source
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


class _AddressChoice(QObject):
    """A choice of service, each with one public address; the chosen one as a QR code."""

    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        state: State,
        links: Sequence[tuple[ServiceConfig, str]],
        language: Callable[[], str],
    ) -> None:
        super().__init__()
        self.journey = journey
        self._language = language
        self._state = state
        self._links = list(links)
        self._chosen = ""
        journey.subscribe(self._on_change)

    @Property(bool, constant=True)
    def offered(self) -> bool:
        return bool(self._links)

    @Property("QVariantList", notify=changed)
    def services(self) -> list[dict[str, Any]]:
        """The services with an address, the resident's own first."""
        own = current_service(self.journey)
        links = sorted(self._links, key=lambda link: own is None or link[0].id != own.id)
        code = self._language()
        return [
            {"id": s.id, "title": s.in_language(code).title, "chosen": s.id == self._chosen}
            for s, _ in links
        ]

    @Property(str, notify=changed)
    def serviceTitle(self) -> str:
        code = self._language()
        return next((s.in_language(code).title for s, _ in self._links if s.id == self._chosen), "")

    @Property(str, notify=changed)
    def address(self) -> str:
        """The chosen service's address, "" until one is chosen."""
        return next((url for s, url in self._links if s.id == self._chosen), "")

    @Property(str, notify=changed)
    def shownAddress(self) -> str:
        """The address as people write it: without "https://" (the code keeps it)."""
        address = self.address
        for scheme in ("https://", "http://"):
            address = address.removeprefix(scheme)
        return address.removesuffix("/")

    @Property(str, notify=changed)
    def qrSource(self) -> str:
        address = self.address
        return qr_source(address) if address else ""

    @Slot(str)
    @resident_tap
    def choose(self, service_id: str) -> None:
        if any(s.id == service_id for s, _ in self._links):
            self._chosen = service_id
            self.changed.emit()

    @Slot()
    @resident_tap
    def back(self) -> None:
        self.journey.close_help_option()

    def _on_change(self, change: Change) -> None:
        if change.after is self._state:
            self._chosen = preselected(self.journey, [s.id for s, _ in self._links])
            self.changed.emit()


@QmlElement
@QmlUncreatable("OnlineViewModel is made by the app, not in QML.")
class OnlineViewModel(_AddressChoice):
    """ "Carry on on your phone": the service's online address."""

    def __init__(
        self,
        journey: Journey,
        services: Sequence[ServiceConfig],
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        links = [(s, str(s.online_url)) for s in services if s.online_url is not None]
        super().__init__(journey, State.ONLINE, links, language)


@QmlElement
@QmlUncreatable("ContactViewModel is made by the app, not in QML.")
class ContactViewModel(_AddressChoice):
    """ "Talk to someone": the contact centre, and video appointments where offered."""

    # Its own signal: PySide6 6.12 crashes loading QML when a subclass's property
    # names the base class's signal as its notify. `changed` (the language) drives it.
    hoursChanged = Signal()

    def __init__(
        self,
        journey: Journey,
        services: Sequence[ServiceConfig],
        help_config: HelpConfig,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        links = [(s, str(s.video_booking_url)) for s in services if s.video_booking_url is not None]
        super().__init__(journey, State.CONTACT, links, language)
        self._help = help_config
        self._phone = help_config.contact_phone or ""
        self.changed.connect(self.hoursChanged)

    @Property(bool, constant=True)
    def offered(self) -> bool:
        return bool(self._phone) or bool(self._links)

    @Property(str, constant=True)
    def phone(self) -> str:
        return self._phone

    @Property(str, notify=hoursChanged)
    def hours(self) -> str:
        return self._help.in_language(self._language()).contact_hours or ""

    @Property(bool, constant=True)
    def videoOffered(self) -> bool:
        return bool(self._links)
