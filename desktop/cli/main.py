"""`samdrift …`: every main job headless, on the same core as the desktop app.

Errors by kind (`desktop.core.errors.is_user_error`): a user error prints its message and exits
with status 2; anything else is a bug: a one-line pointer to where it happened and the path of
the log with the full traceback, exit status 3.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.cli import language
from desktop.cli.help_nb import NorwegianParser, norwegian
from desktop.core import i18n
from desktop.core.i18n import tr
from desktop.core.project.target import project_target

EXIT_USER_ERROR = 2
EXIT_BUG = 3


def _parser(language: str = i18n.NORWEGIAN) -> argparse.ArgumentParser:
    """The command line in `language`: the help is declared in English and put in Norwegian
    (desktop/cli/help_nb.py) unless the user chose English."""
    english = language == i18n.ENGLISH
    parser_class = argparse.ArgumentParser if english else NorwegianParser
    p = parser_class(prog="samdrift", description=tr(
        "Samdrift – forstudier av interkommunalt IT-samarbeid."))
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("new", help="create a project file")
    c.add_argument("project", type=project_target)
    c.add_argument("--name", required=True)
    c.add_argument("--municipalities", required=True,
                   help="numbers or names, comma-separated (current or former, e.g. 1018)")

    c = sub.add_parser("template", help="write one questionnaire per participant")
    c.add_argument("project", type=project_target)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--municipality", action="append", help="only these (repeatable)")

    c = sub.add_parser("import", help="import returned questionnaires (files or folders)")
    c.add_argument("project", type=project_target)
    c.add_argument("paths", nargs="+", type=Path)
    c.add_argument("--municipality", help="the municipality, for returns that do not say")
    c.add_argument("--json", action="store_true", help="results as JSON")

    c = sub.add_parser("status", help="who has answered, and the issues per return")
    c.add_argument("project", type=project_target)
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("export", help="the project's data as one JSON document")
    c.add_argument("project", type=project_target)
    c.add_argument("--json", action="store_true", required=True)
    c.add_argument("--out", type=Path, help="write to a file instead of standard output")

    c = sub.add_parser("backup", help="a consistent copy of the project, at any time; or its "
                       "automatic backups (--list, --restore N)")
    c.add_argument("project", type=project_target)
    c.add_argument("out", nargs="?", type=project_target,
                   help="the copy: a file (replaced whole) or an empty database's URL")
    c.add_argument("--list", action="store_true", help="list the automatic backups")
    c.add_argument("--restore", type=int, metavar="N",
                   help="put automatic backup N (1 = newest) in place of the project file")

    c = sub.add_parser("demo", help="build the demo project (Knutepunkt Sørlandet) in DIR")
    c.add_argument("dir", type=Path)

    c = sub.add_parser("gui", help="open the desktop app")
    c.add_argument("project", nargs="?", type=project_target)
    c.add_argument("--smoke-screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)

    from desktop.cli.catalogue import add_parsers as add_catalogue_parsers
    from desktop.cli.report import add_parsers as add_report_parsers
    from desktop.cli.scenario import add_parsers as add_scenario_parsers
    from desktop.cli.survey import add_parsers as add_survey_parsers

    add_catalogue_parsers(sub)
    add_scenario_parsers(sub)
    add_report_parsers(sub)
    add_survey_parsers(sub)
    return p if english else norwegian(p)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser(language.apply()).parse_args(argv)
    try:
        from desktop.cli import commands

        commands.print_open_notices()
        handler: Any = getattr(args, "handler", None) or getattr(commands, f"cmd_{args.command}")
        return int(handler(args))
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        return report_error(exc)


def report_error(exc: BaseException) -> int:
    """Tell the user about `exc` on standard error; the exit status for it."""
    from desktop.core.errors import is_user_error

    if is_user_error(exc):
        print(f"samdrift: {user_message(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    from desktop import crashlog

    log_path = crashlog.write_crash_log(crashlog.format_traceback(exc))
    print("samdrift: " + tr("intern feil (en feil i Samdrift, ikke noe du gjorde): {error}"
                            ).format(error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
    print("  " + tr("ved {where}").format(where=crashlog.where(exc)), file=sys.stderr)
    if log_path is not None:
        print("  " + tr("Hele feilmeldingen er skrevet til {path}").format(path=log_path),
              file=sys.stderr)
    else:
        print(crashlog.format_traceback(exc), file=sys.stderr, end="")
    return EXIT_BUG


def user_message(exc: BaseException) -> str:
    """A user error's message in the CLI's language: its English text when the core gave
    one, the message as written otherwise."""
    from desktop.core.errors import message_in

    return message_in(exc, i18n.language())


def print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    sys.exit(main())
