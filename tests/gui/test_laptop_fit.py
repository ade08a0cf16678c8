"""A 1366×768 laptop at 150 % scaling leaves the window about 910×512 logical pixels: the
main window fits on it, and on every tab (each page of «Scenarier» and each tab of the
scenario editor too) no label, button, tab, column title or filter field is cut, the leading
columns of a table are in view and no pane is narrower than a usable width
(desktop/ui/views/fit.py). The dialogs open no larger than the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.views import fit
from tests.gui.scenario_support import wait_idle

LAPTOP = (910, 512)  # 1366×768 at 150 %, in logical pixels


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"), scenarios=True)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen is the laptop's (the offscreen screen is 800×600)."""
    monkeypatch.setattr(fit, "available", lambda _widget=None: QRect(0, 0, *LAPTOP))


def _settle(qtbot: Any, ms: int = 30) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)


def tour(win: Any, qtbot: Any) -> Iterator[str]:
    """Shows every tab of the window in turn; yields each screen's name once shown."""
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        widget = win.tabs.widget(i)
        if widget is win.catalogue:
            c = win.catalogue.controller
            qtbot.waitUntil(lambda c=c: not c.busy and c.snapshot is not None, timeout=60000)
        if widget is win.scenarios:
            view = win.scenarios
            wait_idle(qtbot, view, timeout=60000)
            if view.controller.current is None:  # the demo's first scenario, computed
                view.controller.select(next(iter(view.controller.scenarios)))
                wait_idle(qtbot, view, timeout=60000)
            assert view.controller.evaluation is not None
            for j in range(view.pages.count()):
                view.pages.setCurrentIndex(j)
                if j == 1:
                    for k in range(view.editor_tabs.count()):
                        view.editor_tabs.setCurrentIndex(k)
                        _settle(qtbot)
                        yield f"Scenarier/{view.editor_tabs.tabText(k)}"
                        panes = getattr(view, "work_panes", None)
                        # on tabs, the results are not drawn over the editor
                        assert panes is None or not panes.tabbed or not view.results.isVisible()
                    panes = getattr(view, "work_panes", None)
                    if panes is not None and panes.tabbed:  # the results on a tab of their own
                        panes.show_pane(1)
                        _settle(qtbot)
                        yield "Scenarier/resultater"
                        panes.show_pane(0)
                    continue
                if view.pages.widget(j) is view.comparison:  # two scenarios side by side
                    view.comparison.set_checked(list(view.controller.scenarios)[:2])
                    c = view.controller
                    qtbot.waitUntil(lambda c=c: len(c.comparison) == 2, timeout=60000)
                _settle(qtbot)
                yield f"Scenarier/{view.pages.tabText(j)}"
            continue
        _settle(qtbot)
        yield win.tabs.tabText(i)


def test_main_window_fits_a_laptop_at_150_percent(qtbot: Any, demo: Path, laptop: None
                                                   ) -> None:
    from desktop.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.importer.show_results = False
    need = win.minimumSizeHint()
    assert need.width() <= LAPTOP[0] and need.height() <= LAPTOP[1], need
    assert win.open_project(demo)
    win.resize(*LAPTOP)
    win.show()
    _settle(qtbot)
    assert (win.width(), win.height()) == LAPTOP  # the layouts let it be that small
    found: list[str] = []
    seen = []
    for screen in tour(win, qtbot):
        seen.append(screen)
        assert (win.width(), win.height()) == LAPTOP, screen
        found += fit.problems(win, screen)
    assert len(seen) >= 12
    assert not found, "\n".join(found)
    win.close()


def _dialogs(win: Any, demo: Path) -> list[QWidget]:
    from desktop.ui.dialogs.new_project import NewProjectDialog
    from desktop.ui.guide import GuideDialog, guide_path
    from desktop.ui.reports.dialog import ReportDialog

    return [NewProjectDialog(parent=win), ReportDialog(demo, "Knutepunkt Sørlandet", win),
            GuideDialog(guide_path(), win)]


def test_dialogs_open_within_a_laptop_screen(qtbot: Any, demo: Path, laptop: None) -> None:
    from desktop.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(*LAPTOP)
    win.show()
    found: list[str] = []
    for dialog in _dialogs(win, demo):
        qtbot.addWidget(dialog)
        dialog.show()
        _settle(qtbot)
        assert dialog.width() <= LAPTOP[0] and dialog.height() <= LAPTOP[1] - 30, \
            (type(dialog).__name__, dialog.size())
        found += fit.problems(dialog, type(dialog).__name__)
        dialog.close()
    assert not found, "\n".join(found)
    win.close()


def test_panes_go_on_tabs_when_too_narrow_and_back(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.ui.views.panes import AdaptivePanes

    panes = AdaptivePanes("work")
    qtbot.addWidget(panes)
    left, right = QLabel("editor"), QLabel("results")
    panes.add(left, "Scenario", 400)
    panes.add(right, "Resultater", 400)
    panes.resize(1000, 300)
    panes.show()
    _settle(qtbot)
    assert not panes.tabbed and left.isVisible() and right.isVisible()
    panes.resize(600, 300)  # a laptop at 150 %: one pane at a time, the full width
    _settle(qtbot)
    assert panes.tabbed and left.isVisible() and not right.isVisible()
    assert left.width() > 500
    panes.show_pane(1)
    _settle(qtbot)
    assert right.isVisible() and not left.isVisible()
    panes.resize(1000, 300)
    _settle(qtbot)
    assert not panes.tabbed and left.isVisible() and right.isVisible()
    assert panes.minimumSizeHint().width() < 800  # the window may be narrow enough for tabs


def test_text_columns_give_way_to_the_values(qtbot: Any) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from desktop.ui.views.table_view import DataTableView

    model = QStandardItemModel(30, 3)  # more rows than fit: a vertical scroll bar comes
    for r in range(30):
        model.setItem(r, 0, QStandardItem("A long name of a service area, and then some " * 2))
        model.setItem(r, 1, QStandardItem("1 234 567 kr"))
        model.setItem(r, 2, QStandardItem("Why: a justification in words " * 3))
    table = DataTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(420, 300)
    table.show()
    table.fit_columns(600)
    table.set_elastic((2, 0))
    _settle(qtbot)
    value = table.fontMetrics().horizontalAdvance("1 234 567 kr")
    header = table.horizontalHeader()
    for width in range(400, 431, 3):  # not a pixel over at any width (no scroll bar for it)
        table.resize(width, 300)
        _settle(qtbot, 5)
        assert table.columnWidth(1) >= value  # the value whole
        assert header.length() <= table.viewport().width(), width  # every column in view
        assert not table.horizontalScrollBar().isVisible(), width
    table.resize(900, 300)  # room to spare goes to the first text column
    _settle(qtbot)
    assert header.length() == table.viewport().width()
