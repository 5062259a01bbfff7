"""The team and core group (residents' data kept lean and erasable), and meetings."""

from __future__ import annotations

from datetime import date

import pytest

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.people import MeetingInput, MeetingKind, PersonInput, Role
from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.meetings import delete_meeting, list_meetings, save_meeting
from pbdesk.workspace.team import (
    count_by_role,
    delete_person,
    erase_resident_contacts,
    list_people,
    save_person,
)

from .support import AUTHOR, make_frame, row_counts


def resident(name: str, **contact: str) -> PersonInput:
    return PersonInput(
        full_name=name,
        role=Role.CORE_GROUP,
        consent=bool(contact),
        consent_on=date(2026, 2, 1) if contact else None,
        **contact,
    )


# --- team -------------------------------------------------------------------------------------


def test_save_person_adds_then_updates(any_database: Database, campaign: int) -> None:
    added = save_person(
        any_database,
        campaign,
        PersonInput(" Nadia Benali ", Role.SERVICE, organisation="Métropole", email="n@ex.org"),
    )
    assert added.full_name == "Nadia Benali"
    assert added.role == "service"
    assert added.erased is False
    updated = save_person(
        any_database,
        campaign,
        PersonInput("Nadia Benali", Role.TRUSTED_THIRD_PARTY, organisation="Université du Citoyen"),
        added.id,
    )
    assert (updated.id, updated.uuid) == (added.id, added.uuid)
    assert updated.role == "trusted_third_party"
    assert updated.email == ""
    assert list_people(any_database, campaign) == [updated]


def test_an_invalid_person_writes_nothing(any_database: Database, campaign: int) -> None:
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        save_person(any_database, campaign, PersonInput("Fatima", Role.CORE_GROUP, phone="0612"))
    assert "phone" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        save_person(
            any_database, campaign, PersonInput("Fatima", Role.CORE_GROUP, phone="0612345678")
        )
    assert set(caught.value.errors) == {"consent"}
    assert row_counts(any_database) == before


def test_a_person_of_another_campaign_cannot_be_updated(
    any_database: Database, campaign: int
) -> None:
    other = create_campaign(any_database, make_frame(slug="autre", name="Autre"), AUTHOR)
    theirs = save_person(any_database, other, PersonInput("Marc", Role.ELECTED))
    with pytest.raises(DomainError):
        save_person(any_database, campaign, PersonInput("Pirate", Role.ELECTED), theirs.id)
    assert list_people(any_database, other) == [theirs]


def test_delete_person(any_database: Database, campaign: int) -> None:
    person = save_person(any_database, campaign, PersonInput("Marc", Role.ELECTED))
    delete_person(any_database, person.id)
    assert list_people(any_database, campaign) == []
    delete_person(any_database, person.id)  # already gone: nothing to do


def test_erasing_residents_keeps_the_count_and_the_team(
    any_database: Database, campaign: int
) -> None:
    team = save_person(
        any_database,
        campaign,
        PersonInput("Nadia Benali", Role.SERVICE, email="nadia@example.org", phone="0491000000"),
    )
    fatima = save_person(
        any_database, campaign, resident("Fatima K.", email="f@example.org", phone="0612345678")
    )
    karim = save_person(any_database, campaign, resident("Karim", address="3 rue Belle de Mai"))
    anonymous = save_person(any_database, campaign, resident("Sonia"))
    local = save_person(
        any_database,
        campaign,
        PersonInput(
            "Marc", Role.LOCAL_ACTOR, is_resident=True, consent=True, email="marc@example.org"
        ),
    )
    other = create_campaign(any_database, make_frame(slug="autre", name="Autre"), AUTHOR)
    elsewhere = save_person(any_database, other, resident("Lina", email="lina@example.org"))
    counts_before = count_by_role(any_database, campaign)

    erased = erase_resident_contacts(any_database, campaign, "Bruno")

    assert erased == 4
    assert count_by_role(any_database, campaign) == counts_before
    assert counts_before[Role.CORE_GROUP] == 3 and counts_before[Role.SERVICE] == 1
    people = {person.uuid: person for person in list_people(any_database, campaign)}
    assert people[team.uuid] == team  # the project team is not touched
    for person in (fatima, karim, anonymous, local):
        after = people[person.uuid]
        assert after.erased is True
        assert (after.email, after.phone, after.address, after.notes) == ("", "", "", "")
        assert person.full_name not in after.full_name
        assert after.role == person.role and after.is_resident
    names = [people[p.uuid].full_name for p in (fatima, karim, anonymous, local)]
    assert len(set(names)) == 4  # still told apart, without their names
    assert list_people(any_database, other) == [elsewhere]  # other campaigns untouched

    line = journal.entries(any_database, campaign)[0]
    assert (line.action, line.author) == ("team.erase_residents", "Bruno")
    assert "4" in line.summary
    assert "Fatima" not in line.summary

    # Nothing left to erase: no second journal line.
    assert erase_resident_contacts(any_database, campaign, "Bruno") == 0
    assert journal.entries(any_database, campaign)[0].id == line.id

    # A resident erased on another day is numbered after the first ones, never the same.
    later = save_person(any_database, campaign, resident("Yanis"))
    assert erase_resident_contacts(any_database, campaign, "Bruno") == 1
    names.append(
        next(p for p in list_people(any_database, campaign) if p.uuid == later.uuid).full_name
    )
    assert len(set(names)) == 5


