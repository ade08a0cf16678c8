"""`samdrift dedup`, `systems` and `dictionary` as a batch user runs them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from desktop.cli.catalogue import add_parsers
from tests.helpers.catalogue_returns import fill
from tests.helpers.factory import ProjectFactory


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="samdrift")
    add_parsers(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = int(args.handler(args))
    return code, capsys.readouterr().out


def test_dedup_auto_then_systems_as_json(factory: ProjectFactory,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    fill(factory)
    project = str(factory.location)
    factory.close()

    code, out = run(capsys, "dedup", project)
    assert code == 0 and "Compello" in out and "Forkortelse" not in out.split("\n")[0]

    code, out = run(capsys, "dedup", project, "--auto", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["threshold"] == 0.85 and doc["left_for_review"] == 1
    assert doc["summary"]["text"] == "13 installasjoner → 6 distinkte systemer"

    code, out = run(capsys, "systems", project, "--json")
    systems = {s["product"]: s for s in json.loads(out)}
    gerica = systems["Gerica"]
    assert (gerica["vendor"], gerica["service_area"]) == ("Tietoevry", "Helse og omsorg")
    assert sorted((i["municipality"], i["name"]) for i in gerica["installations"]) == [
        ("1018", "GERICA"), ("4216", "Tieto Gerica"), ("4218", "Gerica 12.1")]
    assert gerica["users"] == 150 and gerica["decided"] is True
    assert systems["Compello"]["decided"] is False

    code, out = run(capsys, "systems", project)
    assert "13 installasjoner → 6 distinkte systemer" in out


def test_dictionary_export_and_import(factory: ProjectFactory, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    fill(factory)
    project = str(factory.location)
    factory.close()
    run(capsys, "dedup", project, "--auto")
    code, out = run(capsys, "dictionary", project, "--export", str(tmp_path / "o.json"))
    assert code == 0 and (tmp_path / "o.json").exists()
    other = ProjectFactory(tmp_path / "b")
    (tmp_path / "b").mkdir()
    try:
        fill(other)
        target = str(other.path)
    finally:
        other.close()
    code, out = run(capsys, "dictionary", target, "--import", str(tmp_path / "o.json"), "--json")
    assert code == 0 and json.loads(out)["decisions_added"] == 8


def test_a_threshold_outside_zero_to_one_is_refused(factory: ProjectFactory,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="mellom 0 og 1"):
        run(capsys, "dedup", str(factory.location), "--auto", "--threshold", "85")
