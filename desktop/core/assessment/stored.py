"""What the user enters beyond the money, as it is stored with a scenario: in the scenario's
stored definition (`scenario.definition["assessment"]`, scenarios/store.py), so that an older
project without it loads with the defaults (no effect scored, the seeded risks, the suggested
benefits, the default responsibility matrix).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.assessment.benefits import BenefitEntry
from desktop.core.assessment.effects import EFFECTS, EffectEntry
from desktop.core.assessment.responsibility import LOCAL, TASKS
from desktop.core.assessment.risks import SEED_RISKS, Risk
from desktop.core.errors import InputError


@dataclass(frozen=True)
class Assessment:
    """- `effects`: effect key -> what the user set (an effect not here shows the suggestion
      from the data, marked as a suggestion);
    - `risks`: the register; None until the user changes it (then the seeded risks);
    - `benefits`: benefit key -> the user's changes to it;
    - `responsibilities`: task key -> the level from which it is the common unit's (1–5, or
      responsibility.LOCAL), where the scenario differs from the default step model."""

    effects: Mapping[str, EffectEntry] = field(default_factory=dict)
    risks: tuple[Risk, ...] | None = None
    benefits: Mapping[str, BenefitEntry] = field(default_factory=dict)
    responsibilities: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = [k for k in self.effects if k not in EFFECTS]
        if unknown:
            raise InputError(f"Ukjent virkning: {', '.join(unknown)}")
        for k, level in self.responsibilities.items():
            if k not in TASKS:
                raise InputError(f"Ukjent oppgave i ansvarsmatrisen: {k}")
            if not 1 <= level <= LOCAL:
                raise InputError(f"Nivået for «{TASKS[k][0]}» må være 1–5 eller lokalt, "
                                 f"ikke {level}")
        if self.risks is not None:
            from desktop.core.scenarios.parameters import BY_KEY  # not at import: a cycle

            keys = [r.key for r in self.risks]
            if len(set(keys)) != len(keys):
                raise InputError("To risikoer har samme nøkkel")
            for r in self.risks:
                if r.parameter is not None and r.parameter not in BY_KEY:
                    raise InputError(f"Risikoen «{r.title}» er knyttet til en ukjent "
                                     f"parameter: {r.parameter}")

    @property
    def risk_register(self) -> tuple[Risk, ...]:
        return SEED_RISKS if self.risks is None else self.risks

    def is_empty(self) -> bool:
        return self == Assessment()

    def to_json(self) -> dict[str, Any]:
        return {
            "effects": {k: {"significance": e.significance, "scope": e.scope,
                            "justification": e.justification}
                        for k, e in self.effects.items()},
            "risks": None if self.risks is None else [
                {"key": r.key, "title": r.title, "cause": r.cause,
                 "probability": r.probability, "consequence": r.consequence,
                 "owner": r.owner, "mitigation": r.mitigation, "parameter": r.parameter}
                for r in self.risks],
            "benefits": {k: b.to_json() for k, b in self.benefits.items()},
            "responsibilities": dict(self.responsibilities),
        }

    @classmethod
    def from_json(cls, doc: Any) -> Assessment:
        """The stored assessment; absent parts are the defaults. Unknown effect and task keys
        (from a newer version) are dropped."""
        if not isinstance(doc, dict):
            return cls()
        try:
            return cls._read(doc)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise InputError(f"Vurderingen (virkninger, risikoer, gevinster) kan ikke leses: "
                             f"{exc}") from None

    @classmethod
    def _read(cls, doc: dict[str, Any]) -> Assessment:
        effects = {str(k): EffectEntry(_int(v.get("significance")), _int(v.get("scope")),
                                       str(v.get("justification") or ""))
                   for k, v in (doc.get("effects") or {}).items()
                   if str(k) in EFFECTS and isinstance(v, dict)}
        risks_doc = doc.get("risks")
        risks = None if risks_doc is None else tuple(
            Risk(str(r["key"]), str(r["title"]), str(r.get("cause") or ""),
                 int(r.get("probability", 3)), int(r.get("consequence", 3)),
                 str(r.get("owner") or ""), str(r.get("mitigation") or ""),
                 None if r.get("parameter") is None else str(r["parameter"]))
            for r in risks_doc)
        benefits = {str(k): BenefitEntry.from_json(v)
                    for k, v in (doc.get("benefits") or {}).items()}
        responsibilities = {str(k): int(v)
                            for k, v in (doc.get("responsibilities") or {}).items()
                            if str(k) in TASKS}
        return cls(effects, risks, benefits, responsibilities)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)
