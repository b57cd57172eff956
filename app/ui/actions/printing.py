"""Printing a PDF from the app (Qt's print dialog) or opening it in the system's viewer.

Qt Widgets cannot draw a PDF, so each page is rendered by PDFium (pypdfium2)
at the printer's resolution, capped at 300 dpi, and painted onto the page.  After the print dialog the pages are
rendered and painted by a background job (``app.ui.jobs``; Qt paints on a ``QPrinter`` in any thread) with progress
and Cancel: a 100-page report took the GUI thread for many seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.domain.kernel.cancelling import Cancelled

MAX_DPI = 300
BANDS = 8  # strips a page is painted in


def print_pages(path: Path | str, printer: QPrinter, progress=lambda _fraction, _text: None, cancelled=lambda: False) -> int:
    """Paint the PDF's pages (those chosen in the print dialog, else all) onto ``printer``; returns how many.
    ``progress`` hears after each page; when ``cancelled()`` the print job is aborted and Cancelled raised."""
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
            for done, number in enumerate(chosen):
                if cancelled():
                    printer.abort()
                    raise Cancelled
                if number != chosen.start:
                    printer.newPage()
                # Painted from PDFium's own bitmap (RGB, 26 MB at 300 dpi) and let go at once: copies of it through
                # PIL, and the page before still held while the next was rendered, made printing's peak 230 MB.
                bitmap = document[number].render(scale=dpi / 72, rev_byteorder=True)
                try:
                    image = QImage(memoryview(bitmap.buffer).cast("B"), bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGB888)
                    _paint_in_bands(painter, image)
                    del image
                finally:
                    bitmap.close()
                progress((done + 1) / len(chosen), "")
        finally:
            painter.end()
        return len(chosen)
    finally:
        document.close()


def _paint_in_bands(painter: QPainter, image: QImage) -> None:
    """Paint ``image`` over the whole page as :data:`BANDS` strips, top to bottom, edge to edge: one call painting
    a page at 300 dpi (26 MB, compressed into a PDF printer's file) holds the GIL for about 0.2 s, which the GUI
    thread would wait for; a strip holds it for an eighth of that."""
    page = QRectF(painter.viewport())
    for band in range(BANDS):
        top, bottom = image.height() * band // BANDS, image.height() * (band + 1) // BANDS
        if bottom > top:
            target = QRectF(page.left(), page.top() + page.height() * top / image.height(),
                            page.width(), page.height() * (bottom - top) / image.height())
            painter.drawImage(target, image, QRectF(0, top, image.width(), bottom - top))


def print_with_dialog(path: Path | str, parent=None) -> bool:
    """Ask which printer, then print; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_later(path, printer, parent)
    return True


def print_later(path: Path | str, printer: QPrinter, parent=None, finished=lambda _pages, _error: None):
    """Print in a background job behind a progress dialog with Cancel; ``finished(pages, error)`` on the GUI thread
    (pages None when cancelled; a refusal, such as a printer that cannot be opened, is said in a message box)."""
    from PySide6.QtCore import QCoreApplication, QThreadPool
    from PySide6.QtWidgets import QMessageBox

    from app.ui.i18n import show
    from app.ui.jobs import run_with_progress

    def ended(pages, error) -> None:
        if error is not None and parent is not None:
            QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), show(error.message))
        finished(pages, error)

    job = run_with_progress(parent, QThreadPool.globalInstance(),
                            lambda progress, cancelled: print_pages(path, printer, progress, cancelled),
                            QCoreApplication.translate("Printing", "Printing…"), ended)
    job.printer = printer  # kept alive until the job is done
    return job


def open_in_viewer(path: Path | str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
