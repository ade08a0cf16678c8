"""The risk matrix of a scenario's risk register: probability (1–5) across, consequence (1–5)
up, each cell coloured by its score (green low, yellow medium, red high), each risk a
numbered marker in its cell, the numbers listed beside the matrix."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from desktop.core.assessment.risks import Risk
from desktop.core.charts import style

LOW, MEDIUM, HIGH = "#d9f0d3", "#fff2b3", "#f4b6b6"


def cell_colour(probability: int, consequence: int) -> str:
    score = probability * consequence
    return HIGH if score >= 15 else MEDIUM if score >= 8 else LOW


def risk_matrix(risks: Sequence[Risk], figure: Figure | None = None) -> Figure:
    fig = style.new_figure(figure)
    fig.set_layout_engine("none")  # the matrix and its list are placed by hand
    ax = fig.add_axes((0.09, 0.14, 0.42, 0.78))
    for p in range(1, 6):
        for c in range(1, 6):
            ax.add_patch(_cell(p, c))
    placed: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, r in enumerate(risks, start=1):
        placed[(r.probability, r.consequence)].append(i)
    for (p, c), numbers in placed.items():
        n = len(numbers)
        for j, number in enumerate(numbers):
            dx = (j - (n - 1) / 2) * min(0.32, 0.8 / n)
            ax.plot(p + dx, c, "o", markersize=11, color=style.INK, gid=f"risk-{number}")
            ax.text(p + dx, c, str(number), ha="center", va="center", color="white",
                    fontsize=style.TEXT_SIZE, fontweight="bold")
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.tick_params(labelsize=style.TICK_SIZE, length=0)
    ax.set_xlabel("Sannsynlighet", fontsize=style.LABEL_SIZE)
    ax.set_ylabel("Konsekvens", fontsize=style.LABEL_SIZE)
    for spine in ax.spines.values():
        spine.set_visible(False)
    lines = [f"{i}  {style.short(r.title, 48)} ({r.score})" for i, r in enumerate(risks, 1)]
    if not lines:
        lines = ["Ingen risikoer er registrert."]
    fig.text(0.55, 0.92, "\n".join(lines), va="top", ha="left", fontsize=style.TEXT_SIZE,
             color=style.INK, linespacing=1.6)
    return fig


def _cell(p: int, c: int) -> Rectangle:
    return Rectangle((p - 0.5, c - 0.5), 1, 1, facecolor=cell_colour(p, c),
                     edgecolor="white", linewidth=1.5)
