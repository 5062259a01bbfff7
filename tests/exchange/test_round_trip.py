"""Export, import into an empty database, export again: the same data; attachments intact;
personal data left home unless asked for."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from unittest.mock import ANY

import pytest
from sqlalchemy import select
from sqlalchemy.orm import undefer

from pbdesk.exchange.archive import FORMAT_NAME, FORMAT_VERSION
from pbdesk.exchange.errors import Cancelled
from pbdesk.exchange.plan import Action
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.exchange.tables import current_layout
from pbdesk.i18n import translate
from pbdesk.store.database import Database, open_database
from pbdesk.store.models import Attachment, Campaign, Person
from pbdesk.workspace.applications import attachment_content
from pbdesk.workspace.campaigns import list_campaigns

from .support import AUTHOR, as_format_1, data_of, members_of, row_counts, small_campaign


def imported(database: Database, path: Path) -> int:
    plan = plan_import(database, path)
    return apply_import(database, plan, author=AUTHOR).campaign_id


def test_demo_round_trip_gives_the_same_data(
    demo_database: Database, any_database: Database, tmp_path: Path
) -> None:
    """Every demo edition: export, import into an empty database, export again."""
    for campaign in list_campaigns(demo_database):
        first = tmp_path / f"{campaign.slug}.pbdesk"
        export_campaign(demo_database, campaign.id, first)
        plan = plan_import(any_database, first)
        assert plan.new_campaign
        assert plan.count(Action.ADD) == plan.data.count()
        campaign_id = apply_import(any_database, plan, author=AUTHOR).campaign_id
        again = tmp_path / f"{campaign.slug}-again.pbdesk"
        export_campaign(any_database, campaign_id, again)
        assert data_of(again) == data_of(first), campaign.slug
        assert set(members_of(again)) == set(members_of(first))
    counts = row_counts(any_database)
    # Every table a demo campaign has rows in came across (and nothing else was added).
    source = row_counts(demo_database)
    for table in current_layout().names:
        assert counts[table] == source[table], table


def test_the_file_is_a_documented_zip(database: Database, tmp_path: Path) -> None:
    campaign_id = small_campaign(database, tmp_path)
    target = tmp_path / "out.pbdesk"
    result = export_campaign(database, campaign_id, target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        stored = {info.filename: info.compress_type for info in archive.infolist()}
    tables = current_layout().names
    assert sorted(n for n in names if not n.startswith("attachments/")) == sorted(
        ["manifest.json"]
        + [f"tables/{table}.jsonl" for table in tables]
        + [f"states/{table}.json" for table in tables]
    )
    assert all(stored[f"tables/{table}.jsonl"] == zipfile.ZIP_DEFLATED for table in tables)
    assert manifest["format"] == FORMAT_NAME
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["campaign"] == {"uuid": result.campaign_uuid, "name": "Quartier Test 2026"}
    assert manifest["personal_data"] is False
    assert set(manifest["members"]) == set(names) - {"manifest.json"}
    assert result.attachments == 2
    assert all(
        stored[name] == zipfile.ZIP_STORED for name in names if name.startswith("attachments/")
    )
    data = data_of(target)
    # Keyed by uuids: no integer id anywhere, references are uuids.
    application = data["tables"]["application"][0]
    assert "id" not in application
    assert application["campaign_id"] == result.campaign_uuid
    holder_uuids = {row["uuid"] for row in data["tables"]["holder"]}
    assert {row["holder_id"] for row in data["tables"]["application"]} == holder_uuids
    # Every travelling table is in the file, even when empty, parents before children.
    in_file = [n[len("tables/") : -len(".jsonl")] for n in names if n.startswith("tables/")]
    assert in_file == list(tables)
    # One record a line.
    lines = members_of(target)["tables/application.jsonl"].decode().splitlines()
    assert [json.loads(line)["uuid"] for line in lines] == sorted(
        row["uuid"] for row in data["tables"]["application"]
    )


def test_attachments_arrive_byte_for_byte(any_database: Database, tmp_path: Path) -> None:
    origin = open_database(tmp_path / "source.sqlite3")
    campaign_id = small_campaign(origin, tmp_path, attachments=3)
    with origin.session() as session:
        before = {
            a.uuid: (a.filename, a.content)
            for a in session.scalars(select(Attachment).options(undefer(Attachment.content)))
        }
    target = tmp_path / "out.pbdesk"
    export_campaign(origin, campaign_id, target, include_personal_data=True)
    origin.close()
    plan = plan_import(any_database, target)
    assert plan.attachments == 3  # what the summary says: attachments, not the data members
    assert plan.summary()[0] == translate(
        "ProjectFile",
        "«{campaign}» is not in this database: it will be added whole "
        "({records} records, {attachments} attachments).",
    ).format(campaign="Quartier Test 2026", records=plan.data.count(), attachments=3)
    new_id = imported(any_database, target)
    with any_database.session() as session:
        ids = {a.uuid: a.id for a in session.scalars(select(Attachment))}
    assert set(ids) == set(before)
    for uuid, (filename, content) in before.items():
        assert attachment_content(any_database, ids[uuid]) == (filename, content)
    again = tmp_path / "again.pbdesk"
    export_campaign(any_database, new_id, again, include_personal_data=True)
    assert data_of(again) == data_of(target)
    assert members_of(again) == {**members_of(target), "manifest.json": ANY}


def test_personal_data_stays_home_unless_asked(database: Database, tmp_path: Path) -> None:
    campaign_id = small_campaign(database, tmp_path, attachments=0)
    without = tmp_path / "without.pbdesk"
    export_campaign(database, campaign_id, without)
    people = {row["full_name"]: row for row in data_of(without)["tables"]["person"]}
    resident = people["Nadia Habitante"]
    assert (resident["email"], resident["phone"], resident["address"], resident["notes"]) == (
        "",
        "",
        "",
        "",
    )
    # The team's work contacts are not residents' personal data.
    assert people["Paul Agent"]["email"] == "paul@mairie.example"

    with_data = tmp_path / "with.pbdesk"
    export_campaign(database, campaign_id, with_data, include_personal_data=True)
    people = {row["full_name"]: row for row in data_of(with_data)["tables"]["person"]}
    assert people["Nadia Habitante"]["email"] == "nadia@example.org"
    assert json.loads(members_of(with_data)["manifest.json"])["personal_data"] is True
    # The same state either way: leaving personal data out is not a change to merge.
    assert data_of(with_data)["states"] == data_of(without)["states"]


def test_a_new_campaign_whose_short_name_is_taken_gets_another(
    any_database: Database, tmp_path: Path
) -> None:
    origin = open_database(tmp_path / "origin.sqlite3")
    campaign_id = small_campaign(origin, tmp_path, attachments=0)
    target = tmp_path / "out.pbdesk"
    export_campaign(origin, campaign_id, target)
    origin.close()
    small_campaign(any_database, tmp_path, attachments=0)  # same slug, another campaign
    plan = plan_import(any_database, target)
    assert plan.new_campaign
    assert [(r.table, r.column, r.before, r.after) for r in plan.renamings] == [
        ("campaign", "slug", "quartier-test-2026", "quartier-test-2026-2")
    ]
    assert any("quartier-test-2026-2" in line for line in plan.summary())
    new_id = apply_import(any_database, plan, author=AUTHOR).campaign_id
    with any_database.session() as session:
        assert session.get(Campaign, new_id).slug == "quartier-test-2026-2"
        # Holders are shared, matched by uuid: the other campaign's are different records.
        assert len(session.scalars(select(Person)).all()) == 4


def test_export_replaces_the_target_whole_and_leaves_no_partial_file(
    database: Database, tmp_path: Path
) -> None:
    campaign_id = small_campaign(database, tmp_path, attachments=1)
    target = tmp_path / "out.pbdesk"
    target.write_bytes(b"old content")

    def stop() -> bool:
        return True

    with pytest.raises(Cancelled):
        export_campaign(database, campaign_id, target, cancel=stop)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    export_campaign(database, campaign_id, target)
    assert zipfile.is_zipfile(target)


def test_a_reviewer_from_the_team_or_core_group_leaves_without_their_email(
    database: Database, tmp_path: Path
) -> None:
    from pbdesk.workspace.reviews.reviewers import ReviewerInput, save_reviewer
    from pbdesk.workspace.team import list_people

    campaign_id = small_campaign(database, tmp_path, attachments=0)
    nadia = next(p for p in list_people(database, campaign_id) if p.is_resident)
    save_reviewer(
        database,
        campaign_id,
        ReviewerInput(name=nadia.full_name, email="nadia@example.org", person_id=nadia.id),
        AUTHOR,
    )
    save_reviewer(
        database, campaign_id, ReviewerInput(name="Service jeunesse", email="sj@ville.fr"), AUTHOR
    )
    without = tmp_path / "without.pbdesk"
    export_campaign(database, campaign_id, without)
    emails = {row["name"]: row["email"] for row in data_of(without)["tables"]["reviewer"]}
    assert emails == {nadia.full_name: "", "Service jeunesse": "sj@ville.fr"}


def test_a_file_in_format_1_is_still_read(any_database: Database, tmp_path: Path) -> None:
    """Files written before format 2 (every record in one data.json) import as they did."""
    origin = open_database(tmp_path / "origin.sqlite3")
    campaign_id = small_campaign(origin, tmp_path, attachments=2)
    current = tmp_path / "current.pbdesk"
    export_campaign(origin, campaign_id, current, include_personal_data=True)
    origin.close()
    older = as_format_1(current, tmp_path / "older.pbdesk")
    assert json.loads(members_of(older)["manifest.json"])["format_version"] == 1
    assert "data.json" in members_of(older)
    plan = plan_import(any_database, older)
    assert plan.new_campaign and plan.count(Action.ADD) == plan.data.count()
    new_id = apply_import(any_database, plan, author=AUTHOR).campaign_id
    again = tmp_path / "again.pbdesk"
    export_campaign(any_database, new_id, again, include_personal_data=True)
    assert data_of(again) == data_of(current)
    # Merged again: the same on both sides.
    plan = plan_import(any_database, older)
    assert plan.count(Action.SAME) == plan.data.count()


def test_a_plan_keeps_whole_rows_only_where_it_needs_them(
    database: Database, tmp_path: Path
) -> None:
    """Memory follows what changes, not the campaign: records the file adds are read from the
    file again when imported, records the same on both sides keep no row."""
    campaign_id = small_campaign(database, tmp_path, attachments=1)
    path = tmp_path / "out.pbdesk"
    export_campaign(database, campaign_id, path)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        plan = plan_import(other, path)
        binary = {spec.name for spec in current_layout().tables if spec.binary}
        assert all(p.row is None for p in plan.plans() if p.table not in binary)
        apply_import(other, plan, author=AUTHOR)
        plan = plan_import(other, path)
        assert {p.action for p in plan.plans()} == {Action.SAME}
        assert all(p.row is None and p.local.row is None for p in plan.plans())
    finally:
        other.close()
