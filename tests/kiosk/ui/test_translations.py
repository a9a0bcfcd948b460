"""The translation files: every string in the code is in every .ts file, every
entry is filled with its placeholders intact, and the .qm files the kiosk loads
are compiled from the .ts files as they are now."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.ui.language import LANGUAGES, TRANSLATIONS_DIR, english_only, qm_path

REPO = Path(__file__).resolve().parents[3]
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and -lrelease live beside the venv's python
# %L1 and %1 are the same argument; a translation may add the L so a number
# takes the language's digits and separators.
PLACEHOLDER = re.compile(r"%L?(\d+|n)")
# The same extraction as `make translations-update`.
LUPDATE_ARGS = ["-silent", "-extensions", "qml,py", "-locations", "none", "-no-obsolete"]


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {message.findtext('source')}"
            numerus = message.get("numerus") == "yes"
            texts = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            entries.append(
                Entry(
                    name,
                    message.findtext("source", ""),
                    numerus,
                    texts,
                    translation.get("type") == "unfinished",
                )
            )
    return entries


def ts_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"kiosk_{code}.ts"


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every qsTr() in the QML and tr() in the Python, by lupdate."""
    fresh = tmp_path_factory.mktemp("lupdate") / "kiosk_xx.ts"
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *LUPDATE_ARGS, "kiosk", "-ts", fresh],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    found = {(e.context, e.source) for e in read_ts(fresh)}
    assert len(found) > 50  # the extraction itself worked
    return found


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_string_in_the_code_is_in_the_translation_file(
    code: str, strings_in_code: set[tuple[str, str]]
) -> None:
    in_file = {(e.context, e.source) for e in read_ts(ts_path(code))}

    missing = sorted(strings_in_code - in_file)
    gone = sorted(in_file - strings_in_code)
    assert not missing, f"run `make translations-update`, then translate: {missing}"
    assert not gone, f"run `make translations-update` to drop strings no longer used: {gone}"


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_entry_is_filled_with_the_same_placeholders(code: str) -> None:
    problems = []
    for entry in read_ts(ts_path(code)):
        if code != "en" and english_only(entry.context):
            # Left empty, so Qt shows the English beneath (staff mode).
            if any(entry.translations):
                problems.append(f"{entry.context}: {entry.source!r} must stay English")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(entry.source)))
        for text in entry.translations:
            if not text.strip():
                problems.append(f"{entry.context}: {entry.source!r} is not translated")
            elif sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{entry.context}: {text!r} should keep {wanted}")
    assert not problems, "\n".join(problems)


def test_english_is_finished_and_the_others_wait_for_a_council_translator() -> None:
    english = read_ts(ts_path("en"))
    assert all(not e.unfinished for e in english)
    # Plural forms say it properly where the source says "(s)".
    for entry in english:
        if not entry.numerus:
            assert entry.translations == (entry.source,), entry.source
    for code in sorted(set(LANGUAGES) - {"en"}):
        # Marked finished only when the council's translator approves an entry.
        assert any(e.unfinished for e in read_ts(ts_path(code))), code


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_the_compiled_translation_is_built_from_the_current_file(code: str, tmp_path: Path) -> None:
    built = qm_path(code)
    assert built.is_file(), f"{built.name} is missing: run `make translations`"
    fresh = tmp_path / built.name
    # As `make translations` does: unfinished entries are compiled in.
    subprocess.run(
        [TOOLS / "pyside6-lrelease", "-silent", ts_path(code), "-qm", fresh],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == built.read_bytes(), (
        f"{built.name} is older than {ts_path(code).name}: run `make translations`"
    )


def test_every_translated_text_in_python_is_a_literal_lupdate_can_find() -> None:
    """self.tr(text) or translate(context, text) with a variable hides the text from lupdate."""
    hidden = []
    for path in sorted((REPO / "kiosk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            literal_args = {"tr": 1, "translate": 2}.get(name)
            if literal_args is None or len(node.args) < literal_args:
                continue
            if not all(_is_literal(arg) for arg in node.args[:literal_args]):
                hidden.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not hidden, "translate literal strings only: " + ", ".join(hidden)


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_the_tools_come_with_the_venv() -> None:
    for tool in ("pyside6-lupdate", "pyside6-lrelease", "pyside6-linguist"):
        assert (TOOLS / tool).exists() or shutil.which(tool), tool
