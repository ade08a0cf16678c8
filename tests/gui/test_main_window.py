"""The main window with a real project: participants, status bar, recent projects, save as,
drag and drop, generating questionnaires."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop.core.project.api import ProjectApi
from desktop.core.project.results import ReturnStatus
from desktop.ui import settings
from desktop.ui.main_window import MainWindow


def test_shows_participants_of_a_real_project(qtbot: Any, tmp_path: Path) -> None:
    api = ProjectApi.create(tmp_path / "p.samdrift", "Test", ["4216", "1018"])
    api.close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(tmp_path / "p.samdrift")
    assert win.stack.currentWidget() is win.tabs
    model = win.participants.model
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {"4216", "1018"}
    assert win.name_label.text() == "Test"
    assert win.path_label.full_text().endswith("p.samdrift")
    assert win.year_label.text().startswith("Innbyggertall fra 20")
    assert win.issues.empty.is_empty
    assert "Ingen svar importert ennå" in win.issues.empty.label.text()
    assert win.records["installation"].empty.is_empty
    assert settings.recent_projects() == [str((tmp_path / "p.samdrift").resolve())]
    win.close()


def test_welcome_page_without_project(qtbot: Any) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is win.welcome
    assert not win.actions_.import_answers.isEnabled()


def test_open_missing_file_is_a_plain_message(qtbot: Any, tmp_path: Path,
                                              monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.errors.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.open_project(tmp_path / "finnes-ikke.samdrift")
    assert shown and "Finner ikke prosjektfilen" in shown[0]


def test_generate_templates_marks_participants_sent(qtbot: Any, window: Any,
                                                    tmp_path: Path) -> None:
    written = window.commands.write_templates_to(tmp_path / "ut")
    assert len(written) == 3 and all(p.exists() for p in written)
    # the change set of the write makes the participants tab read again, without F5
    qtbot.waitUntil(lambda: {p.status for p in window.participants.model.rows()}
                    == {ReturnStatus.SENT}, timeout=10000)


def test_save_as_copies_and_opens_the_copy(window: Any, tmp_path: Path) -> None:
    target = tmp_path / "kopi.samdrift"
    assert window.commands.save_copy_to(target)
    assert window.project.path == target.resolve()
    assert window.participants.model.rowCount() == 3
    assert settings.recent_projects()[0] == str(target.resolve())


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _enter(mime: QMimeData) -> QDragEnterEvent:
    return QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_drag_and_drop_accepts_file_urls_and_imports(qtbot: Any, window: Any,
                                                     filled: Path) -> None:
    files = _mime([filled, filled.parent])
    enter = _enter(files)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/svar.xlsx")])
    not_files = _enter(web)
    window.dragEnterEvent(not_files)
    assert not not_files.isAccepted()
    folder = _mime([filled.parent])  # a folder of returns
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, folder,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.imported, timeout=30000) as blocker:
        window.dropEvent(drop)
    [result] = blocker.args[0]
    assert result.municipality == "4216"
    qtbot.waitUntil(lambda: window._tables_task is None, timeout=30000)
    birkenes = next(p for p in window.participants.model.rows() if p.number == "4216")
    assert birkenes.file_name == "birkenes.xlsx"


def test_dropping_a_project_file_opens_it(qtbot: Any, tmp_path: Path) -> None:
    ProjectApi.create(tmp_path / "annen.samdrift", "Annen", ["4204"]).close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.handle_dropped([str(tmp_path / "annen.samdrift")])
    assert win.project is not None and win.name_label.text() == "Annen"
    win.close()


def test_geometry_and_tab_are_remembered(qtbot: Any, window: Any) -> None:
    window.tabs.setCurrentIndex(3)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 3
    assert settings.get(settings.GEOMETRY)


def test_double_click_on_a_participant_shows_its_systems(qtbot: Any, window: Any,
                                                         filled: Path) -> None:
    from tests.gui.conftest import import_and_wait

    import_and_wait(qtbot, window, [filled])
    table = window.participants.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "4216")
    index = table.model().index(row, 1)
    table.activated.emit(index)
    systems = window.records["installation"]
    assert window.tabs.currentWidget() is systems
    assert systems.municipality.currentData() == "4216" and systems.proxy.rowCount() == 3


def test_a_window_larger_than_the_screen_is_fitted_to_it(qtbot: Any) -> None:
    """A geometry saved on a big screen (1800 × 1139) or at another scaling was restored
    larger than a laptop's screen; on opening, the window is fitted to the screen it is on."""
    from PySide6.QtGui import QGuiApplication

    win = MainWindow()
    qtbot.addWidget(win)
    area = QGuiApplication.primaryScreen().availableGeometry()
    win.resize(area.width() + 900, area.height() + 700)
    win.move(area.x() - 300, area.y() - 200)
    win.fit_to_screen()
    frame = win.frameGeometry()
    assert frame.width() <= area.width() and frame.height() <= area.height()
    assert area.contains(frame.topLeft()) and area.contains(frame.bottomRight())


