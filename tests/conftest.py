"""Shared test setup: Qt offscreen, projects and filled questionnaires on demand."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# automatic backups (desktop/core/project/backups.py) go to a folder of this run, not the
# user's data folder; subprocesses inherit it
if "SAMDRIFT_BACKUP_DIR" not in os.environ:
    _BACKUPS = tempfile.mkdtemp(prefix="samdrift-test-backups-")
    os.environ["SAMDRIFT_BACKUP_DIR"] = _BACKUPS
else:
    _BACKUPS = ""

from tests.helpers.factory import ProjectFactory  # noqa: E402


@pytest.fixture
def factory(tmp_path: Path) -> Iterator[ProjectFactory]:
    f = ProjectFactory(tmp_path)
    yield f
    f.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if shutil.which("soffice"):
        return
    skip = pytest.mark.skip(reason="LibreOffice (soffice) is not installed; make test installs it")
    for item in items:
        if "libreoffice" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _BACKUPS:
        shutil.rmtree(_BACKUPS, ignore_errors=True)
