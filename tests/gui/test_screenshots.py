"""Renders the main window on each tab with the demo project (and the dialogs) to
/tmp/gui-shots (or $SAMDRIFT_SHOTS) so a person can look at them; each picture has the
window's size, is not blank and shows the texts that say what it is (tests/gui/shots.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs.import_results import ImportResultsDialog
from desktop.ui.dialogs.new_project import NewProjectDialog
from desktop.ui.main_window import MainWindow
from tests.gui.shots import shot

# each tab, with texts on it that say it shows the demo's data
TABS = [("deltakere", ("Importert med 2 avvik", "Kristiansand kommune - kartlegging")),
        ("avvik", ("25 avvik", "Alvorlighet")),
        ("fagsystemer", ("Leverandørdrift (ASP)", "Helse og omsorg")),
        ("bemanning", ("Brukerstøtte og klientdrift", "IT-ledelse")),
        ("kjopte-tjenester", ("WAN og linjer", "Telenor Norge AS")),
        ("infrastruktur", ("Annen kommune eller IKT-samarbeid",))]


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
    for i, (name, texts) in enumerate(TABS):
        win.tabs.setCurrentIndex(i)
        _settle(qtbot)
        shot(win, shots_dir / f"main-{i + 1}-{name}.png", "Knutepunkt Sørlandet", *texts)
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
    shot(win, shots_dir / "welcome.png", "Velkommen til Samdrift", "Åpne prosjekt…")

    dialog = NewProjectDialog(parent=win)
    qtbot.addWidget(dialog)
    dialog.name.setText("IT-samarbeid Agder")
    dialog.picker.search.setText("søg")
    dialog.picker.add_rows([0])
    dialog.picker.search.setText("Kristiansand")
    dialog.show()
    _settle(qtbot)
    shot(dialog, shots_dir / "new-project.png", "Opprett prosjekt",
         "Kristiansand (4204) – Agder · 116 986 innbyggere")

    win.open_project(demo)
    svar = demo.parent / "Svar"
    results = win.project.import_files([svar])  # everything already imported: unchanged
    results_dialog = ImportResultsDialog(results, win.participants.model.rows(), win)
    qtbot.addWidget(results_dialog)
    results_dialog.show()
    _settle(qtbot)
    shot(results_dialog, shots_dir / "import-results.png",
         "8 filer – uendret: 7, eldre enn gjeldende svar: 1")
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
    shot(dialog, shots_dir / "import-results-replaced.png",
         "2 filer – erstattet tidligere svar: 1, avvist: 1", "uten-kommune.xlsx")
    assert dialog.choose_button.isEnabled()

    window.resize(1300, 700)
    window.tabs.setCurrentWidget(window.issues)
    window.issues.table.selectRow(0)
    _settle(qtbot)
    shot(window, shots_dir / "issues-selected.png", "1 avvik", "I3")
