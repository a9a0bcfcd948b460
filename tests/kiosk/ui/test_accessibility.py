"""An accessibility walk: every journey screen at 1080 x 1920, reached through the
real window, inspected item by item.

On each screen, every visible interactive item (buttons, text fields, any item
with a MouseArea or TapHandler, anything whose Accessible.role is a control)
is at least 48 x 48 px (WCAG 2.5.5) and on the screen, and has an accessible
name (WCAG 4.1.2); every visible Text is at least 24 px and its colour against
the nearest opaque background behind it has a contrast of at least 4.5:1
(WCAG 1.4.3); no native dialog exists. A failure lists every offending item.

Exceptions: a MouseArea marked `Accessible.ignored` needs no name (a scrim
that swallows touches, or the attract screen's "touch anywhere", whose
accessible twin is its Start button). The on-screen keyboard's own keys are
QtVirtualKeyboard's and are checked for size only (they have no QML names).

To add a screen: add a row to SCREENS with the steps that reach it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kiosk_screens import (
    SCAN_TIMEOUT_MS,
    SEND_TIMEOUT_MS,
    FakeClock,
    Shot,
    fill_details,
    item,
    scan_one_page,
    tap,
    type_text,
)
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QAccessible, QColor, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from drivers.printer import CupsPrinter
from drivers.scanner import SaneScanner
from kiosk.app import build_window
from kiosk.config import StationConfig
from kiosk.core.help import HelpDesk
from kiosk.outbox import FileOutbox, OutboxSender
from kiosk.testbed.scanner_faults import COVER_OPEN, FaultOnce
from kiosk.ui.window import PORTRAIT, KioskWindow

MIN_TARGET_PX = 48  # WCAG 2.5.5
MIN_TEXT_PX = 24  # the council's body text minimum (issue 6)
MIN_CONTRAST = 4.5  # WCAG 1.4.3
STEP_TIMEOUT_MS = 15_000  # generous: two cores shared with other test runs
# Accessible roles of things a person operates.
_Role = QAccessible.Role
CONTROL_ROLES = frozenset(
    {
        _Role.Button,
        _Role.CheckBox,
        _Role.RadioButton,
        _Role.ComboBox,
        _Role.Dial,
        _Role.Slider,
        _Role.SpinBox,
        _Role.Link,
        _Role.PageTab,
        _Role.ButtonMenu,
        _Role.EditableText,
    }
)
NATIVE_DIALOGS = ("FileDialog", "FolderDialog", "ColorDialog", "FontDialog", "MessageDialog")


@dataclass
class Walk:
    qtbot: QtBot
    window: KioskWindow
    clock: FakeClock
    scanner: FaultOnce

    def tap(self, name: str) -> None:
        tap(self.qtbot, self.window, name)

    def screen(self, name: str, timeout: int = STEP_TIMEOUT_MS) -> None:
        self.qtbot.waitUntil(lambda: self.window.current_screen == name, timeout=timeout)

    def shown(self, name: str) -> None:
        self.qtbot.waitUntil(lambda: item(self.window, name).isVisible(), timeout=STEP_TIMEOUT_MS)


# --- how to reach each screen: steps from the attract screen -----------------------------
Step = Callable[[Walk], None]


def start(w: Walk) -> None:
    w.tap("startButton")
    w.screen("service")


def housing_benefit(w: Walk) -> None:
    w.tap("service_housing-benefit")
    w.screen("details")


def keyboard(w: Walk) -> None:
    w.tap("field_claim_number")
    w.qtbot.waitUntil(lambda: item(w.window, "keyboard").property("active") is True)
    type_text(w.qtbot, w.window, "1234")


def details(w: Walk) -> None:
    fill_details(w.qtbot, w.window, {"claim_number": "12345678", "full_name": "Ada Lovelace"})
    w.tap("continueButton")
    w.screen("capture")


def scan_two(w: Walk) -> None:
    scan_one_page(w.qtbot, w.window, 1)
    scan_one_page(w.qtbot, w.window, 2)


def lid_open(w: Walk) -> None:
    w.scanner.armed.set()
    w.tap("scanButton")
    w.qtbot.waitUntil(lambda: item(w.window, "faultPanel").isVisible(), timeout=SCAN_TIMEOUT_MS)


def review(w: Walk) -> None:
    w.tap("finishedButton")
    w.screen("review")


def page_large(w: Walk) -> None:
    w.tap("page_1")
    w.shown("pageView")


def delete_question(w: Walk) -> None:
    w.tap("pageViewDelete")
    w.shown("deleteConfirm")


def check(w: Walk) -> None:
    w.tap("continueButton")
    w.screen("check")


def confirmation(w: Walk) -> None:
    w.tap("sendButton")
    w.screen("confirmation", timeout=SEND_TIMEOUT_MS)


def idle_warning(w: Walk) -> None:
    w.clock.advance(w.window.screens.journey.idle_timeout_s)
    w.shown("idleWarning")


def start_again_question(w: Walk) -> None:
    w.tap("startAgainButton")
    w.shown("startAgainConfirm")


def forms(w: Walk) -> None:
    w.tap("formsTile")
    w.screen("forms")


def copy(w: Walk) -> None:
    w.tap("copyTile")
    w.screen("copy")


def get_help(w: Walk) -> None:
    w.tap("getHelpButton")
    w.screen("help")


def attract_help(w: Walk) -> None:
    w.tap("attractHelpButton")
    w.screen("help")


def help_option(option: str) -> Step:
    def step(w: Walk) -> None:
        w.tap(f"helpOption_{option}")
        w.screen(option)

    return step


def callback_wrong_number(w: Walk) -> None:
    w.tap("callbackSubmitButton")
    w.shown("callbackPhoneMessage")


def callback_sent(w: Walk) -> None:
    w.tap("callbackPhone")
    type_text(w.qtbot, w.window, "07911123456")
    w.tap("callbackSubmitButton")
    w.shown("callbackReference")


TO_CAPTURE = (start, housing_benefit, details)
TO_REVIEW = (*TO_CAPTURE, scan_two, review)
TO_CALLBACK = (*TO_CAPTURE, get_help, help_option("callback"))
SCREENS: dict[str, tuple[Step, ...]] = {
    "attract": (),
    "service": (start,),
    "details": (start, housing_benefit),
    "details_keyboard": (start, housing_benefit, keyboard),
    "capture": TO_CAPTURE,
    "capture_scanned": (*TO_CAPTURE, scan_two),
    "capture_lid_open": (*TO_CAPTURE, lid_open),
    "review": TO_REVIEW,
    "review_page_large": (*TO_REVIEW, page_large),
    "review_delete_question": (*TO_REVIEW, page_large, delete_question),
    "check": (*TO_REVIEW, check),
    "confirmation": (*TO_REVIEW, check, confirmation),
    "idle_warning": (*TO_CAPTURE, idle_warning),
    "start_again_question": (start, housing_benefit, start_again_question),
    "forms": (start, forms),
    "copy": (start, copy),
    "help": (*TO_CAPTURE, get_help),
    "help_from_attract": (attract_help,),
    "callback": TO_CALLBACK,
    "callback_wrong_number": (*TO_CALLBACK, callback_wrong_number),
    "callback_sent": (*TO_CALLBACK, callback_sent),
    "online": (*TO_CAPTURE, get_help, help_option("online")),
    "contact": (*TO_CAPTURE, get_help, help_option("contact")),
}


# --- the checks ------------------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.2 relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def accessible(item_: QQuickItem) -> QObject | None:
    """The item's Accessible attached object, if QML made one."""
    for child in item_.children():
        if child.metaObject().className() == "QQuickAccessibleAttached":
            return child
    return None


