"""The station image recipe (packaging/image): what can be checked without building it.

Building the disk image (mkosi build: a few minutes, loop devices, ~1 GB of
packages) and booting it are not done here; packaging/image/README.md says so.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IMAGE = REPO / "packaging" / "image"


def test_mkosi_reads_the_recipe_for_a_bootable_debian_12_station() -> None:
    result = subprocess.run(
        ["mkosi", "summary"], cwd=IMAGE, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    summary = " ".join(result.stderr.split())  # mkosi 14 prints its summary on stderr
    for setting in (
        "Distribution: debian",
        "Release: bookworm",
        "Output Format: gpt_ext4",
        "Bootable: yes",
    ):
        assert setting in summary
    for package in ("cage", "xwayland", "cups", "libsane1", "usbguard", "unattended-upgrades"):
        assert package in result.stderr.split()


def test_the_image_scripts_are_valid_shell() -> None:
    for script in (
        IMAGE / "mkosi.postinst",
        IMAGE / "mkosi.extra/usr/local/sbin/greenwich-station-printer",
    ):
        subprocess.run(["sh", "-n", str(script)], check=True)


def test_systemd_analyze_verify_passes_on_the_image_unit(tmp_path: Path) -> None:
    extra = IMAGE / "mkosi.extra"
    unit = extra / "etc/systemd/system/greenwich-station-printer.service"
    # Its script is where the image will have it, under mkosi.extra here.
    checked = tmp_path / unit.name
    checked.write_text(unit.read_text().replace("/usr/local/sbin/", f"{extra}/usr/local/sbin/"))
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(checked)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert unit.name not in result.stderr, result.stderr


def test_usb_storage_is_blocked_two_ways() -> None:
    rules = (IMAGE / "mkosi.extra/etc/usbguard/rules.conf").read_text()
    modprobe = (IMAGE / "mkosi.extra/etc/modprobe.d/greenwich-no-usb-storage.conf").read_text()

    assert "block with-interface all-of { 08:*:* }" in rules
    assert "install usb-storage /bin/false" in modprobe
    assert "install uas /bin/false" in modprobe
