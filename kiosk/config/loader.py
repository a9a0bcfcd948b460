"""Find, read and validate a station config; report every problem at its line.

tomllib gives values but no positions, so `TomlLocator` scans the text once
and maps dotted key paths (`services[1].fields[0].pattern`) to line numbers.
Pydantic's errors are reworded for the IT person editing the file: what is
wrong, then how to fix it, one line per problem, all problems at once.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from kiosk.config.schema import SECRETS_HINT, StationConfig, validation_context

DEFAULT_CONFIG_PATH = Path("/etc/kiosk/station.toml")
CONFIG_ENV = "KIOSK_CONFIG"
FIND_HINT = f"pass --config FILE or set {CONFIG_ENV} (the default is {DEFAULT_CONFIG_PATH})"

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with a config file, where it is and how to fix it."""

    path: Path
    line: int | None
    key: str
    message: str
    hint: str

    def __str__(self) -> str:
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        text = f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"
        return f"{text} — fix: {self.hint}" if self.hint else text


class ConfigError(Exception):
    """A config that cannot be used; `str()` is the whole report, a line per problem."""

    def __init__(self, path: Path, problems: Sequence[ConfigProblem]) -> None:
        self.path = path
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def find_config_path(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """--config, else $KIOSK_CONFIG, else /etc/kiosk/station.toml."""
    if cli_value:
        return Path(cli_value)
    from_environ = environ.get(CONFIG_ENV, "").strip()
    return Path(from_environ) if from_environ else DEFAULT_CONFIG_PATH


def load_config(path: Path) -> StationConfig:
    """The validated config, with relative paths made absolute against its folder."""
    path = Path(path)
    text = _read_text(path)
    data = _parse_toml(path, text)
    try:
        return StationConfig.model_validate(
            data, context=validation_context(path.absolute().parent)
        )
    except ValidationError as error:
        raise ConfigError(path, _validation_problems(path, text, error)) from None


# --- reading --------------------------------------------------------------------


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _file_error(path, "file not found", FIND_HINT) from None
    except IsADirectoryError:
        raise _file_error(path, "is a folder, not a file", FIND_HINT) from None
    except PermissionError:
        raise _file_error(
            path,
            "this user may not read it (permission denied)",
            "let the kiosk user read it, e.g. chgrp kiosk FILE && chmod 640 FILE",
        ) from None
    except OSError as error:
        raise _file_error(path, f"cannot be read: {error.strerror}", FIND_HINT) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8 text (byte 0x{raw[error.start]:02x})"
        raise ConfigError(
            path, [ConfigProblem(path, line, "", message, "save it as UTF-8")]
        ) from None
    # Windows editors may start UTF-8 files with a byte-order mark; TOML forbids it.
    return text.removeprefix("\ufeff")


def _file_error(path: Path, message: str, hint: str) -> ConfigError:
    return ConfigError(path, [ConfigProblem(path, None, "", message, hint)])


_TOML_POSITION = re.compile(
    r"^(?P<message>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$"
)


def _parse_toml(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, [_syntax_problem(path, text, str(error))]) from None


def _syntax_problem(path: Path, text: str, error_text: str) -> ConfigProblem:
    match = _TOML_POSITION.match(error_text)
    if match is None:
        return ConfigProblem(path, None, "", f"TOML syntax: {error_text}", _syntax_hint(error_text))
    message, hint = match["message"], _syntax_hint(match["message"])
    if match["line"] is None:
        line, where = text.count("\n") + 1, "at the end of the file"
    else:
        line, where = int(match["line"]), f"(column {match['column']})"
    return ConfigProblem(path, line, "", f"TOML syntax: {message} {where}", hint)


_SYNTAX_HINTS = (
    ("Cannot overwrite", "each key may appear once in a table: remove or rename the repeat"),
    ("Cannot declare", "each [table] may appear once: merge the two, or use [[...]] for a list"),
    ("Invalid value", 'text needs quotes, e.g. name = "Woolwich Centre"; numbers do not'),
    ("Unterminated string", "close the quotes on this line"),
    ("Unclosed", "close the bracket or brace opened here"),
    ("Expected '=' after a key", 'write key = value, e.g. queue = "kiosk-printer"'),
)


def _syntax_hint(message: str) -> str:
    for start, hint in _SYNTAX_HINTS:
        if message.startswith(start):
            return hint
    return "check the quotes, brackets and = sign on this line"


# --- validation errors -> problems ------------------------------------------------


def _validation_problems(path: Path, text: str, error: ValidationError) -> list[ConfigProblem]:
    """One problem per pydantic error, at the line of its key, in file order."""
    locator = TomlLocator(text)
    problems = []
    for details in error.errors(include_url=False):
        loc = tuple(part for part in details["loc"] if part != "[key]")
        message, hint = _explain(details, loc)
        problems.append(ConfigProblem(path, locator.line_of(loc), format_key(loc), message, hint))
    return sorted(problems, key=lambda problem: problem.line or 0)


@dataclass(frozen=True)
class _Slot:
    """What the schema says about the key an error points at."""

    loc: KeyPath
    owner: type[BaseModel] | None
    field: FieldInfo | None
    annotation: Any

    @property
    def name(self) -> str:
        return next((part for part in reversed(self.loc) if isinstance(part, str)), "")

    @property
    def names(self) -> str:
        """The key path without array indices, as a table header names it."""
        return ".".join(part for part in self.loc if isinstance(part, str))

    @property
    def header(self) -> str:
        """How the key's table header is written: [scanner.profiles] or [[services]]."""
        if self.loc and isinstance(self.loc[-1], int):
            return f"[[{self.names}]]"
        return f"[{self.names}]"

    def example(self) -> str | None:
        examples = self.field.examples if self.field is not None else None
        return _toml_value(examples[0]) if examples else None

    def assignment(self) -> str:
        return f"{self.name} = {self.example() or '…'}"

    def table_kind(self) -> Literal["table", "array", "tables"] | None:
        kind = _unwrap(self.annotation)
        args = get_args(kind)
        if _is_model(kind):
            return "table"
        if get_origin(kind) in (tuple, list) and args and _is_model(_unwrap(args[0])):
            return "array"
        if get_origin(kind) is dict and _is_model(_unwrap(args[1])):
            return "tables"
        return None


def _explain(details: ErrorDetails, loc: KeyPath) -> tuple[str, str]:
    """A plain-language message and a fix hint for one pydantic error."""
    context = details.get("ctx") or {}
    if "hint" in context:  # raised by our own rules in schema.py
        return details["msg"], str(context["hint"])
    slot = _slot_at(loc)
    kind = details["type"]
    if kind in _EXPLAINERS:
        return _EXPLAINERS[kind](details, slot)
    if kind in _EXPECTED:
        return _wrong_type(details, slot, _EXPECTED[kind])
    if kind.startswith("url_"):
        return _bad_url(details, slot)
    return _fallback(details, slot)


def _missing(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    table = slot.table_kind()
    if table == "array":
        return "required list of tables is missing", f"add at least one [[{slot.names}]] table"
    if table == "tables":
        return "required tables are missing", f"add [{slot.names}.NAME] tables"
    if table == "table":
        required = _required_keys(_unwrap(slot.annotation))
        keys = f" with {', '.join(required)}" if required else ""
        return "required table is missing", f"add the {slot.header} table{keys}"
    parent = _Slot(slot.loc[:-1], None, None, None)
    where = f" to this {parent.header} table" if parent.loc else ""
    return "required key is missing", f"add {slot.assignment()}{where}"


def _unknown_key(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    allowed = list(slot.owner.model_fields) if slot.owner is not None else []
    if _looks_secret(slot.name):
        return "a secret must not be written in the config", _secrets_hint(slot.name, allowed)
    close = difflib.get_close_matches(slot.name, allowed, n=1)
    if close:
        return f"unknown key; did you mean {close[0]}?", f"rename it to {close[0]}"
    return "unknown key", "remove it; the keys allowed here are " + ", ".join(allowed)


def _wrong_type(details: ErrorDetails, slot: _Slot, expected: str) -> tuple[str, str]:
    message = f"expected {expected}, got {_describe(details['input'], slot.name)}"
    if expected == "a table":
        return message, f"write it as a {slot.header} table"
    if isinstance(details["input"], str) and expected in {"a whole number", "true or false"}:
        return message, f"write {slot.assignment()}, without quotes"
    return message, f"write {slot.assignment()}"


def _one_of(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    allowed = (details.get("ctx") or {}).get("expected", "one of the listed values")
    given = _describe(details["input"], slot.name)
    return f"must be {allowed}, not {given}", f"e.g. {slot.assignment()}"


def _out_of_range(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    context = details.get("ctx") or {}
    words = {"ge": "at least", "le": "at most", "gt": "more than", "lt": "less than"}
    limits = [f"{word} {context[key]}" for key, word in words.items() if key in context]
    low, high = _bounds(slot.field)
    span = f"use {low} to {high}, " if low is not None and high is not None else ""
    message = f"must be {' and '.join(limits)}, not {details['input']}"
    return message, f"{span}e.g. {slot.assignment()}"


def _too_short(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    if slot.table_kind() == "array":
        return "needs at least one entry", f"add a [[{slot.names}]] table"
    return "needs at least one entry", f"e.g. {slot.assignment()}"


def _empty_text(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    return "must not be empty", f"e.g. {slot.assignment()}"


def _bad_url(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    if details["type"] == "url_parsing":
        reason = (details.get("ctx") or {}).get("error", "")
        message = f"not a web address ({reason})" if reason else "not a web address"
    elif details["type"] == "url_type":
        message = f"expected a web address in quotes, got {_describe(details['input'], slot.name)}"
    else:
        message = details["msg"]
    return message, f"write the full address, e.g. {slot.assignment()}"


def _fallback(details: ErrorDetails, slot: _Slot) -> tuple[str, str]:
    message = details["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return message, f"e.g. {slot.assignment()}"


_EXPLAINERS = {
    "missing": _missing,
    "extra_forbidden": _unknown_key,
    "literal_error": _one_of,
    "greater_than_equal": _out_of_range,
    "less_than_equal": _out_of_range,
    "greater_than": _out_of_range,
    "less_than": _out_of_range,
    "too_short": _too_short,
    "string_too_short": _empty_text,
}
_EXPECTED = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "string_type": "text in quotes",
    "list_type": "a list in square brackets",
    "tuple_type": "a list in square brackets",
    "dict_type": "a table",
    "model_type": "a table",
    "model_attributes_type": "a table",
    "path_type": "a file path in quotes",
}
_SECRET_WORDS = ("token", "password", "passwd", "secret", "key", "credential")


def _looks_secret(name: str) -> bool:
    lowered = name.lower()
    return not lowered.endswith("_file") and any(word in lowered for word in _SECRET_WORDS)


def _secrets_hint(name: str, allowed: Sequence[str]) -> str:
    file_keys = [key for key in allowed if key.endswith("_file")]
    close = difflib.get_close_matches(f"{name}_file", file_keys, n=1)
    if not close or close[0] == "token_file":
        return SECRETS_HINT
    return f'secrets go in a file: use {close[0]} = "/etc/kiosk/credentials/..."'


def _describe(value: Any, name: str) -> str:
    """The value as the person wrote it, short, and never a secret's text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        if _looks_secret(name):
            return "text"
        return f"text {json.dumps(value if len(value) <= 40 else value[:37] + '...')}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return str(value)


def _bounds(field: FieldInfo | None) -> tuple[Any, Any]:
    metadata = field.metadata if field is not None else []
    low = next((m.ge for m in metadata if getattr(m, "ge", None) is not None), None)
    high = next((m.le for m in metadata if getattr(m, "le", None) is not None), None)
    return low, high


def _required_keys(model: Any) -> list[str]:
    if not _is_model(model):
        return []
    return [name for name, field in model.model_fields.items() if field.is_required()]


def _slot_at(loc: KeyPath) -> _Slot:
    """Walk the schema's types along `loc` to the model and field it names."""
    kind: Any = StationConfig
    owner: type[BaseModel] | None = None
    field: FieldInfo | None = None
    for part in loc:
        kind = _unwrap(kind)
        origin, args = get_origin(kind), get_args(kind)
        if _is_model(kind) and isinstance(part, str):
            owner, field = kind, kind.model_fields.get(part)
            kind = field.annotation if field is not None else None
        elif origin in (tuple, list) and args and isinstance(part, int):
            owner, field, kind = None, None, args[0]
        elif origin is dict and args:
            owner, field, kind = None, None, args[1]
        else:
            return _Slot(loc, None, None, None)
    return _Slot(loc, owner, field, kind)


def _unwrap(kind: Any) -> Any:
    """The type inside Annotated[...] and Optional[...]."""
    while True:
        origin = get_origin(kind)
        if origin is Annotated:
            kind = get_args(kind)[0]
            continue
        if origin in (Union, types.UnionType):
            options = [arg for arg in get_args(kind) if arg is not type(None)]
            if len(options) == 1:
                kind = options[0]
                continue
        return kind


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def format_key(loc: Sequence[str | int]) -> str:
    """A key path as people write it: services[1].fields[0].pattern."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        name = part if _BARE_KEY.fullmatch(part) else json.dumps(part, ensure_ascii=False)
        text = f"{text}.{name}" if text else name
    return text


# --- where keys are ----------------------------------------------------------------


class TomlLocator:
    """Line numbers of the keys and tables in a TOML text.

    `line_of(("services", 1, "endpoint"))` is the line of that key or, when the
    key is missing, of the nearest table that holds it (the second [[services]]
    header). Array elements are indexed as tomllib would. Contents of strings
    and multi-line arrays are never mistaken for keys. Tolerates broken TOML.
    """

    def __init__(self, text: str) -> None:
        self._scan = _TomlScan(text)
        self._scan.run()

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        key = tuple(loc)
        for end in range(len(key), 0, -1):
            line = self._scan.lines.get(key[:end])
            if line is not None:
                return line
        return None


_BARE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class _TomlScan:
    """A single pass over TOML text that records where each key starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.lines: dict[KeyPath, int] = {}
        self.array_sizes: dict[KeyPath, int] = {}
        self.table: KeyPath = ()

    # - statements -

    def run(self) -> None:
        while self.pos < len(self.text):
            self._skip_blanks()
            char = self._peek()
            if char == "\n":
                self._advance()
            elif char == "#":
                self._skip_to_line_end()
            elif char == "[":
                self._header()
            elif char:
                self._key_value(self.table)
                self._skip_to_line_end()

    def _header(self) -> None:
        line = self.line
        is_array = self.text.startswith("[[", self.pos)
        self._advance(2 if is_array else 1)
        parts = self._key()
        self._skip_to_line_end()
        if not parts:
            return
        if is_array:
            array = (*self._resolve(parts[:-1]), parts[-1])
            index = self.array_sizes.get(array, 0)
            self.array_sizes[array] = index + 1
            self.table = (*array, index)
        else:
            self.table = self._resolve(parts)
        self._record(self.table, line)

    def _resolve(self, parts: Sequence[str]) -> KeyPath:
        """A header's names as a key path, into the latest element of each [[array]]."""
        path: KeyPath = ()
        for part in parts:
            path = (*path, part)
            size = self.array_sizes.get(path)
            if size:
                path = (*path, size - 1)
        return path

    def _key_value(self, table: KeyPath) -> bool:
        line = self.line
        parts = self._key()
        self._skip_blanks()
        if not parts or self._peek() != "=":
            return False
        self._advance()
        self._skip_blanks()
        path = (*table, *parts)
        self._record(path, line)
        self._value(path)
        return True

    def _record(self, path: KeyPath, line: int) -> None:
        """Remember where `path` and, if not yet seen, its parents are first written."""
        for end in range(1, len(path) + 1):
            self.lines.setdefault(path[:end], line)

    # - keys -

    def _key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self._skip_blanks()
            part = self._simple_key()
            if part is None:
                return parts
            parts.append(part)
            self._skip_blanks()
            if self._peek() != ".":
                return parts
            self._advance()

    def _simple_key(self) -> str | None:
        char = self._peek()
        if char == '"':
            return self._basic_string()
        if char == "'":
            return self._literal_string()
        start = self.pos
        while self._peek() in _BARE_CHARS:
            self._advance()
        return self.text[start : self.pos] if self.pos > start else None

    # - values -

    def _value(self, path: KeyPath) -> None:
        if self.text.startswith('"""', self.pos):
            self._multiline_string('"""')
        elif self.text.startswith("'''", self.pos):
            self._multiline_string("'''")
        elif self._peek() == '"':
            self._basic_string()
        elif self._peek() == "'":
            self._literal_string()
        elif self._peek() == "[":
            self._array(path)
        elif self._peek() == "{":
            self._inline_table(path)
        else:
            while self._peek() not in {",", "]", "}", "#", "\n", ""}:
                self._advance()

    def _array(self, path: KeyPath) -> None:
        self._advance()
        index = 0
        while True:
            self._skip_blanks_and_comments()
            if self._peek() in {"]", ""}:
                self._advance()
                return
            self._record((*path, index), self.line)
            start = self.pos
            self._value((*path, index))
            index += 1
            self._skip_blanks_and_comments()
            if self._peek() == ",":
                self._advance()
            elif self._peek() != "]" and self.pos == start:
                return  # not TOML; give up on this array rather than loop

    def _inline_table(self, path: KeyPath) -> None:
        self._advance()
        while True:
            self._skip_blanks_and_comments()
            if self._peek() in {"}", ""}:
                self._advance()
                return
            if not self._key_value(path):
                return
            self._skip_blanks_and_comments()
            if self._peek() == ",":
                self._advance()

    def _basic_string(self) -> str:
        self._advance()
        chars: list[str] = []
        while self._peek() not in {'"', "\n", ""}:
            if self._peek() == "\\":
                self._advance()
                chars.append(self._escape())
            else:
                chars.append(self._peek())
                self._advance()
        self._advance()
        return "".join(chars)

    def _escape(self) -> str:
        char = self._peek()
        self._advance()
        if char in "uU":
            width = 4 if char == "u" else 8
            digits = self.text[self.pos : self.pos + width]
            self._advance(width)
            try:
                return chr(int(digits, 16))
            except ValueError:
                return ""
        return _ESCAPES.get(char, char)

    def _literal_string(self) -> str:
        self._advance()
        start = self.pos
        while self._peek() not in {"'", "\n", ""}:
            self._advance()
        text = self.text[start : self.pos]
        self._advance()
        return text

    def _multiline_string(self, quotes: str) -> None:
        self._advance(3)
        while self.pos < len(self.text):
            if quotes == '"""' and self._peek() == "\\":
                self._advance(2)
            elif self.text.startswith(quotes, self.pos):
                self._advance(3)
                # Up to two quotes may sit just before the closing three.
                for _ in range(2):
                    if self._peek() == quotes[0]:
                        self._advance()
                return
            else:
                self._advance()

    # - characters -

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def _advance(self, count: int = 1) -> None:
        end = min(self.pos + count, len(self.text))
        self.line += self.text.count("\n", self.pos, end)
        self.pos = end

    def _skip_blanks(self) -> None:
        while self._peek() in {" ", "\t", "\r"}:
            self._advance()

    def _skip_blanks_and_comments(self) -> None:
        while True:
            self._skip_blanks()
            if self._peek() == "\n":
                self._advance()
            elif self._peek() == "#":
                self._skip_to_line_end()
            else:
                return

    def _skip_to_line_end(self) -> None:
        while self._peek() not in {"\n", ""}:
            self._advance()
