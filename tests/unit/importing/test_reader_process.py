"""An import of several files reads them in a reader process (desktop/core/importing/reading.py):
what it stores and reports is what reading on the thread stores and reports; cancelling stops
it; a reader process that dies costs the file it was reading, and the import goes on; where no
process can be started, the thread reads the files."""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import (
    RECORD_MODELS,
    ExtraValue,
    ImportIssue,
    MunicipalityFacts,
    Project,
    QuestionnaireReturn,
)
from desktop.core.importing import reading
from desktop.core.importing.messages import shown
from desktop.core.project.results import ImportResult, Outcome
from tests.helpers.factory import ProjectFactory
from tests.helpers.saved_at import set_saved_at

SYSTEMS = [
    {"name": "Visma Flyt Skole", "vendor": "Visma", "service_area": "Skole",
     "hosting": "Skytjeneste (SaaS)", "users": "ca. 120", "annual_cost": "kr 145 000,-",
     "contract_end": "des. 2027", "management_fte": "0.2"},
    {"name": "Gerica", "vendor": "Tietoevry", "service_area": "helse og omsorg",
     "hosting": "egen drift", "users": 210, "servers": 2, "annual_cost": 410000},
    {"name": "Websak", "service_area": "Sak, arkiv og politikk", "users": "?"},
]


@pytest.fixture
def returns(tmp_path: Path) -> tuple[str, list[Path]]:
    """Returns of every outcome, in an order that matters: imported, replaced, older,
    unchanged, rejected (empty, not a spreadsheet), with messy values and their issues."""
    source = ProjectFactory(tmp_path / "source")
    (tmp_path / "source").mkdir()
    out = tmp_path / "files"
    out.mkdir()

    def filled(number: str, name: str, when: dt.datetime, **rows: Any) -> Path:
        path = source.filled(number, name, facts={"inhabitants": 5480}, **rows)
        return set_saved_at(shutil.copy(path, out / name), when)

    first = filled("4216", "a 4216 v1.xlsx", dt.datetime(2026, 3, 1, 10), installation=SYSTEMS)
    other = filled("4218", "b 4218.xlsx", dt.datetime(2026, 3, 2, 10),
                   installation=SYSTEMS[1:], staffing=[{"function": "Drift", "fte": "2,5"}])
    (out / "c tom.xlsx").write_bytes(b"")
    newer = out / "d 4216 v2.xlsx"
    wb = load_workbook(first)
    wb["Fagsystemer"].cell(row=wb["Fagsystemer"].max_row, column=1).value = "Acos Websak"
    wb.save(newer)
    set_saved_at(newer, dt.datetime(2026, 3, 5, 10))
    older = shutil.copy(first, out / "e 4216 v1 igjen.xlsx")
    (out / "f notat.xlsx").write_text("ikke et regneark", encoding="utf-8")
    third = filled("1018", "g 1018.xlsx", dt.datetime(2026, 3, 3, 10), installation=SYSTEMS[:1])
    same = shutil.copy(other, out / "h 4218 igjen.xlsx")
    uuid = _project_uuid(source)
    source.close()
    return uuid, [first, other, out / "c tom.xlsx", newer, Path(older), out / "f notat.xlsx",
                  third, Path(same)]


def _project_uuid(factory: ProjectFactory) -> str:
    with factory.api.db.reading() as s:
        return str(s.scalars(select(Project)).one().uuid)


@pytest.fixture
def project(tmp_path: Path, returns: tuple[str, list[Path]]) -> Iterator[Any]:
    """A fresh project the returns were made for (same participants, same project id)."""
    made: list[ProjectFactory] = []

    def make(name: str) -> ProjectFactory:
        (tmp_path / name).mkdir()
        f = ProjectFactory(tmp_path / name)
        with f.api.db.session() as s:
            s.scalars(select(Project)).one().uuid = returns[0]
        made.append(f)
        return f

    yield make
    for f in made:
        f.close()


