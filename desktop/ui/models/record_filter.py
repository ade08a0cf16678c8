"""The proxy that filters and sorts a records table: by municipality and free text."""

from __future__ import annotations

from typing import Any

from desktop.ui.models.filter_proxy import KeyTextFilterProxy


class RecordsFilterProxy(KeyTextFilterProxy):
    def key_of(self, item: Any) -> str | None:
        return item.get("municipality")  # type: ignore[no-any-return]

    def set_municipality(self, number: str | None) -> None:
        self.set_key(number)
