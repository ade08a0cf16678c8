"""The user's settings, declared once with type, default and description (QSettings storage)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Samdrift"
APPLICATION = "Samdrift"
MAX_RECENT = 8
LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


LANGUAGE = Setting("ui/language", str, "nb", "UI language: nb (Norwegian bokmål) or en.")
RECENT = Setting("projects/recent", list, [], f"Recently opened project files (max {MAX_RECENT}).")
GEOMETRY = Setting("main_window/geometry", QByteArray, QByteArray(), "Main window geometry.")
STATE = Setting("main_window/state", QByteArray, QByteArray(), "Toolbars and docks.")
LAST_TAB = Setting("main_window/tab", int, 0, "The tab shown last.")
IMPORT_DIR = Setting("dirs/import", str, "", "Folder the import dialog opened last.")
TEMPLATE_DIR = Setting("dirs/templates", str, "", "Folder questionnaires were written to last.")
PROJECT_DIR = Setting("dirs/projects", str, "", "Folder a project was created or opened in.")

ALL = (LANGUAGE, RECENT, GEOMETRY, STATE, LAST_TAB, IMPORT_DIR, TEMPLATE_DIR, PROJECT_DIR)


def _store() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def get(setting: Setting) -> Any:
    value: Any = _store().value(setting.key, setting.default)
    if value is None:
        return setting.default
    if setting.type is list:
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]
    if setting.type is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return setting.default
    if setting.type is str:
        return str(value)
    return value


def put(setting: Setting, value: Any) -> None:
    _store().setValue(setting.key, value)


def language() -> str:
    lang = get(LANGUAGE)
    return lang if lang in LANGUAGES else LANGUAGE.default


def recent_projects() -> list[str]:
    return [p for p in get(RECENT) if p][:MAX_RECENT]


def add_recent_project(path: str | Path) -> list[str]:
    text = str(Path(path).resolve())
    items = [text] + [p for p in recent_projects() if p != text]
    put(RECENT, items[:MAX_RECENT])
    return items[:MAX_RECENT]


def remove_recent_project(path: str) -> None:
    put(RECENT, [p for p in recent_projects() if p != path])