def test_count_by_role_lists_every_role(any_database: Database, campaign: int) -> None:
    save_person(any_database, campaign, PersonInput("Élue", Role.ELECTED))
    counts = count_by_role(any_database, campaign)
    assert set(counts) == set(Role)
    assert counts[Role.ELECTED] == 1 and sum(counts.values()) == 1


# --- meetings ---------------------------------------------------------------------------------


def meeting(**changes: object) -> MeetingInput:
    data = MeetingInput(
        held_on=date(2026, 3, 14),
        kind=MeetingKind.STAND,
        phase=Phase.OUTREACH,
        place=" Marché ",
        participants=40,
        women=22,
        men=18,
        notes=" soleil ",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_meetings_are_saved_and_listed_most_recent_first(
    any_database: Database, campaign: int
) -> None:
    stand = save_meeting(any_database, campaign, meeting())
    workshop = save_meeting(
        any_database,
        campaign,
        meeting(
            held_on=date(2026, 4, 2),
            kind=MeetingKind.WORKSHOP,
            phase=Phase.DIAGNOSIS,
            women=None,
            men=None,
            age_60_plus=7,
        ),
    )
    assert stand.place == "Marché" and stand.notes == "soleil"
    assert (stand.women, stand.men, stand.age_under_18) == (22, 18, None)
    assert workshop.phase is Phase.DIAGNOSIS and workshop.age_60_plus == 7
    assert [m.id for m in list_meetings(any_database, campaign)] == [workshop.id, stand.id]


def test_update_and_delete_a_meeting(any_database: Database, campaign: int) -> None:
    saved = save_meeting(any_database, campaign, meeting())
    updated = save_meeting(any_database, campaign, meeting(participants=55, men=33), saved.id)
    assert (updated.id, updated.uuid, updated.participants, updated.men) == (
        saved.id,
        saved.uuid,
        55,
        33,
    )
    delete_meeting(any_database, saved.id)
    assert list_meetings(any_database, campaign) == []


def test_an_invalid_meeting_writes_nothing(any_database: Database, campaign: int) -> None:
    saved = save_meeting(any_database, campaign, meeting())
    before = row_counts(any_database)
    with pytest.raises(ValidationError):
        save_meeting(any_database, campaign, meeting(women=41))
    with pytest.raises(ValidationError):
        save_meeting(any_database, campaign, meeting(participants=10), saved.id)
    assert row_counts(any_database) == before
    assert list_meetings(any_database, campaign) == [saved]


def test_a_meeting_of_another_campaign_cannot_be_updated(
    any_database: Database, campaign: int
) -> None:
    other = create_campaign(any_database, make_frame(slug="autre", name="Autre"), AUTHOR)
    theirs = save_meeting(any_database, other, meeting())
    with pytest.raises(DomainError):
        save_meeting(any_database, campaign, meeting(participants=1, women=0, men=0), theirs.id)
    assert list_meetings(any_database, other) == [theirs]


def test_erasing_residents_also_erases_their_name_as_reviewer(
    any_database: Database, campaign: int
) -> None:
    from pbdesk.workspace.reviews.reviewers import ReviewerInput, list_reviewers, save_reviewer

    fatima = save_person(any_database, campaign, resident("Fatima Zahra", email="f@example.org"))
    save_reviewer(
        any_database,
        campaign,
        ReviewerInput(name="Fatima Zahra", email="f@example.org", person_id=fatima.id),
        AUTHOR,
    )
    save_reviewer(any_database, campaign, ReviewerInput(name="Service jeunesse"), AUTHOR)

    erase_resident_contacts(any_database, campaign, AUTHOR)

    # The journal said "Reviewer «Fatima Zahra» added": the name goes from there too.
    assert not [
        line for line in journal.entries(any_database, campaign) if "Fatima" in line.summary
    ]
    reviewers = {r.name: r for r in list_reviewers(any_database, campaign)}
    assert "Fatima Zahra" not in reviewers
    erased_name = next(p.full_name for p in list_people(any_database, campaign))
    assert reviewers[erased_name].email == ""
    assert "Service jeunesse" in reviewers  # reviewers from the team are not touched
