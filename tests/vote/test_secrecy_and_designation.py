"""Ballot secrecy is in the schema; campaigns without a vote record the core group's choice."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Date, select

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus
from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.store.database import Database
from pbdesk.store.models import Base, ChecklistItem, JournalEntry
from pbdesk.store.types import UTCDateTime
from pbdesk.workspace import applications as apps
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.designation import (
    DesignationInput,
    list_designations,
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
