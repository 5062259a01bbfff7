"""``pbdesk print KIND CAMPAIGN FILE.pdf``: print packs from the command line.

``add_print_parser`` adds the ``print`` sub-command to ``pbdesk``'s parser and ``run_print``
runs it: it opens the database, finds the campaign (id or short name), builds the PDF with
the kind's module (``pbdesk.printing.KINDS``) and prints one line with the page count.
Errors are one French sentence on stderr, exit code 1. Heavy imports (the store, reportlab)
wait until the command runs.

``posters`` prints one poster per project; with ``--vote-day`` it prints the vote-day
poster instead (where, when, who can vote, how).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pbdesk.i18n import translate

#: The kinds the command offers (``pbdesk.printing.KINDS``; kept here so that building the
#: parser imports nothing).
PRINT_KINDS = ("ballots", "posters", "booklet", "signin", "pv", "results", "followup", "report")


def add_print_parser(subparsers: Any) -> None:
    """Add ``print`` to ``subparsers`` (``add_subparsers()``)."""
    command = subparsers.add_parser(
        "print",
        help=translate("Cli", "print a pack to PDF: ballots, posters, booklet, sign-in sheets…"),
    )
    command.add_argument(
        "kind",
        metavar="KIND",
        help=translate("Cli", "what to print: {kinds}").format(kinds=", ".join(PRINT_KINDS)),
    )
    command.add_argument("campaign", metavar="CAMPAIGN", help=translate("Cli", "id or short name"))
    command.add_argument("file", metavar="FILE.pdf")
    command.add_argument(
        "--station",
        metavar="NAME|ID",
        help=translate("Cli", "only this polling station (default: every station)"),
    )
    command.add_argument(
        "--copies",
        type=int,
        metavar="N",
        help=translate("Cli", "ballots per station (default: the print settings)"),
    )
    command.add_argument(
        "--per-sheet",
        type=int,
        metavar="1|2|4",
        help=translate("Cli", "ballots per sheet (default: the print settings)"),
    )
    command.add_argument(
        "--paper",
        metavar="A4|A3",
        type=str.upper,
        help=translate("Cli", "paper size (default: A3 for posters, A4 otherwise)"),
    )
    command.add_argument(
        "--large-print",
        action="store_true",
        default=None,
        help=translate("Cli", "large print (16 points or more) for residents with low vision"),
    )
    serials = command.add_mutually_exclusive_group()
    serials.add_argument(
        "--serials",
        dest="serials",
        action="store_true",
        default=None,
        help=translate("Cli", "a serial number and a QR code on each ballot"),
    )
    serials.add_argument(
        "--no-serials",
        dest="serials",
        action="store_false",
        help=translate("Cli", "no serial number on the ballots"),
    )
    command.add_argument(
        "--vote-day",
        action="store_true",
        help=translate("Cli", "with posters: the vote-day poster instead of the project posters"),
    )


def _fail(message: str) -> int:
    print(f"pbdesk : {message}", file=sys.stderr)
    return 1


def run_print(args: argparse.Namespace) -> int:
    """Build the PDF; 0 when written, 1 when refused."""
    from pbdesk.domain.errors import DomainError
    from pbdesk.printing import KindUnavailable, load_kind
    from pbdesk.printing.base import Cancelled, PrintOptions

    try:
        module = load_kind(args.kind)
    except KindUnavailable as error:
        return _fail(str(error))
    from pbdesk.printing.base import check_options

    try:  # the values alone, before opening the database
        check_options(
            PrintOptions(
                copies=args.copies, per_sheet=args.per_sheet or 1, paper=args.paper or "A4"
            )
        )
    except DomainError as error:
        return _fail(error.message)
    target = Path(args.file)
    if not target.parent.exists():
        return _fail(
            translate("Cli", "The folder «{folder}» does not exist.").format(folder=target.parent)
        )

    from pbdesk.store.database import open_database
    from pbdesk.workspace.campaigns import find_campaign
    from pbdesk.workspace.printing import get_print_settings

    database = open_database(args.db)
    try:
        campaign = find_campaign(database, args.campaign)
        settings = get_print_settings(database, campaign.id)
        station_id = _station(database, campaign.id, args.station) if args.station else None
        paper = args.paper or ("A3" if args.kind == "posters" else "A4")
        options = PrintOptions(
            station_id=station_id,
            copies=args.copies,
            per_sheet=args.per_sheet or settings.ballots_per_sheet,
            paper=paper,
            large_print=bool(args.large_print) or settings.large_print,
            serials=args.serials,
        )
        build = module.build
        if args.vote_day:
            if args.kind != "posters":
                return _fail(translate("Cli", "--vote-day goes with the posters."))
            build = module.build_vote_day
        partial = target.with_name(target.name + ".part")
        try:
            pages = build(database, campaign.id, partial, options)
            partial.replace(target)
        except (DomainError, Cancelled):
            partial.unlink(missing_ok=True)
            raise
        except OSError as error:
            partial.unlink(missing_ok=True)
            return _fail(
                translate("Cli", "«{path}» could not be written: {reason}").format(
                    path=target, reason=error.strerror or error
                )
            )
    except Cancelled as error:
        return _fail(str(error))
    finally:
        database.close()
    sentence = (
        translate("Cli", "{kind} of «{campaign}» written to {path}: 1 page.")
        if pages == 1
        else translate("Cli", "{kind} of «{campaign}» written to {path}: {pages} pages.")
    )
    print(
        sentence.format(
            kind=_kind_label(args.kind, args.vote_day),
            campaign=campaign.name,
            path=target,
            pages=pages,
        )
    )
    return 0


def _station(database: Any, campaign_id: int, reference: str) -> int:
    """The id of the station named ``reference`` (or with that id)."""
    from pbdesk.domain.errors import DomainError
    from pbdesk.workspace.polling_stations import list_stations

    stations = list_stations(database, campaign_id)
    wanted = reference.strip()
    for station in stations:
        if wanted.isdigit() and station.id == int(wanted):
            return station.id
    for station in stations:
        if station.name.casefold() == wanted.casefold():
            return station.id
    raise DomainError(
        translate("Cli", "No polling station «{name}» in this campaign; stations: {names}.").format(
            name=reference, names=", ".join(f"«{s.name}»" for s in stations) or "—"
        )
    )


def _kind_label(kind: str, vote_day: bool) -> str:
    if vote_day:
        return translate("Cli", "Vote-day poster")
    labels = {
        "ballots": translate("Cli", "Ballots"),
        "posters": translate("Cli", "Posters"),
        "booklet": translate("Cli", "Booklet"),
        "signin": translate("Cli", "Sign-in sheets"),
        "pv": translate("Cli", "Count records"),
        "results": translate("Cli", "Results"),
        "followup": translate("Cli", "Follow-up sheets"),
        "report": translate("Cli", "Report"),
    }
    return labels.get(kind, kind)
