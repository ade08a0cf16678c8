"""The survey's dialogs: send (e-mail drafts with an editable text), reminder (who is overdue,
by how many days), contact details, a participant's history, notes and the corrections list
(where a correction in conflict with a newer file is settled)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.project.results import ParticipantStatus
from desktop.ui import file_dialogs
from desktop.ui.views import fit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class SendDialog(QDialog):
    """«Send…» (reminder=False) or «Purring…» (reminder=True): the folder for the drafts, the
    deadline, and the e-mail text (a template kept in the project)."""

    def __init__(self, template: str, statuses: list[ParticipantStatus], reminder: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDialog" if reminder else "sendDialog")
        self.setWindowTitle(self.tr("Reminder") if reminder else self.tr("Send questionnaires"))
        fit.resize_on_screen(self, 640, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setObjectName("draftFolder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Folder for the drafts:"), row)
        self.deadline = QDateEdit()
        self.deadline.setObjectName("deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        due = next((s.deadline for s in statuses if s.deadline), None) or (
            dt.date.today() + dt.timedelta(days=21))
        self.deadline.setDate(QDate(due.year, due.month, due.day))
        self.overdue = [s for s in statuses if s.overdue_days and not s.removed]
        if reminder:
            names = "\n".join(self.tr("%1 (%2): %3 days overdue, %4 reminder(s) before")
                              .replace("%1", s.name).replace("%2", s.number)
                              .replace("%3", str(s.overdue_days)).replace("%4", str(s.reminders))
                              for s in self.overdue)
            who = QLabel(names or self.tr("No municipality is overdue."))
            who.setObjectName("overdueList")
            form.addRow(self.tr("Overdue:"), who)
        else:
            form.addRow(self.tr("Deadline:"), self.deadline)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "The text (kept in the project for next time). Fields: {kommune}, {nummer}, "
            "{kontaktperson}, {frist}, {prosjekt}, {avsender}, {dager}.")))
        self.text = QPlainTextEdit(template)
        self.text.setObjectName("emailText")
        layout.addWidget(self.text, 1)
        note = QLabel(self.tr("One e-mail draft (.eml) per municipality with its questionnaire "
                              "attached is written to the folder; Samdrift sends nothing. Open "
                              "the drafts in your mail program and send them from there."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(_buttons(self))

    def _browse(self) -> None:
        folder = file_dialogs.get_existing_directory(self, self.tr("Folder for the drafts"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def chosen_deadline(self) -> dt.date:
        d = self.deadline.date()
        return dt.date(d.year(), d.month(), d.day())


class ContactDialog(QDialog):
    def __init__(self, p: ParticipantStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Contact for %1").replace("%1", p.name))
        form = QFormLayout(self)
        self.person = QLineEdit(p.contact_person or "")
        self.email = QLineEdit(p.email or "")
        self.phone = QLineEdit(p.phone or "")
        form.addRow(self.tr("Contact person:"), self.person)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(_buttons(self))


class NoteDialog(QDialog):
    def __init__(self, title: str, text: str, in_report: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(title)
        fit.resize_on_screen(self, 480, 300)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("noteText")
        self.in_report = QCheckBox(self.tr("Include in the report"))
        self.in_report.setChecked(in_report)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.in_report)
        layout.addWidget(_buttons(self))


class ListDialog(QDialog):
    """A read-only table: a participant's history, the corrections."""

    def __init__(self, title: str, headers: list[str], rows: list[list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listDialog")
        self.setWindowTitle(title)
        fit.resize_on_screen(self, 820, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.button_row.addWidget(close)
        layout.addLayout(self.button_row)

    def current_row(self) -> int:
        return self.table.currentRow()


def shown(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}.{value[5:7]}.{value[0:4]}"
    return str(value)


__all__ = ["ContactDialog", "ListDialog", "NoteDialog", "SendDialog", "Qt", "shown"]
