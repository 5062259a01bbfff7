"""The project team and the core group of residents, with residents' personal data kept lean."""

from __future__ import annotations

from sqlalchemy import func, select

from pbdesk.domain.people import PersonInput, Role, validate_person
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Person, Reviewer
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
        # Numbered after those erased before, so two erased residents never share a name.
        for number, person in enumerate(residents, start=int(already or 0) + 1):
            person.full_name = translate("Person", "Resident {number} (erased)").format(
                number=number
            )
            person.email = person.phone = person.address = person.notes = ""
            person.erased_at = now
            # A resident who reviewed applications keeps reviewing under the erased name:
            # the reviews stay, the name and e-mail copied into the reviewer go.
            for reviewer in session.scalars(
                select(Reviewer).where(Reviewer.person_id == person.id)
            ):
                reviewer.name = person.full_name
                reviewer.email = ""
        if residents:
            journal.record(
                session,
                campaign_id,
                author,
                "team.erase_residents",
                translate("Journal", "Personal data of {count} residents erased (GDPR).").format(
                    count=len(residents)
                ),
                count=len(residents),
            )
        return len(residents)


def count_by_role(database: Database, campaign_id: int) -> dict[Role, int]:
    with database.session() as session:
        counts: dict[Role, int] = dict.fromkeys(Role, 0)
        for (role,) in session.execute(
            select(Person.role).where(Person.campaign_id == campaign_id)
        ):
            counts[Role(role)] += 1
        return counts
