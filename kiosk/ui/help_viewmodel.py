"""View-model of "Get help": asks a champion to come, and goes back when done.

Entering the help screen raises a help request (kiosk.core.help.HelpDesk),
which staff mode shows and metrics count; it names only the screen the
resident was on. Coming back from one of the ways of getting help beyond the
station (call back, online, contact) raises no second request.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.help import HelpDesk, HelpRequest
from kiosk.core.journey import HELP_OPTIONS, Change, Journey, State
from kiosk.ui.taps import resident_tap

QML_IMPORT_NAME = "Kiosk.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("HelpViewModel is made by the app, not in QML.")
class HelpViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        journey: Journey,
        desk: HelpDesk,
        options: frozenset[State] = frozenset(),
        parent: QObject | None = None,
    ) -> None:
        """``options``: the help options this station offers (kiosk.core.journey.HELP_OPTIONS)."""
        super().__init__(parent)
        self.journey = journey
        self.desk = desk
        self._options = frozenset(o for o in options if o in HELP_OPTIONS)
        self._request: HelpRequest | None = None
        journey.subscribe(self._on_change)
        # Staff mode answers on the GUI thread; the screen then says help is here.
        desk.subscribe(lambda _: self.changed.emit())

    @Property(bool, notify=changed)
    def answered(self) -> bool:
        """A champion has marked the request as answered in staff mode."""
        request = self._request
        return request is not None and any(
            r.id == request.id and r.answered for r in self.desk.all()
        )

    @Property("QStringList", constant=True)
    def options(self) -> list[str]:
        """The ways of getting help beyond the station offered here ("callback", …)."""
        return [option.value for option in HELP_OPTIONS if option in self._options]

    @Slot(str)
    @resident_tap
    def chooseOption(self, name: str) -> None:
        option = State(name)
        if option in self._options:
            self.journey.choose_help_option(option)

    @Slot()
    @resident_tap
    def ask(self) -> None:
        self.journey.ask_help()

    @Slot()
    @resident_tap
    def close(self) -> None:
        self.journey.close_help()

    def _on_change(self, change: Change) -> None:
        if change.after is State.HELP and change.before in HELP_OPTIONS:
            return  # back from a help option: the request raised before still stands
        if change.after is State.HELP:
            self._request = self.desk.raise_request(change.before.value)
            self.changed.emit()
        elif change.before is State.HELP and change.after not in HELP_OPTIONS:
            self._request = None
            self.changed.emit()
