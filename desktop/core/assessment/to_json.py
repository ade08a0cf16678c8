"""The assessment in the JSON of `samdrift scenario --show NAME --json` (key `assessment`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop.core.assessment.responsibility import COMMON, LOCAL, STAYS
from desktop.core.assessment.view import ScenarioAssessment


def assessment_document(a: ScenarioAssessment | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "effects": [asdict(e) for e in a.effects],
        "effects_total": a.total_score,
        "risks": [asdict(r) | {"score": r.score, "level": r.level} for r in a.risks],
        "benefits": [asdict(b) for b in a.benefits],
        "responsibilities": [
            {"key": t.key, "task": t.task, "level": None if t.level == LOCAL else t.level,
             "default_level": None if t.default == LOCAL else t.default,
             "by_level": {str(lv): COMMON if lv >= t.level else STAYS for lv in range(1, 6)}}
            for t in a.tasks],
        "levels_text": list(a.levels_text),
        "decision_notes": [
            {"slot": n.slot, "area": n.area, "recommended": n.recommended, "rule": n.rule,
             "reason": n.reason, "alternatives": list(n.alternatives),
             "candidates": [asdict(c) | {"contract_end": None if c.contract_end is None
                                         else c.contract_end.isoformat(),
                                         "municipalities": list(c.municipalities)}
                            for c in n.candidates],
             "moves": [asdict(m) | {"cost": round(m.cost)} for m in n.moves],
             "move_cost": round(n.move_cost),
             "risks": list(n.risks)}
            for n in a.notes],
    }
