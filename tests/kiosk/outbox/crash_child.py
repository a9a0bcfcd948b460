"""The process the crash test kills: the real outbox and sender against a receiver.

    python crash_child.py zygote OUTBOX KEYFILE URL TOKENFILE LOG
        imports everything once, then for each line "go SEED" on stdin forks a
        worker, prints its pid, waits for it (the test SIGKILLs it) and prints
        "reaped". Forking from this single-threaded process keeps each worker's
        start to a few milliseconds, so hundreds of kills fit in a test run.
    python crash_child.py drain OUTBOX KEYFILE URL TOKENFILE LOG
        a clean run: recover, send everything, exit 0 when the outbox is empty.

A worker recovers the outbox, starts the sender and enqueues documents as fast as
it can; after each enqueue returns it appends "enqueued REF" to LOG (O_APPEND,
one write per line, so a kill never leaves half a line).
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from drivers.backoffice import HttpBackOffice, ServiceEndpoint
from kiosk.core.sending import Submission
from kiosk.outbox import FileOutbox, OutboxSender, Station, load_key

SERVICE = "housing-benefit"
DRAIN_TIMEOUT_S = 60.0


def build(
    outbox_dir: str, key_file: str, url: str, token_file: str
) -> tuple[FileOutbox, OutboxSender]:
    station = Station("crash-01", "woolwich", "CRA")
    outbox = FileOutbox(Path(outbox_dir), load_key(Path(key_file)), station)
    outbox.recover()
    backoffice = HttpBackOffice(
        [ServiceEndpoint(SERVICE, url, Path(token_file), connect_timeout_s=2, read_timeout_s=5)]
    )
    sender = OutboxSender(outbox, backoffice, retry_initial_s=0.01, retry_max_s=0.05, poll_s=0.02)
    return outbox, sender


def worker(args: list[str], seed: int) -> None:
    rng = random.Random(seed)
    outbox, sender = build(*args[:4])
    sender.start()
    log = os.open(args[4], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    for number in range(1_000_000):
        size = rng.choice((2_000, 40_000, 300_000, 1_500_000))
        document = b"%PDF-1.7\n" + rng.randbytes(size)
        queued = outbox.enqueue(
            Submission(SERVICE, "en", {"seed": str(seed), "n": str(number)}, 1, document)
        )
        os.write(log, f"enqueued {queued.kiosk_reference}\n".encode())
        time.sleep(rng.uniform(0.0, 0.03))


def zygote(args: list[str]) -> int:
    for line in sys.stdin:
        command, _, seed = line.strip().partition(" ")
        if command != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                worker(args, int(seed))
            finally:
                os._exit(0)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
    return 0


def drain(args: list[str]) -> int:
    outbox, sender = build(*args[:4])
    sender.start()
    deadline = time.monotonic() + DRAIN_TIMEOUT_S
    while outbox.stats().depth and time.monotonic() < deadline:
        time.sleep(0.05)
    sender.stop()
    stats = outbox.stats()
    print(f"depth {stats.depth}", flush=True)
    return 0 if stats.depth == 0 else 1


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    raise SystemExit(zygote(rest) if mode == "zygote" else drain(rest))
