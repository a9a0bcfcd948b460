"""SANE status messages to typed faults, in one place.

python-sane raises `_sane.error` carrying only sane_strstatus()'s text, so the
text is all there is to go on. These are libsane's own strings
(sane-backends, sanei/sanei_init_debug.c / sane_strstatus); SANE marks them for
translation by frontends but libsane itself returns them in English.
"""

from __future__ import annotations

from kiosk.core.scanning import ScanFault

_BY_MESSAGE = {
    "document feeder jammed": ScanFault.JAMMED,
    "document feeder out of documents": ScanFault.NO_DOCUMENTS,
    "scanner cover is open": ScanFault.COVER_OPEN,
    "device busy": ScanFault.DEVICE_BUSY,
    "error during device i/o": ScanFault.IO_ERROR,
    "invalid argument": ScanFault.INVALID_OPTION,
    "operation not supported": ScanFault.INVALID_OPTION,
    "operation was cancelled": ScanFault.CANCELLED,
}


def fault_from_message(message: str) -> ScanFault:
    """The typed fault for one of SANE's status messages; UNKNOWN for the rest."""
    return _BY_MESSAGE.get(message.strip().rstrip(".").lower(), ScanFault.UNKNOWN)
