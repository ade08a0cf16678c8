"""The hidden identity a generated questionnaire carries: template version, project, municipality.

It is written as text cells on a hidden sheet (`_samdrift`, key in column A, value in column B):
a hidden sheet and its cell values survive saving in Excel and in LibreOffice (as .xlsx and
.ods), unlike custom document properties, which some programs drop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.questionnaire.spec import IDENTITY_SHEET

KEY_VERSION = "samdrift_template_version"
KEY_PROJECT = "samdrift_project_id"
KEY_MUNICIPALITY = "samdrift_municipality_number"


@dataclass(frozen=True)
class Identity:
    template_version: str
    project_id: str | None
    municipality_number: str | None


def identity_rows(identity: Identity) -> list[tuple[str, str]]:
    return [
        (KEY_VERSION, identity.template_version),
        (KEY_PROJECT, identity.project_id or ""),
        (KEY_MUNICIPALITY, identity.municipality_number or ""),
    ]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_identity(rows: Iterable[Sequence[object]]) -> Identity | None:
    """Read the identity from the rows of the hidden sheet; None if it carries none."""
    found: dict[str, str] = {}
    for row in rows:
        if len(row) >= 2 and row[0] is not None:
            found[_text(row[0])] = _text(row[1])
    version = found.get(KEY_VERSION)
    if not version:
        return None
    number = found.get(KEY_MUNICIPALITY) or None
    if number and number.isdigit():
        number = number.zfill(4)  # a program that turned "0301" into 301
    return Identity(version, found.get(KEY_PROJECT) or None, number)


__all__ = ["IDENTITY_SHEET", "Identity", "identity_rows", "parse_identity"]
