"""Helpers for the project-file tests: campaigns with attachments, files read and rewritten."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from conftest import AUTHOR, sample_frame
from sqlalchemy import func, select

from pbdesk.domain.applications import ApplicationInput, BudgetLineInput, HolderInput
from pbdesk.domain.people import PersonInput, Role
from pbdesk.exchange.tables import current_layout
from pbdesk.store.database import Database
from pbdesk.store.models import Base
from pbdesk.workspace.applications import add_attachment, save_application
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.team import save_person

__all__ = ["AUTHOR", "sample_frame"]


def row_counts(database: Database) -> dict[str, int]:
    """Rows of every table: "nothing was written" means these did not change."""
    with database.session() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }


def small_campaign(database: Database, tmp_path: Path, *, attachments: int = 2) -> int:
    """A campaign with two applications (budget lines), a resident with contact details, a
    team member and ``attachments`` attachments of a few kilobytes."""
    campaign_id = create_campaign(database, sample_frame(), AUTHOR)
    garden = save_holder(database, HolderInput(name="Les Amis du Jardin"))
    colours = save_holder(database, HolderInput(name="Collectif Couleurs"))
    first = save_application(
        database,
        campaign_id,
        ApplicationInput(
            title="Jardin partagé",
            holder_id=garden,
            requested="4 500",
            summary="Un jardin au pied des tours.",
            received_on=date(2026, 3, 2),
            budget_lines=[BudgetLineInput("Outils", "1 500"), BudgetLineInput("Terre", "3 000")],
        ),
        AUTHOR,
    )
    save_application(
        database,
        campaign_id,
        ApplicationInput(title="Fresque", holder_id=colours, requested="2 000"),
        AUTHOR,
    )
    save_person(
        database,
        campaign_id,
        PersonInput(
            full_name="Nadia Habitante",
            role=Role.CORE_GROUP,
            email="nadia@example.org",
            phone="06 12 34 56 78",
            is_resident=True,
            consent=True,
            consent_on=date(2026, 2, 1),
        ),
    )
    save_person(
        database,
        campaign_id,
        PersonInput(full_name="Paul Agent", role=Role.SERVICE, email="paul@mairie.example"),
    )
    for number in range(attachments):
        path = tmp_path / f"piece-{number}.pdf"
        path.write_bytes(hashlib.sha256(str(number).encode()).digest() * (64 + number))
        add_attachment(database, first, path)
    return campaign_id


def read_member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def data_of(path: Path) -> dict[str, Any]:
    """The file's records and states as one document, ``{"tables": …, "states": …}`` (format
    1's ``data.json``, format 2's members put together): the form the round-trip compares."""
    members = members_of(path)
    if "data.json" in members:
        document: dict[str, Any] = json.loads(members["data.json"])
        return document
    return data_of_members(members)


def data_of_members(members: dict[str, bytes]) -> dict[str, Any]:
    tables: dict[str, list[Any]] = {}
    states: dict[str, Any] = {}
    for name, content in members.items():
        if name.startswith("tables/") and name.endswith(".jsonl"):
            lines = content.decode().splitlines()
            tables[name[len("tables/") : -len(".jsonl")]] = [
                json.loads(line) for line in lines if line.strip()
            ]
        elif name.startswith("states/") and name.endswith(".json"):
            states[name[len("states/") : -len(".json")]] = json.loads(content)
    order = [name for name in current_layout().names if name in tables]
    order += sorted(set(tables) - set(order))
    return {"tables": {name: tables[name] for name in order}, "states": states}


def data_members(data: dict[str, Any], *, ensure_ascii: bool = False) -> dict[str, bytes]:
    """Format 2's data members holding ``data`` (``{"tables": …, "states": …}``)."""
    members = {}
    for table, rows in data["tables"].items():
        lines = [json.dumps(row, ensure_ascii=ensure_ascii) + "\n" for row in rows]
        members[f"tables/{table}.jsonl"] = "".join(lines).encode()
    for table, states in data.get("states", {}).items():
        members[f"states/{table}.json"] = json.dumps(states, ensure_ascii=ensure_ascii).encode()
    return members


def table_member(path: Path, table: str) -> str:
    """The member holding the records of ``table`` (format 1: data.json)."""
    names = members_of(path)
    return "data.json" if "data.json" in names else f"tables/{table}.jsonl"


def as_format_1(path: Path, target: Path) -> Path:
    """The project file at ``path`` written as pbdesk wrote it in format 1 (one data.json)."""
    data = data_of(path)
    members = {
        name: content
        for name, content in members_of(path).items()
        if not name.startswith(("tables/", "states/"))
    }
    members["data.json"] = json.dumps(data, ensure_ascii=False).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    target.write_bytes(buffer.getvalue())
    return rewrite(target, target, manifest={"format_version": 1})


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rewrite(
    path: Path,
    target: Path,
    *,
    data: dict[str, Any] | None = None,
    manifest: dict[str, Any] | None = None,
    extra: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    fix_checksums: bool = True,
) -> Path:
    """A copy of a project file with members changed; checksums recomputed unless told not."""
    members = members_of(path)
    document = json.loads(members["manifest.json"])
    if data is not None:
        if "data.json" in members:
            members["data.json"] = json.dumps(data, ensure_ascii=False).encode()
        else:
            members = {
                name: content
                for name, content in members.items()
                if not name.startswith(("tables/", "states/"))
            }
            members.update(data_members(data))
    for name in drop:
        members.pop(name, None)
    members.update(extra or {})
    if fix_checksums:
        document["members"] = {
            name: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
            for name, content in members.items()
            if name != "manifest.json"
        }
    if manifest is not None:
        document.update(manifest)
    if "manifest.json" not in drop:
        members["manifest.json"] = json.dumps(document).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    target.write_bytes(buffer.getvalue())
    return target
