"""The tree view of the catalogue's two lists: sortable, rows selected (Ctrl+A: all the filter
shows), Enter and focus reported, Ctrl+C copies the selected rows (names indented under their
system)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop.ui.views.column_widths import content_widths


def visual_key(index: QModelIndex) -> tuple[int, int]:
    parent = index.parent()
    return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)


class CatalogueTree(QTreeView):
    focused = Signal()
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)

    def selectAll(self) -> None:  # noqa: N802 (Qt's name)
        """Every row the filter shows, also those the model has not handed out yet (it gives
        a long list a chunk at a time): Ctrl+A then «accept» means all of them."""
        model = self.model()
        if model is not None:
            while model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
        super().selectAll()

    def selected_rows(self) -> list[QModelIndex]:
        """Selected rows (column 0, view-model indexes) in the order they are shown."""
        model = self.selectionModel()
        if model is None:
            return []
        return sorted(model.selectedRows(0), key=visual_key)

    def copy_selection(self) -> str:
        model = self.model()
        rows = self.selected_rows()
        if model is None or not rows:
            return ""
        cols = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]

        def clean(value: object) -> str:
            text = "" if value is None else str(value)
            return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")

        lines = ["\t".join(clean(model.headerData(c, Qt.Orientation.Horizontal))
                           for c in cols)]
        for index in rows:
            cells = [clean(index.siblingAtColumn(c).data()) for c in cols]
            if index.parent().isValid():
                cells[0] = "    " + cells[0]
            lines.append("\t".join(cells))
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text

    def fit_columns(self, widths: dict[int, int] | None = None, max_width: int = 320,
                    sample: int = 40) -> None:
        """Columns as wide as their header and the first `sample` rows need (measured, not
        `resizeColumnToContents`, which walks every expanded row), capped; `widths` at least."""
        model = self.model()
        if model is None:
            return
        rows = [model.index(r, 0) for r in range(min(model.rowCount(), sample))]
        measured = content_widths(self, self.header(), rows, range(model.columnCount()))
        for col, width in measured.items():
            if col == 0:
                width += self.indentation()
            width = min(width, max_width)
            if widths and col in widths:
                width = max(width, widths[col])
            self.setColumnWidth(col, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier) \
                and self.currentIndex().isValid():
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()
