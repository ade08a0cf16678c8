"""A project as a user names it: a path to a `.samdrift` file or a database URL. Importable
without SQLAlchemy (the CLI's argument parser uses it)."""

from __future__ import annotations

import re
from pathlib import Path

_PASSWORD = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@?#]*):(?P<pw>[^@/?#]*)@")
_QUERY_PASSWORD = re.compile(r"(?i)([?&]password=)[^&#]*")


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def project_target(text: str) -> str | Path:
    """A command-line argument (or a recent-files entry) as a project: a database URL kept
    intact as text (a `Path` collapses `postgresql+psycopg://host/db` to
    `postgresql+psycopg:/host/db`, a folder name), else a path to a file."""
    return text if "://" in text else Path(text)


def display_url(url: str) -> str:
    """A URL as it may be printed or logged: its password (in the authority or as a
    `password=` parameter) replaced by `***`. Anything else stays as it was."""
    if "://" not in url:
        return url
    shown = _PASSWORD.sub(lambda m: f"{m['head']}:***@", url)
    return _QUERY_PASSWORD.sub(r"\1***", shown)


def display_target(target: str | Path) -> str:
    return display_url(str(target))
