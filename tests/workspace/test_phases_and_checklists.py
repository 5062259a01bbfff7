"""A campaign's phases: status with its dates, co-evaluation notes, and its own checklist."""

from __future__ import annotations

from datetime import date

import pytest

from pbdesk.domain.errors import DomainError
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.store.database import Database
from pbdesk.workspace import journal
from pbdesk.workspace.phases import (
    ItemInput,
    add_item,
    get_phase,
    move_item,
    remove_item,
    save_coevaluation,
    set_done,
    set_status,
    update_item,
)

from .support import AUTHOR, row_counts

UPCOMING, IN_PROGRESS, DONE = PhaseStatus.UPCOMING, PhaseStatus.IN_PROGRESS, PhaseStatus.DONE


def actions(database: Database, campaign_id: int) -> list[str]:
    """Journal actions, oldest first."""
    return [line.action for line in reversed(journal.entries(database, campaign_id))]


def labels(database: Database, campaign_id: int, phase: Phase) -> list[str]:
    return [item.label for item in get_phase(database, campaign_id, phase).items]


# --- status -----------------------------------------------------------------------------------


def test_a_new_phase_is_upcoming_without_dates(any_database: Database, campaign: int) -> None:
    view = get_phase(any_database, campaign, Phase.VOTE)
    assert view.status is UPCOMING
    assert view.started_on is None and view.finished_on is None
    assert view.went_well == view.to_adjust == ""
    assert view.items and view.done_count == 0


def test_set_status_sets_the_dates_and_is_journaled(any_database: Database, campaign: int) -> None:
    today = date.today()
    set_status(any_database, campaign, Phase.PREPARATION, IN_PROGRESS, "Bruno")
    view = get_phase(any_database, campaign, Phase.PREPARATION)
    assert view.status is IN_PROGRESS
    assert (view.started_on, view.finished_on) == (today, None)

    set_status(any_database, campaign, Phase.PREPARATION, DONE, "Bruno")
    view = get_phase(any_database, campaign, Phase.PREPARATION)
    assert view.status is DONE
    assert (view.started_on, view.finished_on) == (today, today)

    lines = journal.entries(any_database, campaign)[:2]
    assert [line.action for line in lines] == ["phase.status", "phase.status"]
    assert all(line.author == "Bruno" for line in lines)
    assert "1." in lines[0].summary  # the phase is named by its number
    assert "terminée" in lines[0].summary  # and its status in French


def test_done_directly_from_upcoming_fills_both_dates(
    any_database: Database, campaign: int
) -> None:
    set_status(any_database, campaign, Phase.OUTREACH, DONE, AUTHOR)
    view = get_phase(any_database, campaign, Phase.OUTREACH)
    assert view.started_on == view.finished_on == date.today()


def test_reopening_a_finished_phase_clears_its_end(any_database: Database, campaign: int) -> None:
    set_status(any_database, campaign, Phase.OUTREACH, DONE, AUTHOR)
    set_status(any_database, campaign, Phase.OUTREACH, IN_PROGRESS, AUTHOR)
    view = get_phase(any_database, campaign, Phase.OUTREACH)
    assert view.status is IN_PROGRESS
    assert view.started_on == date.today()
    assert view.finished_on is None


def test_setting_the_same_status_again_changes_nothing(
    any_database: Database, campaign: int
) -> None:
    set_status(any_database, campaign, Phase.STAKES, IN_PROGRESS, AUTHOR)
    before = (row_counts(any_database), get_phase(any_database, campaign, Phase.STAKES))
    set_status(any_database, campaign, Phase.STAKES, IN_PROGRESS, AUTHOR)
    assert (row_counts(any_database), get_phase(any_database, campaign, Phase.STAKES)) == before


def test_status_of_a_missing_campaign_is_refused(any_database: Database) -> None:
    with pytest.raises(DomainError):
        set_status(any_database, 424242, Phase.VOTE, DONE, AUTHOR)


# --- co-evaluation ----------------------------------------------------------------------------


def test_coevaluation_note_is_saved_trimmed_and_journaled(
    any_database: Database, campaign: int
) -> None:
    save_coevaluation(
        any_database,
        campaign,
        Phase.VOTE,
        "  Votation festive, 412 votants \n",
        " Plus de bureaux de vote ",
        AUTHOR,
    )
    view = get_phase(any_database, campaign, Phase.VOTE)
    assert view.went_well == "Votation festive, 412 votants"
    assert view.to_adjust == "Plus de bureaux de vote"
    assert actions(any_database, campaign)[-1] == "phase.coevaluation"
    count = len(actions(any_database, campaign))
    save_coevaluation(
        any_database, campaign, Phase.VOTE, "Votation festive, 412 votants", view.to_adjust, AUTHOR
    )
    assert len(actions(any_database, campaign)) == count  # unchanged: no new line


# --- checklist --------------------------------------------------------------------------------


def test_add_item_appends_to_the_phase_and_is_journaled(
    any_database: Database, campaign: int
) -> None:
    before = get_phase(any_database, campaign, Phase.FOLLOW_UP).items
    vote_items = get_phase(any_database, campaign, Phase.VOTE).items
    item_id = add_item(
        any_database,
        campaign,
        Phase.FOLLOW_UP,
        ItemInput(" Bilan à un an avec les habitants ", " Nadia ", date(2027, 6, 13), " salle "),
        AUTHOR,
    )
    items = get_phase(any_database, campaign, Phase.FOLLOW_UP).items
    assert len(items) == len(before) + 1
    added = items[-1]
    assert added.id == item_id
    assert added.position == len(before)
    assert (added.label, added.owner, added.due_on, added.note) == (
        "Bilan à un an avec les habitants",
        "Nadia",
        date(2027, 6, 13),
        "salle",
    )
    assert added.catalogue_key == ""  # the team's own item
    assert actions(any_database, campaign)[-1] == "checklist.add"
    # Other phases are untouched.
    assert get_phase(any_database, campaign, Phase.VOTE).items == vote_items


