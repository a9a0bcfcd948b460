"""The bundle's one program: `kiosk`, or `kiosk-admin` when started by that name.

(Started as `kiosk --sane-worker FD DIR` it is the scanner's worker process.)

dist/kiosk/kiosk-admin is a symlink to dist/kiosk/kiosk (and /usr/bin/kiosk-admin
one to that on a station), so both commands share one set of libraries. The
bootloader finds its files through /proc/self/exe, whatever the name it was
started by; sys.argv[0] keeps that name.
"""

import gc
import os
import sys


def main() -> int:
    if sys.argv[1:2] == ["--sane-worker"]:
        # The scanner's worker process (drivers/scanner/sane_worker.py), which
        # the kiosk starts from its own executable: a bundle has no `python -m`.
        from drivers.scanner.sane_worker import main as worker_main

        return worker_main(sys.argv[2:])
    if os.path.basename(sys.argv[0]) == "kiosk-admin":
        from kiosk.admin.cli import main as admin_main

        return admin_main()
    # Before the slow imports: a SIGTERM during them stops the kiosk cleanly
    # (kiosk/stop_signals.py).
    from kiosk import stop_signals

    stop_signals.install()
    # No garbage collection while the kiosk starts (kiosk/app.py, PAUSED_GC).
    gc.disable()
    from kiosk.app import main as kiosk_main

    return kiosk_main()


if __name__ == "__main__":
    raise SystemExit(main())
