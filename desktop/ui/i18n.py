"""Installing the UI translation. Source strings are English; Norwegian bokmål is the default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.core import i18n as core_i18n
from desktop.paths import resource

TRANSLATION_BASENAME = "samdrift"


def translation_file(language: str) -> str:
    return str(resource("translations", f"{TRANSLATION_BASENAME}_{language}.qm"))


def install_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translation for `language` ("nb" or "en"); returns it (keep a reference).

    English is the source language and needs no translator. Numbers in the data views are
    formatted the Norwegian way whatever the language (desktop.ui.formatting): the data is
    Norwegian. The core's own texts (parameters, import issues, notes) follow the same
    language (desktop/core/i18n.py); the report stays Norwegian.
    """
    core_i18n.set_language(language)
    if language == "en":
        return None
    QLocale.setDefault(QLocale("nb_NO"))
    translator = QTranslator(app)
    if not translator.load(translation_file(language)):
        return None
    app.installTranslator(translator)
    return translator


def switch_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Take out the app's translations and install `language`'s (Qt then sends every widget
    a LanguageChange event); returns the new translator (keep a reference)."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return install_translation(app, language)


def plural(text: str, n: int) -> str:
    """A "%n thing(s)" text when no translation gave its plural form (English is the source
    language and has no .qm): "1 name", "2 names", "3 matches", "2 municipalities" (from
    "%n municipality(ies)")."""
    if "(s)" not in text and "(es)" not in text and "y(ies)" not in text:
        return text
    one = n == 1
    return (text.replace("y(ies)", "y" if one else "ies")
            .replace("(es)", "" if one else "es").replace("(s)", "" if one else "s"))


def remove_translation(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Take out a translation installed earlier, unless a language switch has already taken
    it out and deleted it."""
    from shiboken6 import isValid

    if translator is not None and isValid(translator):
        app.removeTranslator(translator)


def _qt_standard_texts() -> None:
    """Qt's own button texts, so that lupdate puts them in our catalogue (Qt ships no
    Norwegian bokmål translation). Never called."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save")
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:")
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:")
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:")
    QT_TRANSLATE_NOOP("QFileDialog", "&Open")
    QT_TRANSLATE_NOOP("QFileDialog", "&Save")
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose")
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:")
    # Qt 6's own labels and tool tips of its file dialog (desktop/ui/file_dialogs.py sets the
    # labels itself; these cover the rest)
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")
    QT_TRANSLATE_NOOP("QFileDialog", "Back")
    QT_TRANSLATE_NOOP("QFileDialog", "Forward")
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")
    QT_TRANSLATE_NOOP("QFileDialog", "List View")
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View")
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder")
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename")
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete")
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename")
    # the kind column of the file list (Qt 6: QAbstractFileIconProvider; Qt 5: QFileDialog)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File")
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")
    QT_TRANSLATE_NOOP("QFileDialog", "Folder")
    QT_TRANSLATE_NOOP("QFileDialog", "File")
    QT_TRANSLATE_NOOP("QFileDialog", "%1 File")
    QT_TRANSLATE_NOOP("QFileDialog", "File Folder")
    QT_TRANSLATE_NOOP("QFileDialog", "Drive")
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown")
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer")
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")
    QT_TRANSLATE_NOOP("QFileDialog", "Go back")
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward")
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?")
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")
    QT_TRANSLATE_NOOP("QFileDialog",
                      "%1\nFile not found.\nPlease verify the correct file name was given.")
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nDirectory not found.\n"
                      "Please verify the correct directory name was given.")
    # a text field's context menu, and other texts Qt shows itself
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo")
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo")
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy")
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste")
    QT_TRANSLATE_NOOP("QLineEdit", "Delete")
    QT_TRANSLATE_NOOP("QLineEdit", "Select All")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")
    QT_TRANSLATE_NOOP("QProgressDialog", "Cancel")
    QT_TRANSLATE_NOOP("QUndoStack", "Undo %1")
    QT_TRANSLATE_NOOP("QUndoStack", "Redo %1")
    QT_TRANSLATE_NOOP("QUndoStack", "Undo")
    QT_TRANSLATE_NOOP("QUndoStack", "Redo")
    QT_TRANSLATE_NOOP("QUndoModel", "<empty>")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print Preview")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup")
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Export to PDF")
