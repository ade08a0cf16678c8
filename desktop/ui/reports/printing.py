"""Printing a PDF made by the core: its pages painted one per printer page, A4, each scaled
to fit the page.

QtPdf renders each page to an image; the preview uses a lower resolution than a printer
(every page of a preview is kept in memory).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PREVIEW_DPI = 110
PRINT_DPI = 300


class PdfLoadError(Exception):
    """The PDF could not be read by QtPdf."""


def load_pdf(data: bytes, document: QPdfDocument) -> QBuffer:
    """Load PDF bytes into `document`; returns the buffer, which must outlive the document's
    use of it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PdfLoadError(str(document.error()))
    return buffer


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setDocName("Samdrift-rapport")
    return printer


def _pages(printer: QPrinter, count: int) -> list[int]:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(max(first, 1) - 1, min(last, count)))


def fit(page: QSize | QRectF, target: QRectF) -> QRectF:
    """`page`'s proportions scaled to fit `target`, centred."""
    w, h = page.width(), page.height()
    scale = min(target.width() / w, target.height() / h)
    sw, sh = w * scale, h * scale
    return QRectF(target.x() + (target.width() - sw) / 2,
                  target.y() + (target.height() - sh) / 2, sw, sh)


def on_white(page: QImage) -> QImage:
    """A rendered page (transparent where nothing is drawn) on white paper, 3 bytes a pixel."""
    paper = QImage(page.size(), QImage.Format.Format_RGB888)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages onto the printer; returns the number of pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        engine = painter.paintEngine()
        preview = engine is not None and engine.type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI)
        area = QRectF(0, 0, printer.width(), printer.height())
        painted = 0
        for n, index in enumerate(_pages(printer, document.pageCount())):
            if n > 0:
                printer.newPage()
            points = document.pagePointSize(index)
            target = fit(QRectF(0, 0, points.width(), points.height()), area)
            size = QSize(max(1, round(target.width() * dpi / printer.resolution())),
                         max(1, round(target.height() * dpi / printer.resolution())))
            painter.drawImage(target, on_white(document.render(index, size)))
            painted += 1
        return painted
    finally:
        painter.end()
