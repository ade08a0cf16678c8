"""The parameter table: every parameter of the model with its value in this scenario, the
default, unit, low/high and where the default comes from. Value, low and high are edited in
place; the model does not change itself but asks (`edit_requested`), so that every change is
an undoable command."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont

from desktop.core.scenarios import Scenario
from desktop.core.scenarios.parameters import (
    NOT_SAMPLED,
    PARAMETERS,
    Parameter,
    ParameterSet,
    resolve,
)
from desktop.ui import tones
from desktop.ui.scenarios import numbers
from desktop.ui.scenarios.table_model import Column, ColumnsModel, Index, bold_font

LABEL, VALUE, LOW, HIGH, CERTAIN, DEFAULT, UNIT, GROUP, SOURCE = range(9)
FIELD_OF = {VALUE: "value", LOW: "low", HIGH: "high"}


@dataclass(frozen=True)
class ParameterRow:
    spec: Parameter
    value: float
    low: float | None  # None: the parameter takes no range
    high: float | None
    overridden: bool  # the value differs from the default by the user's choice
    range_changed: bool
    rangeable: bool  # may take a range (Monte Carlo draws it)
    fixed: bool = False  # held certain by the user: not drawn

    @property
    def changed(self) -> bool:
        return self.overridden or self.range_changed or self.fixed


def parameter_rows(scenario: Scenario | None, used: ParameterSet | None = None
                   ) -> list[ParameterRow]:
    """The table's rows; `used` is what the last computation of this scenario used (the
    survey's cost per FTE, the ranges as they follow the values), else the scenario's own."""
    overrides = dict(scenario.overrides) if scenario else {}
    ranges = dict(scenario.ranges) if scenario else {}
    fixed = scenario.fixed if scenario else frozenset()
    params = used or resolve(overrides, ranges, fixed)
    rows = []
    for spec in PARAMETERS:
        item = params.get(spec.key)
        rangeable = spec.key not in NOT_SAMPLED
        ranged = rangeable and (spec.uncertain or spec.key in ranges)
        rows.append(ParameterRow(spec, item.value, item.low if ranged else None,
                                 item.high if ranged else None, spec.key in overrides,
                                 spec.key in ranges, rangeable, spec.key in fixed))
    return rows


class ParametersModel(ColumnsModel):
    edit_requested = Signal(str, str, str)  # key, field (value/low/high), typed text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        fmt = numbers.parameter
        self.columns = [
            Column(self.tr("Parameter"), lambda r: r.spec.label,
                   tooltip=lambda r: f"{r.spec.label}\n{r.spec.key}\n\n{r.spec.source}"),
            Column(self.tr("Value"), lambda r: fmt(r.spec, r.value), lambda r: r.value, True,
                   tooltip=self._value_tip),
            Column(self.tr("Low"), lambda r: fmt(r.spec, r.low), lambda r: r.low, True,
                   header_tip=self.tr("Low and high: the range Monte Carlo and the tornado "
                                      "draw from")),
            Column(self.tr("High"), lambda r: fmt(r.spec, r.high), lambda r: r.high, True),
            Column(self.tr("Certain"), lambda r: "", lambda r: r.fixed,
                   header_tip=self.tr("Held certain: not drawn in the simulation (the value "
                                      "is what you believe, without a range)")),
            Column(self.tr("Default"), lambda r: fmt(r.spec, r.spec.default),
                   lambda r: r.spec.default, True),
            Column(self.tr("Unit"), lambda r: r.spec.unit),
            Column(self.tr("Group"), lambda r: r.spec.group),
            Column(self.tr("Source of the default"), lambda r: r.spec.source,
                   tooltip=lambda r: r.spec.source),
        ]
        self.editable = True

    def set_scenario(self, scenario: Scenario | None, used: ParameterSet | None = None
                     ) -> None:
        self.editable = scenario is not None
        self.set_rows(parameter_rows(scenario, used))

    def row_of(self, key: str) -> int:
        for i, r in enumerate(self._rows):
            if r.spec.key == key:
                return i
        raise KeyError(key)

    def _value_tip(self, r: ParameterRow) -> str:
        if r.overridden:
            return self.tr("Changed in this scenario; the default is %1").replace(
                "%1", numbers.parameter(r.spec, r.spec.default))
        return self.tr("The default (double-click to change)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or not self.editable:
            return flags
        row: ParameterRow = self._rows[index.row()]
        col = index.column()
        if col == VALUE or (col in (LOW, HIGH) and row.rangeable):
            flags |= Qt.ItemFlag.ItemIsEditable
        if col == CERTAIN and row.rangeable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if (role == Qt.ItemDataRole.CheckStateRole and index.isValid()
                and index.column() == CERTAIN and self._rows[index.row()].rangeable):
            return (Qt.CheckState.Checked if self._rows[index.row()].fixed
                    else Qt.CheckState.Unchecked)
        return super().data(index, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role == Qt.ItemDataRole.CheckStateRole and index.isValid()
                and index.column() == CERTAIN):
            row_ = self._rows[index.row()]
            on = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int) \
                else value == Qt.CheckState.Checked
            if on != row_.fixed:
                self.edit_requested.emit(row_.spec.key, "fixed", "1" if on else "0")
            return True
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() not in FIELD_OF:
            return False
        row: ParameterRow = self._rows[index.row()]
        text = str(value).strip()
        if not text or text == self.data(index):
            return False
        self.edit_requested.emit(row.spec.key, FIELD_OF[index.column()], text)
        return True

    def font(self, item: Any, col: int) -> QFont | None:
        if (col == VALUE and item.overridden) or (col in (LOW, HIGH) and item.range_changed):
            return bold_font()
        return None

    def foreground(self, item: Any, col: int) -> Any:
        if (col == VALUE and item.overridden) or (col in (LOW, HIGH) and item.range_changed):
            return tones.CHANGED_FOREGROUND.color()
        return None

    def background(self, item: Any, col: int) -> Any:
        if col == LABEL and item.changed:
            return tones.CHANGED_BACKGROUND.color()
        if (col == VALUE and item.overridden) or (col in (LOW, HIGH) and item.range_changed):
            return tones.CHANGED_BACKGROUND.color()
        return None
