"""Printing paints each page from PDFium's bitmap as it is: the colours come out as they are in the PDF (a red
square printed red, not blue, whatever byte order the bitmap holds), and the page where it is."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.ui.actions.printing import print_pages


def _pixel(path, x: float, y: float) -> tuple[int, int, int]:
    """The colour at (x, y), fractions of the first page's width and height from its top left, at 40 dpi."""
    document = pdfium.PdfDocument(str(path))
    image = document[0].render(scale=40 / 72).to_pil().convert("RGB")
    document.close()
    return image.getpixel((int(image.width * x), int(image.height * y)))


def test_a_printed_page_keeps_its_colours_and_places(qtbot, tmp_path):
    source = tmp_path / "colours.pdf"
    drawing = canvas.Canvas(str(source), pagesize=A4)
    width, height = A4
    drawing.setFillColorRGB(1, 0, 0)
    drawing.rect(0, height / 2, width / 2, height / 2, stroke=0, fill=1)  # the top left quarter red
    drawing.setFillColorRGB(0, 0, 1)
    drawing.rect(width / 2, 0, width / 2, height / 2, stroke=0, fill=1)  # the bottom right quarter blue
    drawing.showPage()
    drawing.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pages(source, printer) == 1
    for path in (source, tmp_path / "printed.pdf"):
        red, blue, white = _pixel(path, 0.25, 0.25), _pixel(path, 0.75, 0.75), _pixel(path, 0.75, 0.25)
        assert red[0] > 200 and red[2] < 60, (path.name, red)
        assert blue[2] > 200 and blue[0] < 60, (path.name, blue)
        assert min(white) > 230, (path.name, white)
