"""Generating one questionnaire per participant, and marking them as sent."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from db.models import Participant, Project, utcnow
from db.session import ProjectDatabase
from desktop.core.questionnaire.template import write_template

_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def template_file_name(number: str, name: str) -> str:
    return _UNSAFE.sub("-", f"Spørreskjema {name} ({number}).xlsx")


def write_templates(db: ProjectDatabase, out_dir: Path, numbers: Iterable[str] | None = None
                    ) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = {n.strip().zfill(4) for n in numbers} if numbers is not None else None
    written: list[Path] = []
    with db.session() as s:
        project = s.scalars(select(Project)).one()
        for p in s.scalars(select(Participant).order_by(Participant.number)):
            if wanted is not None and p.number not in wanted:
                continue
            if wanted is None and p.removed_at is not None:
                continue  # removed from the project: only when asked for by number
            path = out_dir / template_file_name(p.number, p.name)
            write_template(path, project_id=project.uuid, project_name=project.name,
                           municipality_number=p.number, municipality_name=p.name,
                           population=p.population, deadline=project.response_deadline,
                           contact=project.contact)
            p.template_sent_at = utcnow()
            written.append(path)
    return written
