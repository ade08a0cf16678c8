"""The project facade the CLI and the UI share: create, open, templates, import, status, export.

Every method opens its own unit of work (one SQLAlchemy session) and returns plain data, so a
method may run on a worker thread while the GUI thread reads other plain data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from db.session import ProjectDatabase, open_database
from desktop.core.project.results import ImportResult, IssueRow, ParticipantStatus

# progress(done, total, current file name); return value ignored
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

RECORD_KINDS = ("installation", "staffing", "bought_service", "infrastructure")


class ProjectApi:
    def __init__(self, database: ProjectDatabase) -> None:
        self.db = database

    # --- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, target: str | Path, name: str, municipalities: Sequence[str]) -> ProjectApi:
        """A new project file with these participants (numbers or names, current or former)."""
        from desktop.core.project import setup

        db = open_database(target, create=True)
        try:
            setup.create_project(db, name, municipalities)
        except Exception:
            db.close()
            if db.path is not None and db.path.exists():
                db.path.unlink()
            raise
        return cls(db)

    @classmethod
    def open(cls, target: str | Path) -> ProjectApi:
        return cls(open_database(target))

    def close(self) -> None:
        self.db.close()

    @property
    def path(self) -> Path | None:
        return self.db.path

    # --- reading ---------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """Project name, uuid, register year, number of participants."""
        from desktop.core.project import setup

        return setup.project_info(self.db)

    def status(self) -> list[ParticipantStatus]:
        from desktop.core.project import status

        return status.participant_statuses(self.db)

    def issues(self) -> list[IssueRow]:
        """Issues of the current returns, errors first."""
        from desktop.core.project import status

        return status.current_issues(self.db)

    def records(self, kind: str) -> list[dict[str, Any]]:
        """Rows of one record kind (see RECORD_KINDS) of the current returns, for data views.

        Each row has the record's field keys plus `municipality` (number), `municipality_name`,
        `file_name`, `sheet`, `row`, `raw` and `interpreted`.
        """
        from desktop.core.project import export

        return export.record_rows(self.db, kind)

    def export(self) -> dict[str, Any]:
        """The JSON export document (see README, "JSON export")."""
        from desktop.core.project import export

        return export.export_document(self.db)

    # --- writing ---------------------------------------------------------------------------
    def add_participants(self, municipalities: Sequence[str]) -> None:
        from desktop.core.project import setup

        setup.add_participants(self.db, municipalities)

    def write_templates(self, out_dir: str | Path, numbers: Iterable[str] | None = None
                        ) -> list[Path]:
        """One questionnaire per participant (or the given numbers); marks them as sent."""
        from desktop.core.project import templates

        return templates.write_templates(self.db, Path(out_dir), numbers)

    def import_files(self, paths: Sequence[str | Path], *, municipality: str | None = None,
                     progress: ProgressFn | None = None, cancelled: CancelFn | None = None
                     ) -> list[ImportResult]:
        """Import files and folders (folders are searched for spreadsheets), one transaction
        per file. Files are taken oldest first (by the date the file says it was saved), so
        that a re-sent version replaces the earlier one whatever order they are given in.
        When `cancelled()` turns true it stops between files and returns the results so far
        (files already done stay imported)."""
        from desktop.core.importing import service

        return service.import_paths(self.db, paths, municipality=municipality,
                                    progress=progress, cancelled=cancelled)
