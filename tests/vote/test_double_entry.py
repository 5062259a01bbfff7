"""Double entry: two passes over the same stack, differences side by side, official once agreed."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlalchemy import select

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import BallotStatus, Outcome, VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import EntrySession
from pbdesk.workspace import ballots
from pbdesk.workspace.double_entry import (
    compare_entries,
    discard_entry,
    extra_entries,
    list_stacks,
    repair_skip,
    resolve_difference,
)
from pbdesk.workspace.journal import entries
from pbdesk.workspace.vote_results import count_votes

from .support import AUTHOR, VoteCampaign, make_vote_campaign, third_pass


def typed_pass(
    database: Database, station: int, operator: str, lines: Sequence[str], *, close: bool = True
) -> int:
    entry = ballots.open_entry(database, station, operator, AUTHOR)
    for line in lines:
        assert ballots.enter_ballot(database, entry.id, line, AUTHOR).stored
    if close:
        ballots.close_entry(database, entry.id, AUTHOR)
    return entry.id


@pytest.fixture
def double(any_database: Database) -> VoteCampaign:
    return make_vote_campaign(any_database, settings=VoteSettings(max_choices=3, double_entry=True))


def test_differences_are_listed_side_by_side_and_block_the_count(
    any_database: Database, double: VoteCampaign
) -> None:
    station = double.stations[0]
    typed_pass(any_database, station, "Karim", ["1 2", "3", "", "4", "1 2 3 4"])
    with pytest.raises(DomainError, match=r"(?i)second|seconde"):
        count_votes(any_database, double.id, AUTHOR)
    typed_pass(any_database, station, "Sophie", ["1 2", "2", "", "4", "1 2 3"])
    [stack] = list_stacks(any_database, double.id)
    assert stack.official_session_id is None and "2" in stack.problem
    comparison = compare_entries(any_database, stack.stack_id)
    assert not comparison.agreed
    assert [d.sequence for d in comparison.differences] == [2, 5]
    second, fifth = comparison.differences
    assert (second.a and second.a.shown, second.b and second.b.shown) == ("3", "2")
    assert fifth.a is not None and fifth.a.status is BallotStatus.NUL
    assert fifth.b is not None and fifth.b.status is BallotStatus.VALID
    with pytest.raises(DomainError, match=r"(?i)A.*B"):
        count_votes(any_database, double.id, AUTHOR)

    asked = resolve_difference(any_database, stack.stack_id, 2, "9", AUTHOR)
    assert asked is not None and asked.outcome is Outcome.ASK_AGAIN
    resolve_difference(any_database, stack.stack_id, 2, "3", AUTHOR)
    resolve_difference(any_database, stack.stack_id, 5, "1 2 3 4", AUTHOR)
    assert compare_entries(any_database, stack.stack_id).agreed
    [stack] = list_stacks(any_database, double.id)
    assert stack.official_session_id is not None and stack.ballots == 5
    result = count_votes(any_database, double.id, AUTHOR)
    assert (result.valid, result.blank, result.nul) == (3, 1, 1)
    resolutions = [e for e in entries(any_database, double.id) if e.action == "ballot.resolve"]
    assert len(resolutions) == 2  # only the pass that was wrong is corrected


def test_a_skipped_ballot_is_spotted_and_put_back(
    any_database: Database, double: VoteCampaign
) -> None:
    station = double.stations[0]
    typed_pass(any_database, station, "Karim", ["1", "2", "3", "4"])
    typed_pass(any_database, station, "Sophie", ["1", "3", "4"])
    [stack] = list_stacks(any_database, double.id)
    comparison = compare_entries(any_database, stack.stack_id)
    assert [d.sequence for d in comparison.differences] == [2, 3, 4]
    assert comparison.differences[-1].b is None
    assert comparison.skipped == ("B", 2)
    assert "2" in comparison.hint and "B" in comparison.hint
    assert repair_skip(any_database, stack.stack_id, AUTHOR) == 2
    assert compare_entries(any_database, stack.stack_id).agreed
    with pytest.raises(DomainError):
        repair_skip(any_database, stack.stack_id, AUTHOR)


def test_a_ballot_that_does_not_exist_is_removed_from_both(
    any_database: Database, double: VoteCampaign
) -> None:
    station = double.stations[0]
    typed_pass(any_database, station, "Karim", ["1", "2", "2", "3"])
    typed_pass(any_database, station, "Sophie", ["1", "2", "3"])
    [stack] = list_stacks(any_database, double.id)
    assert compare_entries(any_database, stack.stack_id).differences[0].sequence == 3
    resolve_difference(any_database, stack.stack_id, 3, None, AUTHOR)
    comparison = compare_entries(any_database, stack.stack_id)
    assert [d.sequence for d in comparison.differences] == [3]  # B's 3rd now compares to nothing
    resolve_difference(any_database, stack.stack_id, 3, "3", AUTHOR)
    assert compare_entries(any_database, stack.stack_id).agreed


def test_single_entry_is_official_once_closed(any_database: Database, voting: VoteCampaign) -> None:
    station = voting.stations[0]
    entry = typed_pass(any_database, station, "Karim", ["1", "2"], close=False)
    [stack] = list_stacks(any_database, voting.id)
    assert stack.official_session_id is None and "A" in stack.problem
    ballots.close_entry(any_database, entry, AUTHOR)
    [stack] = list_stacks(any_database, voting.id)
    assert stack.official_session_id == entry and stack.problem == ""


def test_stacks_of_a_station_are_separate(any_database: Database, double: VoteCampaign) -> None:
    station = double.stations[0]
    for label, lines in (("lot 1", ["1", "2"]), ("lot 2", ["3"])):
        for operator in ("Karim", "Sophie"):
            entry = ballots.open_entry(any_database, station, operator, AUTHOR, stack_label=label)
            for line in lines:
                ballots.enter_ballot(any_database, entry.id, line, AUTHOR)
            ballots.close_entry(any_database, entry.id, AUTHOR)
    stacks = list_stacks(any_database, double.id)
    assert [(s.label, s.passes, s.ballots, s.problem) for s in stacks] == [
        ("lot 1", ("A", "B"), 2, ""),
        ("lot 2", ("A", "B"), 1, ""),
    ]
    assert count_votes(any_database, double.id, AUTHOR).valid == 3


def test_a_stack_entered_three_times_says_so_and_counts_once_one_entry_is_discarded(
    any_database: Database, double: VoteCampaign
) -> None:
    station = double.stations[0]
    typed_pass(any_database, station, "Karim", ["1 2", "3", ""])
    typed_pass(any_database, station, "Sophie", ["1 2", "4", ""])
    extra = third_pass(any_database, station, "Lina", ["1 2", "3", ""])
    [stack] = list_stacks(any_database, double.id)
    assert stack.passes == ("A", "B", "C") and stack.official_session_id is None
    assert "3" in stack.problem and "C" in stack.problem
    with pytest.raises(DomainError):
        count_votes(any_database, double.id, AUTHOR)

    choices = {
        c.entry.pass_label: dict(c.differences) for c in extra_entries(any_database, stack.stack_id)
    }
    assert choices == {"A": {"B": 1, "C": 0}, "B": {"A": 1, "C": 1}, "C": {"A": 0, "B": 1}}
    sophie = next(
        c.entry.id
        for c in extra_entries(any_database, stack.stack_id)
        if c.entry.operator == "Sophie"
    )
    with pytest.raises(DomainError):  # a reason is required
        discard_entry(any_database, sophie, "  ", AUTHOR)
    discard_entry(any_database, sophie, "Le bulletin 2 porte le code 3.", AUTHOR)

    [stack] = list_stacks(any_database, double.id)
    assert stack.passes == ("A", "B") and stack.problem == "" and stack.ballots == 3
    entries_now = {e.pass_label: e.id for e in ballots.list_entries(any_database, double.id)}
    assert entries_now == {"A": entries_now["A"], "B": extra}  # Lina's entry is now B
    result = count_votes(any_database, double.id, AUTHOR)
    assert (result.valid, result.blank) == (2, 1)
    [note] = [e for e in entries(any_database, double.id) if e.action == "ballots.discard"]
    assert "Sophie" in note.summary and "Le bulletin 2" in note.summary and "C → B" in note.summary
    # Two entries left: there is nothing more to discard; differences are corrected instead.
    with pytest.raises(DomainError):
        discard_entry(any_database, extra, "encore", AUTHOR)


def test_a_stack_entered_four_times_is_settled_one_discard_at_a_time(
    any_database: Database, double: VoteCampaign
) -> None:
    station = double.stations[0]
    karim = typed_pass(any_database, station, "Karim", ["1", "2"])
    typed_pass(any_database, station, "Sophie", ["1", "2"])
    lina = third_pass(any_database, station, "Lina", ["1", "3"])
    third_pass(any_database, station, "Omar", ["1", "2"], label="D")  # a third laptop's
    [stack] = list_stacks(any_database, double.id)
    assert stack.passes == ("A", "B", "C", "D") and "4" in stack.problem

    # Discarding A with three left renames nothing; the next discard settles A and B.
    discard_entry(any_database, karim, "Saisie de contrôle en double.", AUTHOR)
    [stack] = list_stacks(any_database, double.id)
    assert stack.passes == ("B", "C", "D") and stack.official_session_id is None
    discard_entry(any_database, lina, "Le bulletin 2 porte le code 2.", AUTHOR)
    [stack] = list_stacks(any_database, double.id)
    assert stack.passes == ("A", "B") and stack.problem == ""
    assert {e.operator: e.pass_label for e in ballots.list_entries(any_database, double.id)} == {
        "Sophie": "A",
        "Omar": "B",
    }
    # The discarded entries are kept aside with their ballots and reasons, letters freed.
    with any_database.session() as session:
        aside = {
            e.operator: (e.pass_label, e.discard_reason)
            for e in session.scalars(
                select(EntrySession).where(EntrySession.discarded_at.is_not(None))
            )
        }
    assert aside == {
        "Karim": ("a", "Saisie de contrôle en double."),
        "Lina": ("c", "Le bulletin 2 porte le code 2."),
    }
    notes = [e.summary for e in entries(any_database, double.id) if e.action == "ballots.discard"]
    [first, second] = sorted(notes, key=lambda note: "Lina" in note)
    assert "«Bureau 1»" in first and "Karim" in first and "→" not in first
    assert "Lina" in second and "B → A, D → B" in second


def test_an_entry_still_being_typed_is_not_discarded(
    any_database: Database, double: VoteCampaign
) -> None:
    station = double.stations[0]
    typed_pass(any_database, station, "Karim", ["1"])
    typed_pass(any_database, station, "Sophie", ["1"])
    extra = third_pass(any_database, station, "Lina", ["1"])
    ballots.reopen_entry(any_database, extra, "Une ligne oubliée.", AUTHOR)
    with pytest.raises(DomainError, match="C"):
        discard_entry(any_database, extra, "En trop.", AUTHOR)
    assert list_stacks(any_database, double.id)[0].passes == ("A", "B", "C")