def accessible_name(item_: QQuickItem) -> str:
    """The name assistive technology reads out (QAccessible, as a screen reader sees it)."""
    interface = QAccessible.queryAccessibleInterface(item_)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def accessible_role(item_: QQuickItem) -> QAccessible.Role | None:
    interface = QAccessible.queryAccessibleInterface(item_)
    return interface.role() if interface is not None else None


def inherits(obj: QObject, *classes: str) -> bool:
    return any(obj.inherits(name) for name in classes)


def ancestors(item_: QQuickItem) -> Iterator[QQuickItem]:
    parent = item_.parentItem()
    while parent is not None:
        yield parent
        parent = parent.parentItem()


def scene_rect(item_: QQuickItem) -> QRectF:
    return item_.mapRectToScene(QRectF(0, 0, item_.width(), item_.height()))


def describe(item_: QQuickItem) -> str:
    kind = item_.metaObject().className().split("_QML")[0]
    label = item_.objectName()
    name = accessible_name(item_)
    text = str(item_.property("text") or "") if item_.property("text") is not None else ""
    words = name or text
    rect = scene_rect(item_)
    where = f"at {rect.x():.0f},{rect.y():.0f} {rect.width():.0f}x{rect.height():.0f}"
    return " ".join(
        p for p in (kind, label and f"#{label}", words and repr(words[:40]), where) if p
    )


