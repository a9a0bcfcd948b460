"""PyInstaller hook for PySide6.QtQml that bundles only the QML modules the kiosk imports.

PyInstaller's own hook copies every QML module PySide6 ships (WebEngine, Quick3D,
Charts, Location...) and, through their plugins, the Qt libraries behind them:
hundreds of megabytes the kiosk never loads. Qt's `qmlimportscanner` reads the
kiosk's QML (kiosk/ui/qml) and lists the modules it imports, directly or through
other modules (QtQuick.VirtualKeyboard pulls in QtMultimedia and its layouts);
only those are collected. A QML import added to the kiosk later is picked up by
the next `make bundle` with no change here. Hooks in the spec's `hookspath` take
the place of PyInstaller's hook of the same name.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PyInstaller.utils.hooks import logger
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

import kiosk.ui

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

KIOSK_QML = Path(kiosk.ui.__file__).resolve().parent / "qml"
QT_QML = Path(pyside6_library_info.location["QmlImportsPath"]).resolve()
QT_PREFIX = Path(pyside6_library_info.location["PrefixPath"]).resolve()
DEST = Path(pyside6_library_info.qt_rel_dir) / "qml"


def _scanner() -> Path:
    for folder in ("LibraryExecutablesPath", "BinariesPath"):
        candidate = Path(pyside6_library_info.location[folder]) / "qmlimportscanner"
        if candidate.is_file():
            return candidate
    raise SystemExit("hook-PySide6.QtQml: Qt's qmlimportscanner is missing from PySide6")


def _imported_module_dirs() -> list[Path]:
    found = subprocess.run(
        [str(_scanner()), "-rootPath", str(KIOSK_QML), "-importPath", str(QT_QML)],
        check=True,
        capture_output=True,
        text=True,
    )
    folders = set()
    for module in json.loads(found.stdout):
        path = module.get("path")
        # The kiosk's own module (and Kiosk.ViewModels, registered from Python)
        # have no path under Qt's QML folder; the spec adds kiosk/ui/qml itself.
        if path and Path(path).resolve().is_relative_to(QT_QML):
            folders.add(Path(path).resolve())
    return sorted(folders)


def _module_files(folder: Path) -> list[Path]:
    """A module's own files, with its resource sub-folders but not the sub-folders
    that are modules of their own (those have a qmldir and are listed separately)."""
    files = []
    for entry in sorted(folder.iterdir()):
        if entry.is_file():
            files.append(entry)
        elif entry.is_dir() and not (entry / "qmldir").exists() and entry.name != "designer":
            files.extend(_module_files(entry))
    return files


for folder in _imported_module_dirs():
    for file in _module_files(folder):
        target = str(DEST / file.parent.relative_to(QT_QML))
        if file.suffix == ".so":
            binaries.append((str(file), target))
        else:
            datas.append((str(file), target))
    logger.info("kiosk QML hook: collecting %s", folder.relative_to(QT_QML))
