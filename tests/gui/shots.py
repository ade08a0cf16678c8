"""Screenshots that check what a person would notice: the picture has the window's size, is not
blank (one flat colour, as an unpainted or black offscreen grab is), and the texts that say what
is shown are on screen (in a visible label, button, tab, title or table cell)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

MAX_ROWS = 200  # cells read per visible table (what fits on a screen, and then some)


def visible_texts(widget: QWidget) -> list[str]:
    """The texts a person sees in `widget` now: of its visible labels, buttons, tabs, group
    titles, line edits, text boxes, combo boxes, and the headers and first rows of visible
    tables."""
    out: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out.extend(w.toPlainText().splitlines())
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabBar):
            out.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, root = w.model(), w.rootIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model (PySide makes its columnCount private)
                columns = 1
            out.extend(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                       for c in range(columns))
            for r in range(min(model.rowCount(root), MAX_ROWS)):
                out.extend(str(model.index(r, c, root).data() or "") for c in range(columns))
    return [t for t in out if t]


def _spaces(text: str) -> str:
    """No-break and thin spaces (in «1 234 kr») compared as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")


def colours(image: QImage, step: int = 7) -> int:
    """How many distinct colours a grid of sample points finds (1: a blank picture)."""
    seen = {image.pixel(x, y) for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}
    return len(seen)


def shot(widget: QWidget, path: Path, *texts: str, min_colours: int = 8) -> QImage:
    """Grab `widget` to `path` and assert that a person would see something: its full size, not
    blank, and each of `texts` somewhere on it (a substring of a visible text)."""
    image = widget.grab().toImage()
    assert not image.isNull(), f"{path.name}: nothing grabbed"
    dpr = image.devicePixelRatio()
    assert (round(image.width() / dpr), round(image.height() / dpr)) == (
        widget.width(), widget.height()), f"{path.name}: not the widget's size"
    assert widget.width() >= 200 and widget.height() >= 100, f"{path.name}: too small"
    assert colours(image) >= min_colours, f"{path.name}: blank ({colours(image)} colours)"
    shown = [_spaces(s) for s in visible_texts(widget)]
    missing = [t for t in texts if not any(_spaces(t) in s for s in shown)]
    assert not missing, f"{path.name}: not on screen: {missing}"
    assert image.save(str(path)), f"{path.name}: not written"
    return image



def assert_painted(widget: QWidget, min_size: tuple[int, int] = (150, 100)) -> None:
    """A part of the screen (a chart) is shown, of a size to read, and has something drawn."""
    assert widget.isVisible(), f"{type(widget).__name__} not shown"
    assert widget.width() >= min_size[0] and widget.height() >= min_size[1], (
        f"{type(widget).__name__} only {widget.width()}×{widget.height()}")
    assert colours(widget.grab().toImage()) >= 8, f"{type(widget).__name__} blank"
