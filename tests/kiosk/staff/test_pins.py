"""Champions' PINs: rules, argon2id hashes in the file, garbled files named by line."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.staff.pins import CredentialFileError, CredentialStore, PinRuleError, check_pin


@pytest.mark.parametrize(
    ("pin", "rule"),
    [
        ("12345", "at least 6"),
        ("111111", "one digit repeated"),
        ("12a456", "digits only"),
        ("\uff11\uff12\uff13\uff14\uff15\uff16", "digits only"),  # full-width digits
        ("", "digits only"),
        ("1234567890123", "at most 12"),
    ],
)
def test_pin_rules_say_which_rule_is_broken(pin: str, rule: str) -> None:
    with pytest.raises(PinRuleError, match=rule):
        check_pin(pin)


def test_a_good_pin_passes() -> None:
    assert check_pin("482913") == "482913"


def test_added_champion_signs_in_with_her_pin_and_only_a_hash_is_stored(
    credentials: CredentialStore,
) -> None:
    credentials.add("Asha Patel", "482913")
    credentials.add("Tom Okafor", "573920")
    text = credentials.path.read_text()
    assert "482913" not in text and "573920" not in text
    assert "Asha Patel:$argon2id$" in text
    assert stat.S_IMODE(credentials.path.stat().st_mode) == 0o600
    assert not credentials.loose_permissions()
    found = credentials.champion_for("573920")
    assert found is not None and found.name == "Tom Okafor"
    assert credentials.champion_for("000123") is None


def test_adding_again_changes_the_pin(credentials: CredentialStore) -> None:
    credentials.add("Asha Patel", "482913")
    credentials.add("asha  patel", "739201")
    assert [c.name for c in credentials.champions()] == ["asha patel"]
    assert credentials.champion_for("482913") is None
    assert credentials.champion_for("739201") is not None


def test_a_pin_already_in_use_is_refused(credentials: CredentialStore) -> None:
    credentials.add("Asha Patel", "482913")
    with pytest.raises(PinRuleError, match="already in use"):
        credentials.add("Tom Okafor", "482913")
    assert [c.name for c in credentials.champions()] == ["Asha Patel"]


def test_remove_by_name(credentials: CredentialStore) -> None:
    credentials.add("Asha Patel", "482913")
    credentials.add("Tom Okafor", "573920")
    credentials.remove("ASHA PATEL")
    assert [c.name for c in credentials.champions()] == ["Tom Okafor"]
    with pytest.raises(KeyError):
        credentials.remove("Nobody")


def test_no_file_means_no_champions(credentials: CredentialStore) -> None:
    assert credentials.champions() == []
    assert credentials.champion_for("482913") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Asha Patel $argon2id$v=19$m=65536,t=3,p=4$abc$def", "expected name:hash"),
        ("Asha Patel:not-a-hash", "not an argon2id hash"),
        ("Asha Patel:$argon2i$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g", "not an argon2id"),
        ("Asha Patel:$argon2id$v=19$m=65536,t=3,p=4", "not an argon2id hash"),
        (":$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g", "name is empty"),
    ],
)
def test_a_garbled_line_is_named_by_file_and_line(
    credentials: CredentialStore, line: str, reason: str
) -> None:
    credentials.add("Tom Okafor", "573920")
    with credentials.path.open("a") as file:
        file.write(line + "\n")
    lines = credentials.path.read_text().splitlines()
    with pytest.raises(CredentialFileError, match=reason) as caught:
        credentials.champion_for("573920")
    assert caught.value.line == len(lines)
    assert str(caught.value).startswith(f"{credentials.path}:{len(lines)}: ")


def test_a_name_listed_twice_is_garbled(credentials: CredentialStore) -> None:
    credentials.add("Tom Okafor", "573920")
    good = credentials.path.read_text().splitlines()[-1]
    with credentials.path.open("a") as file:
        file.write(good.replace("Tom Okafor", "tom okafor") + "\n")
    with pytest.raises(CredentialFileError, match="listed twice"):
        credentials.champions()


def test_binary_and_unreadable_files_are_clear_errors(tmp_path: Path) -> None:
    binary = tmp_path / "pins"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CredentialFileError, match="not a text file"):
        CredentialStore(binary).champions()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(CredentialFileError, match="cannot read it"):
        CredentialStore(folder).champions()


def test_loose_permissions_are_noticed(credentials: CredentialStore) -> None:
    credentials.add("Tom Okafor", "573920")
    credentials.path.chmod(0o644)
    assert credentials.loose_permissions()
