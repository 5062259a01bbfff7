"""The campaign dashboard: progress per phase, next due items, and counts."""

from __future__ import annotations

from datetime import date

from pbdesk.domain.people import MeetingInput, MeetingKind, PersonInput, Role
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.store.database import Database
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.catalogue import load_catalogue
from pbdesk.workspace.dashboard import NEXT_DUE_LIMIT, dashboard, progress_by_campaign
from pbdesk.workspace.meetings import save_meeting
from pbdesk.workspace.phases import ItemInput, get_phase, set_done, set_status, update_item
from pbdesk.workspace.team import save_person

from .support import AUTHOR, make_frame

TODAY = date(2026, 4, 1)


def due(database: Database, campaign_id: int, phase: Phase, index: int, on: date) -> int:
    item = get_phase(database, campaign_id, phase).items[index]
    update_item(database, item.id, ItemInput(item.label, "Nadia", on, item.note))
    return item.id


def test_a_new_campaign_dashboard(any_database: Database, campaign: int) -> None:
    view = dashboard(any_database, campaign, today=TODAY)
    assert view.campaign.id == campaign
    assert view.campaign.envelope_cents == 4_000_000
    assert view.campaign.phase is Phase.PREPARATION
    assert view.territories == ("Le Quartier",)
    per_phase = {p.phase: p for p in view.progress}
    assert list(per_phase) == list(Phase)
    catalogue = load_catalogue()
    for phase in Phase:
        expected = sum(1 for item in catalogue if item.phase == phase)
        assert (per_phase[phase].done, per_phase[phase].total) == (0, expected)
        assert per_phase[phase].status is PhaseStatus.UPCOMING
        assert per_phase[phase].meetings == 0
    assert view.next_due == ()
    assert view.counts == {
        "applications": 0,
        "holders": 0,
        "new_holders": 0,
        "stakes": 0,
        "reviewers": 0,
        "team": 0,
        "core_group": 0,
        "meetings": 0,
        "participants": 0,
    }


def test_progress_follows_status_and_ticks(any_database: Database, campaign: int) -> None:
    items = get_phase(any_database, campaign, Phase.PREPARATION).items
    set_done(any_database, items[0].id, True, AUTHOR)
    set_done(any_database, items[1].id, True, AUTHOR)
    set_status(any_database, campaign, Phase.PREPARATION, PhaseStatus.DONE, AUTHOR)
    set_status(any_database, campaign, Phase.OUTREACH, PhaseStatus.IN_PROGRESS, AUTHOR)
    view = dashboard(any_database, campaign, today=TODAY)
    per_phase = {p.phase: p for p in view.progress}
    assert (per_phase[Phase.PREPARATION].done, per_phase[Phase.PREPARATION].total) == (
        2,
        len(items),
    )
    assert per_phase[Phase.PREPARATION].status is PhaseStatus.DONE
    assert per_phase[Phase.OUTREACH].status is PhaseStatus.IN_PROGRESS
    assert view.campaign.phase is Phase.OUTREACH


def test_next_due_items_are_in_date_order_and_flag_overdue(
    any_database: Database, campaign: int
) -> None:
    late = due(any_database, campaign, Phase.OUTREACH, 0, date(2026, 3, 15))
    today_item = due(any_database, campaign, Phase.PREPARATION, 1, TODAY)
    soon = due(any_database, campaign, Phase.PREPARATION, 0, date(2026, 4, 10))
    later = due(any_database, campaign, Phase.VOTE, 2, date(2026, 6, 1))
    finished = due(any_database, campaign, Phase.CALL, 0, date(2026, 1, 1))
    set_done(any_database, finished, True, AUTHOR)  # done items are not due any more

    view = dashboard(any_database, campaign, today=TODAY)
    assert [item.id for item in view.next_due] == [late, today_item, soon, later]
    assert [item.overdue for item in view.next_due] == [True, False, False, False]
    first = view.next_due[0]
    assert (first.phase, first.owner, first.due_on) == (
        Phase.OUTREACH,
        "Nadia",
        date(2026, 3, 15),
    )
    assert first.label == get_phase(any_database, campaign, Phase.OUTREACH).items[0].label


