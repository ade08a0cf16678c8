"""`samdrift scenario PROJECT …`: create, list, show and delete saved scenarios.

    samdrift scenario PROJECT --list [--json]
    samdrift scenario PROJECT --show NAME [--json] [--draws N] [--seed S]
    samdrift scenario PROJECT --new NAME --participants 4204,4223 --level 3
                              [--org vertskommune|oppgavefellesskap|iks|as|ingen]
                              [--param KEY=VALUE …] [--range KEY=LOW:ML:HIGH …] [--replace]
    samdrift scenario PROJECT --delete NAME
    samdrift scenario PROJECT --rename NAME NEW_NAME

Values may be typed the Norwegian or the plain way (`0,04`, `0.04`, `4 %`). Bad input gives
exit status 2 and a message on standard error. Wired into `desktop/cli/main.py` by
`add_parsers(sub)`; importing this module is cheap (the model is loaded when a command runs).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop.core.errors import InputError
from desktop.core.i18n import tr
from desktop.core.project.target import display_target, project_target

if TYPE_CHECKING:
    from desktop.core.project.api import ProjectApi

ORG_CHOICES = ("vertskommune", "oppgavefellesskap", "iks", "as", "ingen")
NEW_ONLY = ("participants", "level", "org", "target_rule", "start_year", "missing", "param",
            "range", "fixed", "key", "transition", "replace")


def add_parsers(sub: Any) -> None:
    """Add `scenario` to the `samdrift` subparsers."""
    c = sub.add_parser(
        "scenario", help="saved scenarios: create, list, show (with --json), delete",
        description=tr("Lagrede scenarioer for prosjektet. Uten handling: --list."))
    c.add_argument("project", type=project_target)
    g = c.add_mutually_exclusive_group()
    g.add_argument("--list", action="store_true", help="the saved scenarios with their NPV")
    g.add_argument("--show", metavar="NAME", help="one scenario: summary, or with --json the "
                   "document (parameters, yearly costs, NPV, P10–P90, allocation)")
    g.add_argument("--new", metavar="NAME", help="create a scenario (see --participants …)")
    g.add_argument("--delete", metavar="NAME", help="delete a saved scenario")
    g.add_argument("--rename", nargs=2, metavar=("NAME", "NEW_NAME"), help="rename a scenario")
    c.add_argument("--json", action="store_true", help="as JSON (--list, --show)")
    c.add_argument("--draws", type=int, default=None,
                   help="Monte Carlo draws for --show (default: the project's, as in the app "
                        "and the report)")
    c.add_argument("--seed", type=int, default=None,
                   help="Monte Carlo seed for --show (default: the project's, reported in the "
                        "output)")
    c.add_argument("--participants", metavar="LIST",
                   help="--new: municipality numbers or names, comma-separated")
    c.add_argument("--level", type=int, choices=range(1, 6), metavar="1-5",
                   help="--new: cooperation level (default 2)")
    c.add_argument("--org", choices=ORG_CHOICES,
                   help="--new: organisation form (default: vertskommune, at level 1 ingen)")
    c.add_argument("--target-rule", choices=("most_users", "lowest_cost_per_user"),
                   help="--new: how the common system of a slot is suggested (level 3)")
    c.add_argument("--start-year", type=int, help="--new: first year (default: the data's)")
    c.add_argument("--missing", choices=("exclude", "estimate"),
                   help="--new: participants without a return are left out (default) or "
                        "included with an estimate, marked as such")
    c.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="--new: set a parameter, e.g. discount_rate=4%% (repeatable)")
    c.add_argument("--range", action="append", default=[], metavar="KEY=LOW:ML:HIGH",
                   help="--new: uncertainty range, e.g. framework_saving=0:3%%:6%% (repeatable)")
    c.add_argument("--fixed", action="append", default=[], metavar="KEY",
                   help="--new: hold this parameter certain (not drawn; repeatable)")
    c.add_argument("--key", action="append", default=[], metavar="CATEGORY=KEY",
                   help="--new: allocation key of a cost category, e.g. "
                        "common_infrastructure=it_users (categories: common_infrastructure, "
                        "per_location, per_user, one_time; keys: inhabitants, it_users, "
                        "installations, locations, equal, use) (repeatable)")
    c.add_argument("--transition", metavar="CAP[:YEARS]",
                   help="--new: transition in the allocation: nobody pays more than CAP "
                        "above today for the first YEARS years (default 3), e.g. 2%%:3")
    c.add_argument("--replace", action="store_true",
                   help="--new: replace a saved scenario of the same name")
    c.set_defaults(handler=cmd_scenario)


def cmd_scenario(args: argparse.Namespace) -> int:
    """Errors go to `desktop.cli.main`: exit status 2 for a user error, 3 for a bug."""
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from desktop.core.project.api import ProjectApi

    if args.new is None:
        used = [f"--{k.replace('_', '-')}" for k in NEW_ONLY if getattr(args, k) not in
                (None, False, [])]
        if used:
            raise InputError(tr("{options} brukes bare sammen med --new").format(
                options=", ".join(used)))
    if args.draws is not None and args.draws < 1:
        raise InputError(tr("--draws må være minst 1, ikke {draws}").format(draws=args.draws))
    project = ProjectApi.open(args.project)
    try:
        if args.new is not None:
            return _new(project, args)
        if args.show is not None:
            return _show(project, args)
        if args.delete is not None:
            name = project.scenarios.delete(args.delete)
            print(tr("Scenarioet «{name}» er slettet.").format(name=name))
            return 0
        if args.rename is not None:
            old = project.scenarios.load(args.rename[0]).name
            project.scenarios.rename(old, args.rename[1])
            print(tr("Scenarioet «{old}» heter nå «{new}».").format(
                old=old, new=args.rename[1].strip()))
            return 0
        return _list(project, args)
    finally:
        project.close()


# --- --new ---------------------------------------------------------------------------------


def _pairs(items: list[str], option: str, example: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in items:
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise InputError(tr("{option} «{item}»: skriv {option} NØKKEL=VERDI, f.eks. "
                                "{example}").format(option=option, item=item, example=example))
        if key in seen:
            raise InputError(tr("{option} {key} er gitt mer enn én gang").format(
                option=option, key=key))
        seen.add(key)
        out.append((key, value))
    return out


def _new(project: ProjectApi, args: argparse.Namespace) -> int:
    from desktop.core import formatting as fmt
    from desktop.core.scenarios.model import compute
    from desktop.core.scenarios.scenario import LEVELS, ORGANISATION_FORMS, Scenario
    from desktop.core.scenarios.validation import parameter_range, parameter_value

    name = args.new.strip()
    if not name:
        raise InputError(tr("Scenarioet må ha et navn (--new NAVN)"))
    if not args.participants:
        raise InputError(tr("--new trenger --participants, f.eks. --participants 4204,4223"))
    overrides = {k: parameter_value(k, v)
                 for k, v in _pairs(args.param, "--param", "discount_rate=4 %")}
    ranges = {k: parameter_range(k, v)
              for k, v in _pairs(args.range, "--range", "framework_saving=0:3 %:6 %")}
    for key in args.fixed:
        from desktop.core.scenarios.validation import spec_of

        spec_of(key.strip())
    keys = dict(_pairs(args.key, "--key", "common_infrastructure=it_users"))
    cap, cap_years = _transition(args.transition)
    level = 2 if args.level is None else args.level
    if args.org is None:
        org: str | None = None if level == 1 else "vertskommune"
    else:
        org = None if args.org == "ingen" else args.org
    participants = project.scenarios.participant_numbers(args.participants)
    scenario = Scenario(
        name, participants, level=level, organisation_form=org,
        target_rule=args.target_rule or "most_users", overrides=overrides, ranges=ranges,
        start_year=args.start_year, missing=args.missing or "exclude",
        fixed=frozenset(k.strip() for k in args.fixed), allocation_keys=keys,
        transition_cap=cap, transition_years=cap_years)
    saved = project.scenarios.save(scenario, replace=args.replace)
    result = compute(project.scenarios.project_data(), saved.scenario)
    form = tr(ORGANISATION_FORMS[org][0]) if org else tr("ingen felles organisasjon")
    years = result.years
    payback = (tr("tilbakebetalt i {year}").format(year=result.payback_year)
               if result.payback_year is not None
               else tr("ikke tilbakebetalt innen analyseperioden"))
    print(tr("Scenarioet «{name}» er lagret: nivå {level} ({label}), {count} deltakere, "
             "{form}.").format(name=saved.name, level=level, label=tr(LEVELS[level]),
                               count=len(scenario.participants), form=form))
    print(tr("Nåverdi {first}–{last}: {npv}; {payback}.").format(
        first=years[0], last=years[-1], npv=fmt.kroner(result.npv), payback=payback))
    print(tr("Se samdrift scenario {project} --show {name}").format(
        project=_quote(display_target(args.project)), name=_quote(saved.name)))
    return 0


def _transition(text: str | None) -> tuple[float | None, int]:
    """`2 %:3` → (0.02, 3); None → no transition."""
    if text is None:
        return None, 3
    from desktop.core.scenarios.validation import read_number

    cap_text, _, years_text = text.partition(":")
    try:
        cap, percent = read_number(cap_text)
        years = int(years_text) if years_text.strip() else 3
    except ValueError:
        raise InputError(tr("--transition «{text}»: skriv TAK[:ÅR], f.eks. 2 %:3").format(
            text=text)) from None
    return (cap / 100 if percent else cap), years


def _quote(text: str) -> str:
    return f'"{text}"' if any(c in text for c in " '\"&;|()<>$") else text


# --- --list --------------------------------------------------------------------------------


def _list(project: ProjectApi, args: argparse.Namespace) -> int:
    from desktop.core import formatting as fmt
    from desktop.core.scenarios.scenario import LEVELS

    items = project.scenarios.overview()
    if args.json:
        _print_json([{
            "name": o.scenario.name, "level": o.scenario.level,
            "level_label": LEVELS[o.scenario.level],
            "organisation_form": o.scenario.organisation_form,
            "participants": list(o.scenario.participants),
            "npv": o.npv, "payback_year": o.result.payback_year if o.result else None,
            "error": o.error} for o in items])
        return 0
    if not items:
        print(tr("Prosjektet har ingen lagrede scenarioer (lag et med --new NAVN "
                 "--participants … --level …)."))
        return 0
    width = max(len(o.scenario.name) for o in items)
    for o in items:
        s = o.scenario
        npv = (tr("nåverdi {npv}").format(npv=fmt.kroner(o.npv)) if o.error is None
               else tr("kan ikke beregnes: {error}").format(error=o.error))
        print(s.name.ljust(width) + "  " + tr("nivå {level}  {count} deltakere ({numbers})"
                                              ).format(level=s.level, count=len(s.participants),
                                                       numbers=", ".join(s.participants))
              + f"  {npv}")
    return 0


# --- --show --------------------------------------------------------------------------------


def simulation_of(project: ProjectApi, args: argparse.Namespace) -> Any:
    """The project's simulation settings with --draws and --seed applied."""
    import dataclasses

    simulation = project.scenarios.simulation()
    if args.draws is not None:
        simulation = dataclasses.replace(simulation, draws=args.draws)
    if args.seed is not None:
        simulation = dataclasses.replace(simulation, seed=args.seed)
    return simulation


