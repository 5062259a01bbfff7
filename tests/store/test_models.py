"""Rows: stable UUIDs, version counters against lost updates, money in integer cents, UTC times."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import BigInteger, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from pbdesk.store.database import Database, open_database
from pbdesk.store.models import (
    Application,
    Base,
    Campaign,
    ChecklistItem,
    Holder,
    JournalEntry,
    Meeting,
    Person,
    PhaseState,
    Territory,
)


def new_campaign(slug: str = "air-bel-2021", envelope_cents: int = 9_500_000) -> Campaign:
    return Campaign(
        name="Air Bel 2021",
        year=2021,
        slug=slug,
        envelope_cents=envelope_cents,
        call_kind="aap",
        core_group_kind="volunteers",
        decision_mode="vote",
    )


def test_every_table_has_the_common_columns() -> None:
    for table in Base.metadata.tables.values():
        names = set(table.columns.keys())
        assert {"id", "uuid", "created_at", "updated_at", "version"} <= names, table.name
        assert table.c.uuid.unique, table.name


def test_money_columns_are_big_integers() -> None:
    money = [
        column
        for table in Base.metadata.tables.values()
        for column in table.columns
        if column.name.endswith("_cents")
    ]
    assert {f"{c.table.name}.{c.name}" for c in money} >= {
        "campaign.envelope_cents",
        "application.requested_cents",
    }
    assert all(isinstance(column.type, BigInteger) for column in money)


def test_uuids_are_set_unique_and_stable(any_database: Database) -> None:
    with any_database.session() as session:
        campaign = new_campaign()
        campaign.territories = [Territory(name="Air Bel"), Territory(name="La Pomme")]
        campaign.phases = [PhaseState(phase=1), PhaseState(phase=2)]
        session.add(campaign)
        session.flush()
        first = {
            (type(row).__name__, row.id): row.uuid
            for row in (campaign, *campaign.territories, *campaign.phases)
        }
    values = list(first.values())
    assert len(set(values)) == len(values)
    assert all(uuid.UUID(value).version == 4 for value in values)

    with any_database.session() as session:
        campaign = session.scalars(select(Campaign)).one()
        campaign.name = "Air Bel 2021 (renommée)"
        campaign.territories[0].name = "Air Bel Nord"
    with any_database.session() as session:
        campaign = session.scalars(select(Campaign)).one()
        again = {
            (type(row).__name__, row.id): row.uuid
            for row in (campaign, *campaign.territories, *campaign.phases)
        }
    assert again == first


def test_uuids_survive_reopening_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    with database.session() as session:
        session.add(new_campaign())
    with database.session() as session:
        before = session.scalars(select(Campaign.uuid)).one()
    database.close()
    database = open_database(path)
    try:
        with database.session() as session:
            assert session.scalars(select(Campaign.uuid)).one() == before
    finally:
        database.close()


def test_a_duplicate_uuid_is_refused(any_database: Database) -> None:
    with any_database.session() as session:
        session.add(new_campaign())
    with any_database.session() as session:
        existing = session.scalars(select(Campaign.uuid)).one()
    with pytest.raises(IntegrityError), any_database.session() as session:
        duplicate = new_campaign(slug="other-2021")
        duplicate.uuid = existing
        session.add(duplicate)


def test_a_duplicate_slug_is_refused_by_the_database(any_database: Database) -> None:
    with any_database.session() as session:
        session.add(new_campaign())
    with pytest.raises(IntegrityError), any_database.session() as session:
        session.add(new_campaign())


def test_version_starts_at_one_and_counts_updates(any_database: Database) -> None:
    with any_database.session() as session:
        session.add(new_campaign())
    with any_database.session() as session:
        campaign = session.scalars(select(Campaign)).one()
        assert campaign.version == 1
        created, updated = campaign.created_at, campaign.updated_at
        campaign.envelope_cents = 9_600_000
    with any_database.session() as session:
        campaign = session.scalars(select(Campaign)).one()
        assert campaign.version == 2
        assert campaign.created_at == created
        assert campaign.updated_at >= updated


def test_concurrent_update_in_two_sessions_raises_stale_data(any_database: Database) -> None:
    """Two agents on a shared server save the same record: the second cannot overwrite."""
    with any_database.session() as session:
        session.add(new_campaign())
    first = any_database.sessions()
    second = any_database.sessions()
    try:
        mine = first.scalars(select(Campaign)).one()
        theirs = second.scalars(select(Campaign)).one()
        assert mine.version == theirs.version == 1
        mine.envelope_cents = 1_000_000
        first.commit()
        theirs.envelope_cents = 2_000_000
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()
    with any_database.session() as session:
        campaign = session.scalars(select(Campaign)).one()
        assert (campaign.envelope_cents, campaign.version) == (1_000_000, 2)


def test_concurrent_delete_is_detected_too(any_database: Database) -> None:
    with any_database.session() as session:
        session.add(new_campaign())
    first = any_database.sessions()
    second = any_database.sessions()
    try:
        theirs = second.scalars(select(Campaign)).one()
        first.delete(first.scalars(select(Campaign)).one())
        first.commit()
        theirs.name = "Trop tard"
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("cents", [0, 1, 9_500_050, 2**31 + 7, 999_999_999_999])
def test_cents_are_stored_and_read_back_as_exact_integers(
    any_database: Database, cents: int
) -> None:
    with any_database.session() as session:
        session.add(new_campaign(envelope_cents=cents))
    with any_database.engine.connect() as connection:
        raw = connection.execute(text("SELECT envelope_cents FROM campaign")).scalar_one()
    assert type(raw) is int
    assert raw == cents
    with any_database.session() as session:
        assert session.scalars(select(Campaign.envelope_cents)).one() == cents


def test_negative_amounts_are_refused_by_the_database(any_database: Database) -> None:
    with pytest.raises(IntegrityError), any_database.session() as session:
        session.add(new_campaign(envelope_cents=-1))
    with any_database.session() as session:
        session.add(new_campaign())
        session.flush()
        campaign_id = session.scalars(select(Campaign.id)).one()
    with pytest.raises(IntegrityError), any_database.session() as session:
        session.add(Application(campaign_id=campaign_id, number=1, title="X", requested_cents=-100))


def test_phase_numbers_outside_one_to_nine_are_refused(any_database: Database) -> None:
    with any_database.session() as session:
        session.add(new_campaign())
    with any_database.session() as session:
        campaign_id = session.scalars(select(Campaign.id)).one()
    for bad in (0, 10):
        with pytest.raises(IntegrityError), any_database.session() as session:
            session.add(ChecklistItem(campaign_id=campaign_id, phase=bad, label="x"))
    with pytest.raises(IntegrityError), any_database.session() as session:
        session.add(PhaseState(campaign_id=campaign_id, phase=1))
        session.add(PhaseState(campaign_id=campaign_id, phase=1))


def test_times_are_stored_in_utc_and_read_back_aware(any_database: Database) -> None:
    paris_summer = timezone(timedelta(hours=2))
    moment = datetime(2021, 10, 16, 18, 30, tzinfo=paris_summer)
    with any_database.session() as session:
        campaign = new_campaign()
        session.add(campaign)
        session.flush()
        session.add(
            JournalEntry(
                campaign_id=campaign.id,
                at=moment,
                author="Agnès",
                action="test",
                summary="Dépouillement terminé",
                details={"votes": 412, "é": "ü"},
            )
        )
    with any_database.session() as session:
        entry = session.scalars(select(JournalEntry)).one()
        assert entry.at.tzinfo is not None
        assert entry.at == moment
        assert entry.at.astimezone(UTC).hour == 16
        assert entry.details == {"votes": 412, "é": "ü"}
        assert entry.created_at.tzinfo is not None


def test_naive_datetimes_are_refused(any_database: Database) -> None:
    with pytest.raises(StatementError, match="naive"), any_database.session() as session:
        campaign = new_campaign()
        session.add(campaign)
        session.flush()
        session.add(
            JournalEntry(
                campaign_id=campaign.id,
                at=datetime(2021, 10, 16, 18, 30),
                author="A",
                action="test",
                summary="x",
            )
        )


def test_defaults_fill_every_not_null_column(any_database: Database) -> None:
    """A row built with only its required values can be stored in every table."""
    with any_database.session() as session:
        campaign = new_campaign()
        holder = Holder(name="Association Mot à mot")
        session.add_all([campaign, holder])
        session.flush()
        session.add_all(
            [
                Territory(campaign_id=campaign.id, name="Belle de Mai"),
                PhaseState(campaign_id=campaign.id, phase=9),
                ChecklistItem(campaign_id=campaign.id, phase=9, label="Bilan à un an"),
                Person(campaign_id=campaign.id, full_name="Fatima", role="core_group"),
                Meeting(
                    campaign_id=campaign.id,
                    held_on=datetime(2021, 5, 1).date(),
                    kind="stand",
                    phase=2,
                ),
                JournalEntry(campaign_id=campaign.id, author="A", action="x", summary="x"),
                Application(campaign_id=campaign.id, number=1, title="Des mots", holder=holder),
            ]
        )
    with any_database.session() as session:
        state = session.scalars(select(PhaseState)).one()
        assert state.status == "upcoming"
        application = session.scalars(select(Application)).one()
        assert application.status == "submitted" and application.requested_cents == 0
        assert holder.kind == "association"
        for model in (Territory, ChecklistItem, Person, Meeting, JournalEntry, Application):
            row = session.scalars(select(model)).one()
            assert inspect(row).persistent and row.version == 1


def test_a_lost_race_is_one_sentence_and_writes_nothing(any_database: Database) -> None:
    """Two agents on a shared server: the second save is refused, not silently applied."""
    from pbdesk.domain.errors import ConcurrentEdit

    with any_database.session() as session:
        session.add(new_campaign())
    with pytest.raises(ConcurrentEdit) as caught, any_database.session() as theirs:
        stale = theirs.scalars(select(Campaign)).one()  # read at version 1
        with any_database.session() as mine:  # meanwhile, a colleague saves
            mine.scalars(select(Campaign)).one().envelope_cents = 1_000_000
        stale.envelope_cents = 2_000_000
    assert "entre-temps" in caught.value.message
    with any_database.session() as session:
        stored = session.scalars(select(Campaign)).one()
        assert (stored.envelope_cents, stored.version) == (1_000_000, 2)
