"""The PyInstaller bundle (`make bundle`) starts on its own and has the Qt parts it needs."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from kiosk.testbed.cups_testbed import PrivateCups

# Loaded by name at run time (Qt's plugin loader, QML imports), so a missing one
# only shows when that part is used: check the files are there.
QT_PARTS = (
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/qml/QtQuick/VirtualKeyboard/qmldir",
    "PySide6/Qt/qml/QtQuick/Controls/Fusion/qmldir",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "kiosk/ui/qml/Kiosk/Main.qml",
    "kiosk/config/station.schema.json",
)
# Never bundled: the station's own libsane and libcups (and its backends) are used.
SYSTEM_LIBS = ("libsane.so.1", "libcups.so.2")
# Qt modules the kiosk does not use, left out to keep the bundle small.
LEFT_OUT = ("libQt6WebEngineCore.so.6", "libQt6Quick3D.so.6", "libQt6Widgets.so.6")


def run_bundle(
    program: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        check=False,
    )


def test_bundle_has_the_qt_parts_and_leaves_out_the_rest(bundle: Path) -> None:
    internal = bundle / "_internal"
    missing = [part for part in QT_PARTS if not (internal / part).exists()]
    assert missing == []
    bundled = {path.name for path in internal.rglob("*.so*")}
    assert bundled.isdisjoint(SYSTEM_LIBS)
    assert bundled.isdisjoint(LEFT_OUT)


def test_bundled_self_test_passes_on_the_test_scanner_and_private_printer(
    bundle: Path, station_config: Callable[[str], Path]
) -> None:
    with PrivateCups() as cups:
        config = station_config(cups.server)
        result = run_bundle(bundle / "kiosk", "--config", str(config), "--self-test")

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    lines = result.stdout.splitlines()
    assert "OK   window: attract screen drawn" in lines, output
    assert any(line.startswith("OK   scanner: test:0") for line in lines), output
    assert any(line.startswith(f"OK   printer: {cups.queue}") for line in lines), output
    assert "OK   forms: 3 form(s) ready" in lines, output
    # A QML module, Qt plugin or Python module missing from the bundle shows here.
    for sign in ("is not installed", "Could not find the Qt platform plugin"):
        assert sign not in output
    assert "ModuleNotFoundError" not in output


def test_bundled_kiosk_admin_checks_a_config_and_opens_the_outbox(
    bundle: Path, station_config: Callable[[str], Path]
) -> None:
    config = station_config("127.0.0.1:9")

    checked = run_bundle(bundle / "kiosk-admin", "check-config", str(config))
    queue = run_bundle(bundle / "kiosk-admin", "--config", str(config), "queue", "status")

    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The outbox's encryption (cryptography) is loaded only here, not by the self-test.
    assert queue.returncode == 0, queue.stdout + queue.stderr
