"""A scanner as SANE lists it (no libsane here: the kiosk's side uses it too)."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass


@dataclass(frozen=True)
class SaneDevice:
    name: str
    vendor: str
    model: str
    kind: str

    def matches(self, pattern: str) -> bool:
        """Match by name or by "vendor model", never by bus path (it changes on replug)."""
        pattern = pattern.lower()
        candidates = (self.name, f"{self.vendor} {self.model}", self.model)
        return any(fnmatch.fnmatchcase(c.lower(), pattern) for c in candidates)
