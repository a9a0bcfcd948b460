"""Scanning tools for IT and champions, on the same pipeline as the kiosk.

kiosk-admin test-scan [--pages N] [--profile NAME] [--out FILE.pdf]
kiosk-admin build-pdf [--profile NAME] --out FILE.pdf IMAGE...
kiosk-admin check-page IMAGE...
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from kiosk.admin.common import EXIT_FAILED, EXIT_OK, add_config_option, config_from_args
from kiosk.bootstrap import build_scanner
from kiosk.config import ScanProfile, StationConfig
from kiosk.core.scanning import PaperSource, ScanFault
from kiosk.documents.capture import Capture
from kiosk.documents.encoding import encode, output_dpi
from kiosk.documents.pages import PageStore, StoredPage, make_thumbnail
from kiosk.documents.pdf_builder import DocumentInfo, build_pdf
from kiosk.documents.profiles import output_profile, scan_settings
from kiosk.documents.quality import QualityWarning, check_page

ASSUMED_DPI = 300  # for images that do not say their resolution


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scan = commands.add_parser("test-scan", help="scan with the station's scanner into a PDF")
    add_config_option(scan)
    scan.add_argument("--pages", type=int, default=1, help="how many pages (default 1)")
    scan.add_argument("--profile", default="colour", help="scan profile (default colour)")
    scan.add_argument("--out", type=Path, default=Path("test-scan.pdf"), help="PDF to write")
    scan.set_defaults(command=cmd_test_scan)

    build = commands.add_parser(
        "build-pdf", help="turn image files into a PDF exactly as a scan would be built"
    )
    add_config_option(build)
    build.add_argument("--profile", default="colour", help="scan profile (default colour)")
    build.add_argument("--out", type=Path, required=True, help="PDF to write")
    build.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    build.set_defaults(command=cmd_build_pdf)

    check = commands.add_parser("check-page", help="the quality warnings each image would get")
    check.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    check.set_defaults(command=cmd_check_page)


def cmd_test_scan(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    profile = _profile(config, args.profile)
    if profile is None or args.pages < 1:
        return EXIT_FAILED
    store = PageStore()
    try:
        started = time.monotonic()
        pages, fault = _scan_pages(config, profile, store, args.pages)
        scanned_s = time.monotonic() - started
        for number, page in enumerate(pages, 1):
            print(
                f"page {number}: {page.width_px}x{page.height_px} px at {page.dpi} dpi, "
                f"{page.size_bytes // 1024} KB, {_warnings_text(page.warnings)}"
            )
        if fault is not None:
            print(f"scan stopped: {fault.name.lower().replace('_', ' ')}", file=sys.stderr)
        if not pages:
            return EXIT_FAILED
        started = time.monotonic()
        size = _write_pdf(pages, config, "Test scan", args.out)
        print(
            f"{len(pages)} page(s) scanned in {scanned_s:.1f} s with profile {args.profile}; "
            f"PDF {size // 1024} KB in {time.monotonic() - started:.2f} s -> {args.out}"
        )
        return EXIT_OK if fault is None else EXIT_FAILED
    finally:
        store.wipe()


def cmd_build_pdf(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    profile = _profile(config, args.profile)
    if profile is None:
        return EXIT_FAILED
    store = PageStore()
    try:
        for path in args.images:
            image, dpi = _open_image(path)
            if image is None:
                return EXIT_FAILED
            encoded = encode(image, dpi, output_profile(profile))
            warnings = check_page(image, dpi)
            store.add(encoded, make_thumbnail(image), warnings)
            print(
                f"{path}: {encoded.kind}, {output_dpi(dpi, output_profile(profile))} dpi, "
                f"{len(encoded.data) // 1024} KB, {_warnings_text(warnings)}"
            )
        size = _write_pdf(store.pages, config, "Rebuilt from images", args.out)
        print(f"PDF {size // 1024} KB, {len(store.pages)} page(s) -> {args.out}")
        return EXIT_OK
    finally:
        store.wipe()


def cmd_check_page(args: argparse.Namespace) -> int:
    failed = False
    for path in args.images:
        image, dpi = _open_image(path)
        if image is None:
            failed = True
            continue
        print(f"{path}: {_warnings_text(check_page(image, dpi))}")
    return EXIT_FAILED if failed else EXIT_OK


def _scan_pages(
    config: StationConfig, profile: ScanProfile, store: PageStore, wanted: int
) -> tuple[list[StoredPage], ScanFault | None]:
    """`wanted` pages: one feeder batch (stopped there), or that many flatbed scans."""
    capture = Capture(build_scanner(config), store, output_profile(profile))
    settings = scan_settings(profile)
    pages: list[StoredPage] = []
    while len(pages) < wanted:
        result = capture.scan(settings, max_pages=wanted - len(pages))
        pages.extend(result.pages)
        if result.error is not None:
            return pages, result.error.fault
        if settings.source is PaperSource.FEEDER:
            break
    return pages, None


def _write_pdf(pages: list[StoredPage], config: StationConfig, title: str, out: Path) -> int:
    info = DocumentInfo(
        title=title,
        service_id="test",
        station_id=config.station.id,
        kiosk_reference=f"{config.station.reference_prefix}-TEST",
        created=datetime.now(UTC),
    )
    data = build_pdf(pages, info)
    out.write_bytes(data)
    return len(data)


def _profile(config: StationConfig, name: str) -> ScanProfile | None:
    profile = config.scanner.profiles.get(name)
    if profile is None:
        known = ", ".join(sorted(config.scanner.profiles))
        print(f"no scan profile {name!r} in the config (it has: {known})", file=sys.stderr)
    return profile


def _open_image(path: Path) -> tuple[Image.Image | None, int]:
    try:
        image = Image.open(path)
        image.load()
    except (OSError, UnidentifiedImageError) as error:
        print(f"{path}: cannot read it as an image ({error})", file=sys.stderr)
        return None, 0
    dpi = image.info.get("dpi", (ASSUMED_DPI, ASSUMED_DPI))[0]
    return image, round(float(dpi)) or ASSUMED_DPI


def _warnings_text(warnings: tuple[QualityWarning, ...]) -> str:
    return ", ".join(w.name.lower().replace("_", " ") for w in warnings) or "ok"
