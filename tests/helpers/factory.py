"""A project with participants, and questionnaires filled as a municipality would fill them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.project.api import ProjectApi
from desktop.core.questionnaire.fill import Answers, fill_template


class ProjectFactory:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self._api: ProjectApi | None = None

    @property
    def api(self) -> ProjectApi:
        if self._api is None:
            path = self.tmp / "test.samdrift"
            self._api = (ProjectApi.open(path) if path.exists() else
                         ProjectApi.create(path, "Testprosjekt", ["4216", "4218", "1018"]))
        return self._api

    @property
    def path(self) -> Path:
        assert self.api.path is not None
        return self.api.path

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
