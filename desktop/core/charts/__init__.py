"""Charts of scenario results, free of Qt: each function draws into a matplotlib `Figure`
(a new one of 16 × 9 cm, or the one given, cleared) and returns it. The app shows it on a
FigureCanvasQTAgg; reports save it as SVG or PDF. Only `matplotlib.figure.Figure` is used,
never pyplot, so drawing is safe off the GUI thread and needs no backend.

    fig = yearly_costs([result_a, result_b])
    fig.savefig("kostnader.svg")
"""

from desktop.core.charts import _import  # noqa: F401 (first: matplotlib imports faster)
from desktop.core.charts.before_after import before_after
from desktop.core.charts.cash_flow import cash_flow
from desktop.core.charts.npv_distribution import npv_distribution
from desktop.core.charts.risk_matrix import risk_matrix
from desktop.core.charts.tornado import tornado
from desktop.core.charts.yearly_costs import yearly_costs

__all__ = ["before_after", "cash_flow", "npv_distribution", "risk_matrix", "tornado",
           "yearly_costs"]
