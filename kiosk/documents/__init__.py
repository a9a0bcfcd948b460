"""From scanned image to a small PDF: encoding, quality checks, the session's
page store and the PDF builder. Qt-free; uses Pillow, img2pdf and pypdf."""