def _show(project: ProjectApi, args: argparse.Namespace) -> int:
    doc = project.scenarios.document(args.show, simulation_of(project, args))
    if args.json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False))
        sys.stdout.write("\n")
    else:
        print(summary_text(doc))
    return 0


def _print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _assessment_lines(a: dict[str, Any] | None) -> list[str]:
    """The non-priced effects, the risks and the decision notes, briefly."""
    if not a:
        return []
    from desktop.core.assessment.effects import score_text
    from desktop.core.assessment.risks import HIGH
    from desktop.core.assessment.risks import shown as risk_text

    out = ["", tr("Ikke-prissatte virkninger (pluss-minus)")]
    for e in a["effects"]:
        mark = " " + tr("(forslag)") if e["suggested"] and e["score"] is not None else ""
        out.append(f"  {e['label']}: {score_text(e['score'])}{mark}")
    out += ["", tr("Risikoer: {risks}, gevinster i planen: {benefits}").format(
        risks=len(a["risks"]), benefits=len(a["benefits"]))]
    high = [risk_text(r["title"]) for r in a["risks"] if r["level"] == HIGH]
    if high:
        out.append("  " + tr("Høy risiko: {titles}").format(titles=", ".join(high)))
    if a["decision_notes"]:
        out.append(tr("Notater for beslutning: {count} tjenesteområder").format(
            count=len(a["decision_notes"])))
    return out


