"""What the testbed's printer (ippeveprinter) says about the jobs it finished.

The printed files show the pages; the number of copies is a job attribute the
printer receives with the document (IPP `copies`), so tests ask it directly
with ipptool (cups-ipp-utils): Get-Jobs, which-jobs=completed.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.testbed.cups_testbed import PrivateCups

IPPTOOL_TIMEOUT_S = 10.0

_GET_COMPLETED_JOBS = """\
{
  NAME "completed jobs"
  OPERATION Get-Jobs
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR keyword which-jobs completed
  ATTR keyword requested-attributes job-name,copies,job-id
  STATUS successful-ok
}
"""


@dataclass(frozen=True)
class PrintedJob:
    printer_job_id: int  # the printer's own numbering, not CUPS's job id
    name: str  # the job title the kiosk gave
    copies: int


def printed_jobs(server: PrivateCups) -> list[PrintedJob]:
    """Every job the printer has completed, oldest first."""
    with tempfile.TemporaryDirectory(prefix="kiosk-ipptool-") as folder:
        test = Path(folder) / "get-completed-jobs.test"
        test.write_text(_GET_COMPLETED_JOBS)
        result = subprocess.run(
            ["ipptool", "-t", "-v", f"ipp://localhost:{server.printer_port}/ipp/print", str(test)],
            capture_output=True,
            text=True,
            timeout=IPPTOOL_TIMEOUT_S,
            check=False,
        )
    jobs: list[PrintedJob] = []
    seen: dict[str, str] = {}
    # ipptool prints each job's attributes in the order asked for, job-id last.
    for line in result.stdout.splitlines():
        name, _, value = line.strip().partition(" = ")
        seen[name.split(" ")[0]] = value
        if name == "job-id (integer)":
            # A job sent without `copies` gets the printer's default, one (RFC 8011 5.2.5).
            copies = int(seen.get("copies", "1"))
            jobs.append(PrintedJob(int(value), seen.get("job-name", ""), copies))
            seen.clear()
    return sorted(jobs, key=lambda job: job.printer_job_id)


def wait_for_printed_job(server: PrivateCups, jobs_before: int, timeout_s: float) -> PrintedJob:
    """The next job the printer completes after `jobs_before` jobs; AssertionError if none.

    CUPS may report a job completed a moment before the printer lists it as
    completed (ippeveprinter still runs its command), so this polls.
    """
    deadline = time.monotonic() + timeout_s
    jobs = printed_jobs(server)
    while len(jobs) <= jobs_before and time.monotonic() < deadline:
        time.sleep(0.05)
        jobs = printed_jobs(server)
    if len(jobs) <= jobs_before:
        raise AssertionError(f"the printer completed no new job within {timeout_s:.0f} s")
    return jobs[jobs_before]
