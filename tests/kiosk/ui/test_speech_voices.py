"""Every station language has a voice of its own, or English on purpose.

Asks the real speech stack (QtTextToSpeech's speechd engine -> speech-dispatcher
-> espeak-ng) in a process of its own with a private speech-dispatcher (its
socket under a private XDG_RUNTIME_DIR), and cross-checks espeak-ng's own list.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import StationConfig
from kiosk.core.voices import DECLARED_WITHOUT_VOICE, Voice, languages_with_voice


@pytest.fixture
def private_runtime(tmp_path: Path) -> Iterator[Path]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    yield runtime
    # speech-dispatcher --spawn outlives its client for a few seconds: stop ours now.
    for pid_file in runtime.glob("speech-dispatcher/pid/*.pid"):
        with contextlib.suppress(ValueError, ProcessLookupError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


def speechd_voices(languages: list[str], runtime: Path) -> list[Voice]:
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.ui.speech", "speechd", *languages],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0, rows or done.stderr
    return [Voice(row["name"], row["locale"]) for row in rows]


def test_every_station_language_has_a_speechd_voice_or_a_declared_fallback(
    demo_config: StationConfig, private_runtime: Path
) -> None:
    languages = list(demo_config.station.languages)
    voices = speechd_voices(languages, private_runtime)
    native = languages_with_voice(languages, voices)
    print("native speechd voices:", {code: has for code, has in native.items()})
    assert native["en"], "no English voice: the fallback itself is missing"
    missing = {code for code, has in native.items() if not has}
    assert missing <= DECLARED_WITHOUT_VOICE, f"no voice and no declared fallback: {missing}"
    # Debian's espeak-ng has all six today; a declared fallback that now has a voice is stale.
    assert not (DECLARED_WITHOUT_VOICE & {code for code, has in native.items() if has})


def test_espeak_ng_lists_a_voice_for_every_station_language(demo_config: StationConfig) -> None:
    listing = subprocess.run(
        ["espeak-ng", "--voices"], capture_output=True, text=True, check=True, timeout=30
    ).stdout
    espeak_languages = {line.split()[1].split("-")[0] for line in listing.splitlines()[1:]}
    missing = set(demo_config.station.languages) - espeak_languages - DECLARED_WITHOUT_VOICE
    assert missing == set()
