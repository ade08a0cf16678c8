"""2–4 scenarios side by side: one row per key number, one column per scenario."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.scenarios.evaluation import ScenarioEvaluation as Evaluation
from desktop.core.scenarios.key_numbers import KeyNumbers
from desktop.ui import tones
from desktop.ui.scenarios import labels, numbers
from desktop.ui.scenarios.table_model import Column, ColumnsModel, bold_font


@dataclass(frozen=True)
class Row:
    label: str
    text: Callable[[Evaluation], str] | None  # None: a heading
    strong: bool = False


def _summary(key: str, decimals: int = 0) -> Callable[[Evaluation], str]:
    def text(e: Evaluation) -> str:
        value = e.result.summary.get(key) if e.result else None
        return numbers.missing() if value is None else numbers.plain(value, decimals)
    return text


def _before_after(key: str, decimals: int = 0) -> Callable[[Evaluation], str]:
    before, after = _summary(f"{key}_today", decimals), _summary(f"{key}_after", decimals)
    return lambda e: f"{before(e)} → {after(e)}"


def _column(e: Evaluation) -> Column:
    def text(r: Row) -> str:
        return r.text(e) if r.text is not None else ""

    def tooltip(r: Row) -> str | None:
        return r.text(e) if r.text is not None else None

    return Column(e.scenario.name, text, lambda r: None, tooltip=tooltip)


class ComparisonModel(ColumnsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.set_evaluations(())

    def set_evaluations(self, evaluations: tuple[Evaluation, ...]) -> None:
        columns = [Column("", lambda r: r.label, lambda r: None)]
        columns += [_column(e) for e in evaluations]
        self.set_columns(columns, self.rows() if evaluations else [])

    def rows(self) -> list[Row]:
        """Every figure from the evaluation's key numbers (key_numbers.py): the same values,
        rounded the same way, as the report, the workbook and the JSON."""
        def key(fn: Callable[[KeyNumbers], str]) -> Callable[[Evaluation], str]:
            return lambda e: fn(e.numbers) if e.result is not None else (e.error or "")

        def mc(fn: Callable[[KeyNumbers], str]) -> Callable[[Evaluation], str]:
            return lambda e: (fn(e.numbers) if e.result is not None
                              and e.monte_carlo is not None else "")

        def before_after(today: Callable[[KeyNumbers], float | None],
                         after: Callable[[KeyNumbers], float | None],
                         decimals: int = 0) -> Callable[[Evaluation], str]:
            def text(k: KeyNumbers) -> str:
                a, b = today(k), after(k)
                return (f"{numbers.missing() if a is None else numbers.plain(a, decimals)} → "
                        f"{numbers.missing() if b is None else numbers.plain(b, decimals)}")
            return key(text)

        def names(e: Evaluation) -> str:
            if e.result is None:
                return ""
            k = e.numbers
            parts = [", ".join(k.left_out) + " " + self.tr("(left out: no return)")
                     if k.left_out else "",
                     ", ".join(k.estimated) + " " + self.tr("(estimated)")
                     if k.estimated else ""]
            return "; ".join(p for p in parts if p) or "–"

        return [
            Row(self.tr("Scenario"), None),
            Row(self.tr("Cooperation level"), lambda e: labels.level(e.scenario.level)),
            Row(self.tr("Organisation form"),
                lambda e: labels.organisation(e.scenario.organisation_form)),
            Row(self.tr("Participants"), lambda e: str(len(e.scenario.participants))),
            Row(self.tr("Participants without a return"), names),
            Row(self.tr("Economy (present value over the horizon)"), None),
            Row(self.tr("Net present value (NPV)"), key(lambda k: numbers.money(k.npv)), True),
            Row(self.tr("90 % chance of at least (P10)"), mc(lambda k: numbers.money(k.p10))),
            Row(self.tr("Median (P50)"), mc(lambda k: numbers.money(k.p50))),
            Row(self.tr("10 % chance of more than (P90)"),
                mc(lambda k: numbers.money(k.p90))),
            Row(self.tr("Chance that it saves money"),
                mc(lambda k: f"{numbers.plain((k.probability_positive or 0) * 100, 0)} %")),
            Row(self.tr("Payback year"), key(lambda k: str(k.payback_year) if k.payback_year
                                        else self.tr("not within the horizon")), True),
            Row(self.tr("One-time costs, total"), key(lambda k: numbers.money(k.one_time_total))),
            Row(self.tr("One-time costs: steering frame (P50)"),
                mc(lambda k: numbers.money(k.one_time_p50))),
            Row(self.tr("One-time costs: cost frame (P85)"),
                mc(lambda k: numbers.money(k.one_time_p85))),
            Row(self.tr("Running cost today (per year)"),
                key(lambda k: numbers.money(k.cost_today))),
            Row(self.tr("Running cost in the scenario, last year"),
                key(lambda k: numbers.money(k.cost_after))),
            Row(self.tr("Before → after"), None),
            Row(self.tr("IT FTE in management, operations and support"),
                before_after(lambda k: k.it_fte_today, lambda k: k.it_fte_after, 1)),
            Row(self.tr("Physical servers"), _before_after("physical_servers")),
            Row(self.tr("Data rooms"), _before_after("data_rooms")),
            Row(self.tr("Installations"),
                before_after(lambda k: k.installations_today, lambda k: k.installations_after)),
            Row(self.tr("Distinct systems"),
                before_after(lambda k: k.systems_today, lambda k: k.systems_after)),
            Row(self.tr("Installations that switch system"), _summary("installations_switching")),
        ]

    def font(self, item: Any, col: int) -> Any:
        return bold_font() if item.text is None or item.strong else None

    def background(self, item: Any, col: int) -> Any:
        return tones.HEADER_BACKGROUND.color() if item.text is None else None
