"""SIGKILL at random instants: no submission lost, none sent twice.

A child process runs the real outbox and sender against the reference receiver
on 127.0.0.1 and is killed with SIGKILL over and over (`--kills N`, 200 by
default), at random moments: while writing an entry, between the file and its
index row, mid-upload, between the back office's answer and the delete. A final
clean run drains the queue. Then the receiver must hold every submission the
child saw enqueued, each exactly once, and the outbox must be empty.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.testbed.receiver import Receiver

CHILD = Path(__file__).with_name("crash_child.py")
REPO = Path(__file__).resolve().parents[3]
TOKEN = "crash-token"
KILL_AFTER_S = (0.0, 0.25)


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path, kills: int) -> None:
    key_file = tmp_path / "outbox.key"
    key_file.write_text(base64.b64encode(os.urandom(32)).decode())
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    outbox_dir, log_file = tmp_path / "outbox", tmp_path / "enqueued.log"
    rng = random.Random(os.environ.get("CRASH_SEED", "10"))

    with Receiver(tmp_path / "received", token=TOKEN) as receiver:
        args = [
            str(outbox_dir), str(key_file), receiver.service_url("housing-benefit"),
            str(token_file), str(log_file),
        ]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        zygote = subprocess.Popen(
            [sys.executable, str(CHILD), "zygote", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert zygote.stdin is not None and zygote.stdout is not None
        pid = 0
        try:
            for _ in range(kills):
                zygote.stdin.write(f"go {rng.randrange(1 << 30)}\n")
                zygote.stdin.flush()
                pid = int(zygote.stdout.readline())
                time.sleep(rng.uniform(*KILL_AFTER_S))
                os.kill(pid, signal.SIGKILL)
                assert zygote.stdout.readline().strip() == "reaped"
                pid = 0
        finally:
            # Leave nothing running, also when an assertion above failed.
            if pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            zygote.stdin.close()
            try:
                zygote.wait(timeout=30)
            except subprocess.TimeoutExpired:
                zygote.kill()
                zygote.wait()

        drained = subprocess.run(
            [sys.executable, str(CHILD), "drain", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        received = receiver.received()

    assert drained.returncode == 0, drained.stdout + drained.stderr[-3000:]
    enqueued = [line.split()[1] for line in log_file.read_text().splitlines()]
    sent_refs = collections.Counter(s.metadata["kiosk_reference"] for s in received)
    keys = collections.Counter(s.idempotency_key for s in received)
    assert len(enqueued) > kills / 2, "the workers should have enqueued plenty"
    assert [ref for ref, n in sent_refs.items() if n > 1] == []
    assert [key for key, n in keys.items() if n > 1] == []
    assert set(enqueued) - set(sent_refs) == set(), "an enqueued submission never arrived"
    # Extra ones were saved whole but the kill came before the worker wrote its log line.
    assert len(set(sent_refs) - set(enqueued)) <= kills
    for submission in received:
        assert submission.document_path.read_bytes().startswith(b"%PDF-")

    leftover_entries = sorted(p.name for p in (outbox_dir / "entries").iterdir())
    assert leftover_entries == []
    quarantined = [p.name for p in (outbox_dir / "quarantine").iterdir()]
    # Only temp files of writes cut short (and their notes); never a whole entry.
    assert all(name.startswith(".tmp-") for name in quarantined), quarantined
    print(
        json.dumps(
            {
                "kills": kills,
                "enqueued_logged": len(enqueued),
                "received": len(received),
                "quarantined_partial_writes": len(quarantined) // 2,
            }
        )
    )


@pytest.fixture
def kills(request: pytest.FixtureRequest) -> int:
    value = request.config.getoption("--kills")
    return int(value)
