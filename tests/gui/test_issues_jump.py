"""The issues view: filter by severity and text, and jump from an issue to its data row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.project.results import IssueRow
from desktop.ui.models.roles import ROW_ROLE
from tests.gui.conftest import import_and_wait


def test_filter_by_severity_and_jump_to_the_row(qtbot: Any, window: Any, filled: Path) -> None:
    import_and_wait(qtbot, window, [filled])
    window.tabs.setCurrentWidget(window.issues)
    view = window.issues
    total = view.proxy.rowCount()
    assert total >= 3
    view.set_severity("info")
    assert 0 < view.proxy.rowCount() < total
    assert all(view.proxy.index(r, 0).data() == "Info" for r in range(view.proxy.rowCount()))
    view.set_severity(None)
    view.search.setText("ca. 200")
    assert view.proxy.rowCount() == 1
    index = view.proxy.index(0, 0)
    issue = index.data(ROW_ROLE)
    assert issue.cell == "F3"
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter jumps
    systems = window.records["installation"]
    assert window.tabs.currentWidget() is systems
    selected = systems.table.selectionModel().selectedRows()
    assert len(selected) == 1
    record = selected[0].data(ROW_ROLE)
    assert record["name"] == "Gerica" and record["row"] == 3


def test_jump_finds_a_row_hidden_by_the_data_filter(qtbot: Any, window: Any,
                                                    filled: Path) -> None:
    import_and_wait(qtbot, window, [filled])
    systems = window.records["installation"]
    systems.search.setText("Visma")
    issue = next(i for i in window.issues.model._rows if i.cell == "I4")
    assert window.jump_to_issue(issue)
    assert systems.search.text() == ""
    assert systems.table.selectionModel().selectedRows()[0].data(ROW_ROLE)["row"] == 4


def test_issue_without_a_data_row_shows_details(window: Any) -> None:
    issue = IssueRow("x.xlsx", "Kommune", "B4", "mange", "Ikke et tall", "error", "bad",
                     "4216", "Birkenes")
    before = window.tabs.currentIndex()
    assert not window.jump_to_issue(issue)
    assert window.tabs.currentIndex() == before
    text = window.issues.details.text()
    assert "Ikke et tall" in text and "«mange»" in text and "ingen rad i datafanene" in text
