"""Installations, systems, servers, data rooms and IT FTE today and after, as small
multiples."""

from __future__ import annotations

import pytest

from desktop.core.charts import before_after, style
from tests.unit.charts.results import legend_texts, named, three
from tests.unit.scenarios.data import A


def panels(fig):  # type: ignore[no-untyped-def]
    return {ax.get_title(): ax for ax in fig.axes if ax.get_gid() == "metric"}


def bars(ax):  # type: ignore[no-untyped-def]
    return [(p.get_height(), p.get_facecolor()) for p in ax.patches if p.get_gid() == "bar"]


def test_five_panels_with_today_and_each_scenario() -> None:
    results = three()
    fig = before_after(results)
    by_title = panels(fig)
    assert list(by_title) == ["Installasjoner", "Ulike fagsystemer", "Fysiske servere",
                              "Datarom", "IT-årsverk*"]
    heights = [h for h, _ in bars(by_title["Installasjoner"])]
    assert heights == [6, 6, 6, 3]  # today; level 1 and 2 keep six; level 3 one per slot
    assert [h for h, _ in bars(by_title["Ulike fagsystemer"])] == [4, 4, 4, 3]
    texts = legend_texts(fig)
    assert texts[0] == "I dag" and texts[1:] == ["Rammeavtaler", "Felles drift",
                                                   "Felles fagsystemer"]


def test_a_value_the_level_leaves_out_is_a_dash() -> None:
    fig = before_after(three())
    servers = panels(fig)["Fysiske servere"]
    # level 1 does not consolidate servers: no bar, a dash instead; levels 2 and 3 keep
    # max(3 hosts × 2 data rooms, ⌈72 / 25⌉) = 6
    assert [h for h, _ in bars(servers)] == [10, 6, 6]
    assert "–" in [t.get_text() for t in servers.texts]
    fte = panels(fig)["IT-årsverk*"]
    # today 9 FTE; level 2 (default ratios, weight 1, no on-call minimum): workload
    # 1 800 / 600 + 1 200 / 800 + 72 / 60 + 30 / 40 + 4 / 20 = 6,65, one leader, and
    # 2 × 0,5 that stay in the municipalities: 8,65
    assert bars(fte)[0][0] == 9
    assert bars(fte)[1][0] == pytest.approx(6.65 + 1 + 1)
    assert "9" in [t.get_text() for t in fte.texts]
    assert [t.get_text() for t in fte.texts].count("–") == 1  # level 1 has no pooling


def test_other_participants_get_their_own_today() -> None:
    fig = before_after([named("Begge", 2), named("Bare Aby", 2, (A,))])
    installations = bars(panels(fig)["Installasjoner"])
    grey = [h for h, c in installations if c[:3] == pytest.approx(
        tuple(int(style.BASELINE[i:i + 2], 16) / 255 for i in (1, 3, 5)))]
    assert grey == [6, 3]  # A and B today; A alone today
