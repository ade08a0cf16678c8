"""Where each number comes from: the model's trace lines (formula and inputs)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core import formatting
from desktop.core.i18n import tr as core_tr
from desktop.core.scenarios import TraceLine
from desktop.ui.scenarios.table_model import Column, ColumnsModel


def value_text(line: TraceLine) -> str:
    if line.value is None:
        return ""
    if line.unit == core_tr("år"):  # the unit is in the UI's language
        return str(int(line.value))
    return formatting.decimal(line.value, 1 if abs(line.value) < 1000 else 0)


class TraceModel(ColumnsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.trace: tuple[TraceLine, ...] = ()
        self.columns = [
            Column(self.tr("Figure"), lambda t: t.label),
            Column(self.tr("Value"), value_text, lambda t: t.value, True),
            Column(self.tr("Unit"), lambda t: t.unit),
            Column(self.tr("Formula"), lambda t: t.formula, tooltip=lambda t: t.formula),
        ]

    def set_trace(self, trace: tuple[TraceLine, ...]) -> None:
        self.trace = trace
        self.set_rows(trace)
