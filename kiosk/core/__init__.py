"""The Qt-free domain of the kiosk.

Nothing under kiosk/core imports Qt, sane, cups or requests: it talks to the
outside world only through the Protocols in `kiosk.core.ports`.
"""
