"""The print preview of a report: Qt's preview dialog over the PDF the core made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.ui.reports.printing import a4_printer, load_pdf, paint_pdf


def open_preview(pdf: bytes, parent: QWidget, title: str
                 ) -> tuple[QPrintPreviewDialog, tuple[object, ...]]:
    """Open (not exec) the preview of `pdf`; returns the dialog and the objects it needs kept
    alive while it is open (the printer and the document are not owned by the dialog)."""
    document = QPdfDocument(parent)
    buffer = load_pdf(pdf, document)
    printer = a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("reportPrintPreview")
    dialog.setWindowTitle(title)
    dialog.setWindowState(Qt.WindowState.WindowMaximized)

    def paint(target: QPrinter) -> None:
        paint_pdf(document, target)

    dialog.paintRequested.connect(paint)
    keep: tuple[object, ...] = (printer, document, buffer, paint)

    def release() -> None:
        document.close()
        document.deleteLater()

    dialog.finished.connect(release)
    dialog.open()
    return dialog, keep
