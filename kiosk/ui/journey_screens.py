"""The journey's view-models, one per screen, made together around one Journey."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.core.journey import Change, Journey, State, SystemClock
from kiosk.core.ports import Clock, Printer, Scanner
from kiosk.core.sending import Outbox
from kiosk.documents.pages import PageStore
from kiosk.printing.copying import Copier
from kiosk.printing.forms import FormCatalogue
from kiosk.ui.background import Background
from kiosk.ui.callback_viewmodel import CallbackViewModel
from kiosk.ui.capture_viewmodel import CaptureViewModel
from kiosk.ui.check_viewmodel import CheckViewModel
from kiosk.ui.confirmation_viewmodel import ConfirmationViewModel
from kiosk.ui.copy_viewmodel import CopyViewModel
from kiosk.ui.details_viewmodel import DetailsViewModel
from kiosk.ui.display_viewmodel import DisplayViewModel
from kiosk.ui.form_preview import FormPreviewProvider
from kiosk.ui.forms_viewmodel import FormsViewModel
from kiosk.ui.help_options_viewmodel import ContactViewModel, OnlineViewModel
from kiosk.ui.help_viewmodel import HelpViewModel
from kiosk.ui.journey_viewmodel import JourneyViewModel
from kiosk.ui.language import LanguageViewModel
from kiosk.ui.print_job import PrintJobTracker
from kiosk.ui.qr_code import QrCodeProvider
from kiosk.ui.review_viewmodel import ReviewViewModel
from kiosk.ui.service_viewmodel import ServiceViewModel
from kiosk.ui.speech import SpeechViewModel
from kiosk.ui.station_viewmodel import StationViewModel


@dataclass(frozen=True)
class JourneyScreens:
    journey: Journey
    background: Background
    router: JourneyViewModel
    service: ServiceViewModel
    details: DetailsViewModel
    capture: CaptureViewModel
    review: ReviewViewModel
    check: CheckViewModel
    confirmation: ConfirmationViewModel
    station: StationViewModel
    forms: FormsViewModel
    copy: CopyViewModel
    help: HelpViewModel
    callback: CallbackViewModel
    online: OnlineViewModel
    contact: ContactViewModel
    form_previews: FormPreviewProvider
    qr_codes: QrCodeProvider
    language: LanguageViewModel
    # This window's own 0700 folder for session pages: only its sessions live
    # there, so wiping it (staff "Reset") never touches another process's pages.
    pages_root: Path
    display: DisplayViewModel
    speech: SpeechViewModel

    def qml_properties(self) -> dict[str, QObject]:
        """Main.qml's required properties."""
        return {
            "journey": self.router,
            "services": self.service,
            "details": self.details,
            "capture": self.capture,
            "review": self.review,
            "check": self.check,
            "confirmation": self.confirmation,
            "station": self.station,
            "forms": self.forms,
            "copy": self.copy,
            "help": self.help,
            "callback": self.callback,
            "online": self.online,
            "contact": self.contact,
            "language": self.language,
            "display": self.display,
            "speech": self.speech,
        }

    def view_models(self) -> list[QObject]:
        jobs = [self.forms.job, self.copy.job, self.confirmation.job]
        return [self.background, *jobs, *self.qml_properties().values()]

    def use_forms(self, catalogue: FormCatalogue) -> None:
        """The forms catalogue, when it was read after the window showed (kiosk.app)."""
        self.forms.use_catalogue(catalogue)
        self.station.forms_read(len(catalogue.forms))

    def close(self) -> None:
        """The window is going: stop the idle timer and any scan, delete the pages."""
        self.router.stop()
        self.station.stop()
        self.capture.cancel()
        if self.journey.session is not None:
            self.journey.session.wipe()
        self.language.close()
        shutil.rmtree(self.pages_root, ignore_errors=True)
        self.speech.close()


