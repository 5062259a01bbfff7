"""``pbdesk grid export`` and ``pbdesk grid import``: review grids from the command line.

``add_grid_parser`` adds the ``grid`` sub-command to ``pbdesk``'s parser and ``run_grid`` runs
it. Heavy imports (the store, openpyxl) wait until the command runs.

- ``grid export CAMPAIGN FILE.xlsx [--reviewer NAME]``: one reviewer's grid, or one workbook
  with a sheet per reviewer;
- ``grid import CAMPAIGN FILE.xlsx [--dry-run]``: prints what changed, or every problem on
  stderr and exits 1 with nothing changed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pbdesk.i18n import translate


def add_grid_parser(subparsers: Any) -> None:
    """Add ``grid export`` and ``grid import`` to ``subparsers`` (``add_subparsers()``)."""
    grid = subparsers.add_parser(
        "grid", help=translate("Cli", "review grids (Excel): export, import")
    )
    actions = grid.add_subparsers(dest="grid_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help=translate("Cli", "write the review grid(s) of a campaign to an .xlsx file")
    )
    export.add_argument("campaign", metavar="CAMPAIGN", help=translate("Cli", "id or short name"))
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument(
        "--reviewer",
        metavar="NAME",
        help=translate(
            "Cli", "only this reviewer's grid (default: one sheet per reviewer, in one workbook)"
        ),
    )
    load = actions.add_parser(
        "import", help=translate("Cli", "read a returned grid back into the campaign")
    )
    load.add_argument("campaign", metavar="CAMPAIGN", help=translate("Cli", "id or short name"))
    load.add_argument("file", metavar="FILE.xlsx")
    load.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "only show what would change"),
    )


def run_grid(args: argparse.Namespace) -> int:
    """Run ``grid export`` or ``grid import``; 0 when done, 1 when refused."""
    from pbdesk.store.database import open_database
    from pbdesk.workspace.campaigns import find_campaign
    from pbdesk.workspace.journal import default_author

    database = open_database(args.db)
    try:
        campaign = find_campaign(database, args.campaign)
        if args.grid_command == "export":
            return _export(database, campaign.id, args)
        return _import(database, campaign.id, args, default_author())
    finally:
        database.close()


def _export(database: Any, campaign_id: int, args: argparse.Namespace) -> int:
    from pbdesk.grids import export_grids
    from pbdesk.grids.instructions import quoted_names
    from pbdesk.workspace.reviews.reviewers import find_reviewer

    reviewer = find_reviewer(database, campaign_id, args.reviewer).id if args.reviewer else None
    done = export_grids(database, campaign_id, args.file, reviewer)
    print(
        translate(
            "Cli", "Review grid written to {path}: {reviewers} ({rows} applications to review)."
        ).format(
            path=done.path,
            reviewers=quoted_names(done.reviewers),
            rows=done.rows,
        )
    )
    return 0


def _import(database: Any, campaign_id: int, args: argparse.Namespace, author: str) -> int:
    from pbdesk.grids import import_grid

    result = import_grid(database, campaign_id, args.file, author, apply=not args.dry_run)
    if not result.ok:
        heading = translate(
            "Cli", "«{path}» was not imported and nothing changed; problems found: {count}."
        ).format(path=args.file, count=len(result.problems))
        print(f"pbdesk : {heading}", file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for line in result.describe():
        print(line)
    if args.dry_run and result.changes_anything:
        print(translate("Cli", "Nothing was changed (--dry-run)."))
    return 0
