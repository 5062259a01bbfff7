"""The project team and the core group of residents, with residents' personal data kept lean."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.people import PersonInput, Role, validate_person
from pbdesk.i18n import translate
from pbdesk.store.backups import ERASURE_ACTION
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry, Person, Reviewer
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.records import row_to_save
from pbdesk.workspace.views import PersonView


def _view(person: Person) -> PersonView:
    return PersonView(
        id=person.id,
        uuid=person.uuid,
        full_name=person.full_name,
        role=person.role,
        organisation=person.organisation,
        email=person.email,
        phone=person.phone,
        address=person.address,
        is_resident=person.is_resident,
        consent=person.consent,
        consent_on=person.consent_on,
        erased=person.erased_at is not None,
        notes=person.notes,
    )


def list_people(database: Database, campaign_id: int) -> list[PersonView]:
    with database.session() as session:
        rows = session.scalars(
            select(Person).where(Person.campaign_id == campaign_id).order_by(Person.id)
        )
        return [_view(person) for person in rows]


def save_person(
    database: Database, campaign_id: int, data: PersonInput, person_id: int | None = None
) -> PersonView:
    """Add (``person_id`` None) or update a person after validation; all or nothing."""
    data = validate_person(data)
    with database.session() as session:
        person = row_to_save(
            session,
            Person,
            campaign_id,
            person_id,
            lambda: translate("Person", "This person no longer exists."),
        )
        person.full_name = data.full_name
        person.role = data.role.value
        person.organisation = data.organisation
        person.email = data.email
        person.phone = data.phone
        person.address = data.address
        person.is_resident = data.is_resident
        person.consent = data.consent
        person.consent_on = data.consent_on
        person.notes = data.notes
        session.flush()
        return _view(person)


def delete_person(database: Database, person_id: int) -> None:
    with database.session() as session:
        person = session.get(Person, person_id)
        if person is not None:
            session.delete(person)


def erase_resident_contacts(database: Database, campaign_id: int, author: str) -> int:
    """Erase every resident's name and contact details in one action; keep the rows (the
    count of residents and their role stay). Returns how many residents were erased."""
    with database.session() as session:
        residents = session.scalars(
            select(Person)
            .where(
                Person.campaign_id == campaign_id,
                Person.is_resident.is_(True),
                Person.erased_at.is_(None),
            )
            .order_by(Person.id)
        ).all()
        already = session.scalar(
            select(func.count())
            .select_from(Person)
            .where(Person.campaign_id == campaign_id, Person.erased_at.is_not(None))
        )
        now = utcnow()
        renamed: dict[str, str] = {}
        # Numbered after those erased before, so two erased residents never share a name.
        for number, person in enumerate(residents, start=int(already or 0) + 1):
            erased = translate("Person", "Resident {number} (erased)").format(number=number)
            renamed[person.full_name] = erased
            person.full_name = erased
            person.email = person.phone = person.address = person.notes = ""
            person.erased_at = now
            # A resident who reviewed applications keeps reviewing under the erased name:
            # the reviews stay, the name and e-mail copied into the reviewer go.
            for reviewer in session.scalars(
                select(Reviewer).where(Reviewer.person_id == person.id)
            ):
                renamed[reviewer.name] = erased
                reviewer.name = erased
                reviewer.email = ""
        _rename_in_journal(session, campaign_id, renamed)
        if residents:
            journal.record(
                session,
                campaign_id,
                author,
                ERASURE_ACTION,  # the backups made before it are known by this line
                translate("Journal", "Personal data of {count} residents erased (GDPR).").format(
                    count=len(residents)
                ),
                count=len(residents),
            )
        return len(residents)


def _rename_in_journal(session: Session, campaign_id: int, renamed: dict[str, str]) -> None:
    """Replace erased names in the campaign's journal too ("Instructeur « Fatima Z. »
    ajouté"): the journal travels in project files, and an erasure must reach it."""
    names = sorted((name for name in renamed if name.strip()), key=len, reverse=True)
    if not names:
        return

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            for name in names:
                value = value.replace(name, renamed[name])
            return value
        if isinstance(value, dict):
            return {key: scrub(item) for key, item in value.items()}
        if isinstance(value, list):
            return [scrub(item) for item in value]
        return value

    for line in session.scalars(
        select(JournalEntry).where(JournalEntry.campaign_id == campaign_id)
    ):
        summary, details = scrub(line.summary), scrub(line.details)
        if summary != line.summary:
            line.summary = summary
        if details != line.details:
            line.details = details


def count_by_role(database: Database, campaign_id: int) -> dict[Role, int]:
    with database.session() as session:
        counts: dict[Role, int] = dict.fromkeys(Role, 0)
        for (role,) in session.execute(
            select(Person.role).where(Person.campaign_id == campaign_id)
        ):
            counts[Role(role)] += 1
        return counts
