"""What a resident reads when the scanner stops: plain words and what to do.

Shared by the capture and copy screens. One translation context
("ScannerFault"), so a translator sees these once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.scanning import ScanFault

_CONTEXT = "ScannerFault"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def fault_text(fault: ScanFault) -> str:
    """One or two short sentences: what is wrong, then what to do."""
    texts = {
        ScanFault.JAMMED: _tr(
            "The paper is stuck in the scanner. Open the feeder and take the paper out. "
            "Then tap Try again."
        ),
        ScanFault.NO_DOCUMENTS: _tr(
            "There is no paper in the feeder. Put your pages in and tap Try again."
        ),
        ScanFault.COVER_OPEN: _tr("The scanner lid is open. Close it and tap Try again."),
        ScanFault.DEVICE_BUSY: _tr("The scanner is busy. Wait a moment and tap Try again."),
    }
    return texts.get(
        fault,
        _tr("The scanner is not working. Please ask a member of staff for help."),
    )


def fault_title() -> str:
    return _tr("The scanner needs attention")


def stopped_text() -> str:
    return _tr("Scanning stopped. Your other pages are kept.")
