"""«Dagens situasjon»: one row per figure, one column per municipality and the total. A figure
a municipality did not give is shown as missing, and a total says for how many it is
missing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.questionnaire.spec import IT_FUNCTIONS
from desktop.core.scenarios import Baseline
from desktop.core.scenarios.baseline import KEY_FIGURES
from desktop.core.scenarios.figures import BASELINE_COST_KINDS, MISSING, Figure
from desktop.core.scenarios.today import CostToday
from desktop.ui import tones
from desktop.ui.scenarios import labels, numbers
from desktop.ui.scenarios.table_model import Column, ColumnsModel, bold_font, italic_font

Getter = Callable[[Any], Figure]


@dataclass(frozen=True)
class Metric:
    label: str
    of: Getter | None  # None: a heading
    decimals: int = 0
    total_of: Getter | None = None  # when the total is read differently (default: of)
    flags: bool = False


def _count(n: int) -> Figure:
    return Figure(float(n), 0, 1)


def _item(attribute: str, key: str) -> Getter:
    def get(owner: Any) -> Figure:
        return getattr(owner, attribute)[key]  # type: ignore[no-any-return]
    return get


class BaselineModel(ColumnsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.baseline: Baseline | None = None
        self.cost_today: CostToday | None = None
        self.set_baseline(None)

    def set_baseline(self, baseline: Baseline | None, cost_today: CostToday | None = None
                     ) -> None:
        """The baseline as reported; `cost_today` adds the model's cost today (what every
        scenario of all who answered starts from), per municipality and in total."""
        self.baseline = baseline
        self.cost_today = cost_today
        columns = [Column(self.tr("Figure"), lambda x: x.label, lambda x: None)]
        if baseline is not None:
            for mb in baseline.municipalities:
                tip = mb.number + ("" if mb.answered else " – " + self.tr("has not answered"))
                columns.append(self._column(mb.name, mb, False, tip))
            columns.append(self._column(self.tr("Total"), baseline.total, True, ""))
        self.set_columns(columns, self.metrics() if baseline is not None else [])

    def metrics(self) -> list[Metric]:
        m = Metric
        rows = [
            m(self.tr("Municipality"), None),
            m(self.tr("Inhabitants (as reported)"), lambda r: r.facts["inhabitants"]),
            m(self.tr("Municipal employees (FTE)"), lambda r: r.facts["employees_fte"]),
            m(self.tr("IT users"), lambda r: r.facts["it_users"]),
            m(self.tr("Systems"), None),
            m(self.tr("Installations in use"), lambda r: r.installations),
            m(self.tr("Distinct systems"), lambda r: r.distinct_systems),
            m(self.tr("Infrastructure"), None),
            m(self.tr("Physical servers"), lambda r: r.facts["physical_servers"]),
            m(self.tr("Virtual servers"), lambda r: r.facts["virtual_servers"]),
            m(self.tr("Data rooms"), lambda r: r.facts["data_rooms"]),
            m(self.tr("Clients"), lambda r: r.facts["clients"]),
            m(self.tr("Locations"), lambda r: r.facts["locations"]),
            m(self.tr("IT staff (FTE)"), None),
            m(self.tr("IT FTE, total"), lambda r: r.it_fte, 1),
        ]
        rows += [m("   " + f, _item("fte_by_function", f), 1) for f in IT_FUNCTIONS]
        rows.append(m(self.tr("IT cost (kr/year)"), None))
        rows += [m("   " + labels.cost_kind(k), _item("cost_by_kind", k))
                 for k in BASELINE_COST_KINDS]
        rows.append(m(self.tr("IT cost, total"), lambda r: r.it_cost))
        if self.cost_today is not None:
            rows.append(m(self.tr("IT cost in the scenarios (with estimates where missing)"),
                          self._model_cost))
        rows.append(m(self.tr("Key figures"), None))
        rows += [m(labels.key_figure(k), _item("key_figures", k),
                   0 if k.startswith("it_cost") or k == "users_per_support_fte" else 1)
                 for k in KEY_FIGURES]
        rows.append(m(self.tr("Vulnerability"), None))
        rows.append(m(self.tr("Vulnerability flags"), lambda r: _count(len(r.flags)),
                      total_of=lambda t: _count(t.flags), flags=True))
        return rows

    def _model_cost(self, owner: Any) -> Figure:
        today = self.cost_today
        if today is None:
            return MISSING
        if hasattr(owner, "number"):
            value = today.by_municipality.get(owner.number)
            return MISSING if value is None else Figure(float(value), 0, 1)
        n = len(today.by_municipality) + len(today.not_answered)
        return Figure(float(today.total), len(today.not_answered), max(n, 1))

    def _column(self, header: str, owner: Any, total: bool, tip: str) -> Column:
        def text(x: Metric) -> str:
            return self._text(x, owner, total)

        def tooltip(x: Metric) -> str | None:
            return self._tip(x, owner, total)

        return Column(header, text, lambda x: None, True, tooltip=tooltip, header_tip=tip)

    def figure(self, metric: Metric, owner: Any, total: bool) -> Figure | None:
        getter = metric.total_of if total and metric.total_of is not None else metric.of
        return None if getter is None else getter(owner)

    def _text(self, metric: Metric, owner: Any, total: bool) -> str:
        value = self.figure(metric, owner, total)
        return "" if value is None else numbers.figure(value, metric.decimals)

    def _tip(self, metric: Metric, owner: Any, total: bool) -> str | None:
        if metric.flags and not total and owner.flags:
            return "\n".join(f.text for f in owner.flags)
        value = self.figure(metric, owner, total)
        if value is None or not value.missing:
            return None
        if value.value is None:
            return self.tr("Not given in the questionnaire (not counted as 0)")
        return self.tr("The known parts add up to this; %1 of %2 are missing").replace(
            "%1", str(value.missing)).replace("%2", str(value.of))

    def font(self, item: Any, col: int) -> Any:
        if item.of is None:
            return bold_font()
        if col > 0 and self._missing(item, col):
            return italic_font()
        return bold_font() if col == len(self.columns) - 1 else None

    def _missing(self, item: Metric, col: int) -> bool:
        if self.baseline is None:
            return False
        munis = self.baseline.municipalities
        total = col == len(munis) + 1
        owner = self.baseline.total if total else munis[col - 1]
        value = self.figure(item, owner, total)
        return value is not None and value.missing > 0

    def foreground(self, item: Any, col: int) -> Any:
        return tones.MISSING_FOREGROUND.color() if col > 0 and self._missing(item, col) else None

    def background(self, item: Any, col: int) -> Any:
        if item.of is None:
            return tones.HEADER_BACKGROUND.color()
        if item.flags and col > 0 and self.baseline is not None:
            munis = self.baseline.municipalities
            if col <= len(munis) and munis[col - 1].flags:
                return tones.FLAG_BACKGROUND.color()
        return None
