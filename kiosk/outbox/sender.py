"""The background sender: one thread that empties the outbox, never the GUI thread.

It takes the entry that is due soonest, sends it through the `BackOffice` port and
records the outcome: delivered (the file goes, the reference stays), retry later
(capped exponential backoff with full jitter, or the server's Retry-After) or
parked for staff. Between entries it sleeps until the next one is due, an enqueue
wakes it, and it looks again every `POLL_S` for changes made by `kiosk-admin`
from another process.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
from collections.abc import Callable
from typing import Final

from kiosk.core.ports import BackOffice
from kiosk.core.sending import SendOutcome, retry_delay_s
from kiosk.outbox.crypto import CorruptEntryError
from kiosk.outbox.store import FileOutbox

log = logging.getLogger(__name__)

POLL_S: Final = 2.0
STOP_TIMEOUT_S: Final = 10.0


class OutboxSender:
    def __init__(
        self,
        outbox: FileOutbox,
        backoffice: BackOffice,
        retry_initial_s: float,
        retry_max_s: float,
        uniform: Callable[[float, float], float] = random.uniform,
        poll_s: float = POLL_S,
    ) -> None:
        self.outbox = outbox
        self.backoffice = backoffice
        self.retry_initial_s = retry_initial_s
        self.retry_max_s = retry_max_s
        self._uniform = uniform
        self._poll_s = poll_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        outbox.on_enqueued(self._wake.set)

    def start(self) -> OutboxSender:
        if self._thread is not None:
            raise RuntimeError("sender already started")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="outbox-sender", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """Ask the thread to stop and wait; an upload in flight finishes or times out."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        self._wake.set()
        thread.join(timeout_s)
        if thread.is_alive():
            # Daemon thread: the process may exit; the entry stays queued and is resent.
            log.warning("outbox sender still busy at stop; its entry will be sent again")

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        # Python ignores SIGPIPE at start, but C libraries in this process may set it
        # back to the default (seen with libsane's sanei_thread after a scan); then a
        # back office that drops the connection mid-upload would kill the whole
        # kiosk. Blocked in this thread, a write to a dead socket is just EPIPE.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})
        log.info("outbox sender started")
        while not self._stop.is_set():
            try:
                sent_one = self.send_one()
            except Exception:
                # A bug must not end the thread for good: log it and look again later.
                log.exception("outbox sender failed; trying again shortly")
                sent_one = False
            if sent_one:
                continue
            due = self.outbox.seconds_until_due()
            wait = self._poll_s if due is None else min(due, self._poll_s)
            self._wake.wait(wait)
            self._wake.clear()
        log.info("outbox sender stopped")

    def send_one(self) -> bool:
        """Send the entry that is due, if any; True when there was one."""
        entry = self.outbox.next_due()
        if entry is None:
            return False
        reference = entry.reference
        try:
            parcel = self.outbox.parcel(entry)
            self.outbox.record_attempt(reference)
            result = self.backoffice.send(parcel)
        except (CorruptEntryError, OSError) as error:
            self.outbox.quarantine(reference, f"cannot be sent: {error}")
            return True
        if result.outcome is SendOutcome.DELIVERED and result.reference is not None:
            self.outbox.record_delivered(reference, result.reference, result.status or 201)
        elif result.outcome is SendOutcome.REJECTED:
            self.outbox.record_parked(reference, result.reason, result.status)
        else:
            delay = retry_delay_s(
                entry.attempts + 1,
                self.retry_initial_s,
                self.retry_max_s,
                result.retry_after_s,
                self._uniform,
            )
            self.outbox.record_retry(reference, result.reason, result.status, delay)
        return True
