"""The named queries (db/queries.py): a re-sent questionnaire replaces the earlier one for
every reader, and an installation is read with its system, undecided ones too."""

from __future__ import annotations

from sqlalchemy import select

from db.models import DistinctSystem, Installation, Participant, QuestionnaireReturn
from db.queries import SUPERSEDED, current_returns, installations_with_system
from tests.helpers.factory import ProjectFactory

SYSTEMS = [{"name": "Gerica", "vendor": "Tietoevry", "service_area": "Helse og omsorg"},
           {"name": "Visma Flyt Skole", "vendor": "Visma", "service_area": "Skole"}]


def test_current_returns_and_installations_with_their_system(factory: ProjectFactory) -> None:
    api = factory.api
    first = factory.filled("4216", "v1.xlsx", installation=SYSTEMS)
    again = factory.filled("4216", "v2.xlsx", installation=SYSTEMS[:1])
    api.import_files([first])
    api.import_files([again])
    api.catalogue.auto()
    with api.db.session() as s:
        current = s.scalars(current_returns()).all()
        statuses = s.scalars(select(QuestionnaireReturn.status)).all()
        rows = s.execute(installations_with_system(Installation.name, DistinctSystem.product,
                                                   Participant.number)
                         .join(Participant, QuestionnaireReturn.participant_id == Participant.id)
                         ).all()
    assert [r.file_name for r in current] == ["v2.xlsx"]
    assert sorted(statuses) == ["current", SUPERSEDED]
    # the replaced return's Visma is no longer the project's; Gerica is, with its system
    assert [(r.name, r.number) for r in rows] == [("Gerica", "4216")]
    assert rows[0].product == "Gerica"


def test_an_undecided_installation_is_read_without_a_system(factory: ProjectFactory) -> None:
    api = factory.api
    api.import_files([factory.filled("4216", installation=[{"name": "Egenutviklet greie"}])])
    with api.db.session() as s:
        [(installation, system)] = s.execute(installations_with_system()).all()
    assert installation.name == "Egenutviklet greie" and system is None
