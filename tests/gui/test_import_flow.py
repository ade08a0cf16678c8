"""Importing through the worker thread; the views update from the results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.core.project.changes import Data
from desktop.core.project.results import Outcome, ReturnStatus
from desktop.core.questionnaire.spec import IDENTITY_SHEET
from desktop.ui.dialogs.import_results import ImportResultsDialog
from desktop.ui.workers.executor import app_executor
from desktop.ui.workers.import_worker import run_import, start_import
from tests.gui.conftest import import_and_wait


def _status(win: Any, number: str) -> Any:
    return next(p for p in win.participants.model.rows() if p.number == number)


def test_worker_imports_on_its_own_connection_and_announces_the_change(
        qtbot: Any, factory: Any, filled: Path) -> None:
    progress: list[tuple[int, int, str]] = []
    results: list[Any] = []
    announced: list[Any] = []
    app_executor().changed.connect(announced.append)
    try:
        with qtbot.waitSignal(app_executor().changed, timeout=30000):
            start_import(factory.path, [filled], progressed=lambda d, t, n: progress.append(
                (d, t, n)), finished=results.extend)
        qtbot.waitUntil(lambda: bool(results))
    finally:
        app_executor().changed.disconnect(announced.append)
    [result] = results
    assert result.outcome is Outcome.IMPORTED and result.municipality == "4216"
    assert progress[0] == (0, 1, "birkenes.xlsx") and progress[-1][0] == 1
    [changes] = announced
    assert Data.RETURNS in changes.kinds and changes.ids_of(Data.RETURNS) == {"4216"}
    assert changes.origin == "import"


def test_cancelled_before_start_imports_nothing(factory: Any, filled: Path) -> None:
    factory.api.take_changes()  # writing the questionnaire marked it as sent
    results = run_import(factory.api, [filled], None, lambda *a: None, lambda: True)
    assert results == []
    assert not factory.api.take_changes()


def test_import_updates_participants_and_issues(qtbot: Any, window: Any, filled: Path) -> None:
    window.commands.write_templates_to(filled.parent.parent / "ut")
    qtbot.waitUntil(lambda: _status(window, "4216").status is ReturnStatus.SENT, timeout=10000)
    [result] = import_and_wait(qtbot, window, [filled])
    assert result.outcome is Outcome.IMPORTED
    birkenes = _status(window, "4216")
    assert birkenes.status is ReturnStatus.IMPORTED_WITH_ISSUES
    assert birkenes.installations == 3
    assert window.issues.model.rowCount() > 0
    assert not window.issues.empty.is_empty
    assert window.records["installation"].model.rowCount() == 3


def test_results_dialog_lists_outcomes_and_changes(qtbot: Any, window: Any, factory: Any,
                                                   filled: Path) -> None:
    import_and_wait(qtbot, window, [filled])
    from tests.gui.data import SYSTEMS

    again = factory.filled("4216", "birkenes-v2.xlsx", installation=SYSTEMS[:1])
    [result] = import_and_wait(qtbot, window, [again])
    assert result.outcome is Outcome.REPLACED
    dialog = ImportResultsDialog([result], window.participants.model.rows(), window)
    qtbot.addWidget(dialog)
    top = dialog.model.item(0, 0)
    assert top.text() == "Erstattet tidligere svar"
    children = [dialog.model.item(0, 0).child(r, 3).text() for r in range(top.rowCount())]
    assert any("Fjernet fagsystem: Gerica" in c for c in children), children


def test_unmatched_file_can_be_given_its_municipality(qtbot: Any, window: Any, factory: Any,
                                                      monkeypatch: Any) -> None:
    from tests.gui.data import SYSTEMS

    path = factory.filled("4218", "uten-id.xlsx", installation=SYSTEMS[:1])
    wb = load_workbook(path)
    del wb[IDENTITY_SHEET]
    del wb["Kommune"]
    wb.save(path)
    [result] = import_and_wait(qtbot, window, [path])
    assert result.outcome is Outcome.REJECTED
    dialog = window.importer.show_results_dialog([result])
    assert dialog.choose_button.isEnabled()
    assert "Velg kommune" in dialog.model.item(0, 3).text()
    monkeypatch.setattr("desktop.ui.dialogs.import_results.QInputDialog.getItem",
                        lambda *a, **k: ("Iveland (4218)", True))
    with qtbot.waitSignal(window.importer.imported, timeout=30000) as blocker:
        dialog.choose_municipality()
    [again] = blocker.args[0]
    assert again.outcome is Outcome.IMPORTED and again.matched_by == "user"
    assert _status(window, "4218").status is not ReturnStatus.SENT
