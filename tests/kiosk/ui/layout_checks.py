"""What a resident would see wrong on a screen: text cut off or drawn over other
text, and touch targets that are too small (WCAG 2.5.5) or lie over each other.

Looks at the live item tree of the window, in scene coordinates. Only what is
on top is checked: when a dialog or panel covers the screen, that panel. Parts
of a scrolling view that are scrolled away are not "cut off" (a swipe shows
them), but text hanging outside a box that clips it, or off the window with
nothing to scroll it into view, is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.ui.window import KioskWindow

MIN_TARGET_PX = 48
SLACK_PX = 1.5  # rounding of fractional layouts
OVERLAYS = ("idleWarning", "startAgainConfirm", "displayPanel", "faultPanel")


@dataclass(frozen=True)
class Drawn:
    item: QQuickItem
    name: str
    rect: QRectF  # where it shows: its box in the scene, cut to what clips it
    scrolls: bool  # inside a scrolling view


def _scene_rect(item: QQuickItem, rect: QRectF | None = None) -> QRectF:
    box = rect if rect is not None else QRectF(0, 0, item.width(), item.height())
    return item.mapRectToScene(box)


def _name(item: QQuickItem) -> str:
    text = item.property("text")
    label = f" {str(text)[:40]!r}" if isinstance(text, str) and text else ""
    return (item.objectName() or item.metaObject().className()) + label


def _is_flickable(item: QQuickItem) -> bool:
    return item.metaObject().indexOfProperty("contentY") >= 0


def top_layer(window: KioskWindow) -> list[QQuickItem]:
    """The items a resident sees on top: the highest visible overlay, else the screen."""
    for name in OVERLAYS:
        found = window.find(name)
        if isinstance(found, QQuickItem) and found.isVisible():
            return [found]
    return [
        found
        for name in ("trainingBanner", "topBar", "speechNotice", "screens")
        if isinstance(found := window.find(name), QQuickItem) and found.isVisible()
    ]


def _walk(window: KioskWindow) -> list[tuple[QQuickItem, QRectF, bool]]:
    """Every visible item of the top layer with the scene rect it may show in."""
    screen = QRectF(0, 0, window.window.width(), window.window.height())
    found: list[tuple[QQuickItem, QRectF, bool]] = []
    pending = [(root, screen, False) for root in top_layer(window)]
    while pending:
        current, allowed, scrolls = pending.pop()
        if not current.isVisible() or current.opacity() == 0:
            continue
        found.append((current, allowed, scrolls))
        inner = allowed
        if current.clip() or _is_flickable(current):
            inner = allowed.intersected(_scene_rect(current))
        pending.extend(
            (child, inner, scrolls or _is_flickable(current)) for child in current.childItems()
        )
    return found


def _number(item: QQuickItem, expression: str) -> int:
    """An enum property as a number (PySide6 cannot convert QQuickText's enums)."""
    context = QQmlEngine.contextForObject(item)
    value, undefined = QQmlExpression(context, item, f"Number({expression})").evaluate()
    assert not undefined, expression
    return int(value)


def _painted_text_rect(text: QQuickItem) -> QRectF:
    """The part of a Text's box its letters cover (by its alignment)."""
    width, height = text.width(), text.height()
    content_w = min(float(text.property("contentWidth")), width)
    content_h = min(float(text.property("contentHeight")), height)
    h_align = _number(text, "effectiveHorizontalAlignment")
    v_align = _number(text, "verticalAlignment")
    x = 0.0
    if h_align & int(Qt.AlignmentFlag.AlignRight.value):
        x = width - content_w
    elif h_align & int(Qt.AlignmentFlag.AlignHCenter.value):
        x = (width - content_w) / 2
    y = 0.0
    if v_align & int(Qt.AlignmentFlag.AlignBottom.value):
        y = height - content_h
    elif v_align & int(Qt.AlignmentFlag.AlignVCenter.value):
        y = (height - content_h) / 2
    return _scene_rect(text, QRectF(x, y, content_w, content_h))


def _is_text(item: QQuickItem) -> bool:
    """A Qt Quick Text (or a QML type made from one, like Heading), not a text field."""
    meta = item.metaObject()
    while meta is not None:
        if meta.className() == "QQuickText":
            return True
        meta = meta.superClass()
    return False


def layout_problems(window: KioskWindow) -> list[str]:
    """Cut-off or overlapping text, and small or overlapping touch targets, on top now."""
    problems: list[str] = []
    texts: list[Drawn] = []
    targets: list[Drawn] = []
    for current, allowed, scrolls in _walk(window):
        kind = current.metaObject().className()
        if _is_text(current) and str(current.property("text") or "").strip():
            problems += _text_cut_off(current, allowed, scrolls)
            shown = _painted_text_rect(current).intersected(allowed)
            if not shown.isEmpty():
                texts.append(Drawn(current, _name(current), shown, scrolls))
        elif ("Button" in kind or "TextField" in kind) and current.isEnabled():
            box = _scene_rect(current)
            if current.width() < MIN_TARGET_PX or current.height() < MIN_TARGET_PX:
                problems.append(
                    f"{_name(current)} is {current.width():.0f} x {current.height():.0f} px"
                )
            shown = box.intersected(allowed)
            if not shown.isEmpty():
                targets.append(Drawn(current, _name(current), shown, scrolls))
    problems += _overlaps(texts, "text", contained_ok=False)
    problems += _overlaps(targets, "touch target", contained_ok=False)
    return problems


def _text_cut_off(text: QQuickItem, allowed: QRectF, scrolls: bool) -> list[str]:
    problems = []
    name = _name(text)
    # Elided or cut at maximumLineCount: the text says so itself ("…").
    if not bool(text.property("truncated")):
        if float(text.property("contentWidth")) > text.width() + SLACK_PX:
            problems.append(
                f"{name} is cut off: {float(text.property('contentWidth')):.0f} px wide "
                f"in {text.width():.0f}"
            )
        if float(text.property("contentHeight")) > text.height() + SLACK_PX:
            problems.append(
                f"{name} is cut off: {float(text.property('contentHeight')):.0f} px high "
                f"in {text.height():.0f}"
            )
    painted = _painted_text_rect(text)
    if not scrolls and not allowed.contains(
        painted.adjusted(SLACK_PX, SLACK_PX, -SLACK_PX, -SLACK_PX)
    ):
        problems.append(f"{name} is cut off by the edge of what holds it")
    return problems


def _overlaps(drawn: list[Drawn], what: str, contained_ok: bool) -> list[str]:
    problems = []
    for i, first in enumerate(drawn):
        for second in drawn[i + 1 :]:
            if _related(first.item, second.item):
                continue
            common = first.rect.intersected(second.rect)
            if common.width() > SLACK_PX and common.height() > SLACK_PX:
                problems.append(f"{what} {first.name} overlaps {second.name}")
    return problems


def _related(a: QQuickItem, b: QQuickItem) -> bool:
    """One inside the other (a button's own label, a text field's placeholder)."""
    for child, parent in ((a, b), (b, a)):
        current = child.parentItem()
        while current is not None:
            if current is parent:
                return True
            current = current.parentItem()
    return False
