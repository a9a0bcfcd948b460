"""The reference for bench_startup: a minimal PySide6 QML window that says READY=1
to $NOTIFY_SOCKET when its first frame is drawn, as the kiosk does."""

import os
import socket
import sys

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

HELLO_QML = b"""
import QtQuick
Window { width: 1080; height: 1920; visible: true; Text { text: "Hello" } }
"""


def ready() -> None:
    address = os.environ.get("NOTIFY_SOCKET", "")
    if address:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(b"READY=1", "\0" + address[1:] if address.startswith("@") else address)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(HELLO_QML))
    window = engine.rootObjects()[0]
    window.frameSwapped.connect(ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
