"""A proxy that filters rows by one key (e.g. severity, municipality) and by free text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

from desktop.ui.formatting import text_sort_key
from desktop.ui.models.typed_sort_proxy import TypedSortProxy

Index = QModelIndex | QPersistentModelIndex


class KeyTextFilterProxy(TypedSortProxy):
    """Rows whose key equals the chosen one (None: all) and whose text contains the filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key: str | None = None
        self._text = ""

    def key_of(self, item: Any) -> str | None:
        raise NotImplementedError

    def set_key(self, key: str | None) -> None:
        def change() -> None:
            self._key = key

        self.refilter(change)

    def set_text(self, text: str) -> None:
        def change() -> None:
            self._text = text_sort_key(text.strip())

        self.refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model: QAbstractItemModel | None = self.sourceModel()
        if model is None or source_parent.isValid() or not hasattr(model, "row_at"):
            return True
        rows: Any = model
        item = rows.row_at(source_row)
        if self._key and self.key_of(item) != self._key:
            return False
        if self._text:
            haystack = " ".join(rows.display(item, c) for c in range(rows.columnCount()))
            return self._text in text_sort_key(haystack)
        return True
