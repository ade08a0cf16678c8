"""The proxy that filters and sorts the issues table: by severity and free text."""

from __future__ import annotations

from typing import Any

from desktop.ui.models.filter_proxy import KeyTextFilterProxy


class IssuesFilterProxy(KeyTextFilterProxy):
    def key_of(self, item: Any) -> str | None:
        return item.severity  # type: ignore[no-any-return]

    def set_severity(self, severity: str | None) -> None:
        self.set_key(severity)
