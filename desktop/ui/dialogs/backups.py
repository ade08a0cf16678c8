"""Fil → Sikkerhetskopier…: the project's automatic backups, newest first, and putting one
back in place of the project file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formatting
from desktop.ui.views import fit


class Backup(Protocol):
    """What the dialog shows of a backup (`ProjectApi.backups()` gives them)."""

    @property
    def number(self) -> int: ...
    @property
    def path(self) -> Path: ...
    @property
    def made_at(self) -> dt.datetime: ...
    @property
    def size(self) -> int: ...


_Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    """One row per backup: when it was made and its size."""

    def __init__(self, backups: Sequence[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = list(backups)
        self.headers = [self.tr("Made"), self.tr("Size")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return formatting.timestamp(backup.made_at)
            return f"{formatting.decimal(backup.size / 1e6, 1)}\u00a0MB"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None


class BackupsDialog(QDialog):
    """Lists the backups; `chosen` is the number of the one to put back (after «Sett
    tilbake…» and its confirmation), else None."""

    def __init__(self, backups: Sequence[Backup], project_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        fit.resize_on_screen(self, 520, 400)
        self.chosen: int | None = None
        self.project_name = project_name
        self.model = BackupsModel(backups, self)
        intro = QLabel(self.tr(
            "Samdrift keeps a copy of %1 when it is opened, after changes and when it is "
            "closed, at most one every ten minutes: the newest ten, and one a day for thirty "
            "days.").replace("%1", project_name))
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.restore())
        self.empty = QLabel(self.tr("There are no backups of this project yet."))
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.setEnabled(bool(backups))
        self.folder_button.clicked.connect(self.open_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.selected() is not None))
        if backups:
            self.table.selectRow(0)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def confirm(self, backup: Backup) -> bool:
        answer = QMessageBox.question(self, self.tr("Restore backup"), self.tr(
            "Put the backup from %1 back in place of %2? Everything saved after it is "
            "replaced; the project as it is now is kept as a backup first, so this can be "
            "undone by restoring that one.").replace("%1", formatting.timestamp(backup.made_at))
            .replace("%2", self.project_name))
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        backup = self.selected()
        if backup is not None and self.confirm(backup):
            self.chosen = backup.number
            self.accept()

    def open_folder(self) -> None:
        if self.model.backups:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.model.backups[0].path.parent)))
