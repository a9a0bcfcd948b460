from __future__ import annotations

import io
import json
import logging

from kiosk.logs import configure_logging


def test_log_lines_are_json_with_structured_fields() -> None:
    stream = io.StringIO()
    configure_logging("info", stream)

    logging.getLogger("kiosk.test").info(
        "document queued", extra={"fields": {"reference": "DEM-7K3M-9QX2", "pages": 3}}
    )
    logging.getLogger("kiosk.test").debug("not at info level")

    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["level"] == "info"
    assert entry["msg"] == "document queued"
    assert entry["reference"] == "DEM-7K3M-9QX2" and entry["pages"] == 3
    assert entry["ts"].endswith("Z")
