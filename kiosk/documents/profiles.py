"""From a station config's scan profile to what the scanner and encoder need."""

from __future__ import annotations

from kiosk.config import ScanProfile
from kiosk.core.scanning import ColourMode, PaperSource, ScanSettings
from kiosk.documents.encoding import OutputProfile


def scan_settings(profile: ScanProfile) -> ScanSettings:
    return ScanSettings(
        mode=ColourMode(profile.mode),
        resolution_dpi=profile.resolution_dpi,
        source=PaperSource(profile.source),
        duplex=profile.duplex,
        page_size=profile.page_size,
    )


def output_profile(profile: ScanProfile) -> OutputProfile:
    return OutputProfile(ColourMode(profile.mode), profile.pdf_dpi, profile.jpeg_quality)
