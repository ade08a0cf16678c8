"""A project with participants, and questionnaires filled as a municipality would fill them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.project.api import ProjectApi
from desktop.core.questionnaire.fill import Answers, fill_template


class ProjectFactory:
    def __init__(self, tmp: Path, target: str | Path | None = None) -> None:
        self.tmp = tmp
        # a project file (default tmp/test.samdrift) or a fresh database's URL
        self.target: str | Path = target if target is not None else tmp / "test.samdrift"
        self._api: ProjectApi | None = None
        self._created = False

    @property
    def api(self) -> ProjectApi:
        if self._api is None:
            exists = (Path(self.target).exists() if isinstance(self.target, Path)
                      else self._created)
            self._api = (ProjectApi.open(self.target) if exists else
                         ProjectApi.create(self.target, "Testprosjekt",
                                           ["4216", "4218", "1018"]))
            self._created = True
        return self._api

    @property
    def path(self) -> Path:
        """The project file (SQLite; a test using it is `sqlite_only`)."""
        assert self.api.path is not None, "a file-only test runs on PostgreSQL: sqlite_only"
        return self.api.path

    @property
    def location(self) -> str | Path:
        """What opens the project: its file or its URL."""
        return self.target

    def template(self, number: str) -> Path:
        [path] = self.api.write_templates(self.tmp / "utsendt", [number])
        return path

    def filled(self, number: str, name: str = "svar.xlsx", facts: dict[str, Any] | None = None,
               **rows: list[dict[str, Any]]) -> Path:
        out = self.tmp / "svar" / name
        out.parent.mkdir(exist_ok=True)
        return fill_template(self.template(number), out, Answers(facts or {}, dict(rows)))

    def close(self) -> None:
        if self._api is not None:
            self._api.close()
            self._api = None
