"""What a resident reads when the scanner stops: plain words and what to do.

Shared by the capture and copy screens. One translation context
("ScannerFault"), so a translator sees these once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.scanning import ScanFault

# lupdate finds only calls whose context and text are literals, so each
# call names its context: a helper taking `text` would hide every string.
translate = QCoreApplication.translate


def fault_text(fault: ScanFault) -> str:
    """One or two short sentences: what is wrong, then what to do."""
    texts = {
        ScanFault.JAMMED: translate(
            "ScannerFault",
            "The paper is stuck in the scanner. Open the feeder and take the paper out. "
            "Then tap Try again.",
        ),
        ScanFault.NO_DOCUMENTS: translate(
            "ScannerFault", "There is no paper in the feeder. Put your pages in and tap Try again."
        ),
        ScanFault.COVER_OPEN: translate(
            "ScannerFault", "The scanner lid is open. Close it and tap Try again."
        ),
        ScanFault.DEVICE_BUSY: translate(
            "ScannerFault", "The scanner is busy. Wait a moment and tap Try again."
        ),
        # No progress for [scanner] stall_after_s: the kiosk stopped the scan.
        ScanFault.STALLED: translate(
            "ScannerFault",
            "The scanner stopped answering. Tap Try again. "
            "If it stops again, please ask a member of staff for help.",
        ),
    }
    return texts.get(
        fault,
        translate(
            "ScannerFault", "The scanner is not working. Please ask a member of staff for help."
        ),
    )


def fault_title() -> str:
    return translate("ScannerFault", "The scanner needs attention")


def stopped_text() -> str:
    return translate("ScannerFault", "Scanning stopped. Your other pages are kept.")
