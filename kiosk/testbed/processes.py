"""Small helpers for starting and stopping the testbed's daemons."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

STOP_GRACE_S = 5.0
START_TIMEOUT_S = 15.0
POLL_S = 0.05


class PartStartError(RuntimeError):
    """A testbed part did not come up; the message says which and why."""


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def port_is_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((host, port)) == 0


def spawn(
    argv: Sequence[str], log_path: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Start a daemon in its own process group, its output going to `log_path`.

    The daemon gets SIGTERM if the process that started it dies, even by
    SIGKILL (setpriv --pdeathsig, util-linux): a killed test run or demo must
    not leave cupsd and ippeveprinter running.
    """
    log = log_path.open("ab")
    try:
        return subprocess.Popen(
            ["setpriv", "--pdeathsig", "TERM", "--", *argv],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    finally:
        log.close()  # the child keeps its own descriptor


def wait_until(
    ready: Callable[[], bool],
    what: str,
    process: subprocess.Popen[bytes] | None = None,
    log_path: Path | None = None,
    timeout_s: float = START_TIMEOUT_S,
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if ready():
            return
        if process is not None and process.poll() is not None:
            raise PartStartError(
                f"{what} exited with code {process.returncode}{_log_tail(log_path)}"
            )
        time.sleep(POLL_S)
    raise PartStartError(f"{what} not ready after {timeout_s:.0f} s{_log_tail(log_path)}")


def stop(process: subprocess.Popen[bytes] | None) -> None:
    """SIGTERM the process group, then SIGKILL what is left after a grace period."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_GRACE_S)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_GRACE_S)


def _log_tail(log_path: Path | None, lines: int = 15) -> str:
    if log_path is None or not log_path.exists():
        return ""
    tail = log_path.read_text(errors="replace").splitlines()[-lines:]
    return f"; last lines of {log_path}:\n" + "\n".join(tail)
