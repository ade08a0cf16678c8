"""Copies at any time, rolling automatic backups, a project not closed cleanly, and URLs on
the command line kept intact with their passwords hidden."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.session import to_url
from db.target import display_url, project_target
from desktop.cli.main import main
from desktop.core.project import backups
from desktop.core.project.api import ProjectApi
from tests.helpers.factory import ProjectFactory

GERICA = [{"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift"}]


def _count(path: Path, table: str = "installation") -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_urls_stay_intact_and_passwords_are_hidden() -> None:
    url = "postgresql+psycopg://kari:hemmelig@db.kommune.no:5432/forstudie"
    assert project_target(url) == url
    assert project_target("a/b.samdrift") == Path("a/b.samdrift")
    assert display_url(url) == "postgresql+psycopg://kari:***@db.kommune.no:5432/forstudie"
    assert display_url("postgresql://h/db?user=k&password=p%40ss") \
        == "postgresql://h/db?user=k&password=***"
    assert to_url("postgresql://h/db") == "postgresql+psycopg://h/db"
    assert to_url(url) == url


def test_the_cli_takes_a_url_for_a_url_and_never_prints_its_password(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    url = "postgresql+psycopg://kari:hemmelig@127.0.0.1:1/forstudie?connect_timeout=3"
    code = main(["new", url, "--name", "P", "--municipalities", "4216"])
    err = capsys.readouterr().err
    assert code == 2
    assert "hemmelig" not in err and "kari:***@127.0.0.1:1/forstudie" in err
    assert list(tmp_path.iterdir()) == [], "the URL was taken for a folder and a file"


def test_save_copy_while_open_and_the_backup_command(factory: ProjectFactory,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    factory.api.import_files([factory.filled("4216", installation=GERICA)])
    out = factory.tmp / "kopi.samdrift"
    factory.api.save_copy(out)
    assert _count(out) == 1
    assert main(["backup", str(factory.location), str(factory.tmp / "cli-kopi.samdrift")]) == 0
    assert _count(factory.tmp / "cli-kopi.samdrift") == 1
    assert not [p for p in factory.tmp.iterdir() if p.suffix == ".tmp"]


@pytest.mark.sqlite_only
def test_automatic_backups_list_and_restore(factory: ProjectFactory,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = factory.path  # created: no backup of an empty new project
    factory.close()
    ProjectApi.open(path).close()  # opening makes the first backup
    api = ProjectApi.open(path)
    api.import_files([factory.filled("4216", installation=GERICA)])
    api.close()  # changed, but the newest backup is not 10 minutes old: none more
    assert _count(path) == 1
    capsys.readouterr()
    assert main(["backup", str(path), "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].split()[0] == "1"
    assert main(["backup", str(path), "--restore", "1"]) == 0
    assert _count(path) == 0, "the backup made at open, before the import"
    assert main(["backup", str(path), "--list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2 + 1  # restore message + 2 backups


def test_backups_keep_the_newest_ten_and_one_a_day_for_thirty_days(tmp_path: Path) -> None:
    project = tmp_path / "p.samdrift"
    ProjectApi.create(project, "P", ["4216"]).close()
    start = dt.datetime(2026, 1, 1, 8, 0)
    for day in range(40):
        for hour in range(3):
            backups.make_backup(project, "u-prune", now=start + dt.timedelta(days=day,
                                                                             hours=hour))
    now = start + dt.timedelta(days=39, hours=2)
    kept = backups.list_backups("u-prune")
    stamps = [b.made_at for b in kept]
    assert stamps[:10] == sorted(stamps, reverse=True)[:10]
    days = {b.made_at.date() for b in kept}
    assert days == {(now - dt.timedelta(days=d)).date() for d in range(31)}
    assert len(kept) == 10 + (31 - 4)  # the newest 10 cover the last four days


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_a_project_not_closed_cleanly_is_checked_and_said(tmp_path: Path) -> None:
    project = tmp_path / "krasj.samdrift"
    ProjectApi.create(project, "P", ["4216"]).close()
    assert not list(tmp_path.glob(".*.open")), "a clean close leaves no marker"
    crashed = tmp_path / f".krasj.samdrift.{socket.gethostname()}.{_dead_pid()}.open"
    crashed.write_text("")
    elsewhere = tmp_path / ".krasj.samdrift.annen-pc.4242.open"
    elsewhere.write_text("")
    api = ProjectApi.open(project)
    try:
        assert api.unclean_shutdown is not None and api.unclean_shutdown.ok
        assert "ikke lukket ordentlig" in api.unclean_shutdown.message
        assert api.open_elsewhere == ["annen-pc (prosess 4242)"]
        assert not crashed.exists()
        assert (tmp_path / f".krasj.samdrift.{socket.gethostname()}.{os.getpid()}.open").exists()
    finally:
        api.close()
    elsewhere.unlink()
    again = ProjectApi.open(project)
    assert again.unclean_shutdown is None and again.open_elsewhere == []
    again.close()


def test_a_crash_after_background_work_is_still_noticed(tmp_path: Path) -> None:
    """The app opens the project once for its window and once per background task, in one
    process: a task ending must not take the window's marker with it, or a crash after any
    background work goes unnoticed (and nobody else sees that the project is open)."""
    project = tmp_path / "krasj.samdrift"
    ProjectApi.create(project, "P", ["4216"]).close()
    script = (
        "import os, sys\n"
        "from desktop.core.project.api import ProjectApi\n"
        "window = ProjectApi.open(sys.argv[1])\n"
        "task = ProjectApi.open(sys.argv[1])\n"
        "task.close()\n"
        "os._exit(9)  # the app stops before the window closes the project\n")
    done = subprocess.run([sys.executable, "-c", script, str(project)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 9, done.stderr
    api = ProjectApi.open(project)
    try:
        assert api.unclean_shutdown is not None and api.unclean_shutdown.ok
    finally:
        api.close()


def test_the_marker_lasts_until_the_processs_last_opening_closes(tmp_path: Path) -> None:
    project = tmp_path / "delt.samdrift"
    ProjectApi.create(project, "P", ["4216"]).close()
    window = ProjectApi.open(project)
    task = ProjectApi.open(project)
    task.close()
    assert list(tmp_path.glob(".delt.samdrift.*.open")), "the window still has it open"
    window.close()
    assert not list(tmp_path.glob(".delt.samdrift.*.open"))


def test_the_cli_says_when_a_project_was_not_closed_cleanly(tmp_path: Path) -> None:
    project = tmp_path / "krasj.samdrift"
    ProjectApi.create(project, "P", ["4216"]).close()
    (tmp_path / f".krasj.samdrift.{socket.gethostname()}.{_dead_pid()}.open").write_text("")
    done = subprocess.run([sys.executable, "-m", "desktop.cli.main", "status", str(project)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ikke lukket ordentlig" in done.stderr and "er hel" in done.stderr


def test_two_threads_finding_a_backup_due_make_one(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The open checks (a worker thread) and a change (the GUI thread) can both find the
    first backup due; the user gets one backup, not two a few milliseconds apart."""
    import threading
    import time

    import db.copy

    project = ProjectFactory(tmp_path, tmp_path / "p.samdrift")
    path = project.api.db.path
    uuid = str(project.api.info()["uuid"])
    project.close()
    slow_copy = db.copy.copy_file

    def copy_slowly(source: Path, target: Path) -> None:
        time.sleep(0.2)  # a large project: the copy takes a while
        slow_copy(source, target)

    monkeypatch.setattr(db.copy, "copy_file", copy_slowly)
    assert backups.list_backups(uuid) == [], "creating a project makes no backup"
    threads = [threading.Thread(target=backups.make_backup, args=(path, uuid)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(backups.list_backups(uuid)) == 1


def test_the_apps_background_opening_makes_no_backup(tmp_path: Path) -> None:
    """The app's background tasks open the project again and again (each recomputation); only
    the window's own opening, or a change, makes a backup, so none of them copies the file."""
    project = ProjectFactory(tmp_path, tmp_path / "p.samdrift")
    path = project.api.db.path
    uuid = str(project.api.info()["uuid"])
    project.close()
    ProjectApi.open(path, backup=False).close()
    assert backups.list_backups(uuid) == []
    ProjectApi.open(path).close()
    assert len(backups.list_backups(uuid)) == 1