def opaque(colour: QColor) -> bool:
    return colour.isValid() and colour.alpha() == 255


def background_behind(text: QQuickItem, window_colour: QColor) -> QColor:
    """The colour of the nearest opaque thing drawn behind `text`.

    Walks up the parents; at each, a Control's background comes before the
    control's own colour, and a Rectangle's colour counts if it is opaque.
    """
    for parent in ancestors(text):
        if parent.inherits("QQuickControl"):
            back = parent.property("background")
            if (
                isinstance(back, QQuickItem)
                and back.isVisible()
                and back.inherits("QQuickRectangle")
            ):
                colour = back.property("color")
                if opaque(colour):
                    return colour
        if parent.inherits("QQuickRectangle") and opaque(parent.property("color")):
            return parent.property("color")
    return window_colour


def in_keyboard(item_: QQuickItem) -> bool:
    return any(p.objectName() == "keyboard" for p in ancestors(item_))


def is_key(item_: QQuickItem) -> bool:
    """A key of the on-screen keyboard (QtVirtualKeyboard's BaseKey has displayText)."""
    return in_keyboard(item_) and item_.metaObject().indexOfProperty("displayText") >= 0


def is_interactive(item_: QQuickItem) -> bool:
    if is_key(item_):
        return True
    if inherits(
        item_, "QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickMouseArea"
    ):
        return True
    if any(child.inherits("QQuickTapHandler") for child in item_.children()):
        return True
    return accessible(item_) is not None and accessible_role(item_) in CONTROL_ROLES


@dataclass
class Inspection:
    offences: list[str]
    controls: list[str]  # every interactive item looked at
    texts: int


def inspect(quick: QQuickWindow) -> Inspection:
    screen = QRectF(0, 0, quick.width(), quick.height())
    window_colour = quick.color()
    found: list[str] = []
    controls: list[str] = []
    texts = 0
    pending = [quick.contentItem()]
    while pending:
        current = pending.pop()
        if not current.isVisible() or current.opacity() == 0:
            continue
        if current.objectName() == "keyboard" and not current.property("active"):
            continue  # the on-screen keyboard waits below the window's edge
        # PySide6 sometimes hands back an item it cannot wrap; nothing to inspect there.
        pending.extend(child for child in current.childItems() if isinstance(child, QQuickItem))
        rect = scene_rect(current)
        # What clipping ancestors (a scrolled list) hide is not on the screen now.
        shown = QRectF(screen)
        for parent in ancestors(current):
            if parent.clip():
                shown = shown.intersected(scene_rect(parent))
        if not rect.intersects(shown):
            continue

        if is_interactive(current):
            controls.append(describe(current))
            attached = accessible(current)
            ignored = attached is not None and bool(attached.property("ignored"))
            if current.width() < MIN_TARGET_PX or current.height() < MIN_TARGET_PX:
                found.append(
                    f"{describe(current)}: smaller than {MIN_TARGET_PX} x {MIN_TARGET_PX} px"
                )
            if not screen.adjusted(-1, -1, 1, 1).contains(rect):
                found.append(f"{describe(current)}: not wholly on the screen")
            if not accessible_name(current) and not ignored and not in_keyboard(current):
                found.append(f"{describe(current)}: no accessible name")

        if current.inherits("QQuickText") and str(current.property("text") or "").strip():
            texts += 1
            size = current.property("font").pixelSize()
            if size < MIN_TEXT_PX:
                found.append(f"{describe(current)}: text {size} px, under {MIN_TEXT_PX} px")
            colour = current.property("color")
            behind = background_behind(current, window_colour)
            ratio = contrast(colour, behind)
            if ratio < MIN_CONTRAST:
                found.append(
                    f"{describe(current)}: contrast {ratio:.2f}:1 ({colour.name()} on "
                    f"{behind.name()}), under {MIN_CONTRAST}:1"
                )
    for obj in quick.findChildren(QObject):
        kind = obj.metaObject().className()
        if any(dialog in kind for dialog in NATIVE_DIALOGS):
            found.append(f"{kind} #{obj.objectName()}: a native dialog")
    others = [w for w in QGuiApplication.topLevelWindows() if w.isVisible() and w is not quick]
    found.extend(f"another window {w.title()!r} is open" for w in others)
    return Inspection(found, controls, texts)


