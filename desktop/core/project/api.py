"""The application layer: the one entry the CLI and the UI have to the core.

`ProjectApi` opens a project and offers every job on it: reading plain data (status, issues,
records, the export), writing (participants, questionnaires, imports), and, grouped, the
catalogue (`api.catalogue`), the scenarios (`api.scenarios`) and the report (`api.reports`).
Every method is its own unit of work (one transaction) and returns plain data, so a method may
run on a worker thread while the GUI thread shows other plain data.

Every write records what it changed (`changes.Changes`): `take_changes()` hands the record to
whoever ran the operation (the app's executor, which tells the views), and listeners added with
`subscribe` hear each change as it is committed. The UI and the CLI never touch the database
or its sessions themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.session import PROJECT_SUFFIX, ProjectDatabase, open_database
from desktop.core.project.changes import NONE, Changes, Data
from desktop.core.project.results import ImportResult, IssueRow, Outcome, ParticipantStatus

if TYPE_CHECKING:
    from desktop.core.project.catalogue_ops import CatalogueOps
    from desktop.core.project.report_ops import ReportOps
    from desktop.core.project.scenario_ops import ScenarioOps
    from desktop.core.project.survey_ops import SurveyOps

# progress(done, total, current file name); return value ignored
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
Listener = Callable[[Changes], None]

__all__ = ["PROJECT_SUFFIX", "ProjectApi", "import_changes"]  # PROJECT_SUFFIX: for the UI

RECORD_KINDS = ("installation", "staffing", "bought_service", "infrastructure")


def import_changes(results: Iterable[ImportResult]) -> Changes:
    """What an import changed: the returns of the municipalities whose data changed."""
    numbers = [r.municipality for r in results if r.municipality
               and r.outcome in (Outcome.IMPORTED, Outcome.REPLACED)]
    return Changes.of(Data.RETURNS, returns=numbers) if numbers else NONE


class ProjectApi:
    def __init__(self, database: ProjectDatabase) -> None:
        self.db = database  # the core's and the tests'; the UI and the CLI never use it
        self._pending = NONE
        self._listeners: list[Listener] = []

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

    def __enter__(self) -> ProjectApi:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def location(self) -> str:
        """What opens this project again: the file's path, or the database URL."""
        return str(self.db.path) if self.db.path is not None else self.db.url

    @property
    def upgrade_backup(self) -> Path | None:
        """The copy of the file written when opening upgraded an older project."""
        return self.db.backup

    # --- what changed ----------------------------------------------------------------------
    def changed(self, changes: Changes) -> None:
        """Record a committed change (the operations call this; so may the core's helpers)."""
        if not changes:
            return
        self.db.log_change(changes.kinds, {k: sorted(v) for k, v in changes.ids.items()})
        self._pending = self._pending | changes
        for listener in list(self._listeners):
            listener(changes)

    def take_changes(self) -> Changes:
        """Everything changed through this instance since the last call."""
        out, self._pending = self._pending, NONE
        return out

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after each committed change; returns the unsubscriber."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # --- capabilities ------------------------------------------------------------------------
    @cached_property
    def catalogue(self) -> CatalogueOps:
        from desktop.core.project.catalogue_ops import CatalogueOps

        return CatalogueOps(self)

    @cached_property
    def scenarios(self) -> ScenarioOps:
        from desktop.core.project.scenario_ops import ScenarioOps

        return ScenarioOps(self)

    @cached_property
    def survey(self) -> SurveyOps:
        """Corrections, issue states, participants after creation, dispatch, notes."""
        from desktop.core.project.survey_ops import SurveyOps

        return SurveyOps(self)

    @cached_property
    def reports(self) -> ReportOps:
        from desktop.core.project.report_ops import ReportOps

        return ReportOps(self)

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
        self.changed(Changes.of(Data.PARTICIPANTS))

    def write_templates(self, out_dir: str | Path, numbers: Iterable[str] | None = None
                        ) -> list[Path]:
        """One questionnaire per participant (or the given numbers); marks them as sent."""
        from desktop.core.project import templates

        paths = templates.write_templates(self.db, Path(out_dir), numbers)
        self.changed(Changes.of(Data.PARTICIPANTS))
        return paths

    def import_files(self, paths: Sequence[str | Path], *, municipality: str | None = None,
                     progress: ProgressFn | None = None, cancelled: CancelFn | None = None
                     ) -> list[ImportResult]:
        """Import files and folders (folders are searched for spreadsheets), one transaction
        per file, in the order given (a folder's files in path order). Whatever that order,
        the newest version of a municipality's return ends up current: a file older than the
        current return (by the date the file says it was saved, else «Dato utfylt») is kept
        as history and replaces nothing.
        When `cancelled()` turns true it stops between files and returns the results so far
        (files already done stay imported)."""
        from desktop.core.importing import service

        results = service.import_paths(self.db, paths, municipality=municipality,
                                       progress=progress, cancelled=cancelled)
        self.changed(import_changes(results))
        return results

    def save_copy(self, target: str | Path) -> None:
        """A consistent copy of the project file (Lagre kopi som…)."""
        from db.session import copy_project_file

        if self.db.path is None:
            from desktop.core.errors import InputError

            raise InputError("Prosjektet ligger i en database, ikke i en fil; lag en kopi med "
                             "databasens egne verktøy.")
        copy_project_file(self.db.path, Path(target))
