"""A private cupsd with an IPP Everywhere queue backed by ippeveprinter.

Never the system CUPS: cupsd runs with its own ServerRoot, spool, cache,
state and logs in a temporary folder and listens on 127.0.0.1 only. Clients
reach it with `CUPS_SERVER=127.0.0.1:<port>` or `cups.Connection(host, port)`.

ippeveprinter plays the printer. It keeps every document it receives (`-k`)
in `printed_dir`, and its web pages /media and /supplies change the loaded
paper and supply levels, which is how tests make it run out of paper.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

from kiosk.testbed import processes

DEFAULT_QUEUE = "kiosk-printer"

CUPSD_CONF = """\
# Private cupsd for the kiosk's tests and demo; see kiosk/testbed/cups_testbed.py.
LogLevel info
MaxLogSize 0
Listen 127.0.0.1:{port}
Browsing No
WebInterface No
DefaultAuthType None
# Design section 8: keep neither documents nor history once a job is done.
PreserveJobFiles No
PreserveJobHistory No
ErrorPolicy retry-job
<Location />
  Order allow,deny
  Allow from all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow from all
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}/etc
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
Printcap {root}/etc/printcap
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
FileDevice Yes
"""


class PrivateCups:
    """cupsd + ippeveprinter (+ the private D-Bus ippeveprinter needs) on loopback."""

    def __init__(
        self,
        port: int = 0,
        printer_port: int = 0,
        queue: str = DEFAULT_QUEUE,
        base_dir: Path | None = None,
    ) -> None:
        self.queue = queue
        self.port = port or processes.free_port()
        self.printer_port = printer_port or processes.free_port()
        self._base_dir = base_dir
        self._owns_root = base_dir is None
        self.root = Path()
        self._dbus: subprocess.Popen[bytes] | None = None
        self._printer: subprocess.Popen[bytes] | None = None
        self._cupsd: subprocess.Popen[bytes] | None = None

    # -- addresses ---------------------------------------------------------------
    @property
    def server(self) -> str:
        """The value for CUPS_SERVER and the station config's `cups_server`."""
        return f"127.0.0.1:{self.port}"

    @property
    def printer_url(self) -> str:
        """ippeveprinter's own address (its /media and /supplies pages live here)."""
        return f"http://localhost:{self.printer_port}"

    @property
    def printed_dir(self) -> Path:
        return self.root / "printed"

    @property
    def spool_dir(self) -> Path:
        return self.root / "spool"

    @property
    def log_dir(self) -> Path:
        return self.root / "log"

    def printed_files(self) -> list[Path]:
        """What the printer has received so far, oldest first."""
        if not self.printed_dir.exists():
            return []
        return sorted(
            # .prn files are the (empty) output of ippeveprinter's `-c true`.
            (p for p in self.printed_dir.iterdir() if p.is_file() and p.suffix != ".prn"),
            key=lambda p: p.stat().st_mtime_ns,
        )

    def client_env(self) -> dict[str, str]:
        """An environment in which CUPS clients (lp, lpstat, pycups) use this cupsd."""
        return {**os.environ, "CUPS_SERVER": self.server}

    # -- lifecycle ---------------------------------------------------------------
    def start(self) -> PrivateCups:
        self._make_root()
        try:
            self._start_dbus()
            self._start_printer()
            self._start_cupsd()
            self._add_queue()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for process in (self._cupsd, self._printer, self._dbus):
            processes.stop(process)
        self._cupsd = self._printer = self._dbus = None
        if self._owns_root and self.root != Path() and self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)

    def stop_printer(self) -> None:
        """Switch the printer off (cupsd keeps running): the way to test "offline"."""
        processes.stop(self._printer)
        self._printer = None

    def start_printer(self) -> None:
        """Switch the printer back on, on the same port, with fresh paper and toner."""
        if self._printer is None:
            self._start_printer()

    def __enter__(self) -> PrivateCups:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- steps -------------------------------------------------------------------
    def _make_root(self) -> None:
        if self._base_dir is None:
            # Not under pytest's 0700 tmp folders: cupsd runs filters as the `lp`
            # user when started as root, and they must reach the spool folder.
            self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        else:
            self.root = self._base_dir
        self.root.chmod(0o755)
        for sub in ("etc", "spool", "cache", "state", "tmp", "log", "printed"):
            (self.root / sub).mkdir(mode=0o755, exist_ok=True)
        (self.root / "tmp").chmod(0o1777)
        (self.root / "etc" / "cupsd.conf").write_text(CUPSD_CONF.format(port=self.port))
        (self.root / "etc" / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=self.root))

    def _start_dbus(self) -> None:
        # Debian's ippeveprinter is built with Avahi and exits with "Unable to
        # initialize DNS-SD." when there is no D-Bus to reach, even with
        # `-r off`. A private bus is enough: with AVAHI_CLIENT_NO_FAIL the client
        # waits for an avahi-daemon that never comes, and the printer still serves.
        socket_path = self.root / "dbus.sock"
        log = self.log_dir / "dbus.log"
        self._dbus = processes.spawn(
            [
                "dbus-daemon",
                "--session",
                "--nofork",
                "--nopidfile",
                f"--address=unix:path={socket_path}",
            ],
            log,
        )
        processes.wait_until(socket_path.exists, "dbus-daemon", self._dbus, log)

    def _start_printer(self) -> None:
        log = self.log_dir / "ippeveprinter.log"
        env = {
            **os.environ,
            "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={self.root / 'dbus.sock'}",
        }
        self._printer = processes.spawn(
            [
                "ippeveprinter",
                # Without a command ippeveprinter "processes" each job for 5-15 s;
                # `true` finishes it at once (it still waits for paper first).
                "-c",
                shutil.which("true") or "/bin/true",
                "-n",
                "localhost",
                "-r",
                "off",
                "-p",
                str(self.printer_port),
                "-f",
                "application/pdf,image/pwg-raster",
                "-d",
                str(self.printed_dir),
                "-k",
                self.queue,
            ],
            log,
            env,
        )
        processes.wait_until(
            lambda: processes.port_is_open(self.printer_port),
            "ippeveprinter",
            self._printer,
            log,
        )

    def _start_cupsd(self) -> None:
        log = self.log_dir / "cupsd.out"
        etc = self.root / "etc"
        self._cupsd = processes.spawn(
            ["cupsd", "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
            log,
        )
        processes.wait_until(
            lambda: processes.port_is_open(self.port),
            "cupsd",
            self._cupsd,
            self.log_dir / "error_log",
        )

    def _add_queue(self) -> None:
        result = subprocess.run(
            [
                "lpadmin",
                "-h",
                self.server,
                "-p",
                self.queue,
                "-E",
                "-v",
                f"ipp://localhost:{self.printer_port}/ipp/print",
                "-m",
                "everywhere",
            ],
            capture_output=True,
            text=True,
            timeout=processes.START_TIMEOUT_S,
            env=self.client_env(),
            check=False,
        )
        if result.returncode != 0:
            raise processes.PartStartError(
                f"lpadmin could not add queue {self.queue}: {result.stderr.strip()}"
            )
        # For a few milliseconds after lpadmin the queue is a raw queue without
        # its IPP Everywhere PPD; a job sent then can be aborted ("cannot be
        # printed") or skip the filters. The PPD file marks the end.
        ppd = self.root / "etc" / "ppd" / f"{self.queue}.ppd"
        processes.wait_until(
            ppd.exists, f"queue {self.queue}", self._cupsd, self.log_dir / "error_log"
        )
