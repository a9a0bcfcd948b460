"""Training mode: the same journeys, marked, sent to a sandbox, and not counted.

New digital champions practise on a real station. While training is on,
every screen shows a "TRAINING" banner, each submission is marked
(`Submission.training`, and `"training": true` in the metadata the back
office receives) and goes to the sandbox endpoint instead of the service's
own (drivers/backoffice), and fleet metrics leave it out (kiosk.ops.metrics).

It starts as the config says (`[training] enabled`) and staff mode turns it
on or off while the station runs (not kept across a restart: the config is
what a station comes back to). It can be on only when the config names a
sandbox endpoint, so a training submission can never reach a live service.

The switch is read when a submission is stored (`TrainingOutbox`): turn it
on or off only when no resident is mid-journey (staff mode ends the session).

A call-back request made while training is on goes nowhere: no back office
has a sandbox for call-backs, and a practice request must never make a
council officer phone a real number. The trainee still sees a reference.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable

from kiosk.core.sending import Notification, Outbox, OutboxStats, Queued, Submission

log = logging.getLogger(__name__)

TrainingListener = Callable[[bool], None]


class TrainingUnavailableError(RuntimeError):
    """Training was asked for but the config names no sandbox endpoint."""


class TrainingMode:
    """The station's training switch. Thread-safe; listeners run in the caller's thread."""

    def __init__(self, available: bool, active: bool = False) -> None:
        if active and not available:
            raise TrainingUnavailableError("training mode needs a sandbox endpoint")
        self.available = available
        self._active = active
        self._lock = threading.Lock()
        self._listeners: list[TrainingListener] = []

    @property
    def active(self) -> bool:
        with self._lock:
            return self._active

    def subscribe(self, listener: TrainingListener) -> None:
        """Hear every change (True: training on)."""
        self._listeners.append(listener)

    def turn_on(self, actor: str = "staff") -> None:
        """Start training; raises TrainingUnavailableError without a sandbox endpoint."""
        if not self.available:
            raise TrainingUnavailableError(
                "training mode needs a sandbox endpoint: set [training] endpoint in the config"
            )
        self._set(True, actor)

    def turn_off(self, actor: str = "staff") -> None:
        self._set(False, actor)

    def _set(self, active: bool, actor: str) -> None:
        with self._lock:
            if self._active == active:
                return
            self._active = active
        log.info("training mode %s", "on" if active else "off", extra={"fields": {"by": actor}})
        for listener in list(self._listeners):
            listener(active)


class TrainingOutbox:
    """An Outbox that marks each submission stored while training is on."""

    def __init__(self, outbox: Outbox, training: TrainingMode) -> None:
        self._outbox = outbox
        self._training = training

    def new_reference(self) -> str:
        return self._outbox.new_reference()

    def enqueue(self, submission: Submission) -> Queued:
        if self._training.active:
            submission = dataclasses.replace(submission, training=True)
        return self._outbox.enqueue(submission)

    def notify(self, notification: Notification) -> Queued:
        if not self._training.active:
            return self._outbox.notify(notification)
        reference = self._outbox.new_reference()
        fields = {"reference": reference, "channel": notification.channel}
        log.info("training: notification not sent", extra={"fields": fields})
        return Queued(reference, idempotency_key=f"training-{reference}")

    def stats(self) -> OutboxStats:
        return self._outbox.stats()
