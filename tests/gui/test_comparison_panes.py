"""The comparison on a laptop: its table above its charts left each a strip (three rows of the
table, the charts cut at the bottom, the net present value off screen at 150 %). Below the
height both need they are on two tabs, each the full height; above it one above the other."""

from __future__ import annotations

from typing import Any

from desktop.ui.scenarios.comparison_view import ComparisonView


def test_table_and_charts_go_on_tabs_when_the_height_is_short(qtbot: Any) -> None:
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitUntil(lambda: view.panes.height() > 0)
    assert not view.panes.tabbed, "room for both: the table above the charts"
    view.resize(1100, 520)
    qtbot.waitUntil(lambda: view.panes.tabbed)
    tabs = view.panes.tab_widget
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Tabell", "Diagrammer"]
    assert view.table.isVisible() and view.table.height() > view.panes.height() - 60
    view.panes.show_pane(1)
    assert view.charts.isVisible() and not view.table.isVisible()
    view.resize(1100, 900)
    qtbot.waitUntil(lambda: not view.panes.tabbed)
    assert view.table.isVisible() and view.charts.isVisible()
