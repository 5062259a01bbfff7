"""The team, the core group (with residents' consent), and meetings' anonymous head counts."""

from __future__ import annotations

from datetime import date

import pytest

from pbdesk.domain.errors import ValidationError
from pbdesk.domain.people import (
    AGE_BANDS,
    GENDERS,
    MeetingInput,
    MeetingKind,
    PersonInput,
    Role,
    validate_meeting,
    validate_person,
)
from pbdesk.domain.phases import Phase


def person_errors(data: PersonInput) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        validate_person(data)
    return set(caught.value.errors)


def test_a_team_member_is_trimmed_and_kept() -> None:
    result = validate_person(
        PersonInput(
            full_name="  Nadia Benali ",
            role=Role.SERVICE,
            organisation=" Métropole AMP ",
            email=" nadia.benali@example.org ",
            phone=" 04 91 00 00 00 ",
            notes=" chef de projet ",
        )
    )
    assert result.full_name == "Nadia Benali"
    assert result.organisation == "Métropole AMP"
    assert result.email == "nadia.benali@example.org"
    assert result.phone == "04 91 00 00 00"
    assert result.notes == "chef de projet"
    assert result.is_resident is False
    assert result.consent is False and result.consent_on is None


def test_a_name_is_required() -> None:
    assert person_errors(PersonInput(full_name="  ", role=Role.ELECTED)) == {"full_name"}


@pytest.mark.parametrize("email", ["nadia", "nadia@", "@example.org", "na dia@example.org", "a@b"])
def test_bad_email_is_refused(email: str) -> None:
    assert person_errors(PersonInput(full_name="N", role=Role.SERVICE, email=email)) == {"email"}


@pytest.mark.parametrize("phone", ["abc", "12345", "06 12 34 56 78 90 12 34 56"])
def test_bad_phone_is_refused(phone: str) -> None:
    assert person_errors(PersonInput(full_name="N", role=Role.SERVICE, phone=phone)) == {"phone"}


@pytest.mark.parametrize("phone", ["0612345678", "06 12 34 56 78", "+33 6 12 34 56 78", "04.91.00"])
def test_usual_phone_numbers_are_accepted(phone: str) -> None:
    assert validate_person(PersonInput(full_name="N", role=Role.SERVICE, phone=phone)).phone


def test_core_group_members_are_residents() -> None:
    result = validate_person(PersonInput(full_name="Fatima", role=Role.CORE_GROUP))
    assert result.is_resident is True


@pytest.mark.parametrize(
    "contact", [{"email": "f@example.org"}, {"phone": "0612345678"}, {"address": "3 rue X"}]
)
def test_residents_contact_details_need_consent(contact: dict[str, str]) -> None:
    data = PersonInput(full_name="Fatima", role=Role.CORE_GROUP, **contact)
    assert person_errors(data) == {"consent"}
    resident = PersonInput(full_name="Marc", role=Role.LOCAL_ACTOR, is_resident=True, **contact)
    assert person_errors(resident) == {"consent"}


def test_a_resident_without_contact_details_needs_no_consent() -> None:
    assert validate_person(PersonInput(full_name="Fatima", role=Role.CORE_GROUP)).consent is False


def test_consent_is_dated_today_unless_a_date_is_given() -> None:
    given_day = date(2021, 3, 2)
    dated = validate_person(
        PersonInput(
            full_name="Fatima",
            role=Role.CORE_GROUP,
            email="f@example.org",
            consent=True,
            consent_on=given_day,
        )
    )
    assert dated.consent_on == given_day
    undated = validate_person(
        PersonInput(full_name="Fatima", role=Role.CORE_GROUP, phone="0612345678", consent=True)
    )
    assert undated.consent_on == date.today()


def test_withdrawn_consent_has_no_date() -> None:
    result = validate_person(
        PersonInput(full_name="Fatima", role=Role.CORE_GROUP, consent_on=date(2021, 3, 2))
    )
    assert result.consent is False and result.consent_on is None


def test_roles_are_stable_codes_with_distinct_labels() -> None:
    assert {role.value for role in Role} == {
        "elected",
        "service",
        "local_actor",
        "trusted_third_party",
        "core_group",
    }
    assert len({role.label for role in Role}) == len(Role)


def meeting(**changes: object) -> MeetingInput:
    data = MeetingInput(
        held_on=date(2021, 5, 12),
        kind=MeetingKind.STAND,
        phase=Phase.OUTREACH,
        place=" Marché d'Air Bel ",
        participants=40,
        notes=" beau temps ",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def meeting_errors(data: MeetingInput) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        validate_meeting(data)
    return set(caught.value.errors)


def test_a_meeting_is_trimmed_and_kept() -> None:
    result = validate_meeting(meeting(women=25, men=15, age_under_18=10, age_60_plus=5))
    assert result.place == "Marché d'Air Bel"
    assert result.notes == "beau temps"
    assert (result.women, result.men, result.age_18_29) == (25, 15, None)


def test_participants_cannot_be_negative() -> None:
    assert "participants" in meeting_errors(meeting(participants=-1))


@pytest.mark.parametrize("name", [*GENDERS, *AGE_BANDS])
def test_head_counts_cannot_be_negative(name: str) -> None:
    assert name in meeting_errors(meeting(**{name: -1}))


def test_the_breakdown_cannot_exceed_the_total() -> None:
    assert meeting_errors(meeting(women=30, men=11)) == {"women"}
    assert meeting_errors(meeting(age_under_18=20, age_18_29=20, age_30_59=1)) == {"age_under_18"}
    # Equal to the total, or partial, is fine.
    assert validate_meeting(meeting(women=30, men=10, age_30_59=40)).participants == 40
    assert validate_meeting(meeting(women=3)).men is None


def test_a_meeting_without_participants_is_allowed() -> None:
    assert validate_meeting(meeting(participants=0)).participants == 0
    assert meeting_errors(meeting(participants=0, women=1)) == {"women"}


def test_meeting_kinds_cover_the_issue() -> None:
    assert {kind.value for kind in MeetingKind} == {
        "door_to_door",
        "stand",
        "workshop",
        "public_meeting",
        "festive",
        "committee",
        "vote",
        "review",
    }
    assert len({kind.label for kind in MeetingKind}) == len(MeetingKind)
