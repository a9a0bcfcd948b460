"""Every English string a resident can see, read from the sources as lupdate does:
qsTr("...") in the QML, and tr("...")/_tr("...")/translate(context, "...") in Python."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import textstat

UI = Path(__file__).resolve().parents[3] / "kiosk" / "ui"
QSTR = re.compile(r'qsTr\(\s*"((?:[^"\\]|\\.)*)"')
PLACEHOLDER = re.compile(r"%L?\d|%n")
# A number ("11 digits", "020 8854 8888") is read as one short word, as a
# placeholder is. textstat 0.7.5 raises KeyError on a word of digits (its
# offline syllable counter looks every word up in CMUdict):
# flesch_reading_ease("Call 0.") fails, so numbers never reach it.
NUMBER = re.compile(r"\+?\d[\d ]*\d|\+?\d")
SENTENCE_END = re.compile(r"[.?!…](\s|$)")


@dataclass(frozen=True)
class UiString:
    text: str
    where: str  # file:line

    @property
    def plain(self) -> str:
        """The text as read: placeholders become a short word."""
        return NUMBER.sub("it", PLACEHOLDER.sub("it", self.text.replace("\\n", " ")))

    @property
    def words(self) -> int:
        return len(re.findall(r"[A-Za-z']+", self.plain))

    @property
    def is_instruction(self) -> bool:
        """A sentence or more, not a label: ends a sentence, or runs to 5 words.

        "Back", "Start again", "Pages scanned: %L1" are labels; "Close the lid."
        and "Tap the form you want" are instructions.
        """
        return self.words >= 5 or (self.words >= 2 and SENTENCE_END.search(self.plain) is not None)

    @property
    def reading_ease(self) -> float:
        return float(textstat.flesch_reading_ease(self.plain))


def qml_strings() -> list[UiString]:
    """What residents read. Staff screens (Staff*.qml, PinPad.qml) are for trained staff."""
    found = []
    for path in sorted(UI.glob("qml/Kiosk/*.qml")):
        if path.name.startswith("Staff") or path.name == "PinPad.qml":
            continue
        source = path.read_text()
        for match in QSTR.finditer(source):
            line = source.count("\n", 0, match.start()) + 1
            text = match.group(1).replace('\\"', '"').replace("\\\\", "\\")
            found.append(UiString(text, f"{path.name}:{line}"))
    return found


def python_strings() -> list[UiString]:
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name.startswith("staff"):
            continue  # staff mode's words, for trained staff
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"tr": 0, "_tr": 0, "translate": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(UiString(arg.value, f"{path.name}:{node.lineno}"))
    return found


def ui_strings() -> list[UiString]:
    return qml_strings() + python_strings()
