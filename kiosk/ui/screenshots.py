"""Saving what the window shows, for people to look at (tests and the demo)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtQuick import QQuickWindow

SCREENSHOT_ROOT = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def safe_name(text: str) -> str:
    """A file-system-safe version of a test or screen name."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_") or "unnamed"


def save_screenshot(window: QQuickWindow, folder: Path, screen: str) -> Path:
    """Render the window (keyboard panel included) to `folder/<screen>.png`."""
    image = window.grabWindow()
    if image.isNull():
        raise RuntimeError(f"the window gave an empty image for screen {screen!r}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{safe_name(screen)}.png"
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path
