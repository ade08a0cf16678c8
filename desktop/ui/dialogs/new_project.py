"""The "New project" dialog: name, where the project file goes, and the participants."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.project.api import PROJECT_SUFFIX
from desktop.core.register.municipalities import Register, default_register
from desktop.ui import file_dialogs, settings
from desktop.ui.dialogs.municipality_picker import MunicipalityPicker
from desktop.ui.views import fit

_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def default_folder() -> Path:
    remembered = settings.get(settings.PROJECT_DIR)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def file_name_for(name: str) -> str:
    stem = _UNSAFE.sub("-", name.strip()) or "Prosjekt"
    return stem + PROJECT_SUFFIX


class NewProjectDialog(QDialog):
    def __init__(self, register: Register | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        fit.resize_on_screen(self, 820, 560)
        register = register or default_register()
        self._path_edited = False
        self._folder = default_folder()

        self.name = QLineEdit()
        self.name.setObjectName("projectName")
        self.name.setPlaceholderText(self.tr("e.g. IT-samarbeid Sørlandet"))
        self.location = QLineEdit()
        self.location.setObjectName("projectLocation")
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)  # Enter in a field never opens the file dialog
        browse.clicked.connect(self.browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Project name:"), self.name)
        form.addRow(self.tr("Project file:"), location_row)

        self.picker = MunicipalityPicker(register)
        year_note = QLabel(self.tr("Population figures from %1 (Statistics Norway).").replace(
            "%1", str(register.year or "?")))
        year_note.setStyleSheet("color: palette(placeholder-text);")
        hint = QLabel(self.tr("The project is saved as you work; there is no need to save it."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create project"))
        self.create_button.setObjectName("createProject")
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.picker, 1)
        layout.addWidget(year_note)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(self._name_changed)
        self.location.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        self.location.textChanged.connect(lambda _t: self._validate())
        self.picker.changed.connect(self._validate)
        self._name_changed("")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in the municipality search adds the municipality and does nothing else;
        elsewhere it creates the project when it can be created (never another button)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and (self.focusWidget() is self.picker.search
                      or not self.create_button.isEnabled()):
            event.accept()
            return
        super().keyPressEvent(event)

    def _name_changed(self, text: str) -> None:
        if not self._path_edited:
            self.location.setText(str(self._folder / file_name_for(text)))
        self._validate()

    def browse(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Project file"), self.location.text(),
            self.tr("Samdrift projects (*%1)").replace("%1", PROJECT_SUFFIX))
        if path:
            if not path.endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            self._path_edited = True
            self.location.setText(path)

    def problem(self) -> str | None:
        """Why the project cannot be created yet, or None."""
        if not self.name.text().strip():
            return self.tr("Give the project a name.")
        path = Path(self.location.text().strip()) if self.location.text().strip() else None
        if path is None:
            return self.tr("Choose where to save the project file.")
        if path.exists():
            return self.tr("A file with this name already exists. Choose another name.")
        if not self.picker.numbers():
            return self.tr("Add at least one participating municipality.")
        return None

    def _validate(self) -> None:
        problem = self.problem()
        self.create_button.setEnabled(problem is None)
        self.create_button.setToolTip(problem or "")

    def values(self) -> tuple[Path, str, list[str]]:
        path = Path(self.location.text().strip())
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return path, self.name.text().strip(), self.picker.numbers()
