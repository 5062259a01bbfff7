"""Ballot secrecy is in the schema; campaigns without a vote record the core group's choice."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Date, select

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus
from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros
from pbdesk.store.database import Database
from pbdesk.store.models import Base, ChecklistItem, JournalEntry, StatusChange
from pbdesk.store.types import UTCDateTime
from pbdesk.workspace import applications as apps
from pbdesk.workspace import designation as designation_service
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.designation import (
    DesignationInput,
    list_designations,
    over_envelope_message,
    record_designation,
)
from pbdesk.workspace.vote_results import count_votes

from .support import AUTHOR, VoteCampaign, make_frame

#: The tables a ballot's content lives in, and those of the sign-in register.
BALLOT_SIDE = {"ballot", "entry_session", "ballot_stack"}
REGISTER_SIDE = {"sign_in", "sign_in_count"}


def test_no_key_links_the_register_to_the_ballots() -> None:
    tables = Base.metadata.tables
    for name in REGISTER_SIDE:
        targets = {fk.column.table.name for fk in tables[name].foreign_keys}
        assert targets <= {"campaign", "polling_station"}, name
    for name in BALLOT_SIDE:
        targets = {fk.column.table.name for fk in tables[name].foreign_keys}
        assert not targets & REGISTER_SIDE, name
    ballot = tables["ballot"]
    assert {fk.column.table.name for fk in ballot.foreign_keys} == {"entry_session"}
    # A ballot's only times are the common columns, which carry its session's opening time.
    moments = {c.name for c in ballot.columns if isinstance(c.type, UTCDateTime | Date)}
    assert moments == {"created_at", "updated_at"}
    assert ballot.c.created_at.default is None and ballot.c.updated_at.onupdate is None
    register_columns = {c.name for c in tables["sign_in"].columns}
    assert not register_columns & {"birth_date", "ballot_id", "sequence", "session_id"}


def test_a_designation_campaign_records_the_core_groups_choice(any_database: Database) -> None:
    campaign_id = create_campaign(
        any_database,
        make_frame(
            decision_mode=DecisionMode.DESIGNATION,
            slug="pertuis-2020",
            year=2020,
            starts_on=None,
            ends_on=None,
            vote_on=None,
        ),
        AUTHOR,
    )
    ids = [
        apps.save_application(
            any_database, campaign_id, ApplicationInput(title=title, requested="5 000"), AUTHOR
        )
        for title in ("Jardin partagé", "Fresque", "Tournoi")
    ]
    for status in (ApplicationStatus.ADMISSIBLE, ApplicationStatus.REVIEWED):
        apps.change_status(any_database, ids, status, "", AUTHOR)
    with pytest.raises(DomainError):
        record_designation(
            any_database,
            campaign_id,
            [DesignationInput(ids[0], True, "  ")],
            date(2020, 6, 2),
            "Noyau dur",
            AUTHOR,
        )
    decisions = [
        DesignationInput(ids[0], True, "Répond à l'enjeu « vivre ensemble »"),
        DesignationInput(ids[1], True, "Porté par des jeunes du quartier"),
        DesignationInput(ids[2], False, "Déjà financé par ailleurs"),
    ]
    views = record_designation(
        any_database, campaign_id, decisions, date(2020, 6, 2), "Noyau dur (8 habitants)", AUTHOR
    )
    assert [(v.number, v.funded) for v in views] == [(1, True), (2, True), (3, False)]
    assert views[2].reasons == "Déjà financé par ailleurs"
    statuses = [apps.get_application(any_database, i).row.status for i in ids]
    assert statuses == [
        ApplicationStatus.FUNDED,
        ApplicationStatus.FUNDED,
        ApplicationStatus.NOT_FUNDED,
    ]
    with any_database.session() as session:
        review = session.scalars(
            select(ChecklistItem).where(ChecklistItem.catalogue_key == "p9.one_year_review")
        ).one()
        assert review.due_on == date(2021, 6, 2)
        assert session.scalars(
            select(JournalEntry).where(JournalEntry.action == "vote.designation")
        ).one()
    # The core group changes its mind on one project: recorded again, with its reasons.
    record_designation(
        any_database,
        campaign_id,
        [DesignationInput(ids[2], True, "Le cofinancement est tombé")],
        date(2020, 6, 20),
        "Noyau dur",
        AUTHOR,
    )
    assert list_designations(any_database, campaign_id)[2].funded
    with pytest.raises(DomainError):
        count_votes(any_database, campaign_id, AUTHOR)


def test_a_voting_campaign_is_not_designated(any_database: Database, voting: VoteCampaign) -> None:
    with pytest.raises(DomainError):
        record_designation(
            any_database,
            voting.id,
            [DesignationInput(voting.projects[0], True, "Parce que")],
            date(2026, 6, 13),
            "Noyau dur",
            AUTHOR,
        )


def _designation_campaign(
    database: Database, envelope: str, *amounts: str
) -> tuple[int, list[int]]:
    """A campaign decided without a vote, with one reviewed project per amount."""
    campaign_id = create_campaign(
        database,
        make_frame(
            decision_mode=DecisionMode.DESIGNATION,
            slug="pertuis-2020",
            year=2020,
            envelope=envelope,
            starts_on=None,
            ends_on=None,
            vote_on=None,
        ),
        AUTHOR,
    )
    ids = [
        apps.save_application(
            database,
            campaign_id,
            ApplicationInput(title=f"Projet {n}", requested=amount),
            AUTHOR,
        )
        for n, amount in enumerate(amounts, start=1)
    ]
    for status in (ApplicationStatus.ADMISSIBLE, ApplicationStatus.REVIEWED):
        apps.change_status(database, ids, status, "", AUTHOR)
    return campaign_id, ids


def _state(database: Database, campaign_id: int, ids: list[int]) -> tuple[object, ...]:
    """Everything a designation writes: statuses, their history, designations, journal."""
    with database.session() as session:
        history = session.scalars(select(StatusChange.id).order_by(StatusChange.id)).all()
        journal_lines = session.scalars(
            select(JournalEntry.id).where(JournalEntry.campaign_id == campaign_id)
        ).all()
        reviews = session.scalars(
            select(ChecklistItem.due_on).where(ChecklistItem.campaign_id == campaign_id)
        ).all()
    statuses = [apps.get_application(database, i).row.status for i in ids]
    return (
        statuses,
        history,
        list_designations(database, campaign_id),
        journal_lines,
        sorted(reviews, key=str),
    )


def test_a_designation_may_not_fund_more_than_the_envelope(any_database: Database) -> None:
    campaign_id, ids = _designation_campaign(any_database, "10 000", "8 000", "8 000", "2 000")
    before = _state(any_database, campaign_id, ids)
    decisions = [
        DesignationInput(ids[0], True, "Bon projet"),
        DesignationInput(ids[1], True, "Bon projet aussi"),
        DesignationInput(ids[2], False, "Trop tard"),
    ]
    with pytest.raises(DomainError) as refused:
        record_designation(
            any_database, campaign_id, decisions, date(2020, 6, 2), "Noyau dur", AUTHOR
        )
    assert refused.value.message == over_envelope_message(1_600_000, 1_000_000)
    assert format_euros(600_000) in refused.value.message  # by how much
    assert _state(any_database, campaign_id, ids) == before
    # Exactly the envelope is fine.
    decisions[1] = DesignationInput(ids[1], False, "Un seul grand projet")
    decisions[2] = DesignationInput(ids[2], True, "Petit projet")
    record_designation(any_database, campaign_id, decisions, date(2020, 6, 2), "Noyau dur", AUTHOR)
    # Changing its mind on one project counts the projects already funded.
    with pytest.raises(DomainError) as refused:
        record_designation(
            any_database,
            campaign_id,
            [DesignationInput(ids[1], True, "Finalement oui")],
            date(2020, 6, 20),
            "Noyau dur",
            AUTHOR,
        )
    assert refused.value.message == over_envelope_message(1_800_000, 1_000_000)
    # ...and those it no longer funds free their amount.
    record_designation(
        any_database,
        campaign_id,
        [
            DesignationInput(ids[0], False, "Remplacé"),
            DesignationInput(ids[1], True, "Finalement oui"),
        ],
        date(2020, 6, 20),
        "Noyau dur",
        AUTHOR,
    )
    assert [v.funded for v in list_designations(any_database, campaign_id)] == [False, True, True]


@pytest.mark.parametrize("failing", ["journal", "review"])
def test_a_designation_is_one_unit_of_work(
    any_database: Database, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """A failure after the statuses moved (the journal line or the one-year review) leaves
    nothing behind: no status moved, no designation, no journal line."""
    campaign_id, ids = _designation_campaign(any_database, "40 000", "5 000", "5 000")
    apps.change_status(any_database, [ids[1]], ApplicationStatus.SHORTLISTED, "", AUTHOR)
    before = _state(any_database, campaign_id, ids)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    if failing == "journal":
        real_record = designation_service.journal.record

        def record(session: object, campaign: int, author: str, action: str, *a, **k):  # type: ignore[no-untyped-def]
            if action == "vote.designation":
                broken()
            return real_record(session, campaign, author, action, *a, **k)

        monkeypatch.setattr(designation_service.journal, "record", record)
    else:
        monkeypatch.setattr(designation_service, "schedule_one_year_review", broken)
    with pytest.raises(RuntimeError):
        record_designation(
            any_database,
            campaign_id,
            [DesignationInput(ids[0], True, "Oui"), DesignationInput(ids[1], False, "Non")],
            date(2020, 6, 2),
            "Noyau dur",
            AUTHOR,
        )
    assert _state(any_database, campaign_id, ids) == before
    monkeypatch.undo()
    record_designation(
        any_database,
        campaign_id,
        [DesignationInput(ids[0], True, "Oui"), DesignationInput(ids[1], False, "Non")],
        date(2020, 6, 2),
        "Noyau dur",
        AUTHOR,
    )
    assert [apps.get_application(any_database, i).row.status for i in ids] == [
        ApplicationStatus.FUNDED,
        ApplicationStatus.NOT_FUNDED,
    ]
