"""Fil → Sikkerhetskopier…: the project's automatic backups are listed, and one can be put
back in place of the project, which opens again as it was then."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.dialogs.backups import BackupsDialog
from tests.gui.conftest import import_and_wait


def _installations(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM installation").fetchone()[0])
    finally:
        con.close()


def test_a_backup_is_restored_from_the_file_menu(qtbot: Any, window: Any, filled: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = window.project.path
    assert len(window.project.backups()) == 1, "opening made the first backup"
    import_and_wait(qtbot, window, [filled])
    assert _installations(path) > 0
    seen: list[list[str]] = []

    def choose_the_newest(dialog: BackupsDialog) -> int:
        seen.append([dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())])
        dialog.table.selectRow(0)
        dialog.restore()
        return int(dialog.result())

    monkeypatch.setattr(BackupsDialog, "exec", choose_the_newest)
    monkeypatch.setattr(BackupsDialog, "confirm", lambda self, backup: True)
    assert window.actions_.backups.isEnabled()
    window.actions_.backups.trigger()

    assert len(seen) == 1 and len(seen[0]) == 1
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", seen[0][0]), seen[0][0]
    assert window.project is not None and window.project.path == path, "opened again"
    assert _installations(path) == 0, "as it was when it was opened, before the import"
    assert window.participants.model.rowCount() == 3
    assert len(window.project.backups()) == 2, "the state before restoring is kept as a backup"


def test_declining_the_confirmation_keeps_the_project(qtbot: Any, window: Any, filled: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import_and_wait(qtbot, window, [filled])
    project = window.project

    def decline(dialog: BackupsDialog) -> int:
        dialog.table.selectRow(0)
        dialog.restore()
        return int(dialog.result())

    monkeypatch.setattr(BackupsDialog, "exec", decline)
    monkeypatch.setattr(BackupsDialog, "confirm", lambda self, backup: False)
    window.actions_.backups.trigger()
    assert window.project is project
    assert _installations(project.path) > 0


def test_the_backups_dialog_as_a_person_sees_it(qtbot: Any, window: Any, shots_dir: Path) -> None:
    dialog = BackupsDialog(window.project.backups(), window.project.path.name, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isEnabled(), "the newest is chosen"
    assert dialog.table.isVisible() and not dialog.empty.isVisible()
    dialog.grab().save(str(shots_dir / "backups-dialog.png"))
    empty = BackupsDialog([], "tom.samdrift", window)
    qtbot.addWidget(empty)
    empty.show()
    assert empty.empty.isVisible() and not empty.restore_button.isEnabled()


def test_opening_a_project_open_on_another_computer_says_so(qtbot: Any, factory: Any,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.main_window import MainWindow

    path = factory.path
    factory.close()
    (path.parent / f".{path.name}.kontor-pc.4242.open").write_text("")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: said.append(text)))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(path)
    assert len(said) == 1 and "kontor-pc" in said[0] and "åpent også på" in said[0]
    said.clear()
    win.set_project(None)
    (path.parent / f".{path.name}.kontor-pc.4242.open").unlink()
    assert win.open_project(path)
    assert said == [], "nothing to say when nobody else has it open"
    win.close()
