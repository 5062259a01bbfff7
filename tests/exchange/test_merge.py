"""Merging a campaign both laptops worked on: what one side changed is taken, what both
changed is a conflict, new records from both sides are united, nothing is lost silently.

Laptop A is ``any_database`` (SQLite, and PostgreSQL when set); laptops B and C are SQLite
files, as on the vote day.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pbdesk.exchange import apply as apply_module
from pbdesk.exchange.errors import MergeRefused
from pbdesk.exchange.plan import Action, ImportPlan
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.store.backups import ERASURE_ACTION
from pbdesk.store.database import Database, open_database
from pbdesk.store.models import (
    Application,
    ApplicationStake,
    Call,
    Campaign,
    Holder,
    JournalEntry,
    Person,
    Stake,
)
from pbdesk.workspace.call import get_call
from pbdesk.workspace.team import erase_resident_contacts

from .support import AUTHOR, row_counts, small_campaign


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[dict[str, Database]]:
    opened = {name: open_database(tmp_path / f"{name}.sqlite3") for name in ("b", "c")}
    yield opened
    for database in opened.values():
        database.close()


class Exchange:
    """Sends the campaign from one database to another through project files."""

    def __init__(self, tmp_path: Path, campaign_uuid: str) -> None:
        self.tmp_path = tmp_path
        self.campaign_uuid = campaign_uuid
        self.files = 0

    def campaign_id(self, database: Database) -> int:
        with database.session() as session:
            return session.scalars(
                select(Campaign.id).where(Campaign.uuid == self.campaign_uuid)
            ).one()

    def export(self, source: Database, **options: Any) -> Path:
        self.files += 1
        path = self.tmp_path / f"exchange-{self.files}.pbdesk"
        export_campaign(source, self.campaign_id(source), path, **options)
        return path

    def plan(self, source: Database, target: Database, **options: Any) -> ImportPlan:
        return plan_import(target, self.export(source, **options))

    def send(self, source: Database, target: Database, **options: Any) -> ImportPlan:
        plan = self.plan(source, target, **options)
        apply_import(target, plan, author=AUTHOR)
        return plan


def start(database: Database, tmp_path: Path) -> Exchange:
    small_campaign(database, tmp_path, attachments=1)
    with database.session() as session:
        uuid = session.scalars(select(Campaign.uuid)).one()
    return Exchange(tmp_path, uuid)


def application(database: Database, title: str) -> Application:
    with database.session() as session:
        return session.scalars(select(Application).where(Application.title == title)).one()


def retitle(database: Database, uuid: str, title: str, **changes: Any) -> None:
    with database.session() as session:
        row = session.scalars(select(Application).where(Application.uuid == uuid)).one()
        row.title = title
        for name, value in changes.items():
            setattr(row, name, value)


def title_of(database: Database, uuid: str) -> str:
    with database.session() as session:
        return session.scalars(select(Application.title).where(Application.uuid == uuid)).one()


def actions(plan: ImportPlan, table: str) -> dict[str, Action]:
    return {row.file_uuid: row.action for row in plan.rows[table]}


def test_a_change_made_only_in_the_file_is_taken(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    garden = application(a, "Jardin partagé")
    retitle(b, garden.uuid, "Jardin partagé des Flamands", requested_cents=480000)

    plan = exchange.plan(b, a)
    assert not plan.new_campaign
    assert actions(plan, "application")[garden.uuid] is Action.UPDATE
    assert plan.count(Action.UPDATE) == 1
    assert plan.count(Action.CONFLICT) == plan.count(Action.ADD) == 0
    result = apply_import(a, plan, author=AUTHOR)
    assert (result.updated, result.added, result.kept) == (1, 0, 0)
    after = application(a, "Jardin partagé des Flamands")
    assert after.requested_cents == 480000
    assert after.version == garden.version + 1  # a shared server's editors see it moved
    with a.session() as session:
        assert session.scalar(
            select(JournalEntry.summary).where(JournalEntry.action == "exchange.merge")
        )


def test_a_change_made_only_here_is_kept(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    garden = application(a, "Jardin partagé")
    retitle(a, garden.uuid, "Jardin des Flamands")

    plan = exchange.plan(b, a)  # B changed nothing
    assert actions(plan, "application")[garden.uuid] is Action.KEEP
    before = row_counts(a)
    apply_import(a, plan, author=AUTHOR)
    assert title_of(a, garden.uuid) == "Jardin des Flamands"
    assert row_counts(a) == before  # nothing to merge: not even a journal line


def test_changes_on_both_sides_are_a_conflict_kept_here_unless_settled(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    garden = application(a, "Jardin partagé")
    retitle(a, garden.uuid, "Jardin (A)")
    retitle(b, garden.uuid, "Jardin (B)", summary="Changé sur B")

    plan = exchange.plan(b, a)
    [conflict] = plan.conflicts
    assert (conflict.table, conflict.uuid, conflict.label) == (
        "application",
        garden.uuid,
        "Jardin (A)",
    )
    assert conflict.columns == ("title", "summary")
    assert conflict.here == {"title": "Jardin (A)", "summary": "Un jardin au pied des tours."}
    assert conflict.incoming == {"title": "Jardin (B)", "summary": "Changé sur B"}
    result = apply_import(a, plan, author=AUTHOR)
    assert (result.kept, result.taken) == (1, 0)
    assert title_of(a, garden.uuid) == "Jardin (A)"

    # Settled: the file's version replaces this one.
    plan = exchange.plan(b, a)
    assert plan.count(Action.CONFLICT) == 0, "a conflict kept here is not asked again"
    retitle(b, garden.uuid, "Jardin (B2)")
    retitle(a, garden.uuid, "Jardin (A2)")
    plan = exchange.plan(b, a)
    [conflict] = plan.conflicts
    conflict.settle(take_file=True)
    result = apply_import(a, plan, author=AUTHOR)
    assert (result.kept, result.taken, result.updated) == (0, 1, 1)
    assert title_of(a, garden.uuid) == "Jardin (B2)"


def test_after_a_conflict_kept_here_the_other_side_takes_this_version(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    garden = application(a, "Jardin partagé")
    retitle(a, garden.uuid, "Jardin (A)")
    retitle(b, garden.uuid, "Jardin (B)")
    exchange.send(b, a)  # conflict, A's kept
    plan = exchange.plan(a, b)
    assert actions(plan, "application")[garden.uuid] is Action.UPDATE
    apply_import(b, plan, author=AUTHOR)
    assert title_of(b, garden.uuid) == "Jardin (A)"


def test_three_laptops_a_change_made_without_seeing_another_is_a_conflict(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    """A sends to B and C; B's change comes back to A; C, who never saw it, changed the same
    record: C's file must not silently overwrite B's change."""
    a, b, c = any_database, laptops["b"], laptops["c"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    exchange.send(a, c)
    garden = application(a, "Jardin partagé")
    retitle(b, garden.uuid, "Jardin (B)")
    assert actions(exchange.send(b, a), "application")[garden.uuid] is Action.UPDATE
    retitle(c, garden.uuid, "Jardin (C)")
    plan = exchange.plan(c, a)
    assert actions(plan, "application")[garden.uuid] is Action.CONFLICT
    apply_import(a, plan, author=AUTHOR)
    assert title_of(a, garden.uuid) == "Jardin (B)"


def test_records_added_on_both_sides_are_united(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    campaign_a, campaign_b = exchange.campaign_id(a), exchange.campaign_id(b)
    for database, campaign_id, title in ((a, campaign_a, "Ludothèque"), (b, campaign_b, "Bancs")):
        with database.session() as session:
            session.add(Application(campaign_id=campaign_id, number=3, title=title))

    plan = exchange.plan(b, a)
    [renaming] = plan.renamings
    assert (renaming.table, renaming.column, renaming.before, renaming.after) == (
        "application",
        "number",
        3,
        4,
    )
    assert renaming.label == "Bancs"
    apply_import(a, plan, author=AUTHOR)
    with a.session() as session:
        numbers = dict(
            session.execute(
                select(Application.title, Application.number).where(
                    Application.campaign_id == campaign_a
                )
            ).all()
        )
    assert numbers == {"Jardin partagé": 1, "Fresque": 2, "Ludothèque": 3, "Bancs": 4}


def test_the_same_record_made_on_both_sides_is_matched_not_doubled(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    """The call (one per campaign) and a link of an application to a stake, each made on
    both laptops after they parted: one record each after the merge."""
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    with a.session() as session:
        session.add(Stake(campaign_id=exchange.campaign_id(a), title="Espaces verts"))
    exchange.send(a, b)
    for database in (a, b):
        get_call(database, exchange.campaign_id(database))  # created on first use
        with database.session() as session:
            stake = session.scalars(select(Stake)).one()
            garden = session.scalars(
                select(Application).where(Application.title == "Jardin partagé")
            ).one()
            session.add(ApplicationStake(application_id=garden.id, stake_id=stake.id))
    plan = exchange.plan(b, a)
    assert {row.action for row in plan.rows["call"]} == {Action.SAME}
    assert all(row.aliased for row in plan.rows["call"])
    assert plan.count(Action.ADD) == 0
    before = row_counts(a)
    apply_import(a, plan, author=AUTHOR)
    assert row_counts(a)["call"] == before["call"] == 1
    assert row_counts(a)["application_stake"] == before["application_stake"] == 1
    with a.session() as session:
        assert len(session.scalars(select(Call)).all()) == 1


def test_a_record_deleted_here_comes_back_from_a_file_that_still_has_it(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    """Deletions do not travel (docs/project-file-format.md): nothing is lost silently."""
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    fresco = application(a, "Fresque")
    with a.session() as session:
        session.delete(session.get(Application, fresco.id))
    plan = exchange.plan(b, a)
    assert actions(plan, "application")[fresco.uuid] is Action.ADD
    apply_import(a, plan, author=AUTHOR)
    assert title_of(a, fresco.uuid) == "Fresque"


def test_a_shared_holder_changed_on_both_sides_is_a_conflict(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    for database, phone in ((a, "04 91 00 00 01"), (b, "04 91 00 00 02")):
        with database.session() as session:
            holder = session.scalars(select(Holder).where(Holder.name == "Collectif Couleurs"))
            holder.one().phone = phone
    plan = exchange.plan(b, a)
    [conflict] = plan.conflicts
    assert (conflict.table, conflict.columns) == ("holder", ("phone",))


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    path = exchange.export(a)
    apply_import(b, plan_import(b, path), author=AUTHOR)
    before = row_counts(b)
    plan = plan_import(b, path)
    assert {row.action for row in plan.plans()} == {Action.SAME}
    apply_import(b, plan, author=AUTHOR)
    assert row_counts(b) == before


@pytest.mark.parametrize("merge", [False, True])
def test_an_import_that_fails_half_way_changes_nothing(
    any_database: Database,
    laptops: dict[str, Database],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    merge: bool,
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(b, tmp_path)
    if merge:
        exchange.send(b, a)
        retitle(b, application(b, "Fresque").uuid, "Fresque murale")
        with b.session() as session:
            session.add(Application(campaign_id=exchange.campaign_id(b), number=3, title="X"))
    plan = exchange.plan(b, a)
    before = row_counts(a)
    real = apply_module._save_states

    def fail_on_the_last_table(connection: Any, spec: Any, *args: Any) -> None:
        real(connection, spec, *args)
        if spec.name == list(plan.rows)[-1]:
            raise RuntimeError("disk unplugged")

    monkeypatch.setattr(apply_module, "_save_states", fail_on_the_last_table)
    with pytest.raises(RuntimeError):
        apply_import(a, plan, author=AUTHOR)
    assert row_counts(a) == before


def test_a_record_changed_after_the_summary_stops_the_import(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)
    garden = application(a, "Jardin partagé")
    retitle(b, garden.uuid, "Jardin (B)")
    with b.session() as session:
        session.add(Application(campaign_id=exchange.campaign_id(b), number=3, title="Nouveau"))
    plan = exchange.plan(b, a)
    # A colleague on the shared server saves the same application meanwhile.
    with a.session() as session:
        session.get(Application, garden.id).status_reason = "vu en réunion"
    before = row_counts(a)
    with pytest.raises(MergeRefused) as caught:
        apply_import(a, plan, author=AUTHOR)
    assert "\n" not in caught.value.message
    assert row_counts(a) == before
    assert title_of(a, garden.uuid) == "Jardin partagé"


def test_personal_data_fills_what_is_empty_here_but_never_undoes_an_erasure(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b)  # without personal data: B has the resident without contacts

    def resident(database: Database) -> Person:
        with database.session() as session:
            return session.scalars(select(Person).where(Person.is_resident.is_(True))).one()

    assert resident(b).email == ""
    plan = exchange.plan(a, b, include_personal_data=True)
    assert plan.count(Action.SAME) == plan.data.count()
    apply_import(b, plan, author=AUTHOR)
    assert (resident(b).email, resident(b).phone) == ("nadia@example.org", "06 12 34 56 78")

    # An agent erases residents' contacts on A; B's file with personal data comes back.
    erase_resident_contacts(a, exchange.campaign_id(a), AUTHOR)
    plan = exchange.plan(b, a, include_personal_data=True)
    apply_import(a, plan, author=AUTHOR)
    assert resident(a).email == "" and resident(a).erased_at is not None
    # The erasure travels, even in a file without personal data.
    before_import = datetime.now(UTC)
    apply_import(b, exchange.plan(a, b), author=AUTHOR)
    erased = resident(b)
    assert erased.erased_at is not None
    assert (erased.full_name, erased.email, erased.phone) == (resident(a).full_name, "", "")
    # B's journal dates the erasure when it reached B: its backups made before still hold the
    # contacts (pbdesk.store.backups.last_erasure reads this line).
    with b.session() as session:
        arrived = session.scalars(
            select(JournalEntry.at).where(JournalEntry.action == ERASURE_ACTION)
        ).all()
    # A's line travelled with its own time; B's says when the erasure reached B.
    assert len(arrived) == 2 and sum(moment >= before_import for moment in arrived) == 1
    # Nothing to erase the next time: no new line.
    apply_import(b, exchange.plan(a, b), author=AUTHOR)
    with b.session() as session:
        assert (
            session.scalar(select(func.count()).where(JournalEntry.action == ERASURE_ACTION)) == 2
        )


def test_a_file_without_personal_data_never_empties_this_side(
    any_database: Database, laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = any_database, laptops["b"]
    exchange = start(a, tmp_path)
    exchange.send(a, b, include_personal_data=True)
    with b.session() as session:
        person = session.scalars(select(Person).where(Person.is_resident.is_(True))).one()
        person.organisation = "Conseil citoyen"  # a change B makes, to be taken by A
    plan = exchange.plan(b, a)  # without personal data
    assert plan.count(Action.UPDATE) == 1
    apply_import(a, plan, author=AUTHOR)
    with a.session() as session:
        person = session.scalars(select(Person).where(Person.is_resident.is_(True))).one()
        assert (person.organisation, person.email) == ("Conseil citoyen", "nadia@example.org")
