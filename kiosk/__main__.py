"""`python -m kiosk`: the stop signals are caught before the slow imports.

A SIGTERM while `kiosk.app` is being imported (a second or more) must stop the
kiosk cleanly too (kiosk/stop_signals.py). No garbage collection while the kiosk
starts (kiosk/app.py, PAUSED_GC).
"""

import gc

from kiosk import stop_signals


def main() -> int:
    stop_signals.install()
    gc.disable()
    from kiosk.app import main as kiosk_main

    return kiosk_main()


if __name__ == "__main__":
    raise SystemExit(main())
