"""Printing a PDF from the app (Qt's print dialog) or opening it in the system's viewer.

Qt Widgets cannot draw a PDF, so each page is rendered by PDFium (pypdfium2)
at the printer's resolution, capped at 300 dpi, and painted onto the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

MAX_DPI = 300


def print_pages(path: Path | str, printer: QPrinter) -> int:
    """Paint the PDF's pages (those chosen in the print dialog, else all) onto ``printer``; returns how many."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer cannot be opened")
        try:
            first, last = printer.fromPage(), printer.toPage()  # 0 and 0: every page
            chosen = range(first - 1, min(last, len(document))) if first else range(len(document))
            for number in chosen:
                if number != chosen.start:
                    printer.newPage()
                bitmap = document[number].render(scale=dpi / 72)
                image = bitmap.to_pil().convert("RGB")
                data = image.tobytes()
                qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
                painter.drawImage(QRectF(painter.viewport()), qimage)
        finally:
            painter.end()
        return len(chosen)
    finally:
        document.close()


def print_with_dialog(path: Path | str, parent=None) -> bool:
    """Ask which printer, then print; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pages(path, printer)
    return True


def open_in_viewer(path: Path | str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
