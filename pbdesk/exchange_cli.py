"""``pbdesk export``, ``pbdesk import`` and ``pbdesk copy``: project files and whole databases.

``add_exchange_parsers`` adds the three sub-commands to ``pbdesk``'s parser and
``run_exchange`` runs them. Heavy imports wait until a command runs.

- ``export CAMPAIGN FILE.pbdesk [--include-personal-data]``: one campaign to a project file;
  residents' personal data stays out unless asked for (then a warning is printed);
- ``import FILE.pbdesk [--dry-run]``: prints what the import does, then does it; conflicts
  keep this database's version and are listed side by side;
- ``copy --to URL2``: the whole database (``--db``) into an empty one, SQLite ↔ PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pbdesk.i18n import translate

EXCHANGE_COMMANDS = ("export", "import", "copy")


def add_exchange_parsers(subparsers: Any) -> None:
    """Add ``export``, ``import`` and ``copy`` to ``subparsers`` (``add_subparsers()``)."""
    export = subparsers.add_parser(
        "export", help=translate("ExchangeCli", "write a campaign to a .pbdesk project file")
    )
    export.add_argument(
        "campaign", metavar="CAMPAIGN", help=translate("ExchangeCli", "id or short name")
    )
    export.add_argument("file", metavar="FILE.pbdesk")
    export.add_argument(
        "--include-personal-data",
        action="store_true",
        help=translate(
            "ExchangeCli",
            "also write residents' contact details and the sign-in register's keys and secret",
        ),
    )
    load = subparsers.add_parser(
        "import",
        help=translate(
            "ExchangeCli", "add a campaign from a .pbdesk file, or merge it into its copy here"
        ),
    )
    load.add_argument("file", metavar="FILE.pbdesk")
    load.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("ExchangeCli", "only show what the import would do"),
    )
    copy = subparsers.add_parser(
        "copy",
        help=translate(
            "ExchangeCli", "copy the whole database into an empty one (SQLite or PostgreSQL)"
        ),
    )
    copy.add_argument(
        "--to",
        metavar="URL2",
        dest="target",
        required=True,
        help=translate("ExchangeCli", "the empty target database: a file or a SQLAlchemy URL"),
    )


def run_exchange(args: argparse.Namespace) -> int:
    """Run ``export``, ``import`` or ``copy``; 0 when done (a ``DomainError`` otherwise)."""
    if args.command == "copy":
        return _copy(args)
    from pbdesk.store.database import open_database

    database = open_database(args.db)
    try:
        if args.command == "export":
            return _export(database, args)
        return _import(database, args)
    finally:
        database.close()


def _export(database: Any, args: argparse.Namespace) -> int:
    from pbdesk.exchange.project_file import export_campaign
    from pbdesk.workspace.campaigns import find_campaign

    campaign = find_campaign(database, args.campaign)
    if args.include_personal_data:
        print(
            "pbdesk : "
            + translate(
                "ExchangeCli",
                "Warning: this file will hold residents' personal data (contact details, "
                "sign-in register keys and secret); give it only to people entitled to see them.",
            ),
            file=sys.stderr,
        )
    result = export_campaign(
        database, campaign.id, args.file, include_personal_data=args.include_personal_data
    )
    print(
        translate(
            "ExchangeCli",
            "«{campaign}» written to {path}: {records} records, {attachments} attachments, "
            "{kilobytes} kB.",
        ).format(
            campaign=result.campaign_name,
            path=result.path,
            records=result.records,
            attachments=result.attachments,
            kilobytes=max(1, (result.size + 1023) // 1024),
        )
    )
    return 0


def _value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(str(text).split())
    return f"«{text if len(text) <= 70 else text[:69] + '…'}»"


def _import(database: Any, args: argparse.Namespace) -> int:
    from pbdesk.exchange.project_file import Action, apply_import, plan_import
    from pbdesk.workspace.journal import default_author

    plan = plan_import(database, args.file)
    for line in plan.summary():
        print(line)
    for table, counts in plan.counts().items():
        if set(counts) == {Action.SAME}:
            continue  # only the tables where something happens
        details = ", ".join(f"{action.label} {count}" for action, count in counts.items())
        print(f"  {table} : {details}")
    if plan.conflicts:
        print(
            translate(
                "ExchangeCli",
                "Conflicts: both sides changed these records; this database's version is "
                "kept (here / in the file):",
            )
        )
        for conflict in plan.conflicts:
            print(f"  {conflict.table} «{conflict.label}» ({conflict.uuid})")
            for column in conflict.columns:
                print(
                    f"    {column} : {_value(conflict.here[column])} / "
                    f"{_value(conflict.incoming[column])}"
                )
    if args.dry_run:
        print(translate("ExchangeCli", "Nothing was changed (--dry-run)."))
        return 0
    result = apply_import(database, plan, author=default_author())
    if result.new_campaign:
        print(
            translate("ExchangeCli", "«{campaign}» imported: {added} records added.").format(
                campaign=result.campaign_name, added=result.added
            )
        )
    else:
        print(
            translate(
                "ExchangeCli",
                "«{campaign}» merged: {added} records added, {updated} updated, {kept} "
                "conflicts kept as they are here.",
            ).format(
                campaign=result.campaign_name,
                added=result.added,
                updated=result.updated,
                kept=result.kept,
            )
        )
    return 0


def _copy(args: argparse.Namespace) -> int:
    from pbdesk.store.copy import copy_database

    report = copy_database(args.db, args.target)
    print(
        translate(
            "ExchangeCli",
            "Database copied to {target}: {records} records in {tables} tables, counts "
            "checked on both sides.",
        ).format(
            target=report.target,
            records=report.records,
            tables=sum(1 for count in report.counts.values() if count),
        )
    )
    return 0