# --- the walk ----------------------------------------------------------------------------------


@pytest.fixture
def walk(
    qapp: QGuiApplication,
    qtbot: QtBot,
    demo_config: StationConfig,
    sane_config_dir: Path,
    outbox: FileOutbox,
    sender: OutboxSender,
    clock: FakeClock,
    printer: CupsPrinter,
) -> Iterator[Walk]:
    scanner = FaultOnce(SaneScanner(demo_config.scanner.device, sane_config_dir), COVER_OPEN)
    window = build_window(demo_config, scanner, outbox, clock, printer, HelpDesk())  # type: ignore[arg-type]  # a wrapper, not a Scanner subclass
    window.show(windowed=True, size=PORTRAIT)
    qtbot.waitUntil(lambda: window.window.isExposed())
    window.window.requestActivate()
    qtbot.waitUntil(lambda: window.window.isActive())
    yield Walk(qtbot, window, clock, scanner)
    qtbot.waitUntil(lambda: not window.screens.background.busy, timeout=SCAN_TIMEOUT_MS)
    assert window.qml_warnings == []
    window.close()
    qapp.processEvents()


@pytest.mark.parametrize("screen", SCREENS)
def test_every_item_on_the_screen_is_big_named_legible_and_in_contrast(
    walk: Walk, screen: str, screenshot: Shot
) -> None:
    for step in SCREENS[screen]:
        step(walk)
    walk.qtbot.wait(100)  # let the screen and its images draw
    screenshot(walk.window, screen)
    seen = inspect(walk.window.window)
    assert seen.controls and seen.texts, "the walk found nothing to check"
    found = seen.offences
    assert not found, f"{len(found)} problem(s) on {screen}:\n" + "\n".join(found)


def test_the_contrast_formula_matches_wcag_examples() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


BAD_SCREEN = b"""
import QtQuick
import QtQuick.Controls
Window {
    width: 400; height: 300; visible: true; color: "#ffffff"
    Button { objectName: "tiny"; x: 10; y: 10; width: 40; height: 40; text: "OK" }
    MouseArea { objectName: "nameless"; x: 60; y: 10; width: 100; height: 100 }
    Text { objectName: "small"; x: 10; y: 150; text: "Small print"; font.pixelSize: 14 }
    Rectangle {
        x: 10; y: 200; width: 300; height: 60; color: "#777777"
        Text { objectName: "faint"; text: "Grey on grey"; color: "#999999"; font.pixelSize: 28 }
    }
    Button {
        objectName: "offscreen"; x: 350; y: 250; width: 100; height: 100; text: "Off"
    }
}
"""


def test_the_walk_names_every_offending_item(qapp: QGuiApplication, qtbot: QtBot) -> None:
    engine = QQmlApplicationEngine()
    engine.loadData(BAD_SCREEN)
    quick = engine.rootObjects()[0]
    assert isinstance(quick, QQuickWindow)
    qtbot.waitUntil(quick.isExposed)
    try:
        found = "\n".join(inspect(quick).offences)
    finally:
        quick.close()
        engine.deleteLater()
    assert "#tiny 'OK' at 10,10 40x40: smaller than 48 x 48 px" in found
    assert "#nameless at 60,10 100x100: no accessible name" in found
    assert "#small 'Small print'" in found and "text 14 px, under 24 px" in found
    assert "#faint 'Grey on grey'" in found and "(#999999 on #777777)" in found
    assert "#offscreen 'Off' at 350,250 100x100: not wholly on the screen" in found
