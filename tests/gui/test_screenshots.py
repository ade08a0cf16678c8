"""Renders the main window on each tab with the demo project (and the dialogs) to
/tmp/gui-shots (or $SAMDRIFT_SHOTS) so a person can look at them; checks the basics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs.import_results import ImportResultsDialog
from desktop.ui.dialogs.new_project import NewProjectDialog
from desktop.ui.main_window import MainWindow

TAB_NAMES = ["deltakere", "avvik", "fagsystemer", "bemanning", "kjopte-tjenester",
             "infrastruktur"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


def _settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(50)


def test_main_window_tabs(qtbot: Any, demo: Path, shots_dir: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 820)
    win.show()
    assert win.open_project(demo)
    for i, name in enumerate(TAB_NAMES):
        win.tabs.setCurrentIndex(i)
        _settle(qtbot)
        assert win.grab().save(str(shots_dir / f"main-{i + 1}-{name}.png"))
    assert win.participants.model.rowCount() == 7
    assert win.records["installation"].model.rowCount() > 20
    assert not win.issues.empty.is_empty
    win.close()


def test_welcome_and_dialogs(qtbot: Any, demo: Path, shots_dir: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    _settle(qtbot)
    assert win.grab().save(str(shots_dir / "welcome.png"))

    dialog = NewProjectDialog(parent=win)
    qtbot.addWidget(dialog)
    dialog.name.setText("IT-samarbeid Agder")
    dialog.picker.search.setText("søg")
    dialog.picker.add_rows([0])
    dialog.picker.search.setText("Kristiansand")
    dialog.show()
    _settle(qtbot)
    assert dialog.grab().save(str(shots_dir / "new-project.png"))

    win.open_project(demo)
    svar = demo.parent / "Svar"
    results = win.project.import_files([svar])  # everything already imported: unchanged
    results_dialog = ImportResultsDialog(results, win.participants.model.rows(), win)
    qtbot.addWidget(results_dialog)
    results_dialog.show()
    _settle(qtbot)
    assert results_dialog.grab().save(str(shots_dir / "import-results.png"))
    win.close()


def test_import_results_with_changes_and_a_rejected_file(qtbot: Any, window: Any, factory: Any,
                                                         filled: Path, shots_dir: Path) -> None:
    from openpyxl import load_workbook

    from desktop.core.questionnaire.spec import IDENTITY_SHEET
    from tests.gui.data import SYSTEMS

    window.project.import_files([filled])
    v2 = factory.filled("4216", "birkenes-v2.xlsx",
                        installation=[dict(SYSTEMS[0], users=140), SYSTEMS[2]])
    orphan = factory.filled("4218", "uten-kommune.xlsx", installation=SYSTEMS[:1])
    wb = load_workbook(orphan)
    del wb[IDENTITY_SHEET]
    del wb["Kommune"]
    wb.save(orphan)
    results = window.project.import_files([v2, orphan])
    window.refresh()
    dialog = ImportResultsDialog(results, window.participants.model.rows(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot)
    assert dialog.grab().save(str(shots_dir / "import-results-replaced.png"))
    assert dialog.choose_button.isEnabled()

    window.resize(1300, 700)
    window.tabs.setCurrentWidget(window.issues)
    window.issues.table.selectRow(0)
    _settle(qtbot)
    assert window.grab().save(str(shots_dir / "issues-selected.png"))