def _stored(f: ProjectFactory) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the import wrote, but the time it was received."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with f.api.db.reading() as s:
        for model in [QuestionnaireReturn, *RECORD_MODELS.values(), MunicipalityFacts,
                      ImportIssue, ExtraValue]:
            table: Any = model.__table__
            cols = [c for c in table.columns if c.key != "received_at"]
            out[table.name] = [tuple(r) for r in s.execute(select(*cols).order_by(table.c.id))]
    return out


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Counts the files that came from a reader process; each reader process is ready before
    the first file is taken (else the files would be read here while it starts)."""
    seen: dict[str, Any] = {"received": 0, "readers": []}
    recv, init = reading._recv, reading.ProcessReader.__init__

    def counted(conn: Any) -> Any:
        seen["received"] += 1
        return recv(conn)

    def ready_first(self: reading.ProcessReader, *args: Any) -> None:
        init(self, *args)
        seen["readers"].append(self)
        assert self.conn.poll(60), "the reader process did not start"
        self._look_for_ready(0)

    monkeypatch.setattr(reading, "_recv", counted)
    monkeypatch.setattr(reading.ProcessReader, "__init__", ready_first)
    spawn = reading.ProcessReader._spawn

    def spawn_ready(self: reading.ProcessReader) -> None:  # a reader started again, too
        spawn(self)
        if seen["readers"]:
            assert self.conn.poll(60), "the new reader process did not start"
            self._look_for_ready(0)

    monkeypatch.setattr(reading.ProcessReader, "_spawn", spawn_ready)
    return seen


def _import(f: ProjectFactory, paths: list[Path], **kwargs: Any) -> list[ImportResult]:
    return f.api.import_files(paths, **kwargs)


def test_the_reader_process_stores_and_reports_what_the_thread_does(
        returns: tuple[str, list[Path]], project: Any, spy: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    """Same results (outcomes, messages in the UI language, issues, changes, order) and the
    same stored rows, with the issues' texts stored in Norwegian while the UI is English."""
    _, paths = returns
    by_thread, by_process = project("thread"), project("process")
    with monkeypatch.context() as m:
        m.setenv(reading.READER_ENV, "thread")
        expected = _import(by_thread, paths)
    assert spy["received"] == 0
    monkeypatch.setattr(reading, "READ_HERE_MAX", 0)  # every file from the reader process
    got = _import(by_process, paths)
    assert spy["received"] >= len(paths), "the files came from the reader process"
    assert got == expected
    assert [r.outcome for r in got] == [
        Outcome.IMPORTED, Outcome.IMPORTED, Outcome.REJECTED, Outcome.REPLACED, Outcome.OLDER,
        Outcome.REJECTED, Outcome.IMPORTED, Outcome.UNCHANGED]
    assert "imported" in got[0].message, "the outcome in the UI's language"
    stored = _stored(by_process)
    assert stored == _stored(by_thread)
    messages = [row[6] for row in stored["import_issue"]]
    assert any("tolket som" in m for m in messages), "issues are stored in Norwegian"
    assert stored["installation"] and not multiprocessing.active_children()


