#!/usr/bin/env bash
# `make deb`: dist/kiosk (make bundle) and packaging/ -> dist/greenwich-kiosk_<version>_amd64.deb
#
# Built with dpkg-deb from a staged tree, not debhelper: the package's content
# is an already-built PyInstaller bundle plus a handful of files, not a source
# tree to configure and compile, so debhelper's sequence (dh_auto_*, dh_python,
# dh_strip...) has nothing to do but would need a full debian/ source package.
# What debhelper would add is done here in a few lines: dpkg-shlibdeps works out
# the Depends of the bundle's libraries, the maintainer scripts call
# deb-systemd-helper/-invoke as dh_installsystemd's snippets do.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
PKG=greenwich-kiosk
HERE=packaging/debian
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
# The maintainer field; IT sets its own when building station packages.
MAINTAINER=${DEB_MAINTAINER:-Greenwich kiosk maintainers <kiosk@localhost>}
STAGE=build/deb/$PKG
OUT=dist/${PKG}_${VERSION}_amd64.deb

[[ -x dist/kiosk/kiosk ]] || { echo "make deb: dist/kiosk is missing; run make bundle" >&2; exit 1; }
rm -rf build/deb
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/lib/systemd/system" \
    "$STAGE/usr/lib/tmpfiles.d" "$STAGE/usr/lib/sysctl.d" "$STAGE/etc/pam.d" \
    "$STAGE/etc/systemd/logind.conf.d" "$STAGE/etc/systemd/system.conf.d" \
    "$STAGE/etc/kiosk/sites" "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/lintian/overrides"

# The bundle, and kiosk-admin on the PATH (a symlink: the bundle knows its name).
cp -a dist/kiosk "$STAGE/opt/$PKG"
ln -s "/opt/$PKG/kiosk-admin" "$STAGE/usr/bin/kiosk-admin"
# Shared libraries are not programs (wheels ship some 0755).
find "$STAGE/opt/$PKG" -type f -name '*.so*' -exec chmod 0644 {} +
install -D -m 0644 $HERE/kiosk-admin.8 "$STAGE/usr/share/man/man8/kiosk-admin.8"
gzip -9n "$STAGE/usr/share/man/man8/kiosk-admin.8"

# The session: unit, PAM service, logind (no logins on other VTs), no SysRq,
# no Ctrl+Alt+Del burst reboot, directories and their modes.
install -m 0644 packaging/systemd/greenwich-kiosk.service "$STAGE/lib/systemd/system/"
install -m 0644 packaging/systemd/greenwich-kiosk.pam "$STAGE/etc/pam.d/$PKG"
install -m 0644 packaging/systemd/logind-greenwich-kiosk.conf "$STAGE/etc/systemd/logind.conf.d/$PKG.conf"
install -m 0644 packaging/systemd/system-greenwich-kiosk.conf "$STAGE/etc/systemd/system.conf.d/$PKG.conf"
install -m 0644 packaging/systemd/sysctl-greenwich-kiosk.conf "$STAGE/usr/lib/sysctl.d/50-$PKG.conf"
install -m 0644 packaging/systemd/greenwich-kiosk.tmpfiles "$STAGE/usr/lib/tmpfiles.d/$PKG.conf"

# Station configs: one per site in /etc/kiosk/sites; the station's is chosen by
# linking /etc/kiosk/station.toml to one (the image does it at build time).
# Their relative paths (branding/, forms/) resolve against /etc/kiosk.
install -m 0644 config/woolwich-*.toml config/eltham-*.toml "$STAGE/etc/kiosk/sites/"
cp -r config/branding config/forms "$STAGE/etc/kiosk/"
find "$STAGE/etc/kiosk" -type d -exec chmod 0755 {} + -o -type f -exec chmod 0644 {} +

# Documentation and copyright, compressed as Debian policy asks.
install -m 0644 README.md "$STAGE/usr/share/doc/$PKG/README.md"
install -m 0644 $HERE/copyright "$STAGE/usr/share/doc/$PKG/copyright"
gzip -9n -c $HERE/changelog > "$STAGE/usr/share/doc/$PKG/changelog.gz"
install -m 0644 $HERE/lintian-overrides "$STAGE/usr/share/lintian/overrides/$PKG"

# (gzip -1: xz or gzip -9 take minutes on 230 MB of mostly compressed libraries
# for 15-25% less; lintian in Debian 12 calls zstd members malformed.)

# Depends of the bundle's ELF files on Debian's libraries (libsane1, libcups2,
# libx11-6, libpulse0...). Libraries inside the bundle are its own.
mapfile -t elves < <(find "$STAGE/opt/$PKG" -type f \( -name '*.so*' -o -name kiosk \) \
    -exec sh -c 'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
mapfile -t libdirs < <(find "$STAGE/opt/$PKG" -name '*.so*' -printf '%h\n' | sort -u)
shlibs_tmp=$(mktemp -d)
trap 'rm -rf "$shlibs_tmp"' EXIT
mkdir "$shlibs_tmp/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: amd64\n' $PKG $PKG > "$shlibs_tmp/debian/control"
shlibs=$(cd "$shlibs_tmp" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
    "${libdirs[@]/#/-l$REPO/}" "${elves[@]/#/$REPO/}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')

installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    -e "s/@MAINTAINER@/$MAINTAINER/" -e "s/@SHLIBS_DEPENDS@/$shlibs/" \
    $HERE/control.in > "$STAGE/DEBIAN/control"
for script in postinst prerm postrm; do
    install -m 0755 $HERE/$script "$STAGE/DEBIAN/$script"
done
# Everything under /etc is a conffile: dpkg keeps IT's changes on upgrade.
(cd "$STAGE" && find etc -type f -printf '/%p\n' | sort) > "$STAGE/DEBIAN/conffiles"

mkdir -p dist
dpkg-deb --root-owner-group -Zgzip -z1 --build "$STAGE" "$OUT" >/dev/null
echo "deb: $OUT ($(du -h "$OUT" | cut -f1); installs $((installed_kb / 1024)) MB)"
