"""Yearly costs of the participants today and in the scenario, by kind, with the one-time
costs and the net saving: one row per line, one column per year (millions of kroner)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.scenarios import COST_KINDS, ONE_TIME_KINDS, ScenarioResult
from desktop.ui import tones
from desktop.ui.scenarios import labels, numbers
from desktop.ui.scenarios.table_model import Column, ColumnsModel, bold_font


@dataclass(frozen=True)
class Line:
    label: str
    values: tuple[float, ...]  # per year; empty for a heading
    style: str = "line"  # line | total | heading

    @property
    def total(self) -> float | None:
        return sum(self.values) if self.values else None


def _year_column(header: str, i: int) -> Column:
    def text(x: Line) -> str:
        return numbers.millions(x.values[i]) if x.values else ""

    def sort(x: Line) -> float | None:
        return x.values[i] if x.values else None

    return Column(header, text, sort, True)


class YearsModel(ColumnsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.set_result(None)

    def set_result(self, result: ScenarioResult | None) -> None:
        years = result.years if result is not None else ()
        columns = [Column(self.tr("million NOK"), lambda x: x.label, lambda x: None)]
        for i, year in enumerate(years):
            columns.append(_year_column(str(year), i))
        if years:
            columns.append(Column(self.tr("Sum"), lambda x: numbers.millions(x.total),
                                  lambda x: x.total, True))
        rows = self.lines(result) if result is not None else []
        self.set_columns(columns, rows)

    def lines(self, result: ScenarioResult) -> list[Line]:
        def kinds(rows: tuple[Any, ...], keys: Any, label: Any) -> list[Line]:
            out = [Line("   " + label(k), tuple(getattr(r, k) for r in rows)) for k in keys]
            return [x for x in out if any(abs(v) > 0.5 for v in x.values)]

        base, scen, once = result.baseline, result.costs, result.one_time
        net = tuple(b.total - s.total - o.total for b, s, o in zip(base, scen, once, strict=True))
        cumulative = []
        running = 0.0
        for v in net:
            running += v
            cumulative.append(running)
        return [
            Line(self.tr("Today (the participants)"), (), "heading"),
            *kinds(base, COST_KINDS, labels.cost_kind),
            Line(self.tr("Running cost today"), tuple(b.total for b in base), "total"),
            Line(self.tr("Scenario"), (), "heading"),
            *kinds(scen, COST_KINDS, labels.cost_kind),
            Line(self.tr("Running cost in the scenario"), tuple(s.total for s in scen), "total"),
            Line(self.tr("One-time costs"), (), "heading"),
            *kinds(once, ONE_TIME_KINDS, labels.one_time_kind),
            Line(self.tr("One-time costs, total"), tuple(o.total for o in once), "total"),
            Line(self.tr("Result"), (), "heading"),
            Line(self.tr("Net saving (today − scenario − one-time)"), net, "total"),
            Line(self.tr("Cumulative net saving"), tuple(cumulative), "line"),
        ]

    def font(self, item: Any, col: int) -> Any:
        return bold_font() if item.style in ("total", "heading") else None

    def background(self, item: Any, col: int) -> Any:
        return tones.HEADER_BACKGROUND.color() if item.style == "heading" else None

    def foreground(self, item: Any, col: int) -> Any:
        if col > 0 and item.values:
            value = item.values[col - 1] if col - 1 < len(item.values) else item.total
            if value is not None and value < -0.5 and item.style == "total":
                return tones.NEGATIVE.color()
        return None
