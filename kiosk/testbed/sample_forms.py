"""Sample council forms for the station's catalogue, drawn here with Qt's PDF writer.

Made for the demo and the tests, not copied from any real form: the wording is
ours and every page says it is a sample. Qt embeds a subset of DejaVu Sans, so
the Polish form keeps its letters (ą, ł, ż…), which the receipt writer's
standard fonts could not print.

    python -m kiosk.testbed.sample_forms [OUT_DIR]     # default: config/forms

The files are committed; run this again only when the wording changes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter, QPen

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "config" / "forms"
FONT = "DejaVu Sans"
PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points; the writer runs at 72 dpi
MARGIN = 50.0
COUNCIL_BLUE = QColor(0, 61, 121)


@dataclass(frozen=True)
class Box:
    """A labelled box to write in; `lines` tall (about 9 mm a line)."""

    label: str
    lines: int = 1


@dataclass(frozen=True)
class Ticks:
    """A question answered by ticking one of the choices."""

    question: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[Box | Ticks, ...]


@dataclass(frozen=True)
class SamplePage:
    intro: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class SampleForm:
    file_name: str
    council: str
    title: str
    pages: tuple[SamplePage, ...]
    sample_note: str
    page_word: str  # "Page {n} of {total}"


CHANGE_OF_ADDRESS_EN = SampleForm(
    "change-of-address-en.pdf",
    "Royal Borough of Greenwich",
    "Council Tax: tell us you have moved",
    (
        SamplePage(
            "Use this form if you have moved into, out of or within Greenwich. Write in "
            "capital letters with a black pen. You can hand it in at the customer service "
            "desk or post it to Council Tax, The Woolwich Centre, 35 Wellington Street, SE18 6HQ.",
            (
                Section(
                    "1. About you",
                    (Box("Council Tax account number (if you know it)"), Box("Full name")),
                ),
                Section(
                    "2. Your old address",
                    (Box("Address and postcode", 2), Box("Date you moved out (DD/MM/YYYY)")),
                ),
                Section(
                    "3. Your new address",
                    (
                        Box("Address and postcode", 2),
                        Box("Date you moved in (DD/MM/YYYY)"),
                        Ticks("Is the new address in Greenwich?", ("Yes", "No")),
                    ),
                ),
            ),
        ),
        SamplePage(
            "Tell us who else lives with you, so that the bill and any discount are right.",
            (
                Section(
                    "4. Other adults at the new address",
                    (Box("Names of everyone aged 18 or over", 3),),
                ),
                Section(
                    "5. Discounts",
                    (
                        Ticks(
                            "Do you live on your own (single person discount)?",
                            ("Yes", "No"),
                        ),
                    ),
                ),
                Section(
                    "6. Declaration",
                    (
                        Box("I confirm the information on this form is correct. Signature"),
                        Box("Date (DD/MM/YYYY)"),
                    ),
                ),
            ),
        ),
    ),
    "Sample form made for the self-serve station demo. It is not an official council form.",
    "Page {n} of {total}",
)

CHANGE_OF_ADDRESS_PL = SampleForm(
    "change-of-address-pl.pdf",
    "Royal Borough of Greenwich",
    "Council Tax: zgłoszenie przeprowadzki",
    (
        SamplePage(
            "Wypełnij ten formularz, jeśli wprowadziłeś się do Greenwich, wyprowadziłeś się "
            "lub zmieniłeś adres w obrębie dzielnicy. Pisz wielkimi literami, czarnym "
            "długopisem. Formularz można oddać w punkcie obsługi klienta lub wysłać pocztą "
            "na adres: Council Tax, The Woolwich Centre, 35 Wellington Street, SE18 6HQ.",
            (
                Section(
                    "1. Twoje dane",
                    (Box("Numer konta Council Tax (jeśli go znasz)"), Box("Imię i nazwisko")),
                ),
                Section(
                    "2. Poprzedni adres",
                    (Box("Adres i kod pocztowy", 2), Box("Data wyprowadzki (DD/MM/RRRR)")),
                ),
                Section(
                    "3. Nowy adres",
                    (
                        Box("Adres i kod pocztowy", 2),
                        Box("Data wprowadzenia się (DD/MM/RRRR)"),
                        Ticks("Czy nowy adres jest w Greenwich?", ("Tak", "Nie")),
                    ),
                ),
            ),
        ),
        SamplePage(
            "Podaj, kto jeszcze z Tobą mieszka, aby rachunek i ewentualna zniżka były prawidłowe.",
            (
                Section(
                    "4. Inne osoby dorosłe pod nowym adresem",
                    (Box("Imiona i nazwiska wszystkich osób w wieku 18 lat i starszych", 3),),
                ),
                Section(
                    "5. Zniżki",
                    (
                        Ticks(
                            "Czy mieszkasz sam(a) (zniżka dla osoby samotnej)?",
                            ("Tak", "Nie"),
                        ),
                    ),
                ),
                Section(
                    "6. Oświadczenie",
                    (
                        Box("Potwierdzam, że informacje w formularzu są prawdziwe. Podpis"),
                        Box("Data (DD/MM/RRRR)"),
                    ),
                ),
            ),
        ),
    ),
    "Przykładowy formularz przygotowany na potrzeby demonstracji kiosku. "
    "Nie jest to oficjalny formularz urzędu.",
    "Strona {n} z {total}",
)

ASSISTED_COLLECTION_EN = SampleForm(
    "assisted-bin-collection-en.pdf",
    "Royal Borough of Greenwich",
    "Ask for an assisted bin collection",
    (
        SamplePage(
            "If nobody in your home can take the bins to the kerb because of age, illness "
            "or disability, our crews can collect them from your property. Fill in this "
            "form and hand it in at the desk.",
            (
                Section(
                    "1. Where we collect from",
                    (Box("Address and postcode", 2), Box("Where are the bins kept?", 2)),
                ),
                Section(
                    "2. Why you need help",
                    (
                        Ticks(
                            "Does anyone aged 18 to 70 live with you who could help?",
                            ("Yes", "No"),
                        ),
                        Box("Tell us briefly why you cannot move the bins", 3),
                    ),
                ),
                Section(
                    "3. How we contact you",
                    (Box("Phone number or email address"), Box("Signature and date")),
                ),
            ),
        ),
    ),
    "Sample form made for the self-serve station demo. It is not an official council form.",
    "Page {n} of {total}",
)

SAMPLE_FORMS = (CHANGE_OF_ADDRESS_EN, CHANGE_OF_ADDRESS_PL, ASSISTED_COLLECTION_EN)


def font(size: float, bold: bool = False) -> QFont:
    face = QFont(FONT)
    face.setPointSizeF(size)
    face.setBold(bold)
    return face


def write_form(form: SampleForm, path: Path) -> Path:
    """Draw `form` into a PDF at `path` (A4, one PDF page per SamplePage)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # one unit is one point
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(form.title)
    writer.setCreator("Greenwich self-serve station kiosk: sample forms")
    painter = QPainter(writer)
    try:
        for number, page in enumerate(form.pages, start=1):
            if number > 1:
                writer.newPage()
            _draw_page(painter, form, page, number)
    finally:
        painter.end()
    return path


