"""A tiny one-page PDF writer: text in the standard Helvetica fonts and filled boxes.

Enough for receipts and test pages without a layout engine; the output is a few
kilobytes and every PDF reader and CUPS filter reads it. Text is WinAnsi
(Latin-1); other characters print as "?" (the UI carries translations).
"""

from __future__ import annotations

from dataclasses import dataclass, field

A4_PT = (595.0, 842.0)  # 210 x 297 mm in points
_FONTS = {"regular": "/F1", "bold": "/F2"}


def _escape(text: str) -> str:
    latin = text.encode("cp1252", errors="replace").decode("cp1252")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@dataclass
class PdfPage:
    width_pt: float = A4_PT[0]
    height_pt: float = A4_PT[1]
    title: str = ""
    _ops: list[str] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, size: float = 12, bold: bool = False) -> None:
        """Text with its baseline at (x, y), measured in points from the top left."""
        font = _FONTS["bold" if bold else "regular"]
        y_pdf = self.height_pt - y
        self._ops.append(f"BT {font} {size:.1f} Tf {x:.2f} {y_pdf:.2f} Td ({_escape(text)}) Tj ET")

    def box(self, x: float, y: float, width: float, height: float) -> None:
        """A filled black rectangle, top left at (x, y)."""
        y_pdf = self.height_pt - y - height
        self._ops.append(f"{x:.2f} {y_pdf:.2f} {width:.2f} {height:.2f} re f")

    def to_bytes(self) -> bytes:
        content = "\n".join(self._ops).encode("cp1252", errors="replace")
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {self.width_pt:.0f} "
                f"{self.height_pt:.0f}] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> "
                "/Contents 4 0 R >>"
            ).encode(),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
            b"/Encoding /WinAnsiEncoding >>",
            f"<< /Title ({_escape(self.title)}) /Producer (Greenwich kiosk) >>".encode("cp1252"),
        ]
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (
            len(objects) + 1,
            len(objects),
        )
        out += b"startxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def wrap(text: str, width_chars: int) -> list[str]:
    """Split text into lines of at most `width_chars` characters at spaces."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width_chars:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines
