"""Filtering the parameter table: by group, by text, and to the changed ones only."""

from __future__ import annotations

from typing import Any

from desktop.ui.models.filter_proxy import Index, KeyTextFilterProxy


class ParameterFilterProxy(KeyTextFilterProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._changed_only = False

    def key_of(self, item: Any) -> str | None:
        return item.spec.group  # type: ignore[no-any-return]

    def set_changed_only(self, on: bool) -> None:
        def change() -> None:
            self._changed_only = on

        self.refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if self._changed_only:
            model: Any = self.sourceModel()
            return bool(model.row_at(source_row).changed)
        return True
