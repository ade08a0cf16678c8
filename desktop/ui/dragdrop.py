"""What dropped files mean: project files to open, or spreadsheets and folders to import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from desktop.core.project.api import PROJECT_SUFFIX


def local_paths(mime: QMimeData | None) -> list[str]:
    """The local files and folders in a drag (non-file URLs are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def is_project_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() == PROJECT_SUFFIX


def project_file_in(paths: list[str]) -> str | None:
    """A single dropped project file means "open it"."""
    if len(paths) == 1 and is_project_file(paths[0]):
        return paths[0]
    return None
