"""Hjelp → Veiledning: the guide for a project leader (docs/veiledning.md, with its
screenshots) in a window of its own."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui import errors
from desktop.ui.views import fit

IMAGE_WIDTH = 820
IMAGE_RATIO = 768 / 1366  # the screenshots are made at 1366×768


def guide_path() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return root / "docs" / "veiledning.md"


class GuideDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])  # the screenshots next to it
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self._fit_images(IMAGE_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit.resize_on_screen(self, 900, 700)

    def _fit_images(self, width: int) -> None:
        """The screenshots (1366 px wide) at a width that fits the window, not cut."""
        cursor = QTextCursor(self.browser.document())
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    image.setWidth(width)
                    image.setHeight(width * IMAGE_RATIO)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
                it += 1
            block = block.next()


def open_guide(parent: QWidget) -> GuideDialog | None:
    path = guide_path()
    if not path.exists():
        errors.show_user_error(parent, QCoreApplication.translate(
            "GuideDialog", "The guide is missing from this installation: %1").replace(
            "%1", str(path)))
        return None
    dialog = GuideDialog(path, parent)
    dialog.show()
    return dialog
