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

import logging
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.session import PROJECT_SUFFIX, ProjectDatabase, open_database
from desktop.core.errors import StorageProblem
from desktop.core.project.changes import NONE, Changes, Data
from desktop.core.project.results import ImportResult, IssueRow, Outcome, ParticipantStatus
from desktop.core.project.watch import ProjectWatcher

if TYPE_CHECKING:
    from desktop.core.project.backups import Backup
    from desktop.core.project.catalogue_ops import CatalogueOps
    from desktop.core.project.report_ops import ReportOps
    from desktop.core.project.results import UncleanShutdown
    from desktop.core.project.scenario_ops import ScenarioOps
    from desktop.core.project.survey_ops import SurveyOps
    from desktop.core.project.watch import OtherChange, ProjectWatcher

log = logging.getLogger("samdrift.project")

# progress(done, total, current file name); return value ignored
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
Listener = Callable[[Changes], None]

# PROJECT_SUFFIX and ProjectWatcher (what other processes change: project/watch.py): for the UI
__all__ = ["PROJECT_SUFFIX", "ProjectApi", "ProjectWatcher", "import_changes"]

RECORD_KINDS = ("installation", "staffing", "bought_service", "infrastructure")


def import_changes(results: Iterable[ImportResult]) -> Changes:
    """What an import changed: the returns of the municipalities whose data changed."""
    numbers = [r.municipality for r in results if r.municipality
               and r.outcome in (Outcome.IMPORTED, Outcome.REPLACED)]
    return Changes.of(Data.RETURNS, returns=numbers) if numbers else NONE


