"""File-menu commands on a project: new, open, save as, backups, generate questionnaires."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.core.project.api import PROJECT_SUFFIX, ProjectApi
from desktop.ui import errors, file_dialogs, settings
from desktop.ui.dialogs.backups import BackupsDialog
from desktop.ui.dialogs.new_project import NewProjectDialog
from desktop.ui.i18n import plural
from desktop.ui.workers.executor import wait_for_all


class ProjectWindow(Protocol):
    project: ProjectApi | None

    def set_project(self, api: ProjectApi | None) -> None: ...
    def open_project(self, path: str | Path) -> bool: ...
    def refresh(self) -> None: ...
    def project_created(self) -> None: ...


class ProjectCommands(QObject):
    def __init__(self, window: QWidget, target: ProjectWindow) -> None:
        super().__init__(window)
        self.window = window
        self.target = target

    def project_filter(self) -> str:
        return ";;".join([self.tr("Samdrift projects (*%1)").replace("%1", PROJECT_SUFFIX),
                          self.tr("All files (*)")])

    def new_project(self) -> None:
        dialog = NewProjectDialog(parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_from(dialog)

    def create_from(self, dialog: NewProjectDialog) -> ProjectApi | None:
        path, name, numbers = dialog.values()
        try:
            api = ProjectApi.create(path, name, numbers)
        except Exception as exc:
            if not errors.is_user_error(exc):
                raise  # a bug: the excepthook shows the bug dialog
            errors.show_user_error(self.window, errors.user_text(exc),
                                   self.tr("Could not create the project"))
            return None
        settings.put(settings.PROJECT_DIR, str(path.parent))
        self.target.set_project(api)
        self.target.project_created()
        return api

    def open_dialog(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self.window, self.tr("Open project"),
                                              settings.get(settings.PROJECT_DIR),
                                              self.project_filter())
        if path:
            settings.put(settings.PROJECT_DIR, str(Path(path).parent))
            self.target.open_project(path)

    def save_as(self) -> None:
        api = self.target.project
        if api is None or api.path is None:
            return
        path, _ = file_dialogs.get_save_file_name(
            self.window, self.tr("Save a copy of the project as"),
            str(api.path.with_name(api.path.stem + " - kopi" + PROJECT_SUFFIX)),
            self.project_filter())
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, target: Path) -> bool:
        """Copy the open project to `target` and continue working in the copy."""
        api = self.target.project
        if api is None or api.path is None:
            return False
        if target.suffix != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        if target.resolve() == api.path.resolve():
            return True  # already saved continuously
        try:
            api.save_copy(target)
        except Exception as exc:
            if not errors.is_user_error(exc):
                raise
            errors.show_user_error(self.window, errors.user_text(exc),
                                   self.tr("Could not save the copy"))
            return False
        return self.target.open_project(target)

    def show_backups(self) -> None:
        api = self.target.project
        if api is None or api.path is None:
            return
        dialog = BackupsDialog(api.backups(), api.path.name, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_backup(dialog.chosen)

    def restore_backup(self, number: int) -> bool:
        """Put backup `number` (1 = the newest) in place of the open project file and open
        it again. The window lets go of the project first (its views and background work),
        since the file is replaced whole."""
        api = self.target.project
        if api is None or api.path is None:
            return False
        if api.open_elsewhere:  # before letting go: refused, the user keeps working
            errors.show_user_error(self.window, self.tr(
                "The project is also open on %1. Close it there before a backup is restored.")
                .replace("%1", ", ".join(api.open_elsewhere)), self.tr("Could not restore"))
            return False
        path = api.path
        self.target.set_project(None)
        wait_for_all(60000)
        try:
            ProjectApi.open(path, backup=False).restore_backup(number)  # it backs up first
        except Exception as exc:
            if not errors.is_user_error(exc):
                raise
            errors.show_user_error(self.window, errors.user_text(exc), self.tr("Could not restore"))
        return self.target.open_project(path)

    def generate_templates(self) -> None:
        api = self.target.project
        if api is None:
            return
        start = settings.get(settings.TEMPLATE_DIR) or str(api.path.parent if api.path else "")
        folder = file_dialogs.get_existing_directory(
            self.window, self.tr("Choose a folder for the questionnaires"), start)
        if folder:
            settings.put(settings.TEMPLATE_DIR, folder)
            self.write_templates_to(Path(folder), confirm=True)

    def write_templates_to(self, folder: Path, confirm: bool = False) -> list[Path]:
        api = self.target.project
        if api is None:
            return []
        try:
            written = api.write_templates(folder)
        except OSError as exc:
            errors.show_user_error(self.window, errors.user_text(exc),
                                   self.tr("Could not write the questionnaires"))
            return []
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Questionnaires written"),
                              plural(self.tr("Wrote %n questionnaire(s) to %1.", None,
                                             len(written)), len(written))
                              .replace("%1", str(folder)), QMessageBox.StandardButton.Ok,
                              self.window)
            box.setInformativeText(self.tr(
                "Send each municipality its own file. When they come back, import them with "
                "Import answers… or drag them onto the window."))
            open_folder = box.addButton(self.tr("Open folder"),
                                        QMessageBox.ButtonRole.ActionRole)
            box.exec()
            if box.clickedButton() is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return written
