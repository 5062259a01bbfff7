"""The demo workspace: the seed's four editions, real names and envelopes, invented details.

Built from ``resources/demo/demo.json``. Every campaign (and holder) it creates is flagged as
sample data, which the app shows as a « Données d'exemple » banner. ``pbdesk --demo`` opens a
throw-away copy of a demo database built once per pbdesk version and kept in the user's cache
folder, so the user's own file is never touched and the demo opens fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import pbdesk
from pbdesk.domain.campaign import (
    CallKind,
    CoreGroupKind,
    DecisionMode,
    FrameInput,
    TerritoryInput,
    validate_frame,
)
from pbdesk.domain.money import parse_euros
from pbdesk.domain.people import (
    MeetingInput,
    MeetingKind,
    PersonInput,
    Role,
    validate_meeting,
    validate_person,
)
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.i18n import current_language, translate
from pbdesk.resources import resource_path
from pbdesk.store import schema
from pbdesk.store.database import Database, copy_file, open_database
from pbdesk.store.models import (
    Application,
    ChecklistItem,
    Holder,
    JournalEntry,
    Meeting,
    Person,
    PhaseState,
    Stake,
)
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import add_campaign

DEMO_FORMAT = "pbdesk-demo"
DEMO_AUTHOR = "pbdesk (démo)"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(day: date, hour_offset: int = 0) -> datetime:
    """An invented but plausible time of day for a sample journal line."""
    return datetime.combine(day, time(9 + hour_offset % 9), tzinfo=UTC)


def load_demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("demo", "demo.json").read_text("utf-8"))
    if data.get("format") != DEMO_FORMAT:
        raise ValueError("resources/demo/demo.json is not a pbdesk demo workspace")
    return data


def _frame_input(frame: dict[str, Any]) -> FrameInput:
    return FrameInput(
        name=frame["name"],
        year=int(frame["year"]),
        slug=frame["slug"],
        envelope=frame["envelope"],
        territories=[TerritoryInput(**territory) for territory in frame["territories"]],
        theme=frame.get("theme", ""),
        aims=frame.get("aims", ""),
        call_kind=CallKind(frame["call_kind"]),
        core_group_kind=CoreGroupKind(frame["core_group_kind"]),
        decision_mode=DecisionMode(frame["decision_mode"]),
        starts_on=_date(frame.get("starts_on")),
        ends_on=_date(frame.get("ends_on")),
        vote_on=_date(frame.get("vote_on")),
    )


def add_demo_workspace(database: Database) -> list[int]:
    """Add the demo campaigns to ``database`` in one transaction; returns their ids."""
    data = load_demo()
    ids: list[int] = []
    with database.session() as session:
        holders: dict[str, Holder] = {
            holder.name: holder for holder in session.scalars(select(Holder))
        }
        for entry in data["campaigns"]:
            ids.append(_add_campaign(session, entry, holders))
    return ids


def _phase_spans(starts: date, decided: date, ends: date | None) -> dict[Phase, tuple[date, date]]:
    """Invented but plausible dates for a past edition: phases 1–7 share the months before
    the decision one after the other, phase 8 ends two weeks after it (results), phase 9
    runs from then to the end of the edition (or a year after the decision)."""
    before = max((decided - starts).days, 7 * 8)
    spans = {
        phase: (
            starts + timedelta(days=before * (int(phase) - 1) // 8),
            starts + timedelta(days=before * int(phase) // 8),
        )
        for phase in Phase
        if phase < Phase.VOTE
    }
    spans[Phase.VOTE] = (spans[Phase.APPLICATIONS][1], decided + timedelta(days=14))
    last = max(ends or decided, decided + timedelta(days=30))
    spans[Phase.FOLLOW_UP] = (decided + timedelta(days=14), last)
    return spans


def _add_campaign(session: Session, entry: dict[str, Any], holders: dict[str, Holder]) -> int:
    frame = validate_frame(_frame_input(entry["frame"]))
    campaign = add_campaign(session, frame, DEMO_AUTHOR, sample=True)
    decided = _date(entry.get("designation", {}).get("decided_on"))
    reference_day = frame.vote_on or decided or frame.starts_on or date(frame.year, 6, 1)
    spans = _phase_spans(frame.starts_on or reference_day, reference_day, frame.ends_on)

    states = {state.phase: state for state in campaign.phases}
    items = session.scalars(
        select(ChecklistItem).where(ChecklistItem.campaign_id == campaign.id)
    ).all()
    # The journal of a past edition: its creation and each phase's status, on invented dates.
    created = session.scalars(
        select(JournalEntry).where(JournalEntry.campaign_id == campaign.id)
    ).one()
    created.at = _moment(frame.starts_on or reference_day)
    for key, phase_data in entry.get("phases", {}).items():
        phase = Phase(int(key))
        state: PhaseState = states[int(phase)]
        state.status = PhaseStatus(phase_data.get("status", "upcoming")).value
        state.went_well = phase_data.get("went_well", "")
        state.to_adjust = phase_data.get("to_adjust", "")
        done = phase_data.get("done", [])
        phase_items = [item for item in items if item.phase == int(phase)]
        begins, ends = spans[phase]
        for step, item in enumerate(phase_items):
            if done == "all" or item.catalogue_key in done:
                item.done = True
                # Ticked one after the other while the phase ran.
                item.done_on = begins + (ends - begins) * (step + 1) // (len(phase_items) + 1)
            elif state.status == PhaseStatus.IN_PROGRESS.value:
                # Invented due dates: a plausible schedule after the vote.
                item.due_on = reference_day + timedelta(days=60 + 30 * step)
        if state.status != PhaseStatus.UPCOMING.value:
            state.started_on = begins
        if state.status == PhaseStatus.DONE.value:
            state.finished_on = ends
        if state.status != PhaseStatus.UPCOMING.value:
            status = PhaseStatus(state.status)
            line = journal.record(
                session,
                campaign.id,
                DEMO_AUTHOR,
                "phase.status",
                translate("Journal", "Phase {phase}: {before} → {after}.").format(
                    phase=phase.label, before=PhaseStatus.UPCOMING.label, after=status.label
                ),
                phase=int(phase),
                before=PhaseStatus.UPCOMING.value,
                after=status.value,
            )
            line.at = _moment(state.finished_on or state.started_on or reference_day, int(phase))

    for person in entry.get("people", []):
        cleaned = validate_person(
            PersonInput(
                full_name=person["full_name"],
                role=Role(person["role"]),
                organisation=person.get("organisation", ""),
                email=person.get("email", ""),
                phone=person.get("phone", ""),
                is_resident=bool(person.get("is_resident")),
                consent=bool(person.get("consent")),
                consent_on=_date(person.get("consent_on")),
                notes=person.get("notes", ""),
            )
        )
        session.add(
            Person(
                campaign_id=campaign.id,
                full_name=cleaned.full_name,
                role=cleaned.role.value,
                organisation=cleaned.organisation,
                email=cleaned.email,
                phone=cleaned.phone,
                is_resident=cleaned.is_resident,
                consent=cleaned.consent,
                consent_on=cleaned.consent_on,
                notes=cleaned.notes,
            )
        )

    for meeting in entry.get("meetings", []):
        counts = {
            name: meeting.get(name)
            for name in (
                "women",
                "men",
                "age_under_18",
                "age_18_29",
                "age_30_59",
                "age_60_plus",
            )
        }
        checked = validate_meeting(
            MeetingInput(
                held_on=date.fromisoformat(meeting["held_on"]),
                kind=MeetingKind(meeting["kind"]),
                phase=Phase(int(meeting["phase"])),
                place=meeting.get("place", ""),
                participants=int(meeting.get("participants", 0)),
                notes=meeting.get("notes", ""),
                **counts,
            )
        )
        session.add(
            Meeting(
                campaign_id=campaign.id,
                held_on=checked.held_on,
                kind=checked.kind.value,
                phase=int(checked.phase),
                place=checked.place,
                participants=checked.participants,
                notes=checked.notes,
                **counts,
            )
        )

    territories = {territory.name: territory for territory in campaign.territories}
    stakes = [
        Stake(
            campaign_id=campaign.id,
            position=position,
            title=stake["title"],
            description=stake.get("description", ""),
            source=stake.get("source", ""),
        )
        for position, stake in enumerate(entry.get("stakes", []))
    ]
    session.add_all(stakes)
    session.flush()
    for application in entry.get("applications", []):
        holder = holders.get(application["holder"])
        if holder is None:
            holder = Holder(
                name=application["holder"],
                kind=application.get("holder_kind", "association"),
                is_sample=True,
            )
            session.add(holder)
            holders[holder.name] = holder
        territory = territories.get(application.get("territory", ""))
        session.add(
            Application(
                campaign_id=campaign.id,
                number=int(application["number"]),
                title=application["title"],
                holder=holder,
                territory_id=territory.id if territory else None,
                requested_cents=parse_euros(application.get("requested", "0")),
                summary=application.get("summary", ""),
                received_on=_date(application.get("received_on")),
                status=application.get("status", "submitted"),
                stakes=[stakes[index] for index in application.get("stakes", [])],
            )
        )
    session.flush()
    # The builders of the later phases are needed only when the demo is built (once per
    # pbdesk version), not each time a copy of it is opened.
    from pbdesk.workspace.demo_followup import add_demo_followup
    from pbdesk.workspace.demo_reviews import add_demo_reviews
    from pbdesk.workspace.demo_vote import add_demo_decision

    if frame.decision_mode is DecisionMode.VOTE and entry.get("applications"):
        add_demo_reviews(session, campaign.id, rng_seed=frame.year)
    add_demo_decision(session, campaign.id, entry, DEMO_AUTHOR)
    add_demo_followup(session, campaign.id, rng_seed=frame.year)
    return campaign.id


def _fingerprint() -> str:
    """Changes whenever the demo would be built differently."""
    digest = hashlib.sha256()
    for part in (pbdesk.__version__, schema.HEAD, current_language()):
        digest.update(part.encode())
    for name in (
        ("demo", "demo.json"),
        ("checklists", "catalogue.json"),
        ("grids", "default.json"),
    ):
        digest.update(resource_path(*name).read_bytes())
    # The code that builds the demo counts too: a new pbdesk may fill it differently.
    for module in ("demo.py", "demo_reviews.py", "demo_vote.py", "demo_followup.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()[:16]


def demo_template(cache_dir: Path) -> Path:
    """The demo database file for this pbdesk, built once into ``cache_dir``."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    template = cache_dir / f"demo-{_fingerprint()}.sqlite3"
    if template.exists():
        return template
    fd, building = tempfile.mkstemp(dir=cache_dir, suffix=".building")
    os.close(fd)
    os.unlink(building)
    database = open_database(building)
    try:
        add_demo_workspace(database)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("PRAGMA journal_mode = DELETE")
    finally:
        database.close()
    os.replace(building, template)
    return template


def open_demo_copy(cache_dir: Path, work_dir: Path) -> Database:
    """A throw-away copy of the demo workspace in ``work_dir``, opened."""
    work_dir.mkdir(parents=True, exist_ok=True)
    target = work_dir / "pbdesk-demo.sqlite3"
    copy_file(demo_template(cache_dir), target)
    return open_database(target)
