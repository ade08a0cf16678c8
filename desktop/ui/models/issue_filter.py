"""The proxy that filters and sorts the issues table: by severity and free text."""

from __future__ import annotations

from typing import Any

from desktop.ui.models.filter_proxy import KeyTextFilterProxy


class IssuesFilterProxy(KeyTextFilterProxy):
    def key_of(self, item: Any) -> str | None:
        return item.severity  # type: ignore[no-any-return]

    _state: str | None = None

    def set_severity(self, severity: str | None) -> None:
        self.set_key(severity)

    def set_state(self, state: str | None) -> None:
        """Only issues in this state (open, handled, accepted); None: all."""
        def change() -> None:
            self._state = state

        self.refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:  # noqa: N802
        if self._state is not None:
            model: Any = self.sourceModel()
            if model is not None and hasattr(model, "row_at") and \
                    model.row_at(source_row).state != self._state:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
