"""Every file dialog of the app, in the app's language.

Qt ships no Norwegian bokmål translation of its own dialogs (PySide6's Qt/translations has
qtbase_nn and qtbase_da, no qtbase_nb), and the native dialog of a desktop in another language
speaks that language; so in Norwegian the dialog is Qt's own (non-native) with our translated
labels: «Se i:», «Filnavn:», «Filtype:», «Åpne»/«Lagre»/«Velg», «Avbryt». In English the
platform's native dialog is used.

The functions mirror QFileDialog's static ones (tests replace them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

from desktop.ui import settings

T = QCoreApplication
Mode = QFileDialog.FileMode
Label = QFileDialog.DialogLabel


def native() -> bool:
    """Whether the platform's dialog is used: only in English (it would not speak bokmål)."""
    return settings.language() == "en"


def dialog(parent: QWidget | None, caption: str, directory: str, file_filter: str,
           mode: QFileDialog.FileMode, save: bool = False) -> QFileDialog:
    """A file dialog with the app's labels (not shown yet)."""
    d = QFileDialog(parent, caption, directory, file_filter)
    d.setOption(QFileDialog.Option.DontUseNativeDialog, not native())
    d.setFileMode(mode)
    d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                    else QFileDialog.AcceptMode.AcceptOpen)
    if mode == Mode.Directory:
        d.setOption(QFileDialog.Option.ShowDirsOnly, True)
    accept = (T.translate("FileDialogs", "Save") if save else
              T.translate("FileDialogs", "Choose") if mode == Mode.Directory else
              T.translate("FileDialogs", "Open"))
    d.setLabelText(Label.LookIn, T.translate("FileDialogs", "Look in:"))
    d.setLabelText(Label.FileName, T.translate("FileDialogs", "Folder:") if mode == Mode.Directory
                   else T.translate("FileDialogs", "File name:"))
    d.setLabelText(Label.FileType, T.translate("FileDialogs", "Files of type:"))
    d.setLabelText(Label.Accept, accept)
    d.setLabelText(Label.Reject, T.translate("FileDialogs", "Cancel"))
    _titles_whole(d)
    return d


def _titles_whole(d: QFileDialog) -> None:
    """The file list's columns at least as wide as their titles («Størrelse» is longer than
    the «Size» Qt sizes the column for); the name column takes the room that is left, so the
    widened columns do not push «Endret» out of the list on a small screen."""
    for view in d.findChildren(QTreeView):
        header = view.header()
        for column in range(1, header.count()):
            wanted = header.sectionSizeFromContents(column).width()
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _run(d: QFileDialog) -> list[str]:
    return d.selectedFiles() if d.exec() == QFileDialog.DialogCode.Accepted else []


def get_open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                       file_filter: str = "") -> tuple[str, str]:
    d = dialog(parent, caption, directory, file_filter, Mode.ExistingFile)
    files = _run(d)
    return (files[0], d.selectedNameFilter()) if files else ("", "")


def get_open_file_names(parent: QWidget | None, caption: str, directory: str = "",
                        file_filter: str = "") -> tuple[list[str], str]:
    d = dialog(parent, caption, directory, file_filter, Mode.ExistingFiles)
    files = _run(d)
    return (files, d.selectedNameFilter()) if files else ([], "")


def get_save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                       file_filter: str = "") -> tuple[str, str]:
    d = dialog(parent, caption, directory, file_filter, Mode.AnyFile, save=True)
    files = _run(d)
    return (files[0], d.selectedNameFilter()) if files else ("", "")


def get_existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    files = _run(dialog(parent, caption, directory, "", Mode.Directory))
    return files[0] if files else ""