def test_add_item_to_an_emptied_phase_starts_at_zero(any_database: Database, campaign: int) -> None:
    for item in get_phase(any_database, campaign, Phase.STAKES).items:
        remove_item(any_database, item.id, AUTHOR)
    assert get_phase(any_database, campaign, Phase.STAKES).items == ()
    add_item(any_database, campaign, Phase.STAKES, ItemInput("Premier"), AUTHOR)
    assert [i.position for i in get_phase(any_database, campaign, Phase.STAKES).items] == [0]


@pytest.mark.parametrize("label", ["", "   "])
def test_an_item_needs_a_label(any_database: Database, campaign: int, label: str) -> None:
    before = row_counts(any_database)
    with pytest.raises(DomainError):
        add_item(any_database, campaign, Phase.CALL, ItemInput(label), AUTHOR)
    assert row_counts(any_database) == before
    item = get_phase(any_database, campaign, Phase.CALL).items[0]
    with pytest.raises(DomainError):
        update_item(any_database, item.id, ItemInput(label))
    assert get_phase(any_database, campaign, Phase.CALL).items[0] == item


def test_update_item_changes_wording_without_journal(any_database: Database, campaign: int) -> None:
    item = get_phase(any_database, campaign, Phase.CALL).items[1]
    count = len(actions(any_database, campaign))
    updated = update_item(
        any_database,
        item.id,
        ItemInput("Rédiger le règlement", "Service juridique", date(2026, 3, 1), "v2"),
    )
    assert (updated.label, updated.owner, updated.due_on, updated.note) == (
        "Rédiger le règlement",
        "Service juridique",
        date(2026, 3, 1),
        "v2",
    )
    assert (updated.id, updated.uuid, updated.position) == (item.id, item.uuid, item.position)
    assert get_phase(any_database, campaign, Phase.CALL).items[1] == updated
    assert len(actions(any_database, campaign)) == count


def test_done_and_reopened_are_dated_and_journaled(any_database: Database, campaign: int) -> None:
    item = get_phase(any_database, campaign, Phase.PREPARATION).items[0]
    done = set_done(any_database, item.id, True, "Bruno")
    assert done.done is True and done.done_on == date.today()
    assert get_phase(any_database, campaign, Phase.PREPARATION).done_count == 1
    line = journal.entries(any_database, campaign)[0]
    assert (line.action, line.author) == ("checklist.done", "Bruno")
    assert item.label in line.summary

    count = len(actions(any_database, campaign))
    assert set_done(any_database, item.id, True, "Bruno") == done  # already done: no new line
    assert len(actions(any_database, campaign)) == count

    reopened = set_done(any_database, item.id, False, "Bruno")
    assert reopened.done is False and reopened.done_on is None
    assert actions(any_database, campaign)[-1] == "checklist.reopen"
    assert get_phase(any_database, campaign, Phase.PREPARATION).done_count == 0


def test_remove_item_renumbers_and_is_journaled(any_database: Database, campaign: int) -> None:
    items = get_phase(any_database, campaign, Phase.VOTE).items
    assert len(items) >= 3
    remove_item(any_database, items[1].id, AUTHOR)
    after = get_phase(any_database, campaign, Phase.VOTE).items
    assert [i.id for i in after] == [items[0].id, *[i.id for i in items[2:]]]
    assert [i.position for i in after] == list(range(len(after)))
    line = journal.entries(any_database, campaign)[0]
    assert line.action == "checklist.remove" and items[1].label in line.summary
    with pytest.raises(DomainError):
        remove_item(any_database, items[1].id, AUTHOR)


def test_move_item_reorders_within_its_phase(any_database: Database, campaign: int) -> None:
    items = get_phase(any_database, campaign, Phase.VOTE).items
    ids = [i.id for i in items]
    other_phase = get_phase(any_database, campaign, Phase.FOLLOW_UP).items

    move_item(any_database, ids[0], 2)
    expected = [ids[1], ids[2], ids[0], *ids[3:]]
    after = get_phase(any_database, campaign, Phase.VOTE).items
    assert [i.id for i in after] == expected
    assert [i.position for i in after] == list(range(len(ids)))

    move_item(any_database, ids[0], 999)  # clamped to the end
    assert get_phase(any_database, campaign, Phase.VOTE).items[-1].id == ids[0]
    move_item(any_database, ids[0], -5)  # clamped to the start
    assert get_phase(any_database, campaign, Phase.VOTE).items[0].id == ids[0]
    assert [i.uuid for i in get_phase(any_database, campaign, Phase.VOTE).items] == [
        i.uuid for i in items
    ]
    assert get_phase(any_database, campaign, Phase.FOLLOW_UP).items == other_phase


def test_a_missing_item_is_reported(any_database: Database, campaign: int) -> None:
    for action in (
        lambda: update_item(any_database, 424242, ItemInput("x")),
        lambda: set_done(any_database, 424242, True, AUTHOR),
        lambda: remove_item(any_database, 424242, AUTHOR),
        lambda: move_item(any_database, 424242, 0),
    ):
        with pytest.raises(DomainError):
            action()
