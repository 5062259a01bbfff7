"""The project team, the core group of residents, and the meetings where residents are met."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pbdesk.domain.errors import ValidationError
from pbdesk.domain.phases import Phase
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 .()-]{6,20}$")


class Role(StrEnum):
    ELECTED = "elected"
    SERVICE = "service"
    LOCAL_ACTOR = "local_actor"
    TRUSTED_THIRD_PARTY = "trusted_third_party"
    CORE_GROUP = "core_group"

    @property
    def label(self) -> str:
        return translate("Role", _ROLE_LABELS[self])


_ROLE_LABELS = {
    Role.ELECTED: QT_TRANSLATE_NOOP("Role", "Elected representative"),
    Role.SERVICE: QT_TRANSLATE_NOOP("Role", "Public service"),
    Role.LOCAL_ACTOR: QT_TRANSLATE_NOOP("Role", "Local actor"),
    Role.TRUSTED_THIRD_PARTY: QT_TRANSLATE_NOOP("Role", "Trusted third party"),
    Role.CORE_GROUP: QT_TRANSLATE_NOOP("Role", "Core group member"),
}


@dataclass
class PersonInput:
    full_name: str
    role: Role
    organisation: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    is_resident: bool = False
    consent: bool = False
    consent_on: date | None = None
    notes: str = ""


def validate_person(data: PersonInput) -> PersonInput:
    """Trim and check a person; residents' contact details need their recorded consent."""
    errors: dict[str, str] = {}
    cleaned = PersonInput(
        full_name=data.full_name.strip(),
        role=data.role,
        organisation=data.organisation.strip(),
        email=data.email.strip(),
        phone=data.phone.strip(),
        address=data.address.strip(),
        is_resident=data.is_resident or data.role is Role.CORE_GROUP,
        consent=data.consent,
        consent_on=data.consent_on,
        notes=data.notes.strip(),
    )
    if not cleaned.full_name:
        errors["full_name"] = translate("Person", "Give the person's name.")
    if cleaned.email and not EMAIL_PATTERN.match(cleaned.email):
        errors["email"] = translate("Person", "«{email}» is not an e-mail address.").format(
            email=cleaned.email
        )
    if cleaned.phone and not PHONE_PATTERN.match(cleaned.phone):
        errors["phone"] = translate("Person", "«{phone}» is not a phone number.").format(
            phone=cleaned.phone
        )
    has_contact = bool(cleaned.email or cleaned.phone or cleaned.address)
    if cleaned.is_resident and has_contact and not cleaned.consent:
        errors["consent"] = translate(
            "Person",
            "A resident's contact details can only be kept with their consent: tick the "
            "consent box or leave the contact details empty.",
        )
    if cleaned.consent and cleaned.consent_on is None:
        cleaned.consent_on = date.today()
    if not cleaned.consent:
        cleaned.consent_on = None
    if errors:
        raise ValidationError(errors)
    return cleaned


class MeetingKind(StrEnum):
    DOOR_TO_DOOR = "door_to_door"
    STAND = "stand"
    WORKSHOP = "workshop"
    PUBLIC_MEETING = "public_meeting"
    FESTIVE = "festive"
    COMMITTEE = "committee"
    VOTE = "vote"
    REVIEW = "review"

    @property
    def label(self) -> str:
        return translate("MeetingKind", _MEETING_LABELS[self])


_MEETING_LABELS = {
    MeetingKind.DOOR_TO_DOOR: QT_TRANSLATE_NOOP("MeetingKind", "Door-to-door"),
    MeetingKind.STAND: QT_TRANSLATE_NOOP("MeetingKind", "Stand"),
    MeetingKind.WORKSHOP: QT_TRANSLATE_NOOP("MeetingKind", "Workshop"),
    MeetingKind.PUBLIC_MEETING: QT_TRANSLATE_NOOP("MeetingKind", "Public meeting"),
    MeetingKind.FESTIVE: QT_TRANSLATE_NOOP("MeetingKind", "Festive moment"),
    MeetingKind.COMMITTEE: QT_TRANSLATE_NOOP("MeetingKind", "Committee"),
    MeetingKind.VOTE: QT_TRANSLATE_NOOP("MeetingKind", "Vote"),
    MeetingKind.REVIEW: QT_TRANSLATE_NOOP("MeetingKind", "Review"),
}

#: The anonymous breakdown a team may record; every field is a head count.
AGE_BANDS = ("age_under_18", "age_18_29", "age_30_59", "age_60_plus")
GENDERS = ("women", "men")


@dataclass
class MeetingInput:
    held_on: date
    kind: MeetingKind
    phase: Phase
    place: str = ""
    participants: int = 0
    women: int | None = None
    men: int | None = None
    age_under_18: int | None = None
    age_18_29: int | None = None
    age_30_59: int | None = None
    age_60_plus: int | None = None
    notes: str = ""


def validate_meeting(data: MeetingInput) -> MeetingInput:
    """Head counts are whole, not negative, and a breakdown never exceeds the total."""
    errors: dict[str, str] = {}
    if data.participants < 0:
        errors["participants"] = translate(
            "Meeting", "The number of participants cannot be negative."
        )
    for name in (*GENDERS, *AGE_BANDS):
        value = getattr(data, name)
        if value is not None and value < 0:
            errors[name] = translate("Meeting", "A head count cannot be negative.")
    genders = sum(getattr(data, name) or 0 for name in GENDERS)
    if genders > data.participants:
        errors["women"] = translate(
            "Meeting", "Women and men add up to {count}, more than the {total} participants."
        ).format(count=genders, total=data.participants)
    ages = sum(getattr(data, name) or 0 for name in AGE_BANDS)
    if ages > data.participants:
        errors["age_under_18"] = translate(
            "Meeting", "The age bands add up to {count}, more than the {total} participants."
        ).format(count=ages, total=data.participants)
    if errors:
        raise ValidationError(errors)
    data.place = data.place.strip()
    data.notes = data.notes.strip()
    return data
