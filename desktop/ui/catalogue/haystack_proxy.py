"""The matrix's filter: a key and a folded text per row, worked out once, off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.catalogue.model_common import Index
from desktop.ui.models.filter_proxy import KeyTextFilterProxy


class HaystackFilterProxy(KeyTextFilterProxy):
    """Top-level rows whose key equals the chosen one (None: all) and whose text contains the
    filter text; children of a shown row are all shown. Sorting is the source model's: a
    header click is passed on to it (the proxy keeps its order). The models give each row's
    key and text themselves (`filter_key`, `haystack`), precomputed for large lists."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    @property
    def key(self) -> str | None:
        return self._key

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._key is None and not self._text:  # no filter (called for every row)
            return True
        model: Any = self.sourceModel()
        if model is None or source_parent.isValid() or not hasattr(model, "haystack"):
            return True
        if self._key is not None and model.filter_key(source_row) != self._key:
            return False
        return not self._text or self._text in model.haystack(source_row)
