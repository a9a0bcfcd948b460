"""The Debian package (`make deb`): contents, modes, lintian, units, site configs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

PKG = "greenwich-kiosk"


def deb_field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_package_installs_the_bundle_the_session_and_the_site_configs(
    deb: Path, installed: Path
) -> None:
    assert (installed / "opt" / PKG / "kiosk").is_file()
    assert (installed / "usr/bin/kiosk-admin").readlink() == Path(f"/opt/{PKG}/kiosk-admin")
    for path in (
        "lib/systemd/system/greenwich-kiosk.service",
        "etc/pam.d/greenwich-kiosk",
        "etc/systemd/logind.conf.d/greenwich-kiosk.conf",
        "usr/lib/tmpfiles.d/greenwich-kiosk.conf",
        "usr/lib/sysctl.d/50-greenwich-kiosk.conf",
        "etc/kiosk/sites/woolwich-01.toml",
        "etc/kiosk/sites/eltham-01.toml",
        "etc/kiosk/branding/greenwich-crest.svg",
        "etc/kiosk/forms/change-of-address-en.pdf",
    ):
        assert (installed / path).is_file(), path
    depends = deb_field(deb, "Depends")
    for needed in ("libsane1", "libcups2", "cage", "xwayland", "fonts-dejavu-core", "adduser"):
        assert needed in depends
    # Worked out by dpkg-shlibdeps from the bundle's libraries:
    assert "libx11-6" in depends
    assert "libpulse0" in depends


def test_the_outbox_and_secrets_get_private_modes(installed: Path) -> None:
    rules = (installed / "usr/lib/tmpfiles.d/greenwich-kiosk.conf").read_text().splitlines()
    entries = {line.split()[1]: line.split()[2:5] for line in rules if line.startswith("d ")}

    assert entries["/var/lib/kiosk/outbox"] == ["0700", "kiosk", "kiosk"]
    assert entries["/etc/kiosk/credentials"] == ["0700", "root", "root"]


def test_lintian_finds_nothing_unexplained(deb: Path) -> None:
    # Overrides, each with its reason, are in packaging/debian/lintian-overrides.
    result = subprocess.run(
        ["lintian", "--fail-on", "error,warning", "--no-tag-display-limit", str(deb)],
        capture_output=True,
        text=True,
        check=False,
    )
    tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert tags == [], result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


def test_systemd_analyze_verify_passes_on_the_unit(installed: Path) -> None:
    unit = installed / "lib/systemd/system/greenwich-kiosk.service"
    text = unit.read_text().replace("/opt/", f"{installed}/opt/")
    checked = installed / "greenwich-kiosk.service"
    checked.write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(checked)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "greenwich-kiosk" not in result.stderr, result.stderr


@pytest.mark.parametrize("site", ["woolwich-01.toml", "eltham-01.toml"])
def test_packaged_kiosk_admin_accepts_the_packaged_site_configs(installed: Path, site: str) -> None:
    config = installed / "etc/kiosk/sites" / site
    result = subprocess.run(
        [str(installed / "opt" / PKG / "kiosk-admin"), "check-config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"{config}: OK")


def test_the_package_installs_into_a_fresh_debian_12_root(deb: Path, tmp_path: Path) -> None:
    """apt installs the package and its Depends into a minimal bookworm made by
    mmdebstrap; its maintainer scripts make the user, groups and directories."""
    root = tmp_path / "root"
    report = tmp_path / "report.txt"
    check = (
        "id kiosk; stat -c '%a %U %n' /var/lib/kiosk /var/lib/kiosk/outbox "
        "/etc/kiosk/credentials; test -L /etc/systemd/system/graphical.target.wants/"
        "greenwich-kiosk.service && echo enabled; kiosk-admin check-config "
        "/etc/kiosk/sites/eltham-01.toml"
    )
    result = subprocess.run(
        [
            "mmdebstrap",
            "--variant=apt",
            "--include=systemd,systemd-sysv,dbus",
            f"--customize-hook=copy-in {deb} /tmp",
            '--customize-hook=chroot "$1" env DEBIAN_FRONTEND=noninteractive '
            f"apt-get install -y /tmp/{deb.name}",
            f'--customize-hook=chroot "$1" sh -c "{check}" > {report} 2>&1',
            "bookworm",
            str(root),
            "deb http://deb.debian.org/debian bookworm main",
            "deb http://deb.debian.org/debian-security bookworm-security main",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = report.read_text().splitlines()
    assert "scanner" in lines[0] and "lp" in lines[0] and "video" in lines[0], lines
    assert lines[1:4] == [
        "700 kiosk /var/lib/kiosk",
        "700 kiosk /var/lib/kiosk/outbox",
        "700 root /etc/kiosk/credentials",
    ]
    assert "enabled" in lines
    # check-config passes; warnings (languages without screens) may follow its OK.
    checked = lines.index(next(line for line in lines if line.startswith("/etc/kiosk/sites/")))
    assert lines[checked].startswith("/etc/kiosk/sites/eltham-01.toml: OK"), lines
    assert all(line.startswith("WARN ") for line in lines[checked + 1 :]), lines
