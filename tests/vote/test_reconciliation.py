"""Stations: ballots against signatures, gaps explained, turnout per territory."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from pbdesk.domain.errors import DomainError
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry
from pbdesk.workspace import ballots
from pbdesk.workspace.vote_register import sign_in
from pbdesk.workspace.vote_totals import (
    DirectCountInput,
    reconcile_station,
    record_direct_count,
    station_figures,
    turnout_by_territory,
)

from .support import AUTHOR, make_vote_campaign

VOTE_DAY = datetime(2026, 6, 13, 10, 30, tzinfo=UTC)


def test_a_gap_between_box_and_register_is_recorded_with_its_reason(
    any_database: Database,
) -> None:
    voting = make_vote_campaign(any_database, territories=("Air Bel", "La Pomme"), stations=2)
    first, second = voting.stations
    for name in ("Ana", "Bo", "Cy"):
        sign_in(any_database, first, "Habitant", name, date(1990, 1, 1), at=VOTE_DAY)
    entry = ballots.open_entry(any_database, first, "Karim", AUTHOR)
    for typed in ("1", "2", "", "1 2"):
        ballots.enter_ballot(any_database, entry.id, typed, AUTHOR)
    with pytest.raises(DomainError):  # the entry is not closed: nothing official yet
        reconcile_station(any_database, first, None, "", AUTHOR)
    [line, _] = station_figures(any_database, voting.id)
    assert line.pending and (line.signatures, line.ballots) == (3, 0)

    ballots.close_entry(any_database, entry.id, AUTHOR)
    [line, _] = station_figures(any_database, voting.id)
    assert (line.signatures, line.valid, line.blank, line.ballots, line.gap) == (3, 3, 1, 4, 1)
    assert line.method == "entered" and not line.reconciled
    with pytest.raises(DomainError, match="Bureau 1"):
        reconcile_station(any_database, first, None, "  ", AUTHOR)
    done = reconcile_station(
        any_database, first, 4, "Un votant parti sans signer (vu par l'assesseur)", AUTHOR
    )
    assert done.reconciled and done.gap == 1 and done.box_count == 4
    with any_database.session() as session:
        journaled = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "vote.reconcile")
        ).one()
        assert journaled.details["gap"] == 1 and "assesseur" in journaled.summary

    # A hand-counted station that balances needs no remark.
    for name in ("Dan", "Eli"):
        sign_in(any_database, second, "Voisin", name, date(1980, 1, 1), at=VOTE_DAY)
    record_direct_count(
        any_database,
        second,
        DirectCountInput(valid=2, votes={voting.projects[0]: 2}),
        AUTHOR,
    )
    balanced = reconcile_station(any_database, second, None, "", AUTHOR)
    assert balanced.method == "hand_count" and balanced.gap == 0 and balanced.reconciled

    # A later signature makes the recorded reconciliation out of date.
    sign_in(any_database, second, "Voisin", "Fay", date(1980, 1, 1), at=VOTE_DAY)
    assert not station_figures(any_database, voting.id)[1].reconciled

    turnout = turnout_by_territory(station_figures(any_database, voting.id))
    assert [(t.territory_name, t.signatures, t.ballots) for t in turnout] == [
        ("Air Bel", 3, 4),
        ("La Pomme", 3, 2),
    ]
