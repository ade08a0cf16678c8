"""The four scenario charts together: yearly cost, cumulative cash flow, before/after and the
tornado (or, in the comparison, the spread of the net present value)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.core.scenarios.evaluation import ScenarioEvaluation as Evaluation
from desktop.ui.scenarios.charts import ChartView


class ChartGrid(QWidget):
    def __init__(self, prefix: str, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yearly = ChartView(f"{prefix}YearlyChart")
        self.cash_flow = ChartView(f"{prefix}CashFlowChart")
        self.before_after = ChartView(f"{prefix}BeforeAfterChart")
        self.tornado = ChartView(f"{prefix}TornadoChart")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, view in enumerate(self.views()):
            grid.addWidget(view, i // columns, i % columns)

    def views(self) -> tuple[ChartView, ...]:
        return (self.yearly, self.cash_flow, self.before_after, self.tornado)

    def show_evaluations(self, evaluations: Sequence[Evaluation], tornado_of: int = 0) -> None:
        """Charts of these scenarios; the tornado of the one at `tornado_of` when it is
        complete, else the spread of its NPV."""
        results = [e.result for e in evaluations if e.result is not None]
        waiting = self.tr("Computing…")
        if not results:
            for view in self.views():
                view.set_chart(None, waiting if evaluations else "")
            return
        self.yearly.set_chart(lambda c, f: c.yearly_costs(results, figure=f))
        self.cash_flow.set_chart(lambda c, f: c.cash_flow(results, figure=f))
        self.before_after.set_chart(lambda c, f: c.before_after(results, figure=f))
        chosen = evaluations[tornado_of] if tornado_of < len(evaluations) else None
        if chosen is None or not chosen.complete or chosen.result is None:
            self.tornado.set_chart(None, waiting)
        else:
            title = self.tr("What moves the NPV most: %1").replace("%1", chosen.scenario.name)
            bars = chosen.tornado
            self.tornado.set_chart(lambda c, f: c.tornado(bars, title=title, figure=f))
