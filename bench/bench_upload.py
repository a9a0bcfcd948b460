"""Upload: memory and speed of sending a 50 MB document (design section 10).

Against a plain stdlib sink on 127.0.0.1 (reads the body in big blocks, throws it
away, answers 201 with a reference) so the receiver is not what is measured:

- ``upload_extra_rss_mb_50mb``: how much the sending process grows while
  HttpBackOffice sends a 50 MB file (RSS sampled every 2 ms, minus the RSS just
  before the send). Goal <= 5.
- ``upload_throughput_ratio_vs_curl``: curl's best time / ours, same file, same
  sink, same run (curl -F with ``-H 'Expect:'``, or it waits a second for a
  100-continue the sink never sends). Goal >= 0.8.
- ``upload_outbox_*``: the same through the outbox: an encrypted entry decrypted
  block by block while it is sent, as the station really does it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

GOALS = {
    "upload_extra_rss_mb_50mb": "<= 5",
    "upload_throughput_ratio_vs_curl": ">= 0.8",
    "upload_outbox_extra_rss_mb_50mb": "<= 5",
    "upload_outbox_throughput_ratio_vs_curl": ">= 0.8",
}
DOCUMENT_MB = 50
ROUNDS = 3
BLOCK = 1024 * 1024
SERVICE = "bench"
REPO = Path(__file__).resolve().parents[1]
T = TypeVar("T")


# --- the sink (its own process) ------------------------------------------------------


class _Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        left = int(self.headers.get("Content-Length") or 0)
        buffer = bytearray(4 * BLOCK)
        view = memoryview(buffer)
        while left > 0:
            # Large readinto calls go past the reader's small buffer to the socket.
            got = self.rfile.readinto(view[: min(left, len(buffer))])
            if not got:
                return
            left -= got
        body = b'{"reference": "BO-BENCH"}'
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve_sink() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    print(server.server_address[1], flush=True)
    server.serve_forever()


# --- the measured client (its own process) ---------------------------------------------


def _rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def measure_client(url: str, document: str, mode: str, workdir: str) -> None:
    from drivers.backoffice import HttpBackOffice, ServiceEndpoint
    from kiosk.core.sending import Parcel, SendOutcome, Submission
    from kiosk.outbox import FileOutbox, Station

    office = HttpBackOffice([ServiceEndpoint(SERVICE, url, read_timeout_s=60)])
    path = Path(document)
    size = path.stat().st_size
    if mode == "outbox":
        outbox = FileOutbox(Path(workdir) / "outbox", os.urandom(32), Station("b", "eltham", "BEN"))
        outbox.enqueue(Submission(SERVICE, "en", {}, 1, path))
        parcels = [outbox.parcel(outbox.entries()[0]) for _ in range(ROUNDS)]
    else:

        def blocks() -> Iterator[bytes]:
            with path.open("rb") as stream:
                while block := stream.read(BLOCK):
                    yield block

        metadata = json.dumps({"service_id": SERVICE, "document_sha256": "0" * 64}).encode()
        parcels = [Parcel(SERVICE, "BEN-2222-2222", f"k{i}", metadata, size, blocks)
                   for i in range(ROUNDS)]  # fmt: skip
    # One warm-up send so imports, the connection code and the allocator are settled.
    office.send(parcels[0])
    times, growth = [], []
    for parcel in parcels:
        baseline = _rss_bytes()
        started = time.perf_counter()
        result, peak = _with_peak_rss(lambda p=parcel: office.send(p))
        times.append(time.perf_counter() - started)
        if result.outcome is not SendOutcome.DELIVERED:
            raise RuntimeError(f"bench upload failed: {result.reason}")
        growth.append((peak - baseline) / BLOCK)
    print(json.dumps({"seconds": min(times), "extra_rss_mb": max(growth)}), flush=True)


def _with_peak_rss(work: Callable[[], T]) -> tuple[T, int]:
    """Run ``work`` while a thread samples this process's RSS every 2 ms."""
    done = threading.Event()
    peak = _rss_bytes()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_bytes())
            time.sleep(0.002)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = work()
    finally:
        done.set()
        sampler.join()
    return result, max(peak, _rss_bytes())


# --- the benchmark ---------------------------------------------------------------------


def _curl_seconds(url: str, document: Path, metadata: Path) -> float:
    best = float("inf")
    for round_ in range(ROUNDS + 1):
        started = time.perf_counter()
        subprocess.run(
            [
                "curl", "-sS", "-o", "/dev/null", "--fail", "-H", "Expect:",
                "-H", f"Idempotency-Key: curl-{round_}",
                "-F", f"metadata=@{metadata};type=application/json",
                "-F", f"document=@{document};type=application/pdf",
                url,
            ],
            check=True,
        )  # fmt: skip
        if round_:  # the first run warms the page cache and curl itself
            best = min(best, time.perf_counter() - started)
    return best


def _client(url: str, document: Path, mode: str, workdir: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    output = subprocess.run(
        [sys.executable, "-m", "bench.bench_upload", "client", url, str(document), mode,
         str(workdir)],
        check=True, capture_output=True, text=True, env=env, cwd=REPO,
    ).stdout  # fmt: skip
    figures: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return figures


def run() -> dict[str, float]:
    if shutil.which("curl") is None:
        raise RuntimeError("curl is not installed (packaging/debian-deps.txt lists it)")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-upload-") as tmp:
        folder = Path(tmp)
        document = folder / "document.pdf"
        with document.open("wb") as out:
            out.write(b"%PDF-1.7\n")
            for _ in range(DOCUMENT_MB):
                out.write(os.urandom(BLOCK))
        metadata = folder / "metadata.json"
        digest = hashlib.sha256(document.read_bytes()).hexdigest()
        metadata.write_text(json.dumps({"service_id": SERVICE, "document_sha256": digest}))
        sink = subprocess.Popen(
            [sys.executable, "-m", "bench.bench_upload", "sink"],
            stdout=subprocess.PIPE, text=True, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        try:
            assert sink.stdout is not None
            port = int(sink.stdout.readline())
            url = f"http://127.0.0.1:{port}/services/{SERVICE}"
            _wait_for_port(port)
            curl_s = _curl_seconds(url, document, metadata)
            plain = _client(url, document, "plain", folder)
            outbox = _client(url, document, "outbox", folder)
        finally:
            sink.terminate()
            sink.wait(timeout=10)
    size_mb = float(DOCUMENT_MB)
    return {
        "upload_extra_rss_mb_50mb": plain["extra_rss_mb"],
        "upload_throughput_ratio_vs_curl": curl_s / plain["seconds"],
        "upload_throughput_mb_s": size_mb / plain["seconds"],
        "upload_curl_mb_s": size_mb / curl_s,
        "upload_outbox_extra_rss_mb_50mb": outbox["extra_rss_mb"],
        "upload_outbox_throughput_ratio_vs_curl": curl_s / outbox["seconds"],
    }


def _wait_for_port(port: int, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


if __name__ == "__main__":
    if sys.argv[1] == "sink":
        serve_sink()
    elif sys.argv[1] == "client":
        measure_client(*sys.argv[2:6])
    else:
        print(json.dumps(run(), indent=2))
