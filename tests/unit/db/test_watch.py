"""Another process's change is noticed as the same change set one's own operations give."""

from __future__ import annotations

import subprocess
import sys

from desktop.core.project.changes import Data
from desktop.core.project.watch import ProjectWatcher
from tests.helpers.factory import ProjectFactory

OTHER = """
import os, sys
os.environ["SAMDRIFT_USER"] = "kollega"
from desktop.core.project.api import ProjectApi
api = ProjectApi.open(sys.argv[1])
api.import_files([sys.argv[2]])
api.close()
"""


def run_other(target: object, path: object) -> None:
    done = subprocess.run([sys.executable, "-c", OTHER, str(target), str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_watcher_sees_another_process_s_import_and_not_its_own(
        factory: ProjectFactory) -> None:
    factory.api  # noqa: B018 - the project exists
    watcher = ProjectWatcher(factory.location)
    try:
        assert not watcher.poll()
        factory.api.import_files([factory.filled("4218", "egen.xlsx")])
        assert not watcher.poll(), "this process's own change is not news"
        run_other(factory.location, factory.filled("4216", "kollega.xlsx"))
        changes = watcher.poll()
        assert changes.touches([Data.RETURNS]) and changes.ids_of(Data.RETURNS) == {"4216"}
        assert changes.origin == "kollega"
        assert [c.made_by for c in watcher.seen] == ["kollega"]
        assert not watcher.poll()
    finally:
        watcher.close()
