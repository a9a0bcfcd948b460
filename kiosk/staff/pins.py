"""Champions' PINs: argon2id hashes, one champion per line of a credential file.

The file (``[staff] credentials_file``, mode 0600) holds lines ``name:hash``;
blank lines and lines starting with ``#`` are ignored. `kiosk-admin staff`
writes it; the station only reads it. A PIN names its champion, so no two
champions share one (``add`` refuses a PIN already in use).

A PIN is only digits, at least `MIN_PIN_LENGTH` long, and not one digit
repeated: the pad has digits only, and "000000" is the first thing anyone tries.
"""

from __future__ import annotations

import logging
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import Type

from kiosk.staff.files import write_atomically

log = logging.getLogger(__name__)

MIN_PIN_LENGTH: Final = 6
MAX_PIN_LENGTH: Final = 12
MAX_NAME_LENGTH: Final = 60
HASH_PREFIX: Final = "$argon2id$"
FILE_MODE: Final = 0o600
HEADER: Final = (
    "# Staff mode PINs: one digital champion per line, name:argon2id hash.\n"
    "# Managed with `kiosk-admin staff add|remove|list`; do not edit hashes by hand.\n"
)


class PinRuleError(ValueError):
    """The PIN breaks a rule; the message says which, in words for a champion."""


class CredentialFileError(Exception):
    """The credential file cannot be used; the message names the file and the line."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.reason = message


def check_pin(pin: str) -> str:
    """The PIN if it keeps the rules; raises PinRuleError saying which rule it breaks."""
    if not pin.isascii() or not pin.isdigit():
        raise PinRuleError("a PIN is digits only (0-9)")
    if len(pin) < MIN_PIN_LENGTH:
        raise PinRuleError(f"a PIN has at least {MIN_PIN_LENGTH} digits")
    if len(pin) > MAX_PIN_LENGTH:
        raise PinRuleError(f"a PIN has at most {MAX_PIN_LENGTH} digits")
    if len(set(pin)) == 1:
        raise PinRuleError("a PIN is not one digit repeated")
    return pin


def check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("the champion's name is empty")
    if ":" in cleaned:
        raise ValueError("a name cannot hold ':'")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValueError(f"a name has at most {MAX_NAME_LENGTH} characters")
    if not cleaned.isprintable():
        raise ValueError("a name holds only printable characters")
    return cleaned


@dataclass(frozen=True)
class Champion:
    name: str
    pin_hash: str


def default_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106's low-memory choice)."""
    return PasswordHasher(type=Type.ID)


class CredentialStore:
    """The champions in the credential file. Reads it afresh each time it is asked."""

    def __init__(self, path: Path, hasher: PasswordHasher | None = None) -> None:
        self.path = path
        self.hasher = hasher or default_hasher()

    # --- reading ---------------------------------------------------------------------
    def champions(self) -> list[Champion]:
        """Everyone in the file; [] if there is no file. Raises CredentialFileError."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except UnicodeDecodeError:
            raise CredentialFileError(self.path, "not a text file (not UTF-8)") from None
        except OSError as error:
            raise CredentialFileError(self.path, f"cannot read it: {error.strerror}") from None
        return self._parse(text)

    def loose_permissions(self) -> bool:
        """Whether others than its owner may read or write the file (0600 expected)."""
        try:
            mode = stat.S_IMODE(self.path.stat().st_mode)
        except OSError:
            return False
        return bool(mode & 0o077)

    def _parse(self, text: str) -> list[Champion]:
        found: list[Champion] = []
        seen: dict[str, int] = {}
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            name, colon, pin_hash = line.partition(":")
            if not colon:
                raise CredentialFileError(
                    self.path, "expected name:hash (no ':' on the line)", number
                )
            try:
                name = check_name(name)
            except ValueError as error:
                raise CredentialFileError(self.path, str(error), number) from None
            if not pin_hash.startswith(HASH_PREFIX) or not _hash_parses(pin_hash):
                raise CredentialFileError(
                    self.path, f"the hash for {name!r} is not an argon2id hash", number
                )
            key = name.casefold()
            if key in seen:
                raise CredentialFileError(
                    self.path, f"{name!r} is listed twice (also on line {seen[key]})", number
                )
            seen[key] = number
            found.append(Champion(name, pin_hash))
        return found

    # --- checking a PIN ----------------------------------------------------------------
    def champion_for(self, pin: str) -> Champion | None:
        """The champion whose PIN this is, else None. Slow on purpose (argon2id).

        Raises CredentialFileError if the file cannot be used.
        """
        for champion in self.champions():
            try:
                if self.hasher.verify(champion.pin_hash, pin):
                    return champion
            except VerifyMismatchError:
                continue
            except (VerificationError, InvalidHashError):
                # Parsed, yet argon2 refuses it: treat like a line that does not parse.
                raise CredentialFileError(
                    self.path, f"the hash for {champion.name!r} cannot be checked"
                ) from None
        return None

    # --- changing the file (kiosk-admin) ----------------------------------------------
    def add(self, name: str, pin: str) -> Champion:
        """Add a champion, or give an existing one a new PIN."""
        name = check_name(name)
        check_pin(pin)
        champions = self.champions()
        owner = self.champion_for(pin)
        if owner is not None and owner.name.casefold() != name.casefold():
            raise PinRuleError("that PIN is already in use; choose another")
        champion = Champion(name, self.hasher.hash(pin))
        kept = [c for c in champions if c.name.casefold() != name.casefold()]
        self._write([*kept, champion])
        return champion

    def remove(self, name: str) -> Champion:
        """Remove a champion by name (any case); KeyError if there is none."""
        champions = self.champions()
        wanted = " ".join(name.split()).casefold()
        gone = [c for c in champions if c.name.casefold() == wanted]
        if not gone:
            raise KeyError(name)
        self._write([c for c in champions if c.name.casefold() != wanted])
        return gone[0]

    def _write(self, champions: list[Champion]) -> None:
        body = HEADER + "".join(f"{c.name}:{c.pin_hash}\n" for c in champions)
        write_atomically(self.path, body.encode("utf-8"), FILE_MODE)
        log.info("staff credentials written", extra={"fields": {"champions": len(champions)}})


def _hash_parses(pin_hash: str) -> bool:
    try:
        extract_parameters(pin_hash)
    except InvalidHashError:
        return False
    return True
