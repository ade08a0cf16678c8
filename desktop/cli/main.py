"""`samdrift …`: every main job headless, on the same core as the desktop app."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from db.errors import ProjectFileError
from desktop.cli.help_nb import NorwegianParser, norwegian
from desktop.core.register.municipalities import UnknownMunicipality


def _parser() -> argparse.ArgumentParser:
    p = NorwegianParser(prog="samdrift", description="Samdrift – forstudier av "
                                "interkommunalt IT-samarbeid.")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("new", help="create a project file")
    c.add_argument("project", type=Path)
    c.add_argument("--name", required=True)
    c.add_argument("--municipalities", required=True,
                   help="numbers or names, comma-separated (current or former, e.g. 1018)")

    c = sub.add_parser("template", help="write one questionnaire per participant")
    c.add_argument("project", type=Path)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--municipality", action="append", help="only these (repeatable)")

    c = sub.add_parser("import", help="import returned questionnaires (files or folders)")
    c.add_argument("project", type=Path)
    c.add_argument("paths", nargs="+", type=Path)
    c.add_argument("--municipality", help="the municipality, for returns that do not say")
    c.add_argument("--json", action="store_true", help="results as JSON")

    c = sub.add_parser("status", help="who has answered, and the issues per return")
    c.add_argument("project", type=Path)
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("export", help="the project's data as one JSON document")
    c.add_argument("project", type=Path)
    c.add_argument("--json", action="store_true", required=True)
    c.add_argument("--out", type=Path, help="write to a file instead of standard output")

    c = sub.add_parser("demo", help="build the demo project (Knutepunkt Sørlandet) in DIR")
    c.add_argument("dir", type=Path)

    c = sub.add_parser("gui", help="open the desktop app")
    c.add_argument("project", nargs="?")
    c.add_argument("--smoke-screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)

    from desktop.cli.scenario import add_parsers as add_scenario_parsers
    from desktop.core.catalogue.cli import add_parsers as add_catalogue_parsers
    from desktop.core.reports.cli import add_parsers as add_report_parsers

    add_catalogue_parsers(sub)
    add_scenario_parsers(sub)
    add_report_parsers(sub)
    return norwegian(p)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        from desktop.cli import commands

        handler: Any = getattr(args, "handler", None) or getattr(commands, f"cmd_{args.command}")
        return int(handler(args))
    except (ProjectFileError, UnknownMunicipality, ValueError, FileExistsError) as exc:
        print(f"samdrift: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    sys.exit(main())
