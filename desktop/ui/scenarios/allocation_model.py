"""Cost allocation per municipality: what each pays today, and in the scenario split into what
stays local and its shares of the common costs, with its shares of the one-time costs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from desktop.core import formatting
from desktop.core.scenarios import Allocation
from desktop.core.scenarios.allocation import COMPUTED, ESTIMATED, LEFT_OUT
from desktop.ui import tones
from desktop.ui.scenarios.table_model import Column, ColumnsModel, bold_font

MUNICIPALITY, TODAY, SCENARIO, CHANGE = range(4)


@dataclass(frozen=True)
class Share:
    number: str
    name: str
    today: int | None
    scenario: int | None
    local: int | None
    parts: dict[str, int | None]
    one_time: dict[str, int | None]
    total: bool = False
    status: str = COMPUTED
    transition: int | None = None

    @property
    def change(self) -> int | None:
        if self.scenario is None or self.today is None:
            return None
        return self.scenario - self.today


def shares(allocation: Allocation, total_label: str) -> list[Share]:
    rows = [Share(m.number, m.name, m.cost_today, m.cost_scenario, m.local, dict(m.parts),
                  dict(m.one_time), status=m.status, transition=m.transition)
            for m in allocation.municipalities]
    t = allocation.totals
    rows.append(Share("", total_label, t["today"], t["scenario"], t["local"],
                      {k: t[k] for k in ("common_infrastructure", "per_location", "per_user")},
                      {k: t[k] for k in ("one_time", "hourly")}, total=True,
                      transition=0 if allocation.transition_cap is not None else None))
    return rows


def kr(value: int | None) -> str:
    """Whole kroner; a missing amount (a participant left out) as «–», never 0."""
    return "–" if value is None else formatting.number(value)


def signed(value: int | None) -> str:
    return "–" if value is None else ("+" if value > 0 else "") + kr(value)


def order(value: int | None) -> tuple[int, int]:
    """Sort key: missing amounts last."""
    return (1, 0) if value is None else (0, value)


class AllocationModel(ColumnsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Municipality"), self._name,
                   lambda s: (1, "") if s.total else (0, s.name.casefold())),
            Column(self.tr("Today (kr/year)"), lambda s: kr(s.today), lambda s: order(s.today),
                   True),
            Column(self.tr("Scenario (kr/year)"), lambda s: kr(s.scenario),
                   lambda s: order(s.scenario), True),
            Column(self.tr("Change"), lambda s: signed(s.change), lambda s: order(s.change),
                   True),
            Column(self.tr("Stays local"), lambda s: kr(s.local), lambda s: order(s.local), True,
                   header_tip=self.tr("Own staff outside the common unit, licences, bought "
                                      "services and infrastructure not merged")),
            Column(self.tr("Common infrastructure"),
                   lambda s: kr(s.parts["common_infrastructure"]),
                   lambda s: order(s.parts["common_infrastructure"]), True),
            Column(self.tr("Per location"), lambda s: kr(s.parts["per_location"]),
                   lambda s: order(s.parts["per_location"]), True),
            Column(self.tr("Per user"), lambda s: kr(s.parts["per_user"]),
                   lambda s: order(s.parts["per_user"]), True),
            Column(self.tr("One-time: project"), lambda s: kr(s.one_time["one_time"]),
                   lambda s: order(s.one_time["one_time"]), True,
                   header_tip=self.tr("Common project and establishment, over the horizon")),
            Column(self.tr("One-time: migration"), lambda s: kr(s.one_time["hourly"]),
                   lambda s: order(s.one_time["hourly"]), True,
                   header_tip=self.tr("Migration and training of the municipality's own "
                                      "installations that switch")),
        ]
        self.base_columns = list(self.columns)
        self.year: int | None = None

    def set_allocation(self, allocation: Allocation | None) -> None:
        self.year = allocation.year if allocation else None
        columns = list(self.base_columns)
        if allocation is not None and allocation.transition_cap is not None:
            columns.insert(CHANGE + 1, Column(
                self.tr("Transition (kr/year, first %1 years)").replace(
                    "%1", str(allocation.transition_years)),
                lambda s: signed(s.transition), lambda s: order(s.transition), True,
                header_tip=self.tr("Negative: pays less while the transition lasts; "
                                   "positive: its share of paying for that")))
        self.set_columns(columns, shares(allocation, self.tr("Total")) if allocation else [])

    def _name(self, share: Share) -> str:
        if share.status == ESTIMATED:
            return share.name + " " + self.tr("(estimate)")
        if share.status == LEFT_OUT:
            return share.name + " " + self.tr("(left out: no return)")
        return share.name

    def font(self, item: Any, col: int) -> Any:
        return bold_font() if item.total else None

    def foreground(self, item: Any, col: int) -> Any:
        if col == CHANGE and item.change:
            return (tones.SAVING if item.change < 0 else tones.NEGATIVE).color()
        if item.status != COMPUTED:
            return tones.MUTED.color()
        return None
