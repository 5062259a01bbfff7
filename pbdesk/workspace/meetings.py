"""Meetings and events (rencontres): the documented work of reaching residents."""

from __future__ import annotations

from sqlalchemy import select

from pbdesk.domain.people import AGE_BANDS, GENDERS, MeetingInput, validate_meeting
from pbdesk.domain.phases import Phase
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Meeting
from pbdesk.workspace.records import row_to_save
from pbdesk.workspace.views import MeetingView

_COUNTS = (*GENDERS, *AGE_BANDS)


def _view(meeting: Meeting) -> MeetingView:
    return MeetingView(
        id=meeting.id,
        uuid=meeting.uuid,
        held_on=meeting.held_on,
        place=meeting.place,
        kind=meeting.kind,
        phase=Phase(meeting.phase),
        participants=meeting.participants,
        notes=meeting.notes,
        **{name: getattr(meeting, name) for name in _COUNTS},
    )


def list_meetings(database: Database, campaign_id: int) -> list[MeetingView]:
    """Most recent first."""
    with database.session() as session:
        rows = session.scalars(
            select(Meeting)
            .where(Meeting.campaign_id == campaign_id)
            .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        )
        return [_view(meeting) for meeting in rows]


def save_meeting(
    database: Database, campaign_id: int, data: MeetingInput, meeting_id: int | None = None
) -> MeetingView:
    data = validate_meeting(data)
    with database.session() as session:
        meeting = row_to_save(
            session,
            Meeting,
            campaign_id,
            meeting_id,
            lambda: translate("Meeting", "This meeting no longer exists."),
        )
        meeting.held_on = data.held_on
        meeting.kind = data.kind.value
        meeting.phase = int(data.phase)
        meeting.place = data.place
        meeting.participants = data.participants
        meeting.notes = data.notes
        for name in _COUNTS:
            setattr(meeting, name, getattr(data, name))
        session.flush()
        return _view(meeting)


def delete_meeting(database: Database, meeting_id: int) -> None:
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is not None:
            session.delete(meeting)
