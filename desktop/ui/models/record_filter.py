"""The proxy that filters and sorts the records table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from desktop.ui.formatting import text_sort_key
from desktop.ui.models.records import RecordsModel
from desktop.ui.models.typed_sort_proxy import TypedSortProxy

Index = QModelIndex | QPersistentModelIndex


class RecordsFilterProxy(TypedSortProxy):
    """Filters records by municipality (None: all) and by free text in any column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._municipality: str | None = None
        self._text = ""

    def set_municipality(self, number: str | None) -> None:
        def change() -> None:
            self._municipality = number

        self.refilter(change)

    def set_text(self, text: str) -> None:
        def change() -> None:
            self._text = text_sort_key(text.strip())

        self.refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordsModel) or source_parent.isValid():
            return True
        record = model.row_at(source_row)
        if self._municipality and record.get("municipality") != self._municipality:
            return False
        if self._text:
            haystack = " ".join(model.display(record, c) for c in range(model.columnCount()))
            return self._text in text_sort_key(haystack)
        return True
