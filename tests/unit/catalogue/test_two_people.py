"""Two people, one project: a catalogue decision on systems someone else changed after it was
read is refused with a message naming who and when, never silently lost; undo refuses to
overwrite what someone else decided since."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.core.errors import Conflict
from tests.helpers.factory import ProjectFactory

OTHER = """
import os, sys
os.environ["SAMDRIFT_USER"] = "kollega"
from desktop.core.project.api import ProjectApi
api = ProjectApi.open(sys.argv[1])
api.catalogue.rename(int(sys.argv[2]), sys.argv[3])
api.close()
"""

SYSTEMS = [{"name": "Gerica", "service_area": "Helse og omsorg"},
           {"name": "Visma Flyt Skole", "service_area": "Skole"}]


def _colleague_renames(factory: ProjectFactory, system_id: int, product: str) -> None:
    done = subprocess.run([sys.executable, "-c", OTHER, str(factory.location), str(system_id),
                           product], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _systems(factory: ProjectFactory) -> dict[str, int]:
    return {r.product: r.system_id for r in factory.api.catalogue.systems()
            if r.system_id is not None}


@pytest.fixture
def decided(factory: ProjectFactory) -> dict[str, int]:
    factory.api.import_files([factory.filled("4216", installation=SYSTEMS)])
    factory.api.catalogue.auto()
    systems = _systems(factory)
    assert {"Gerica", "Visma Flyt Skole"} <= systems.keys(), systems
    return systems


def test_a_decision_on_a_system_someone_changed_since_is_refused(
        factory: ProjectFactory, decided: dict[str, int]) -> None:
    read_at = factory.api.catalogue.overview(with_suggestions=False).revision
    _colleague_renames(factory, decided["Gerica"], "Gerica (kollegas navn)")
    with pytest.raises(Conflict, match="kollega endret de samme systemene"):
        factory.api.catalogue.rename(decided["Gerica"], "Gerica (mitt navn)",
                                     based_on=read_at)
    assert "Gerica (kollegas navn)" in _systems(factory), "the colleague's decision holds"
    # a decision on another system, read at the same time, lands
    factory.api.catalogue.rename(decided["Visma Flyt Skole"], "Flyt Skole", based_on=read_at)
    assert "Flyt Skole" in _systems(factory)


def test_undo_refuses_to_overwrite_what_someone_decided_since(
        factory: ProjectFactory, decided: dict[str, int]) -> None:
    mine = factory.api.catalogue.rename(decided["Gerica"], "Gerica (mitt navn)")
    _colleague_renames(factory, decided["Gerica"], "Gerica (kollegas navn)")
    with pytest.raises(Conflict, match="Sist endret av kollega"):
        factory.api.catalogue.undo(mine)
    assert "Gerica (kollegas navn)" in _systems(factory)
    mine_again = factory.api.catalogue.rename(decided["Visma Flyt Skole"], "Flyt Skole")
    factory.api.catalogue.undo(mine_again)  # nobody else touched it: undone
    assert "Visma Flyt Skole" in _systems(factory)
