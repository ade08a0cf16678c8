"""`samdrift --help` in Norwegian, like the app: the commands' help texts and argparse's own
words («bruk:», «valg», «vis denne hjelpen og avslutt», its error messages).

The commands are declared (in English) where they are implemented; `norwegian(parser)` walks
the finished parser and puts in the Norwegian text of every help string it knows. A string it
does not know stays as written, so a new option is never lost, only untranslated (a test lists
those).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

HELP = {
    "a consistent copy of the project, at any time; or its automatic backups (--list, "
    "--restore N)": "en hel kopi av prosjektet, når som helst; eller de automatiske "
        "sikkerhetskopiene (--list, --restore N)",
    "the copy: a file (replaced whole) or an empty database's URL":
        "kopien: en fil (erstattes i sin helhet) eller adressen til en tom database",
    "list the automatic backups": "vis de automatiske sikkerhetskopiene",
    "put automatic backup N (1 = newest) in place of the project file":
        "sett automatisk sikkerhetskopi N (1 = nyeste) i stedet for prosjektfilen",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "create a project file": "opprett en prosjektfil",
    "write one questionnaire per participant": "skriv ett spørreskjema per deltaker",
    "import returned questionnaires (files or folders)":
        "les inn utfylte spørreskjemaer (filer eller mapper)",
    "who has answered, and the issues per return": "hvem som har svart, og avvikene per svar",
    "the project's data as one JSON document": "prosjektets data som ett JSON-dokument",
    "build the demo project (Knutepunkt Sørlandet) in DIR":
        "lag demoprosjektet (Knutepunkt Sørlandet) i mappen DIR",
    "open the desktop app": "åpne programmet",
    "deduplicate installations into distinct systems":
        "slå sammen like installasjoner til distinkte systemer",
    "the distinct systems with their installations":
        "de distinkte systemene med installasjonene sine",
    "export or import the word list (ordliste): the names this project has learned":
        "eksporter eller importer ordlisten: navnene prosjektet har lært",
    "saved scenarios: create, list, show (with --json), delete":
        "lagrede scenarioer: opprett, list, vis (med --json), slett",
    "the report: PDF, workbook (--xlsx), summary for the case (--docx)":
        "rapporten: PDF, regneark (--xlsx), sammendrag til saksframlegget (--docx)",
    "write each decision note (level 3) as its own Word file in DIR":
        "skriv hvert notat for beslutning (nivå 3) som en egen Word-fil i mappen DIR",
    "write each municipality's fact sheet as its own Word file in DIR":
        "skriv faktaarket for hver kommune som en egen Word-fil i mappen DIR",
    "numbers or names, comma-separated (current or former, e.g. 1018)":
        "nummer eller navn, kommaseparert (nåværende eller tidligere, f.eks. 1018)",
    "only these (repeatable)": "bare disse (kan gjentas)",
    "the municipality, for returns that do not say": "kommunen, for svar som ikke sier det selv",
    "results as JSON": "resultatene som JSON",
    "write to a file instead of standard output": "skriv til en fil i stedet for til skjermen",
    "accept catalogue matches and suggestions at or above the threshold (without it: list "
    "the suggestions)": "godta treff i katalogen og forslag fra terskelen og opp (uten: list "
                        "forslagene)",
    "confidence 0–1 needed to accept (default: measured, see make bench)":
        "sikkerhet 0–1 som trengs for å godta (standard: målt, se make bench)",
    "as JSON": "som JSON",
    "also write the system × municipality matrix as CSV":
        "skriv også tabellen system × kommune som CSV",
    "the import report as JSON": "innlesingsrapporten som JSON",
    "the saved scenarios with their NPV": "de lagrede scenarioene med nåverdi",
    "one scenario: summary, or with --json the document (parameters, yearly costs, NPV, "
    "P10–P90, allocation)": "ett scenario: sammendrag, eller med --json hele dokumentet "
                            "(parametere, kostnader per år, nåverdi, usikkerhet, fordeling)",
    "create a scenario (see --participants …)": "opprett et scenario (se --participants …)",
    "delete a saved scenario": "slett et lagret scenario",
    "rename a scenario": "gi et scenario nytt navn",
    "as JSON (--list, --show)": "som JSON (--list, --show)",
    "Monte Carlo draws for --show (default: the project's, as in the app and the report)":
        "antall simuleringer for --show (standard: prosjektets, som i programmet og rapporten)",
    "Monte Carlo seed for --show (default: the project's, reported in the output)":
        "startverdi for simuleringene med --show (standard: prosjektets, skrives ut)",
    "--new: municipality numbers or names, comma-separated":
        "--new: kommunenummer eller navn, kommaseparert",
    "--new: cooperation level (default 2)": "--new: samarbeidsnivå (standard 2)",
    "--new: organisation form (default: vertskommune, at level 1 ingen)":
        "--new: organisasjonsform (standard: vertskommune, på nivå 1 ingen)",
    "--new: how the common system of a slot is suggested (level 3)":
        "--new: hvordan felles system foreslås (nivå 3)",
    "--new: first year (default: the data's)": "--new: første år (standard: dataenes)",
    "--new: participants without a return are left out (default) or included with an "
    "estimate, marked as such": "--new: deltakere uten svar holdes utenfor (standard) eller "
                               "tas med med et anslag, merket som anslag",
    "--new: set a parameter, e.g. discount_rate=4%% (repeatable)":
        "--new: sett en parameter, f.eks. discount_rate=4%% (kan gjentas)",
    "--new: uncertainty range, e.g. framework_saving=0:3%%:6%% (repeatable)":
        "--new: usikkerhetsområde, f.eks. framework_saving=0:3%%:6%% (kan gjentas)",
    "--new: hold this parameter certain (not drawn; repeatable)":
        "--new: hold denne parameteren fast (ikke usikker; kan gjentas)",
    "--new: transition in the allocation: nobody pays more than CAP above today for the "
    "first YEARS years (default 3), e.g. 2%%:3":
        "--new: overgang i fordelingen: ingen betaler mer enn TAK over i dag de første ÅR "
        "årene (standard 3), f.eks. 2%%:3",
    "--new: replace a saved scenario of the same name":
        "--new: erstatt et lagret scenario med samme navn",
    "a saved scenario to include (repeatable; default: all saved)":
        "et lagret scenario som skal med (kan gjentas; standard: alle lagrede)",
    "write the report as PDF": "skriv rapporten som PDF",
    "name the staff in the vulnerability chapter (default: «Én person …»)":
        "navngi de ansatte i kapitlet om sårbarhet (standard: «Én person …»)",
    "write the tables as a workbook": "skriv tabellene som regneark",
    "write the summary as a Word document": "skriv sammendraget som Word-dokument",
    "the recommendation text (UTF-8) instead of the one saved in the project":
        "anbefalingsteksten (UTF-8) i stedet for den som er lagret i prosjektet",
    "Monte Carlo draws per scenario (default: the project's, as in the app)":
        "antall simuleringer per scenario (standard: prosjektets, som i programmet)",
    "Monte Carlo seed (default: the project's, so the numbers repeat)":
        "startverdi for simuleringene (standard: prosjektets, så tallene blir de samme)",
}
# the start of an option help that lists its choices after a colon: translated up to it
PREFIXES = {
    "--new: allocation key of a cost category, e.g. common_infrastructure=it_users":
        "--new: fordelingsnøkkel for en kostnadskategori, f.eks. "
        "common_infrastructure=it_users",
}
# argparse's own error messages (its gettext catalogue has no Norwegian)
ERRORS = (
    (re.compile(r"^the following arguments are required: (.*)$"),
     r"disse argumentene mangler: \1"),
    (re.compile(r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$"),
     r"argument \1: ugyldig valg: \2 (velg blant \3)"),
    (re.compile(r"^argument (.*?): invalid (\w+) value: (.*)$"),
     r"argument \1: ugyldig verdi: \3"),
    (re.compile(r"^argument (.*?): expected one argument$"), r"argument \1: mangler en verdi"),
    (re.compile(r"^unrecognized arguments: (.*)$"), r"ukjente argumenter: \1"),
)


def help_text(text: str) -> str:
    if text in HELP:
        return HELP[text]
    for start, norwegian_start in PREFIXES.items():
        if text.startswith(start):
            return norwegian_start + text[len(start):].replace(
                "categories:", "kategorier:").replace("keys:", "nøkler:").replace(
                "(repeatable)", "(kan gjentas)")
    return text


class NorwegianFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions, groups, prefix: str | None = None) -> None:  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "bruk: " if prefix is None else prefix)


class NorwegianParser(argparse.ArgumentParser):
    """argparse with its own words in Norwegian (subparsers are made of the same class)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", NorwegianFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"

    def error(self, message: str) -> NoReturn:
        for pattern, norwegian in ERRORS:
            if pattern.match(message):
                message = pattern.sub(norwegian, message)
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: feil: {message}\n")


def untranslated(parser: argparse.ArgumentParser) -> list[str]:
    """Help strings that `norwegian` left as written (for the test)."""
    out: list[str] = []
    for action in _actions(parser):
        if action.help and action.help is not argparse.SUPPRESS and action.help not in \
                HELP.values() and help_text(action.help) == action.help and \
                not any(action.help.startswith(v) for v in PREFIXES.values()):
            out.append(action.help)
    return out


def norwegian(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    for action in _actions(parser):
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = help_text(action.help)
    return parser


def _actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    out: list[argparse.Action] = []
    for action in parser._actions:
        out.append(action)
        if isinstance(action, argparse._SubParsersAction):
            out.extend(action._choices_actions)
            for sub in dict.fromkeys(action.choices.values()):
                out.extend(_actions(sub))
    return out