class ProjectApi:
    # called with each project opened or created (the CLI prints the notices of an unclean
    # shutdown through it)
    opened_hooks: list[Callable[[ProjectApi], None]] = []

    def __init__(self, database: ProjectDatabase) -> None:
        self.db = database  # the core's and the tests'; the UI and the CLI never use it
        self._pending = NONE
        self._listeners: list[Listener] = []
        # not closed cleanly last time (a crash): what the integrity check found
        self.unclean_shutdown: UncleanShutdown | None = None
        # where else the file is open now ("host (prosess pid)"), as far as markers tell
        self.open_elsewhere: list[str] = []
        self._marker: Path | None = None
        self._stale: list[Path] = []  # markers of crashed processes, until startup_checks()
        self._backup_due = False
        self._unsaved_backup = False  # changed since the last automatic backup
        self._uuid: str | None = None

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
        api = cls(db)
        api._started(backup=False)
        return api

    @classmethod
    def open(cls, target: str | Path, *, checks: bool = True, backup: bool = True
             ) -> ProjectApi:
        """The project at `target`. Opening a file checks it when it was not closed cleanly
        (`unclean_shutdown`) and makes the automatic backup when one is due; both read the
        whole file. `checks=False` leaves them to `startup_checks()`, which the app's window
        runs off its thread so that a large project does not freeze it. `backup=False`: no
        backup for opening (the app's background tasks: the window's own opening made it);
        a change made through this opening still makes one when due."""
        api = cls(open_database(target))
        api._started(backup=backup, checks=checks)
        return api

    def _started(self, *, backup: bool, checks: bool = True) -> None:
        from desktop.core.project import backups

        path = self.db.path
        if path is not None:
            self.open_elsewhere, self._stale = backups.other_markers(path)
            self._marker = backups.place_marker(path)
            self._backup_due = backup
            if backup and not checks:  # read here: startup_checks() may run on another thread
                self._uuid = str(self.info()["uuid"])
            if checks:
                self.startup_checks()
        for hook in list(self.opened_hooks):
            hook(self)

    def startup_checks(self) -> UncleanShutdown | None:
        """What opening leaves for later with `checks=False`: the integrity check after an
        unclean shutdown (its result also in `unclean_shutdown`) and the automatic backup.
        Touches only the file, through its own connection, and the backup folder, so any
        thread may run it; it runs once."""
        from desktop.core.project import backups

        path = self.db.path
        if path is None:
            return None
        stale, self._stale = self._stale, []
        if stale:
            self.unclean_shutdown = backups.check_integrity(path)
            for marker in stale:
                marker.unlink(missing_ok=True)
        if self._backup_due:
            self._backup_due = False
            self._auto_backup()
        return self.unclean_shutdown

    def _auto_backup(self) -> None:
        """A rolling backup if the newest is 10 minutes old (backups.py); never fails the
        operation it follows."""
        from desktop.core.project import backups

        if self.db.path is None:
            return
        try:
            if self._uuid is None:
                self._uuid = str(self.info()["uuid"])
            if backups.make_backup(self.db.path, self._uuid) is not None:
                self._unsaved_backup = False
        except Exception:  # a full disk, no data folder: the project itself is fine
            log.warning("no automatic backup of %s", self.db.path, exc_info=True)

    @staticmethod
    def watch(target: str | Path) -> ProjectWatcher:
        """A watcher of what other processes change in the project (watch.py): its `poll()`
        returns their change sets."""
        from desktop.core.project.watch import ProjectWatcher

        return ProjectWatcher(target)

    def close(self) -> None:
        if self._unsaved_backup:
            self._auto_backup()
        if self._marker is not None:
            from desktop.core.project import backups

            backups.release_marker(self._marker)
            self._marker = None
        self.db.close()

    def backups(self) -> list[Backup]:
        """The automatic backups of this project file, newest first."""
        from desktop.core.project import backups

        return backups.list_backups(str(self.info()["uuid"])) if self.db.path else []

    def restore_backup(self, number: int) -> Path:
        """Put backup `number` (1 = newest) in place of the project file; the file as it was
        becomes a backup first. Closes this instance (open the project again)."""
        from db.copy import copy_file
        from desktop.core.errors import Conflict, InputError, NotFound
        from desktop.core.project import backups

        path = self.db.path
        if path is None:
            raise InputError("Bare en prosjektfil har automatiske sikkerhetskopier.")
        if self.open_elsewhere:
            raise Conflict(f"Prosjektet er åpent også på {', '.join(self.open_elsewhere)}; "
                           "lukk det der før en sikkerhetskopi settes tilbake.")
        found = {b.number: b for b in self.backups()}
        if number not in found:
            raise NotFound(f"Det finnes ingen sikkerhetskopi nummer {number} "
                           f"(det finnes {len(found)}).")
        chosen = found[number]
        backups.make_backup(path, str(self.info()["uuid"]), force=True)
        self._unsaved_backup = False
        self.close()
        copy_file(chosen.path, path)
        return chosen.path

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
        self._unsaved_backup = True
        self._auto_backup()
        self._pending = self._pending | changes
        for listener in list(self._listeners):
            listener(changes)

    def revision(self) -> int:
        """The newest row of the change log: what a window read is "as of" this."""
        from sqlalchemy import func, select

        from db.models import ChangeLog

        with self.db.reading() as s:
            return int(s.scalar(select(func.max(ChangeLog.id))) or 0)

    def changes_since(self, revision: int) -> list[OtherChange]:
        """What other processes committed after `revision`, oldest first."""
        from sqlalchemy import select

        from db.models import ChangeLog
        from db.session import current_process
        from desktop.core.project.watch import OtherChange, changes_of

        with self.db.reading() as s:
            rows = s.scalars(select(ChangeLog).where(ChangeLog.id > revision,
                                                     ChangeLog.process != current_process())
                             .order_by(ChangeLog.id)).all()
            return [OtherChange(r.made_by, r.at, changes_of(r)) for r in rows]

    def last_change_by_others(self) -> OtherChange | None:
        from sqlalchemy import select

        from db.models import ChangeLog
        from db.session import current_process
        from desktop.core.project.watch import OtherChange, changes_of

        with self.db.reading() as s:
            row = s.scalars(select(ChangeLog).where(ChangeLog.process != current_process())
                            .order_by(ChangeLog.id.desc()).limit(1)).first()
            return OtherChange(row.made_by, row.at, changes_of(row)) if row else None

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

        try:
            results = service.import_paths(self.db, paths, municipality=municipality,
                                           progress=progress, cancelled=cancelled)
        except StorageProblem as exc:  # the files before it stay imported: tell the views
            self.changed(import_changes(getattr(exc, "results", ())))
            raise
        self.changed(import_changes(results))
        return results

    def save_copy(self, target: str | Path) -> str:
        """A consistent copy of the project, also while it is being written (Lagre kopi
        som…): to a file (replaced whole), or into an empty database given by its URL.
        Returns what opens the copy."""
        from db.copy import copy_database

        return copy_database(self.db, target)
