"""Printer faults on the testbed's ippeveprinter, through its own web forms.

ippeveprinter's pages `/media` and `/supplies` (GET with the form's fields)
change what it reports in `printer-state-reasons`:
- both trays at 0 sheets: `media-empty-report` while idle, and
  `media-empty-warning` + `media-needed-warning` while a job waits for paper;
- toner at a few percent: `toner-low-report`; at 0: `toner-empty-report`.
Switching the printer off is `PrivateCups.stop_printer()`.
"""

from __future__ import annotations

import urllib.parse
import urllib.request

from kiosk.testbed.cups_testbed import PrivateCups

A4 = "iso_a4_210x297mm"
FULL_MAIN_TRAY = 250
FULL_BYPASS_TRAY = 25
FULL_TONER_PERCENT = 75
WASTE_PERCENT = 25
FORM_TIMEOUT_S = 5.0


def load_paper(
    server: PrivateCups, main: int = FULL_MAIN_TRAY, bypass: int = FULL_BYPASS_TRAY
) -> None:
    """Fill the trays with A4 (sheets per tray; 0 empties a tray)."""
    _get(
        server,
        "/media",
        size1=A4,
        type1="stationery",
        level1=str(main),
        size3=A4,
        type3="stationery",
        level3=str(bypass),
    )


def run_out_of_paper(server: PrivateCups) -> None:
    load_paper(server, main=0, bypass=0)


def set_toner(server: PrivateCups, percent: int) -> None:
    _get(server, "/supplies", supply0=str(WASTE_PERCENT), supply1=str(percent))


def _get(server: PrivateCups, page: str, **fields: str) -> None:
    url = f"{server.printer_url}{page}?{urllib.parse.urlencode(fields)}"
    with urllib.request.urlopen(url, timeout=FORM_TIMEOUT_S) as response:
        response.read()
