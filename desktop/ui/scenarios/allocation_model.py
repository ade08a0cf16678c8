"""Cost allocation per municipality: what each pays today, and in the scenario split into what
stays local and its shares of the common costs, with its shares of the one-time costs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop.core import formatting
from desktop.core.scenarios import Allocation
from desktop.ui.scenarios.table_model import Column, ColumnsModel, bold_font

SAVING = QColor("#1e7b34")
COST = QColor("#b3261e")
MUNICIPALITY, TODAY, SCENARIO, CHANGE = range(4)


@dataclass(frozen=True)
class Share:
    number: str
    name: str
    today: int
    scenario: int
    local: int
    parts: dict[str, int]
    one_time: dict[str, int]
    total: bool = False

    @property
    def change(self) -> int:
        return self.scenario - self.today


def shares(allocation: Allocation, total_label: str) -> list[Share]:
    rows = [Share(m.number, m.name, m.cost_today, m.cost_scenario, m.local, dict(m.parts),
                  dict(m.one_time)) for m in allocation.municipalities]
    t = allocation.totals
    rows.append(Share("", total_label, t["today"], t["scenario"], t["local"],
                      {k: t[k] for k in ("common_infrastructure", "per_location", "per_user")},
                      {k: t[k] for k in ("one_time", "hourly")}, total=True))
    return rows


def kr(value: int) -> str:
    return formatting.number(value)


class AllocationModel(ColumnsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Municipality"), lambda s: s.name,
                   lambda s: (1, "") if s.total else (0, s.name.casefold())),
            Column(self.tr("Today (kr/year)"), lambda s: kr(s.today), lambda s: s.today, True),
            Column(self.tr("Scenario (kr/year)"), lambda s: kr(s.scenario),
                   lambda s: s.scenario, True),
            Column(self.tr("Change"), lambda s: ("+" if s.change > 0 else "") + kr(s.change),
                   lambda s: s.change, True),
            Column(self.tr("Stays local"), lambda s: kr(s.local), lambda s: s.local, True,
                   header_tip=self.tr("Own staff outside the common unit, licences, bought "
                                      "services and infrastructure not merged")),
            Column(self.tr("Common infrastructure"),
                   lambda s: kr(s.parts["common_infrastructure"]),
                   lambda s: s.parts["common_infrastructure"], True),
            Column(self.tr("Per location"), lambda s: kr(s.parts["per_location"]),
                   lambda s: s.parts["per_location"], True),
            Column(self.tr("Per user"), lambda s: kr(s.parts["per_user"]),
                   lambda s: s.parts["per_user"], True),
            Column(self.tr("One-time: project"), lambda s: kr(s.one_time["one_time"]),
                   lambda s: s.one_time["one_time"], True,
                   header_tip=self.tr("Common project and establishment, over the horizon")),
            Column(self.tr("One-time: migration"), lambda s: kr(s.one_time["hourly"]),
                   lambda s: s.one_time["hourly"], True,
                   header_tip=self.tr("Migration and training of the municipality's own "
                                      "installations that switch")),
        ]
        self.year: int | None = None

    def set_allocation(self, allocation: Allocation | None) -> None:
        self.year = allocation.year if allocation else None
        self.set_rows(shares(allocation, self.tr("Total")) if allocation else [])

    def font(self, item: Any, col: int) -> Any:
        return bold_font() if item.total else None

    def foreground(self, item: Any, col: int) -> Any:
        if col == CHANGE and item.change:
            return SAVING if item.change < 0 else COST
        return None
