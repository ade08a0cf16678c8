"""What an operation changed: the kinds of project data, and which ids of them.

Every write through the facade (`ProjectApi`) returns `Changes`, in the manner of Anki's
operations returning `OpChanges`: an import says it changed `returns` (and the numbers of the
municipalities whose return changed), a catalogue decision `catalogue`, a saved scenario
`scenarios` (by name), and so on. Whoever shows derived figures asks `affects(changes, VIEW)`
to learn whether what it shows is out of date, instead of being told to refresh everything
(or nothing, and showing stale figures).

The same value travels between processes (`to_json` / `from_json`), so a change made by another
app on the same project (PostgreSQL NOTIFY, or a SQLite file that changed on disk) refreshes the
same views as one's own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Data(StrEnum):
    """Kinds of project data an operation can change."""

    PROJECT = "project"  # name, deadline, settings of the project itself
    PARTICIPANTS = "participants"  # who takes part; dispatch and contact details
    RETURNS = "returns"  # imported returns, their records and issues (corrections included)
    CATALOGUE = "catalogue"  # distinct systems, name decisions and rejections
    SCENARIOS = "scenarios"  # saved scenario definitions
    SETTINGS = "settings"  # report text and choices, simulation draws and seed


# What each derived view is computed from: a change to any of these makes it out of date.
STATUS = frozenset({Data.PROJECT, Data.PARTICIPANTS, Data.RETURNS})
ISSUES = frozenset({Data.PARTICIPANTS, Data.RETURNS})
RECORDS = frozenset({Data.PARTICIPANTS, Data.RETURNS})
CATALOGUE = frozenset({Data.PARTICIPANTS, Data.RETURNS, Data.CATALOGUE})
# the scenario model's input (ProjectData) and today's situation
WORKSPACE = frozenset({Data.PROJECT, Data.PARTICIPANTS, Data.RETURNS, Data.CATALOGUE})
SCENARIO_RESULTS = WORKSPACE | {Data.SCENARIOS, Data.SETTINGS}
REPORT = frozenset(Data)


@dataclass(frozen=True)
class Changes:
    """The kinds of data an operation changed, with the ids it knows (municipality numbers for
    participants and returns, scenario names, system ids as text). A kind without ids means
    "some of it, ids not told". `origin` is who made the change (None: this process)."""

    kinds: frozenset[Data] = frozenset()
    ids: Mapping[Data, frozenset[str]] = field(default_factory=dict)
    origin: str | None = None

    @classmethod
    def of(cls, *kinds: Data, **ids: Iterable[str]) -> Changes:
        """`Changes.of(Data.RETURNS, returns=["4204"])`."""
        by_kind = {Data(k): frozenset(v) for k, v in ids.items()}
        return cls(frozenset(kinds) | frozenset(by_kind), by_kind)

    @property
    def empty(self) -> bool:
        return not self.kinds

    def __bool__(self) -> bool:
        return not self.empty

    def __or__(self, other: Changes) -> Changes:
        ids = dict(self.ids)
        for kind, values in other.ids.items():
            ids[kind] = ids.get(kind, frozenset()) | values
        return Changes(self.kinds | other.kinds, ids, self.origin or other.origin)

    def touches(self, depends_on: Iterable[Data]) -> bool:
        return bool(self.kinds & frozenset(depends_on))

    def ids_of(self, kind: Data) -> frozenset[str]:
        return self.ids.get(kind, frozenset())

    def to_json(self) -> str:
        return json.dumps({"kinds": sorted(self.kinds),
                           "ids": {k: sorted(v) for k, v in self.ids.items()},
                           "origin": self.origin}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Changes:
        """The inverse of `to_json`; unknown kinds (from a newer version) are dropped."""
        doc = json.loads(text)
        known = {d.value for d in Data}
        kinds = frozenset(Data(k) for k in doc.get("kinds", ()) if k in known)
        ids = {Data(k): frozenset(v) for k, v in (doc.get("ids") or {}).items() if k in known}
        return cls(kinds, ids, doc.get("origin"))


NONE = Changes()
EVERYTHING = Changes(frozenset(Data))


def affects(changes: Changes, view: Iterable[Data]) -> bool:
    """Whether a view computed from `view`'s kinds of data is out of date after `changes`."""
    return changes.touches(view)