def test_large_files_read_here_and_the_others_in_the_reader_keep_their_order(
        returns: tuple[str, list[Path]], project: Any, spy: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Files above PROCESS_MAX_BYTES are read by the importing process (a large file is then
    not held by both processes), between files the reader process reads: same results."""
    _, paths = returns
    with monkeypatch.context() as m:
        m.setenv(reading.READER_ENV, "thread")
        expected = _import(project("thread"), paths)
    sizes = sorted(p.stat().st_size for p in paths)
    monkeypatch.setattr(reading, "PROCESS_MAX_BYTES", sizes[len(sizes) // 2])
    got = _import(project("mixed"), paths)
    assert 0 < spy["received"] < len(paths), "some files read here, some in the reader"
    assert got == expected


def test_files_read_here_while_the_reader_is_behind_keep_their_order(
        returns: tuple[str, list[Path]], project: Any, spy: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader given one file at a time is always behind: the importing process reads the
    next files itself meanwhile; same results as the thread's."""
    _, paths = returns
    with monkeypatch.context() as m:
        m.setenv(reading.READER_ENV, "thread")
        expected = _import(project("thread"), paths)
    monkeypatch.setattr(reading, "PROCESS_AHEAD", 0)
    got = _import(project("behind"), paths)
    assert 0 < spy["received"] < len(paths), "some files read here, some in the reader"
    assert got == expected


def test_cancelling_stops_the_reader_and_keeps_the_files_before(
        returns: tuple[str, list[Path]], project: Any, spy: dict[str, Any]) -> None:
    _, paths = returns
    f = project("cancel")
    stop = {"at": 4, "cancel": False}

    def progress(done: int, total: int, name: str) -> None:
        if done == stop["at"]:
            stop["cancel"] = True

    results = _import(f, paths, progress=progress, cancelled=lambda: stop["cancel"])
    assert [r.file_name for r in results] == [p.name for p in paths[:len(results)]]
    assert 4 <= len(results) <= 5, "stops at the file being read when cancelled, or after it"
    assert spy["readers"] and not multiprocessing.active_children(), "the reader has ended"
    with f.api.db.reading() as s:
        stored = set(s.scalars(select(QuestionnaireReturn.file_name)))
    assert stored <= {r.file_name for r in results}
    assert {r.file_name for r in results
            if r.outcome in (Outcome.IMPORTED, Outcome.REPLACED)} <= stored
    assert "g 1018.xlsx" not in stored, "nothing after the cancel is stored"


def test_a_reader_process_that_dies_costs_one_file_and_the_import_goes_on(
        returns: tuple[str, list[Path]], project: Any, spy: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        english: None) -> None:
    """Killed while it reads the first files: the file it had not sent back gets one clear
    error and nothing of it is stored; a new reader process reads the files after it, which
    import as they would have without the lost one."""
    _, paths = returns
    receive = reading.ProcessReader._receive

    def kill_first(self: reading.ProcessReader, i: int) -> Any:
        if self.deaths == 0 and i == 0:  # files 0-2 were just sent: one at least unread
            self.process.kill()
            self.process.join()
        return receive(self, i)

    monkeypatch.setattr(reading.ProcessReader, "_receive", kill_first)
    f = project("killed")
    with caplog.at_level(logging.ERROR, "samdrift.import"):
        results = _import(f, paths)
    [lost] = [r for r in results if r.code == "reader_stopped"]
    assert lost.outcome is Outcome.REJECTED and lost.file_name in lost.message
    assert "ingenting fra den er lagret" in lost.message, "kept in Norwegian, as rejections"
    assert shown(lost.message) == f"{lost.file_name}: reading the file stopped unexpectedly " \
        "(the helper process that reads the files ended); nothing from it has been stored. " \
        "Try importing it again."
    assert "reader process ended" in caplog.text
    assert results.index(lost) <= 2 and len(results) == len(paths)
    with monkeypatch.context() as m:
        m.setenv(reading.READER_ENV, "thread")
        rest = [p for p in paths if p.name != lost.file_name]
        assert [r for r in results if r is not lost] == _import(project("rest"), rest)
    with f.api.db.reading() as s:
        stored = list(s.scalars(select(QuestionnaireReturn.file_name)))
    assert lost.file_name not in stored
    assert not multiprocessing.active_children()


def test_where_no_process_can_start_the_thread_reads_the_files(
        returns: tuple[str, list[Path]], project: Any, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    _, paths = returns

    def refused(self: Any) -> None:
        raise PermissionError("no processes here")

    with monkeypatch.context() as m:
        m.setenv(reading.READER_ENV, "thread")
        expected = _import(project("thread"), paths)
    monkeypatch.setattr(reading.ProcessReader, "_spawn", refused)
    with caplog.at_level(logging.WARNING, "samdrift.import"):
        got = _import(project("no-process"), paths)
    assert got == expected
    assert "no reader process" in caplog.text and "no processes here" in caplog.text


def test_a_result_that_cannot_be_read_back_is_that_files_error_and_the_rest_imports(
        returns: tuple[str, list[Path]], project: Any, spy: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _, paths = returns
    recv = reading._recv
    calls = {"n": 0}

    def second_fails(conn: Any) -> Any:
        message = recv(conn)
        calls["n"] += 1
        if calls["n"] == 2:
            raise pickle.UnpicklingError("broken")
        return message

    with monkeypatch.context() as m:
        m.setenv(reading.READER_ENV, "thread")
        expected = _import(project("thread"), paths)
    monkeypatch.setattr(reading, "_recv", second_fails)
    got = _import(project("broken"), paths)
    [bad] = [i for i, r in enumerate(got) if r.code == "internal_error"]
    assert got[bad].file_name == paths[bad].name and expected[bad].code != "internal_error"
    assert len(got) == len(paths)
    assert [r.file_name for r in got] == [p.name for p in paths]
    assert not multiprocessing.active_children()


def test_a_reader_that_dies_while_a_file_is_stored_does_not_cost_that_file(
        returns: tuple[str, list[Path]], project: Any, spy: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed while the importing process stores file 1: file 1 is imported; the next file
    given to the dead process is the one lost; the import goes on."""
    _, paths = returns
    paths = [paths[0], paths[1], paths[6], paths[3], paths[2], paths[5]]
    start = reading.ProcessReader.start

    def kill_while_storing(self: reading.ProcessReader, i: int) -> None:
        if i == 2 and self.deaths == 0:
            self.process.kill()
            self.process.join()
        start(self, i)

    monkeypatch.setattr(reading.ProcessReader, "start", kill_while_storing)
    monkeypatch.setattr(reading, "READ_HERE_MAX", 0)
    results = _import(project("killed-storing"), paths)
    assert [r.file_name for r in results] == [p.name for p in paths]
    assert results[1].outcome is Outcome.IMPORTED
    [lost] = [r for r in results if r.code == "reader_stopped"]
    assert results.index(lost) >= 2
    assert not multiprocessing.active_children()


def test_a_reader_started_after_the_import_ended_exits_quietly(capfd: pytest.CaptureFixture[str]
                                                               ) -> None:
    """A small import (the demo's eight returns) can end before the reader is up: it read the
    files itself meanwhile. The reader then found nobody to tell it was ready and printed a
    BrokenPipeError traceback on the command line."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    ours.close()  # the import is over before the reader says it is ready
    process = context.Process(target=reading.reader_main, args=(theirs,))
    process.start()
    theirs.close()
    process.join(60)
    assert process.exitcode == 0
    assert "Traceback" not in capfd.readouterr().err
