"""Non-priced effects («ikke-prissatte virkninger») scored by DFØ's plus-minus method.

Each effect has a significance («betydning»: 1 liten, 2 middels, 3 stor) and a scope
(«omfang»: −3 stort negativt … 0 intet … +3 stort positivt); the consequence is read from
DFØ's fan («konsekvensvifta») as −4 … +4.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import InputError

# key -> (label, what it is about)
EFFECTS: dict[str, tuple[str, str]] = {
    "robustness": ("Robusthet og sårbarhet",
                   "Evnen til å holde driften i gang ved fravær, feil og angrep."),
    "competence": ("Kompetansemiljø",
                   "Fagmiljø, spesialisering og avhengighet av enkeltpersoner."),
    "security": ("Informasjonssikkerhet og personvern",
                 "Sikkerhetsarbeid, overvåking og etterlevelse av personvernregelverket."),
    "service_quality": ("Tjenestekvalitet for brukerne",
                        "Brukerstøtte, oppetid og systemer for ansatte og innbyggere."),
    "standardisation": ("Standardisering",
                        "Like systemer, rutiner og data på tvers av kommunene."),
    "vendor_dependency": ("Avhengighet av én leverandør",
                          "Konkurranse, forhandlingsmakt og risiko ved leverandørbytte."),
    "local_presence": ("Lokal tilstedeværelse",
                       "IT-kompetanse og hjelp nær tjenestene i hver kommune."),
    "staff": ("De ansattes situasjon",
              "Arbeidssted, arbeidsgiver, oppgaver og trygghet for IT-ansatte."),
}

SIGNIFICANCE: dict[int, str] = {1: "Liten", 2: "Middels", 3: "Stor"}
SCOPE: dict[int, str] = {-3: "Stort negativt", -2: "Middels negativt", -1: "Lite negativt",
                         0: "Intet", 1: "Lite positivt", 2: "Middels positivt",
                         3: "Stort positivt"}
# (significance, |scope|) -> |consequence|
FAN: dict[tuple[int, int], int] = {(1, 1): 1, (1, 2): 1, (1, 3): 2,
                                   (2, 1): 1, (2, 2): 2, (2, 3): 3,
                                   (3, 1): 2, (3, 2): 3, (3, 3): 4}


def consequence(significance: int, scope: int) -> int:
    """The plus-minus score −4 … +4 of a significance and a scope."""
    check(significance, scope)
    if scope == 0:
        return 0
    return FAN[(significance, abs(scope))] * (1 if scope > 0 else -1)


def check(significance: int | None, scope: int | None) -> None:
    if significance is not None and significance not in SIGNIFICANCE:
        raise InputError(f"Betydning må være 1 (liten), 2 (middels) eller 3 (stor), "
                         f"ikke {significance}")
    if scope is not None and scope not in SCOPE:
        raise InputError(f"Omfang må være fra −3 til +3, ikke {scope}")


def score_text(score: int | None) -> str:
    """`+ +`, `− − −`, `0`; `–` when not scored."""
    if score is None:
        return "–"
    if score == 0:
        return "0"
    return " ".join(("+" if score > 0 else "−") for _ in range(abs(score)))


@dataclass(frozen=True)
class EffectEntry:
    """What the user set for one effect (stored with the scenario)."""

    significance: int | None = None
    scope: int | None = None
    justification: str = ""

    def __post_init__(self) -> None:
        check(self.significance, self.scope)

    @property
    def score(self) -> int | None:
        if self.significance is None or self.scope is None:
            return None
        return consequence(self.significance, self.scope)
