"""The command line speaks the language the user chose in the app (Vis → Språk), or
SAMDRIFT_LANG when set ("nb" or "en"; "no", "nb_NO", "en_GB.UTF-8" alike); Norwegian bokmål
by default. The app's setting is read from its settings file without loading Qt (QSettings'
INI file on Linux and BSD, its property list on macOS, the registry on Windows), so
`samdrift --help` stays fast."""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

from desktop.core import i18n

ORGANIZATION = APPLICATION = "Samdrift"  # desktop/ui/settings.py's names
KEY_GROUP, KEY_NAME = "ui", "language"


def normalise(value: str | None) -> str | None:
    """"nb"/"en" of a language name as people write it; None when it is neither."""
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    if code in ("nb", "no", "nn", "nob", "norsk", "bokmål", "bokmal"):
        return i18n.NORWEGIAN
    if code in ("en", "eng", "english"):
        return i18n.ENGLISH
    return None


def settings_file() -> Path:
    """Where QSettings keeps the app's settings on Linux and other Unix systems."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / ORGANIZATION / f"{APPLICATION}.conf"


def _saved_unix() -> str | None:
    parser = configparser.RawConfigParser()
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    return parser.get(KEY_GROUP, KEY_NAME, fallback=None)


def _saved_macos() -> str | None:
    import plistlib

    name = f"com.{ORGANIZATION.lower()}.{APPLICATION}.plist"
    path = Path.home() / "Library" / "Preferences" / name
    try:
        with open(path, "rb") as f:
            value = plistlib.load(f).get(f"{KEY_GROUP}.{KEY_NAME}")
    except (OSError, plistlib.InvalidFileException, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _saved_windows() -> str | None:
    try:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        key = rf"Software\{ORGANIZATION}\{APPLICATION}\{KEY_GROUP}"
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:  # type: ignore[attr-defined,unused-ignore]
            value, _kind = winreg.QueryValueEx(handle, KEY_NAME)  # type: ignore[attr-defined,unused-ignore]
    except (ImportError, OSError):
        return None
    return value if isinstance(value, str) else None


def saved_language() -> str | None:
    """The language chosen in the app, if it ever was."""
    if sys.platform == "win32":
        return normalise(_saved_windows())
    if sys.platform == "darwin":
        return normalise(_saved_macos())
    return normalise(_saved_unix())


def cli_language() -> str:
    return normalise(os.environ.get("SAMDRIFT_LANG")) or saved_language() or i18n.NORWEGIAN


def apply() -> str:
    """Set the core's language for this command (its texts and the CLI's own); returns it."""
    language = cli_language()
    i18n.set_language(language)
    return language