def test_same_day_items_are_ordered_by_phase_then_position(
    any_database: Database, campaign: int
) -> None:
    day = date(2026, 5, 5)
    b = due(any_database, campaign, Phase.VOTE, 1, day)
    a = due(any_database, campaign, Phase.VOTE, 0, day)
    c = due(any_database, campaign, Phase.OUTREACH, 1, day)
    view = dashboard(any_database, campaign, today=TODAY)
    assert [item.id for item in view.next_due] == [c, a, b]


def test_next_due_is_limited(any_database: Database, campaign: int) -> None:
    items = get_phase(any_database, campaign, Phase.VOTE).items
    assert len(items) > NEXT_DUE_LIMIT
    for day, item in enumerate(items, start=1):
        update_item(any_database, item.id, ItemInput(item.label, due_on=date(2026, 5, day)))
    view = dashboard(any_database, campaign, today=TODAY)
    assert [item.id for item in view.next_due] == [item.id for item in items[:NEXT_DUE_LIMIT]]


def test_counts_of_team_core_group_and_meetings(any_database: Database, campaign: int) -> None:
    for name, role in [
        ("Élue", Role.ELECTED),
        ("Service", Role.SERVICE),
        ("Université du Citoyen", Role.TRUSTED_THIRD_PARTY),
        ("Fatima", Role.CORE_GROUP),
        ("Karim", Role.CORE_GROUP),
    ]:
        save_person(any_database, campaign, PersonInput(name, role))
    for phase, participants in [
        (Phase.OUTREACH, 40),
        (Phase.OUTREACH, 25),
        (Phase.DIAGNOSIS, 12),
    ]:
        save_meeting(
            any_database,
            campaign,
            MeetingInput(date(2026, 3, 1), MeetingKind.STAND, phase, participants=participants),
        )
    other = create_campaign(any_database, make_frame(slug="autre", name="Autre"), AUTHOR)
    save_person(any_database, other, PersonInput("Ailleurs", Role.CORE_GROUP))
    save_meeting(
        any_database,
        other,
        MeetingInput(date(2026, 3, 1), MeetingKind.STAND, Phase.OUTREACH, participants=99),
    )

    view = dashboard(any_database, campaign, today=TODAY)
    assert view.counts["team"] == 3
    assert view.counts["core_group"] == 2
    assert view.counts["meetings"] == 3
    assert view.counts["participants"] == 77
    per_phase = {p.phase: p.meetings for p in view.progress}
    assert per_phase[Phase.OUTREACH] == 2
    assert per_phase[Phase.DIAGNOSIS] == 1
    assert per_phase[Phase.VOTE] == 0


def test_progress_by_campaign_matches_each_dashboard(any_database: Database) -> None:
    first = create_campaign(any_database, make_frame(), AUTHOR)
    second = create_campaign(any_database, make_frame(slug="autre", name="Autre"), AUTHOR)
    set_done(any_database, get_phase(any_database, second, Phase.VOTE).items[0].id, True, AUTHOR)
    set_status(any_database, second, Phase.VOTE, PhaseStatus.IN_PROGRESS, AUTHOR)
    marks = progress_by_campaign(any_database)
    assert set(marks) == {first, second}
    for campaign_id in (first, second):
        board = dashboard(any_database, campaign_id, today=TODAY)
        assert [(p.phase, p.status, p.done, p.total) for p in marks[campaign_id]] == [
            (p.phase, p.status, p.done, p.total) for p in board.progress
        ]
    vote = {p.phase: p for p in marks[second]}[Phase.VOTE]
    assert (vote.status, vote.done) == (PhaseStatus.IN_PROGRESS, 1)
