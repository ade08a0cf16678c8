"""The new-project dialog and its municipality picker; errors; copying from tables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from db.session import ProjectFileError
from desktop.core.register.municipalities import UnknownMunicipality
from desktop.ui import errors
from desktop.ui.dialogs.new_project import NewProjectDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.roles import ROW_ROLE
from tests.gui.conftest import import_and_wait


def test_new_project_dialog_creates_a_project(qtbot: Any, tmp_path: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    dialog = NewProjectDialog(parent=win)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    dialog.name.setText("IT-samarbeid Agder")
    assert dialog.location.text().endswith("IT-samarbeid Agder.samdrift")
    dialog.location.setText(str(tmp_path / "agder.samdrift"))
    dialog.picker.search.setText("1018")  # a former municipality, by number
    first = dialog.picker.results_model.index(0)
    assert first.data() == "Søgne (1018, del av Kristiansand fra 2020)"
    dialog.picker.add_rows([0])
    dialog.picker.search.setText("birk")  # by name
    assert dialog.picker.results_model.index(0).data().startswith("Birkenes (4216) – Agder")
    dialog.picker.search.returnPressed.emit()
    assert dialog.picker.numbers() == ["1018", "4216"]
    assert dialog.picker.count.text() == "2 valgt"
    assert dialog.create_button.isEnabled()
    api = win.commands.create_from(dialog)
    assert api is not None and win.project is api
    assert {p.number for p in win.participants.model.rows()} == {"1018", "4216"}
    win.close()


def test_enter_in_the_search_adds_the_municipality_and_nothing_else(
        qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """Enter in the search box added the municipality *and* pressed «Bla gjennom…», and the
    next keystrokes renamed the project file."""
    from PySide6.QtCore import Qt

    from desktop.ui import file_dialogs

    opened: list[Any] = []
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        lambda *a, **k: (opened.append(a), ("", ""))[1])
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Agder")
    location = dialog.location.text()
    dialog.picker.search.setFocus()
    qtbot.keyClicks(dialog.picker.search, "Iveland")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.picker.numbers() == ["4218"]
    assert opened == [] and dialog.isVisible() and dialog.location.text() == location
    qtbot.keyClicks(dialog.picker.search, "Birkenes")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Enter)
    assert dialog.picker.numbers() == ["4218", "4216"] and opened == []
    assert dialog.location.text() == location and dialog.isVisible()


def test_new_project_refuses_an_existing_file(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "finnes.samdrift").write_bytes(b"")
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("X")
    dialog.location.setText(str(tmp_path / "finnes.samdrift"))
    dialog.picker.search.setText("4216")
    dialog.picker.add_rows([0])
    assert not dialog.create_button.isEnabled()
    assert "finnes allerede" in (dialog.problem() or "")


def test_user_errors_and_bugs_are_told_apart(qtbot: Any, monkeypatch: Any) -> None:
    assert errors.is_user_error(ProjectFileError("x"))
    assert errors.is_user_error(UnknownMunicipality("Atlantis"))
    assert errors.is_user_error(PermissionError("nei"))
    assert not errors.is_user_error(ZeroDivisionError())
    plain: list[str] = []
    crashes: list[str] = []
    monkeypatch.setattr("desktop.ui.errors.QMessageBox.warning",
                        lambda parent, title, text: plain.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.crash.CrashDialog.exec",
                        lambda self: crashes.append(self.details.toPlainText()) or 0)
    previous = errors.install_excepthook()
    try:
        for exc in (ProjectFileError("Finner ikke prosjektfilen x"), ZeroDivisionError("bug")):
            try:
                raise exc
            except Exception as caught:
                sys.excepthook(type(caught), caught, caught.__traceback__)
    finally:
        sys.excepthook = previous
    assert plain == ["Finner ikke prosjektfilen x"]
    assert len(crashes) == 1 and "ZeroDivisionError: bug" in crashes[0]


def test_copy_selection_as_tsv_with_headers(qtbot: Any, window: Any, filled: Path) -> None:
    import_and_wait(qtbot, window, [filled])
    staffing = window.records["staffing"]
    staffing.table.selectAll()
    text = staffing.table.copy_selection()
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["Kommune", "Funksjon", "Årsverk"]
    assert "2,5" in lines[1].split("\t") or "2,5" in lines[2].split("\t")
    assert QGuiApplication.clipboard().text() == text
    assert len(lines) == 3


def test_data_view_shows_norwegian_numbers(qtbot: Any, window: Any, filled: Path) -> None:
    import_and_wait(qtbot, window, [filled])
    view = window.records["installation"]
    model = view.model
    rows = {model.index(r, 0).data(ROW_ROLE)["name"]: r for r in range(model.rowCount())}
    visma, gerica = rows["Visma Flyt Skole"], rows["Gerica"]
    cost = model.index(visma, model.column_of("annual_cost")).data()
    assert cost == "1\u00a0234\u00a0567\u00a0kr"
    assert model.index(visma, model.column_of("management_fte")).data() == "2,5"
    assert model.index(visma, model.column_of("contract_end")).data() == "31.12.2027"
    assert model.index(gerica, model.column_of("annual_cost")).data() == ""
    assert model.index(gerica, model.column_of("servers")).data() == ""
    assert model.index(gerica, model.column_of("users")).data() == "200"
    assert view.count.text() == "3 rader"
    view.municipality.setCurrentIndex(view.municipality.findData("4218"))
    assert view.proxy.rowCount() == 0 and view.count.text() == "0 av 3 rader"


def test_cancel_stops_the_import(qtbot: Any, window: Any, filled: Path) -> None:
    with qtbot.waitSignal(window.importer.imported, timeout=30000) as blocker:
        window.importer.import_paths([filled, filled, filled])
        window.importer.progress.cancel()
    assert len(blocker.args[0]) <= 3
    assert window.importer.worker is None and window.importer.progress is None


def test_run_gui_starts_and_quits(factory: Any) -> None:
    """The real entry point in its own process: opens the project, title says so, quits."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from desktop.ui.app import run_gui\n"
        "def check():\n"
        "    [w] = [w for w in app.topLevelWidgets() if w.objectName() == 'mainWindow']\n"
        "    print(w.windowTitle(), w.tabs.tabText(0), flush=True)\n"
        "    app.quit()\n"
        "QTimer.singleShot(300, check)\n"
        "sys.exit(run_gui(sys.argv[1]))\n"
    )
    path = factory.path  # before closing: asking for it afterwards would open the project again
    factory.close()
    done = subprocess.run([sys.executable, "-c", script, str(path)],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "Testprosjekt – Samdrift Deltakere" in done.stdout


def test_file_dialogs_speak_norwegian(qtbot: Any, tmp_path: Path) -> None:
    """Qt has no bokmål translation of its file dialog («Look in», «Files of type»): ours
    sets every label itself."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    from desktop.ui import file_dialogs

    for mode, save, accept in ((QFileDialog.FileMode.ExistingFile, False, "Åpne"),
                               (QFileDialog.FileMode.AnyFile, True, "Lagre"),
                               (QFileDialog.FileMode.Directory, False, "Velg")):
        d = file_dialogs.dialog(None, "Tittel", str(tmp_path), "PDF (*.pdf)", mode, save)
        qtbot.addWidget(d)
        d.show()
        labels = " ".join(label.text() for label in d.findChildren(QLabel))
        buttons = [b.text().replace("&", "") for b in d.findChildren(QPushButton)]
        assert "Se i:" in labels and "Filtype:" in labels, labels
        assert "Look in" not in labels and "Files of" not in labels
        assert accept in buttons and "Avbryt" in buttons, buttons
        d.reject()


def test_qt_s_own_texts_in_the_file_dialog_and_menus_are_norwegian(qtbot: Any,
                                                                    tmp_path: Path) -> None:
    """What Qt itself writes (the file list's columns and kinds, a text field's context menu)
    speaks bokmål too: Qt ships no qtbase_nb, so our catalogue carries those texts."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLineEdit

    from desktop.ui import file_dialogs

    (tmp_path / "returer").mkdir()
    (tmp_path / "svar.xlsx").write_bytes(b"x")
    d = file_dialogs.dialog(None, "Tittel", str(tmp_path), "", QFileDialog.FileMode.AnyFile)
    qtbot.addWidget(d)
    d.setViewMode(QFileDialog.ViewMode.Detail)
    d.show()
    [model] = d.findChildren(QFileSystemModel)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Navn", "Størrelse", "Type", "Endret"], headers

    def kinds() -> dict[str, str]:
        root = model.index(str(tmp_path))
        return {model.index(r, 0, root).data(): model.index(r, 2, root).data()
                for r in range(model.rowCount(root))}

    qtbot.waitUntil(lambda: len(kinds()) == 2, timeout=10000)
    assert kinds()["returer"] == "Mappe", kinds()  # a file's kind is the system's MIME name
    from desktop.ui.views import fit

    assert [p for p in fit.problems(d) if "kolonnetittel" in p] == [], "column titles whole"
    d.reject()

    field = QLineEdit("tekst")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert texts[:2] == ["Angre", "Gjør om"] and "Lim inn" in texts and "Merk alt" in texts, texts


def test_the_file_lists_last_column_stays_in_view(qtbot: Any, tmp_path: Path) -> None:
    """Widening the columns to their Norwegian titles pushed «Endret» past the list's right
    edge in the dialog's default size; the name column gives the room back."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui import file_dialogs
    from desktop.ui.views import fit

    d = file_dialogs.dialog(None, "Lagre rapporten som PDF", str(tmp_path),
                            "PDF-dokumenter (*.pdf)", QFileDialog.FileMode.AnyFile, save=True)
    qtbot.addWidget(d)
    d.setViewMode(QFileDialog.ViewMode.Detail)
    d.resize(600, 420)
    d.show()
    qtbot.wait(50)
    assert [p for p in fit.problems(d) if "utenfor" in p] == []
    d.reject()
