"""The project file's error, importable without SQLAlchemy (the CLI catches it before it has
loaded anything else)."""

from __future__ import annotations


class ProjectFileError(Exception):
    """A project file that cannot be opened (not a Samdrift project, newer version, ...)."""
