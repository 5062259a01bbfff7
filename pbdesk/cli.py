"""The ``pbdesk`` command: with no sub-command it opens the app; sub-commands run headless.

The command line is a contract (docs/cli.md): scripts rely on its options, its JSON and its
exit codes. Errors are one sentence on stderr, in French unless ``LANG=en``; exit code 1 for
a refused operation, 2 for a malformed command.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from pbdesk.domain.errors import DomainError
from pbdesk.exchange_cli import EXCHANGE_COMMANDS, add_exchange_parsers, run_exchange
from pbdesk.grids_cli import add_grid_parser, run_grid
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.print_cli import add_print_parser, run_print
from pbdesk.tally_cli import add_pabulib_parser, add_tally_parser, run_pabulib, run_tally

_ARGPARSE_MESSAGES = (
    (
        re.compile(r"argument (\S+): invalid choice: '?([^' ]+)'?.*"),
        QT_TRANSLATE_NOOP("Cli", "«{1}» is not a pbdesk command."),
    ),
    (
        re.compile(r"the following arguments are required: (.+)"),
        QT_TRANSLATE_NOOP("Cli", "Missing argument: {0}."),
    ),
    (
        re.compile(r"unrecognized arguments: (.+)"),
        QT_TRANSLATE_NOOP("Cli", "Unknown option or argument: {0}."),
    ),
    (
        re.compile(r"argument (\S+): expected one argument"),
        QT_TRANSLATE_NOOP("Cli", "The option {0} needs a value."),
    ),
)


class _Parser(argparse.ArgumentParser):
    """argparse with its errors said in one translated sentence."""

    def error(self, message: str) -> NoReturn:
        for pattern, template in _ARGPARSE_MESSAGES:
            match = pattern.search(message)
            if match:
                message = translate("Cli", template).format(*match.groups())
                break
        self.exit(2, f"pbdesk : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pbdesk",
        description=translate("Cli", "pbdesk — participatory budgets in priority neighbourhoods."),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "Cli",
            "database file or SQLAlchemy URL (default: $PBDESK_DB, then the "
            "file in the user data folder)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open a throw-away copy of the demo workspace"),
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help=translate("Cli", "draw the main window once loaded, save it as a PNG, exit"),
    )
    parser.add_argument(
        "--open",
        metavar="FILE.pbdesk",
        dest="open_file",
        help=translate(
            "Cli",
            "open the app and show what importing this project file does "
            "(a lone FILE.pbdesk does the same)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help=translate("Cli", "create or upgrade the database"))
    init.add_argument(
        "--demo",
        action="store_true",
        dest="init_demo",
        help=translate("Cli", "also add the demo workspace"),
    )

    campaigns = commands.add_parser("campaigns", help=translate("Cli", "list the campaigns"))
    campaigns.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON document")
    )
    add_tally_parser(commands)
    add_pabulib_parser(commands)
    add_exchange_parsers(commands)
    add_grid_parser(commands)
    add_print_parser(commands)
    return parser


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pbdesk.store.database import open_database

    return open_database(args.db)


def _cmd_init(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from pbdesk.store import schema
    from pbdesk.store.models import Campaign
    from pbdesk.workspace.demo import add_demo_workspace, load_demo

    database = _open(args)
    try:
        print(
            translate("Cli", "Database ready: {name} (schema {revision}).").format(
                name=database.display_name(), revision=schema.HEAD
            )
        )
        if database.backup:
            print(
                translate("Cli", "A copy from before the upgrade is kept: {path}.").format(
                    path=database.backup
                )
            )
        if args.init_demo:
            slugs = {entry["frame"]["slug"] for entry in load_demo()["campaigns"]}
            with database.session() as session:
                present = set(
                    session.scalars(select(Campaign.slug).where(Campaign.slug.in_(slugs)))
                )
            if present:
                print(translate("Cli", "The demo workspace is already there."))
            else:
                added = add_demo_workspace(database)
                print(translate("Cli", "{count} sample campaigns added.").format(count=len(added)))
    finally:
        database.close()
    return 0


def _cmd_campaigns(args: argparse.Namespace) -> int:
    from pbdesk.domain.money import format_euros
    from pbdesk.workspace.campaigns import list_campaigns

    database = _open(args)
    try:
        campaigns = list_campaigns(database)
    finally:
        database.close()
    if args.json:
        json.dump([c.as_json() for c in campaigns], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not campaigns:
        print(translate("Cli", "No campaign yet."))
    for c in campaigns:
        sample = translate("Cli", " (sample data)") if c.sample else ""
        print(
            f"{c.id:>4}  {c.slug:<30} {c.name} — {format_euros(c.envelope_cents)} — "
            f"{c.phase.label}{sample}"
        )
    return 0


def _import_headless_layers_first() -> None:
    """Import the store and the services before PySide6.

    Once imported, PySide6 hooks every later import and reads each module's source to look
    for its ``__feature__`` switches; SQLAlchemy alone is hundreds of modules. Importing the
    Qt-free layers first keeps them out of that hook and shortens start-up noticeably.
    """
    import pbdesk.store.models
    import pbdesk.workspace.campaigns
    import pbdesk.workspace.dashboard
    import pbdesk.workspace.demo
    import pbdesk.workspace.meetings
    import pbdesk.workspace.phases
    import pbdesk.workspace.team  # noqa: F401


#: Options of the app form that take a value (skipped when looking for a lone project file).
_VALUED_OPTIONS = ("--db", "--screenshot", "--open")
PROJECT_SUFFIX = ".pbdesk"


def project_file_as_option(argv: Sequence[str]) -> list[str]:
    """``pbdesk [options] FILE.pbdesk`` (what a double-click on a project file runs) is read
    as ``pbdesk [options] --open FILE.pbdesk``.

    Only an argument in the command's place whose name ends with ``.pbdesk`` is taken so: no
    sub-command has such a name, and anything else (an unknown command included) is left to
    the parser as it is, so the sub-commands' contract does not change.
    """
    args = list(argv)
    position = 0
    while position < len(args):
        arg = args[position]
        if arg in _VALUED_OPTIONS:
            position += 2
            continue
        if arg.startswith("-"):
            position += 1
            continue
        if arg.lower().endswith(PROJECT_SUFFIX):
            return [*args[:position], "--open", arg, *args[position + 1 :]]
        break
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(project_file_as_option(argv))
    try:
        if args.command == "init":
            return _cmd_init(args)
        if args.command == "campaigns":
            return _cmd_campaigns(args)
        if args.command in EXCHANGE_COMMANDS:
            return run_exchange(args)
        if args.command == "tally":
            return run_tally(args)
        if args.command == "pabulib":
            return run_pabulib(args)
        if args.command == "grid":
            return run_grid(args)
        if args.command == "print":
            return run_print(args)
        _import_headless_layers_first()
        from pbdesk.app import run_app

        return run_app(
            db=args.db, demo=args.demo, screenshot=args.screenshot, open_file=args.open_file
        )
    except DomainError as error:
        print(f"pbdesk : {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
