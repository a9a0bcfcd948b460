"""The station's catalogue of council forms, and printing one with a copies choice.

Qt-free and driver-free: the catalogue reads the PDFs named in `[[forms]]`
(page counts come from the file, never from the config), and printing goes
through the Printer port. The first-page preview is the UI's (kiosk/ui/form_preview.py).

A form whose file is missing or unreadable is left out of the catalogue, so a
resident never picks a form that cannot print; the "forms" health check names
it for IT.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import FormConfig
from kiosk.core.ports import HealthCheck, HealthState, Printer
from kiosk.core.printing import COPIES_LIMIT, PrintOptions, check_copies
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import pypdf
else:
    pypdf = lazy_import("pypdf")  # not before the first frame (kiosk/lazy_import.py)

PDF_MAGIC = b"%PDF-"
HEADER_WINDOW = 1024  # readers allow a little junk before the header (ISO 32000-1, 7.5.2)


@dataclass(frozen=True)
class Form:
    """One printable form as the catalogue screen shows it."""

    id: str
    title: str
    description: str
    language: str
    path: Path
    pages: int


@dataclass(frozen=True)
class FormProblem:
    """A configured form that cannot be offered, and why (for staff)."""

    id: str
    path: Path
    reason: str


class FormUnreadableError(ValueError):
    """The form's file is missing, not a PDF, or damaged."""


def read_form(entry: FormConfig) -> Form:
    """The catalogue entry for one `[[forms]]` table; FormUnreadableError if it cannot print."""
    return Form(
        entry.id,
        entry.title,
        entry.description,
        entry.language,
        entry.file,
        count_pages(entry.file),
    )


def count_pages(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_WINDOW)
    except FileNotFoundError:
        raise FormUnreadableError("the file is missing") from None
    except OSError as error:
        raise FormUnreadableError(f"the file cannot be read ({error.strerror})") from error
    if PDF_MAGIC not in head:
        raise FormUnreadableError("the file is not a PDF")
    try:
        pages = len(pypdf.PdfReader(path, strict=False).pages)
    except (pypdf.errors.PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise FormUnreadableError(f"the PDF is damaged ({error})") from error
    if pages == 0:
        raise FormUnreadableError("the PDF has no pages")
    return pages


@dataclass(frozen=True)
class FormCatalogue:
    forms: tuple[Form, ...]
    problems: tuple[FormProblem, ...] = ()

    @classmethod
    def load(cls, entries: Iterable[FormConfig]) -> FormCatalogue:
        forms: list[Form] = []
        problems: list[FormProblem] = []
        for entry in entries:
            try:
                forms.append(read_form(entry))
            except FormUnreadableError as error:
                problems.append(FormProblem(entry.id, entry.file, str(error)))
        return cls(tuple(forms), tuple(problems))

    def form(self, form_id: str) -> Form:
        """The form with this id; KeyError if the catalogue does not offer it."""
        for form in self.forms:
            if form.id == form_id:
                return form
        raise KeyError(form_id)

    def for_language(self, language: str) -> list[Form]:
        """Forms in the resident's language first, then English ones, then the others.

        Each group keeps config order. English comes second because a council's
        forms are English first, and a resident with no form in their language
        more likely reads English than a third language.
        """
        return sorted(
            self.forms, key=lambda form: (form.language != language, form.language != "en")
        )

    def check(self) -> HealthCheck:
        return forms_health(self.forms, self.problems)


def forms_health(forms: Sequence[Form], problems: Sequence[FormProblem]) -> HealthCheck:
    """One health line: how many forms print, and which files are missing or unreadable.

    WARN, not FAIL: the station still sends documents and prints the other forms.
    """
    if not problems:
        detail = f"{len(forms)} form(s) ready" if forms else "no forms configured"
        return HealthCheck("forms", HealthState.OK, detail)
    listed = "; ".join(f"{p.id} ({p.path}): {p.reason}" for p in problems)
    return HealthCheck(
        "forms",
        HealthState.WARN,
        f"{len(forms)} form(s) ready, {len(problems)} cannot be offered: {listed}",
        "copy the PDF to the path named, or remove its [[forms]] table from the config",
    )


def print_form(
    printer: Printer, form: Form, copies: int = 1, max_copies: int = COPIES_LIMIT
) -> int:
    """Send `copies` of `form` to the printer; the CUPS job id.

    Raises TooManyCopiesError above the station's `[printer] max_copies` (before
    anything is sent), or the printer's PrintError.
    """
    check_copies(copies, max_copies)
    # Forms are made for A4; "fit" keeps a slightly larger original on the paper.
    options = PrintOptions(copies=copies, scaling="fit")
    return printer.submit(form.path, f"form {form.id}", options)