def test_the_welcome_screen_opens_the_demo(qtbot: Any, tmp_path: Path,
                                           monkeypatch: Any) -> None:
    """«Åpne demoprosjektet» builds the demo in the user's data folder the first time, and
    opens it (built or not)."""
    from desktop.ui.main_window import demo_folder

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert demo_folder().is_relative_to(tmp_path / "data")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.welcome.demo.text() == "Åpne demoprosjektet"
    task = win.open_demo()
    assert task is not None
    qtbot.waitUntil(lambda: win.project is not None, timeout=120000)
    assert win.windowTitle().startswith("Forstudie IT-samarbeid Knutepunkt Sørlandet")
    assert len(win.participants.model.rows()) == 7
    win.set_project(None)
    assert win.open_demo() is None  # already built: opened at once
    assert win.project is not None
    win.close()


def test_about_shows_the_version(qtbot: Any, monkeypatch: Any) -> None:
    from importlib.metadata import version

    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(
        lambda parent, title, text: shown.append(text)))
    win = MainWindow()
    qtbot.addWidget(win)
    win.actions_.about.trigger()
    assert shown and f"Samdrift {version('samdrift')} – forstudier" in shown[0]


def test_a_new_project_opens_on_the_participants(qtbot: Any, tmp_path: Path) -> None:
    from desktop.ui.dialogs.new_project import NewProjectDialog

    win = MainWindow()
    qtbot.addWidget(win)
    win.tabs.setCurrentWidget(win.scenarios)  # as the last session left it
    dialog = NewProjectDialog(parent=win)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ny")
    dialog.location.setText(str(tmp_path / "ny.samdrift"))
    dialog.picker.search.setText("4216")
    dialog.picker.add_rows([0])
    assert win.commands.create_from(dialog) is not None
    assert win.tabs.currentWidget() is win.participants
    win.close()


def test_the_catalogue_filter_is_reset_for_another_project(qtbot: Any, tmp_path: Path) -> None:
    for name in ("a", "b"):
        ProjectApi.create(tmp_path / f"{name}.samdrift", name, ["4216"]).close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(tmp_path / "a.samdrift")
    win.catalogue.systems_search.setText("Visma")
    win.catalogue.suggestions_search.setText("Gerica")
    assert win.open_project(tmp_path / "b.samdrift")
    assert win.catalogue.systems_search.text() == ""
    assert win.catalogue.suggestions_search.text() == ""
    win.close()


def test_the_guide_opens_from_the_help_menu(qtbot: Any) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.actions_.guide in win.actions_.help_menu.actions()
    assert win.actions_.guide.text() == "&Veiledning"
    win.actions_.guide.trigger()
    dialog = win.guide_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Nytt prosjekt" in text and "Rapport" in text
    dialog.close()
    win.close()