def _percent(value: float) -> str:
    from desktop.core import formatting as fmt

    return f"{fmt.decimal(value * 100, 1)}\u00a0%"


def _table(header: list[str], rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for r in [header, *rows]:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:],
                                                                        strict=True)]
        lines.append(indent + "  ".join(cells).rstrip())
    return lines


def summary_text(doc: dict[str, Any]) -> str:
    """The scenario document (service.evaluate) for people, in the CLI's language."""
    from desktop.core import formatting as fmt

    def kr(value: float | None) -> str:
        return "–" if value is None else fmt.number(value)

    sc = doc["scenario"]
    years = doc["years"]
    form = sc["organisation_form_label"]
    out = [sc["name"],
           "  " + tr("Nivå {level}: {label}").format(level=sc["level"],
                                                    label=tr(sc["level_label"])),
           "  " + tr("Organisasjonsform: {form}").format(
               form=tr(form) if form else tr("ingen felles organisasjon")),
           "  " + tr("Deltakere ({count}): {names}").format(
               count=len(sc["participants"]),
               names=", ".join(f"{p['number']} {p['name']}" for p in sc["participants"])),
           "  " + tr("Analyseperiode: {first}–{last} ({count} år), kalkulasjonsrente {rate}"
                     ).format(first=years[0], last=years[-1], count=len(years),
                              rate=_percent(doc["discount_rate"])), "",
           tr("Kostnader per år (kr, faste priser)")]
    rows = []
    for b, s, o in zip(doc["baseline"], doc["scenario_costs"], doc["one_time"], strict=True):
        saving = (None if None in (b["total"], s["total"], o["total"])
                  else b["total"] - s["total"] - o["total"])
        rows.append([str(b["year"]), kr(b["total"]), kr(s["total"]), kr(o["total"]),
                     kr(saving)])
    out += _table([tr("År"), tr("I dag"), tr("Scenario"), tr("Engangs"), tr("Innsparing")],
                  rows)

    mc = doc["monte_carlo"]
    payback = (str(doc["payback_year"]) if doc["payback_year"] is not None
               else tr("ikke innenfor analyseperioden"))
    npv = tr("ukjent") if doc["npv"] is None else f"{fmt.kroner(doc['npv'])} " + (
        tr("(scenarioet sparer penger)") if doc["npv"] > 0 else
        tr("(scenarioet koster mer enn dagens drift)"))
    out += ["", tr("Resultat"), "  " + tr("Nåverdi: {npv}").format(npv=npv),
            "  " + tr("Engangskostnader i alt: {amount}").format(
                amount=fmt.kroner(doc["one_time_total"])),
            "  " + tr("Tilbakebetalingsår: {year}").format(year=payback)]
    if mc is not None:
        out += ["  " + tr("Usikkerhet ({draws} simuleringer, {distribution}-fordeling, "
                          "startverdi {seed}):").format(draws=fmt.number(mc["draws"]),
                                                        distribution=mc["distribution"],
                                                        seed=mc["seed"]),
                "    " + tr("90 % sjanse for en nåverdi på minst {p10} (P10); median {p50}; "
                            "10 % sjanse for mer enn {p90} (P90)").format(
                    p10=fmt.kroner(doc["p10"]), p50=fmt.kroner(doc["p50"]),
                    p90=fmt.kroner(doc["p90"])),
                "    " + tr("Sannsynlighet for positiv nåverdi: {share}").format(
                    share=_percent(mc["probability_positive"])),
                "    " + tr("Engangskostnader: styringsramme (P50) {p50}, kostnadsramme (P85) "
                            "{p85}").format(p50=fmt.kroner(doc["one_time_p50"]),
                                            p85=fmt.kroner(doc["one_time_p85"]))]
    summary = doc["summary"]
    facts = [(tr("IT-årsverk i ledelse, drift og brukerstøtte"), "pooled_fte_today",
              "it_fte_after", 1),
             (tr("Fysiske servere"), "physical_servers_today", "physical_servers_after", 0),
             (tr("Datarom"), "data_rooms_today", "data_rooms_after", 0),
             (tr("Ulike fagsystemer"), "distinct_systems_today", "distinct_systems_after", 0)]
    shown = [(label, summary.get(a), summary.get(b), d) for label, a, b, d in facts
             if summary.get(a) is not None and summary.get(b) is not None]
    if shown:
        out += ["", tr("Før og etter")] + [
            f"  {label}: {fmt.decimal(a, d)} → {fmt.decimal(b, d)}" for label, a, b, d in shown]
    if doc["tornado"]:
        out += ["", tr("Størst påvirkning på nåverdien (lav → høy verdi)")]
        for bar in doc["tornado"][:5]:
            out.append(f"  {bar['label']} ({bar['key']}): {fmt.kroner(bar['npv_low'])} → "
                       f"{fmt.kroner(bar['npv_high'])}")
    alloc = doc["allocation"]
    if alloc is not None:
        out += ["", tr("Fordeling per kommune i {year} (kr per år; engangs for hele "
                       "perioden)").format(year=alloc["year"])]
        mark = {"estimated": " " + tr("(anslag)"),
                "left_out": " " + tr("(ikke med: har ikke svart)")}
        rows = [[f"{m['number']} {m['name']}{mark.get(m['status'], '')}", kr(m["cost_today"]),
                 kr(m["cost_scenario"]), kr(m["difference"]),
                 kr(None if None in m["one_time"].values() else sum(m["one_time"].values()))]
                for m in alloc["municipalities"]]
        t = alloc["totals"]
        rows.append([tr("Sum"), kr(t["today"]), kr(t["scenario"]), kr(t["scenario"] - t["today"]),
                     kr(t["one_time"] + t["hourly"])])
        header = [tr("Kommune"), tr("I dag"), tr("Scenario"), tr("Endring"), tr("Engangs")]
        if alloc["transition_cap"] is not None:
            header.append(tr("Overgang ({years} år)").format(years=alloc["transition_years"]))
            for row, m in zip(rows, alloc["municipalities"], strict=False):
                row.append(kr(m["transition"]))
            rows[-1].append("0")
        out += _table(header, rows)
        out += [f"  {n}" for n in alloc["notes"]]
    changed = [p for p in doc["parameters"] if p["overridden"]]
    if changed:
        out += ["", tr("Endrede parametere")]
        for p in changed:
            def value(v: float, pct: bool = p["percent"]) -> str:
                return _percent(v) if pct else fmt.decimal(v, 4)
            span = (", " + tr("spenn {low}–{high}").format(low=value(p["low"]),
                                                           high=value(p["high"]))
                    if p["uncertain"] else "")
            out.append(f"  {p['label']} ({p['key']}): {value(p['value'])}{span} "
                       + tr("(standard {value})").format(value=value(p["default"])))
    if doc["notes"]:
        out += ["", tr("Merknader")] + [f"  - {n}" for n in doc["notes"]]
    if doc["qualitative"]:
        out += ["", tr("Vurdert kvalitativt")] + [f"  - {n}" for n in doc["qualitative"]]
    out += _assessment_lines(doc.get("assessment"))
    out += ["", tr("Alle tall med kilder og formler: --json (parameters, trace, assessment).")]
    return "\n".join(out)