def _draw_page(painter: QPainter, form: SampleForm, page: SamplePage, number: int) -> None:
    width = PAGE_W - 2 * MARGIN
    painter.fillRect(QRectF(0, 0, PAGE_W, 78), COUNCIL_BLUE)
    painter.setPen(Qt.GlobalColor.white)
    painter.setFont(font(11, bold=True))
    painter.drawText(QRectF(MARGIN, 14, width, 18), form.council)
    painter.setFont(font(16, bold=True))
    painter.drawText(QRectF(MARGIN, 36, width, 30), form.title)
    painter.setPen(Qt.GlobalColor.black)
    y = _paragraph(painter, page.intro, MARGIN, 96, width, font(10))
    for section in page.sections:
        y += 14
        painter.setFont(font(12, bold=True))
        painter.setPen(COUNCIL_BLUE)
        painter.drawText(QRectF(MARGIN, y, width, 18), section.heading)
        painter.setPen(Qt.GlobalColor.black)
        y += 22
        for item in section.items:
            y = _item(painter, item, y, width)
    painter.setFont(font(8))
    painter.drawText(QRectF(MARGIN, PAGE_H - 52, width, 24), form.sample_note)
    total = len(form.pages)
    painter.drawText(
        QRectF(MARGIN, PAGE_H - 52, width, 24),
        int(Qt.AlignmentFlag.AlignRight),
        form.page_word.format(n=number, total=total),
    )


def _item(painter: QPainter, item: Box | Ticks, y: float, width: float) -> float:
    painter.setFont(font(9.5))
    if isinstance(item, Box):
        painter.drawText(QRectF(MARGIN, y, width, 14), item.label)
        height = 26.0 * item.lines
        painter.setPen(QPen(Qt.GlobalColor.black, 0.8))
        painter.drawRect(QRectF(MARGIN, y + 16, width, height))
        return y + 16 + height + 10
    painter.drawText(QRectF(MARGIN, y, width - 150, 16), item.question)
    x = MARGIN + width - 140
    for choice in item.choices:
        painter.setPen(QPen(Qt.GlobalColor.black, 0.8))
        painter.drawRect(QRectF(x, y, 12, 12))
        painter.drawText(QRectF(x + 17, y, 50, 14), choice)
        x += 70
    return y + 26


def _paragraph(
    painter: QPainter, text: str, x: float, y: float, width: float, face: QFont
) -> float:
    painter.setFont(face)
    flags = int(Qt.TextFlag.TextWordWrap)
    bounds = painter.boundingRect(QRectF(x, y, width, 400), flags, text)
    painter.drawText(bounds, flags, text)
    return bounds.bottom()


def write_all(out_dir: Path, forms: Sequence[SampleForm] = SAMPLE_FORMS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_form(form, out_dir / form.file_name) for form in forms]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else DEFAULT_OUT
    _app = QGuiApplication.instance() or QGuiApplication(["sample-forms"])
    for path in write_all(out_dir):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