def test_a_long_project_path_is_shortened_in_the_middle_on_a_narrow_window(
        qtbot: Any, tmp_path: Path) -> None:
    from desktop.ui.views import fit

    folder = tmp_path / ("en mappe med et svært langt navn " * 4).strip()
    folder.mkdir()
    ProjectApi.create(folder / "Knutepunkt Sørlandet.samdrift", "Test", ["4216"]).close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(folder / "Knutepunkt Sørlandet.samdrift")
    win.resize(win.minimumWidth(), 500)
    win.show()
    qtbot.waitExposed(win)
    shown = win.path_label.text()
    assert "…" in shown and shown.endswith("Sørlandet.samdrift"), shown
    assert win.path_label.toolTip() == str(folder / "Knutepunkt Sørlandet.samdrift")
    assert [p for p in fit.problems(win.statusBar()) if "projectPathLabel" in p] == []
    win.close()


def test_the_participants_population_says_where_it_comes_from(window: Any) -> None:
    """Deltakere shows «Innbyggere» from the register (none for a former municipality) and
    Dagens situasjon showed «Innbyggere» as reported: one word, two figures. Each says which."""
    from PySide6.QtCore import Qt

    from desktop.ui.models.participants import POPULATION

    model = window.participants.model
    assert "kommuneregisteret" in model.headerData(POPULATION, Qt.Orientation.Horizontal,
                                                   Qt.ItemDataRole.ToolTipRole)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    søgne = model.index(rows["1018"], POPULATION)
    assert søgne.data() in ("", None)
    assert "Kristiansand" in søgne.data(Qt.ItemDataRole.ToolTipRole)
    birkenes = model.index(rows["4216"], POPULATION)
    assert birkenes.data() and "spørreskjemaet" in birkenes.data(Qt.ItemDataRole.ToolTipRole)


def test_no_amount_is_cut_at_the_right_edge_of_a_sheet(qtbot: Any, tmp_path: Path) -> None:
    """At 1366 px the demo's licence cost showed as «132 00» at the edge of Fagsystemer: a
    number cut at its right end reads as another number. The text columns give way so that
    the number columns are whole."""
    from desktop.core.demo.build import build_demo
    from desktop.ui.models.records import NUMERIC_KINDS

    project = build_demo(tmp_path / "demo")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    assert win.open_project(project)
    win.show()
    qtbot.waitUntil(lambda: win._tables_task is None, timeout=30000)
    view = win.records["installation"]
    win.tabs.setCurrentWidget(view)
    qtbot.wait(50)
    table = view.table
    edge = table.viewport().width()
    numeric = [i for i, c in enumerate(view.model.columns) if c.kind in NUMERIC_KINDS]
    assert numeric
    for col in numeric:
        left = table.columnViewportPosition(col)
        assert not left < edge < left + table.columnWidth(col), view.model.columns[col].label
    shown = [c for c in numeric if table.columnViewportPosition(c) + table.columnWidth(c) <= edge]
    assert any(view.model.columns[c].kind.name == "AMOUNT" for c in shown), "the cost in view"
    win.close()


def test_the_deadline_columns_show_once_a_deadline_is_set(qtbot: Any, window: Any) -> None:
    """Without a deadline «Frist» and «Dager på overtid» were empty and took the room the
    contact and file names needed."""
    import datetime as dt

    from desktop.ui.models.participants import DEADLINE, OVERDUE

    table = window.participants.table
    assert table.isColumnHidden(DEADLINE) and table.isColumnHidden(OVERDUE)
    window.project.survey.set_deadline(dt.date(2027, 1, 15))
    window.actions_.refresh.trigger()
    qtbot.waitUntil(lambda: not table.isColumnHidden(DEADLINE), timeout=30000)
    assert not table.isColumnHidden(OVERDUE)
    model = window.participants.model
    assert "15.01.2027" in [model.index(r, DEADLINE).data() for r in range(model.rowCount())]
