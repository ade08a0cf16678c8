"""A project as a user names it (a `.samdrift` path or a database URL), for the CLI and the UI,
which do not import `db` themselves: `project_target` keeps URLs intact, `display_target`
hides a URL's password. Importable without SQLAlchemy (the CLI's argument parser uses it)."""

from __future__ import annotations

from db.target import display_target, display_url, is_url, project_target

__all__ = ["display_target", "display_url", "is_url", "project_target"]
