from __future__ import annotations

import pytest

from drivers.scanner.faults import fault_from_message
from kiosk.core.scanning import ScanFault


@pytest.mark.parametrize(
    ("message", "fault"),
    [
        ("Document feeder jammed", ScanFault.JAMMED),
        ("Document feeder out of documents", ScanFault.NO_DOCUMENTS),
        ("Scanner cover is open", ScanFault.COVER_OPEN),
        ("Device busy", ScanFault.DEVICE_BUSY),
        ("Error during device I/O", ScanFault.IO_ERROR),
        ("Invalid argument", ScanFault.INVALID_OPTION),
        ("Operation was cancelled", ScanFault.CANCELLED),
        ("Lamp not ready", ScanFault.UNKNOWN),
    ],
)
def test_sane_messages_map_to_typed_faults(message: str, fault: ScanFault) -> None:
    assert fault_from_message(message) is fault


def test_every_fault_has_a_message_key_for_the_screens() -> None:
    assert all(f.message_key.startswith("scanner.") for f in ScanFault)
