"""Paper ballot entry: type, see the verdict, undo, correct; every change journaled; fast."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import BallotStatus, NulReason, Outcome
from pbdesk.store.database import Database
from pbdesk.store.models import Ballot, EntrySession, JournalEntry
from pbdesk.workspace import ballots
from pbdesk.workspace.vote_totals import DirectCountInput, record_direct_count

from .support import AUTHOR, VoteCampaign, make_vote_campaign


def journal_actions(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(JournalEntry.action).order_by(JournalEntry.id)))


def test_typed_lines_become_numbered_ballots_or_are_asked_again(
    any_database: Database, voting: VoteCampaign
) -> None:
    entry = ballots.open_entry(any_database, voting.stations[0], "Karim", AUTHOR)
    assert entry.pass_label == "A" and entry.ballots == 0
    outcomes = [
        ballots.enter_ballot(any_database, entry.id, typed, AUTHOR)
        for typed in ("1 3", "", "1 2 3 4", "7", "2 4", "* déchiré")
    ]
    assert [o.outcome for o in outcomes] == [
        Outcome.VALID,
        Outcome.BLANK,
        Outcome.NUL,
        Outcome.ASK_AGAIN,
        Outcome.VALID,
        Outcome.NUL,
    ]
    assert [o.sequence for o in outcomes] == [1, 2, 3, None, 4, 5]
    assert outcomes[3].unknown == ("7",) and not outcomes[3].stored
    listed = ballots.list_ballots(any_database, entry.id)
    assert [(b.sequence, b.shown, b.status) for b in listed] == [
        (1, "1 3", BallotStatus.VALID),
        (2, "", BallotStatus.BLANK),
        (3, "1 2 3 4", BallotStatus.NUL),
        (4, "2 4", BallotStatus.VALID),
        (5, "", BallotStatus.NUL),
    ]
    assert listed[2].reason is NulReason.TOO_MANY
    assert (listed[4].reason, listed[4].remark) == (NulReason.DECLARED, "déchiré")
    totals = ballots.session_totals(any_database, entry.id)
    assert (totals.valid, totals.blank, totals.nul, totals.ballots) == (2, 1, 2, 5)
    # Entering is not journaled ballot by ballot: the journal is timed, ballots are not.
    assert journal_actions(any_database).count("ballots.open") == 1
    assert not any(a.startswith("ballot.") for a in journal_actions(any_database))


def test_ballots_carry_the_sessions_time_not_their_own(
    any_database: Database, voting: VoteCampaign
) -> None:
    entry = ballots.open_entry(any_database, voting.stations[0], "Karim", AUTHOR)
    for typed in ("1", "2", "3"):
        ballots.enter_ballot(any_database, entry.id, typed, AUTHOR)
    ballots.correct(any_database, entry.id, 2, "2 4", AUTHOR)
    with any_database.session() as session:
        opened = session.get(EntrySession, entry.id)
        assert opened is not None
        times = session.execute(select(Ballot.created_at, Ballot.updated_at)).all()
        assert {moment for row in times for moment in row} == {opened.opened_at}


def test_undo_correct_insert_and_delete_are_journaled(
    any_database: Database, voting: VoteCampaign
) -> None:
    entry = ballots.open_entry(any_database, voting.stations[0], "Karim", AUTHOR)
    for typed in ("1", "2", "3"):
        ballots.enter_ballot(any_database, entry.id, typed, AUTHOR)
    undone = ballots.undo_last(any_database, entry.id, AUTHOR)
    assert undone is not None and undone.sequence == 3 and undone.shown == "3"
    again = ballots.correct(any_database, entry.id, 1, "9", AUTHOR)
    assert again.outcome is Outcome.ASK_AGAIN and not again.stored
    fixed = ballots.correct(any_database, entry.id, 1, "1 4", AUTHOR)
    assert fixed.outcome is Outcome.VALID and fixed.sequence == 1
    ballots.insert_ballot(any_database, entry.id, 2, "", AUTHOR)
    assert [b.shown for b in ballots.list_ballots(any_database, entry.id)] == ["1 4", "", "2"]
    ballots.delete_ballot(any_database, entry.id, 1, AUTHOR)
    listed = ballots.list_ballots(any_database, entry.id)
    assert [(b.sequence, b.shown) for b in listed] == [(1, ""), (2, "2")]
    with pytest.raises(DomainError):
        ballots.correct(any_database, entry.id, 9, "1", AUTHOR)
    assert [a for a in journal_actions(any_database) if a.startswith("ballot.")] == [
        "ballot.undo",
        "ballot.correct",
        "ballot.insert",
        "ballot.delete",
    ]
    with any_database.session() as session:
        line = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "ballot.correct")
        ).one()
        assert "1" in line.summary and "1 4" in line.summary
        assert line.details["sequence"] == 1


def test_a_closed_entry_takes_no_more_ballots_until_reopened(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    entry = ballots.open_entry(any_database, station, "Karim", AUTHOR)
    ballots.enter_ballot(any_database, entry.id, "1", AUTHOR)
    closed = ballots.close_entry(any_database, entry.id, AUTHOR)
    assert closed.closed_at is not None and closed.ballots == 1
    with pytest.raises(DomainError):
        ballots.enter_ballot(any_database, entry.id, "2", AUTHOR)
    with pytest.raises(DomainError):
        ballots.open_entry(any_database, station, "Karim", AUTHOR, pass_label="A")
    second = ballots.open_entry(any_database, station, "Sophie", AUTHOR)
    assert second.pass_label == "B" and second.stack_id == entry.stack_id
    with pytest.raises(DomainError):
        ballots.open_entry(any_database, station, "Marc", AUTHOR)
    ballots.reopen_entry(any_database, entry.id, "Un bulletin oublié", AUTHOR)
    assert ballots.enter_ballot(any_database, entry.id, "2", AUTHOR).sequence == 2
    resumed = ballots.open_entry(any_database, station, "Karim", AUTHOR, pass_label="A")
    assert resumed.id == entry.id
    assert ballots.open_entry(any_database, station, "Sophie", AUTHOR).id == second.id
    assert ballots.open_entry(any_database, station, "Karim", AUTHOR).id == entry.id


def test_a_station_is_entered_or_counted_by_hand_not_both(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    record_direct_count(any_database, station, DirectCountInput(valid=3, votes={}), AUTHOR)
    with pytest.raises(DomainError, match="Bureau 1"):
        ballots.open_entry(any_database, station, "Karim", AUTHOR)


def test_entering_a_thousand_ballots_stays_well_under_50_ms_each(
    database: Database,
) -> None:
    voting = make_vote_campaign(database, costs_euros=[1_000 * n for n in range(1, 21)])
    entry = ballots.open_entry(database, voting.stations[0], "Karim", AUTHOR)
    lines = [f"{n % 20 + 1} {(n + 5) % 20 + 1} {(n + 11) % 20 + 1}" for n in range(1000)]
    durations = []
    for line in lines:
        start = time.perf_counter()
        ballots.enter_ballot(database, entry.id, line, AUTHOR)
        durations.append(time.perf_counter() - start)
    durations.sort()
    assert durations[len(durations) // 2] < 0.025, durations[len(durations) // 2]
    assert durations[int(len(durations) * 0.95)] < 0.05
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Ballot)) == 1000