def build_journey_screens(
    config: StationConfig,
    scanner: Scanner | None = None,
    outbox: Outbox | None = None,
    clock: Clock | None = None,
    pages_root: Path | None = None,
    printer: Printer | None = None,
    help_desk: HelpDesk | None = None,
    read_forms_later: bool = False,
) -> JourneyScreens:
    """Without a scanner, printer or outbox the screens still show, and offer what works.

    Session pages go in a private folder made under `pages_root` (default: the
    service's RuntimeDirectory, a tmpfs, when systemd gives one; else the temp folder).

    With `read_forms_later` the forms' PDFs are not read here: the caller reads
    them off the GUI thread and hands the catalogue to `use_forms`; until then the
    station offers the forms configured, as it offers its devices until checked.
    """
    pages_root = private_pages_root(pages_root)
    new_pages: Callable[[], PageStore] = lambda: PageStore(pages_root)  # noqa: E731
    journey = Journey(
        config.services, config.station.idle_timeout_s, clock or SystemClock(), new_pages
    )
    background = Background()
    catalogue = FormCatalogue(()) if read_forms_later else FormCatalogue.load(config.forms)
    forms_offered = len(config.forms) if read_forms_later else len(catalogue.forms)
    max_copies = config.printer.max_copies
    copier = (
        Copier(scanner, printer, pages_root, max_copies, config.station.id, wait_s=0)
        if scanner is not None and printer is not None
        else None
    )
    # Display and speech choices are the resident's: the next one starts afresh.
    display = DisplayViewModel(journey)
    speech = SpeechViewModel()

    def end_speech(change: Change) -> None:
        if change.after is State.ATTRACT and change.before is not State.ATTRACT:
            speech.end_session()

    journey.subscribe(end_speech)
    # Screen view-models first: they hear each change before the router shows
    # the next screen, so it never binds to the previous session's data.
    # The language first: the next resident's screen shows in the station's
    # default language.
    language = LanguageViewModel(journey, config.station.languages, config.station.default_language)
    station = StationViewModel(
        journey, scanner, printer, outbox is not None, forms_offered, background
    )
    # Config text (service titles, field labels, next steps…) in the resident's
    # language where the config gives it (kiosk.config.schema: translations).
    code = lambda: language.code  # noqa: E731
    service = ServiceViewModel(journey, config.services, language=code)
    details = DetailsViewModel(journey, language=code)
    capture = CaptureViewModel(journey, scanner, config.scan_profile_for, background)
    review = ReviewViewModel(journey)
    check = CheckViewModel(journey, outbox, config.station.id, background, language=code)
    confirmation = ConfirmationViewModel(
        journey,
        PrintJobTracker(printer, background),
        config.branding.council_name,
        config.station.name,
        language=code,
    )
    forms = FormsViewModel(journey, catalogue, PrintJobTracker(printer, background), max_copies)
    copy = CopyViewModel(
        journey, copier, config.scanner.profiles, PrintJobTracker(printer, background), background
    )
    # Help beyond the station: a call back needs the outbox and an endpoint
    # for the service (its own, or [help]'s for every service).
    callback_services = [
        s
        for s in config.services
        if s.callback_endpoint is not None or config.help.callback_endpoint is not None
    ]
    callback = CallbackViewModel(
        journey,
        outbox,
        callback_services if outbox is not None else [],
        background,
        language=code,
    )
    online = OnlineViewModel(journey, config.services, language=code)
    contact = ContactViewModel(journey, config.services, config.help, language=code)
    offered = {State.CALLBACK: callback.offered, State.ONLINE: online.offered}
    offered[State.CONTACT] = contact.offered
    help_vm = HelpViewModel(
        journey, help_desk or HelpDesk(), frozenset(s for s, on in offered.items() if on)
    )
    router = JourneyViewModel(journey)
    # Every configured form's file: the catalogue shows only those that print.
    previews = FormPreviewProvider({form.id: form.file for form in config.forms})
    # Text the view-models translate in Python (tr()) as it is read, read again.
    text_changes = [details.fieldsChanged, review.pagesChanged, station.changed]
    text_changes += [capture.changed, copy.changed, check.changed, callback.changed]
    text_changes += [service.changed, confirmation.changed, online.changed, contact.changed]
    for text_changed in text_changes:
        language.changed.connect(text_changed)
    return JourneyScreens(
        journey,
        background,
        router,
        service,
        details,
        capture,
        review,
        check,
        confirmation,
        station,
        forms,
        copy,
        help_vm,
        callback,
        online,
        contact,
        previews,
        QrCodeProvider(),
        language,
        pages_root,
        display,
        speech,
    )


def private_pages_root(parent: Path | None = None) -> Path:
    """A new 0700 folder for this process's session pages."""
    if parent is None:
        runtime = os.environ.get("RUNTIME_DIRECTORY", "").split(":")[0]
        parent = Path(runtime) if runtime else None
    return Path(tempfile.mkdtemp(prefix="kiosk-pages-", dir=parent))
