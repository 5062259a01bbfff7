"""A campaign's phases: status, co-evaluation note, and its own editable checklist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import ChecklistItem, PhaseState
from pbdesk.workspace import journal, ordering
from pbdesk.workspace.views import ChecklistItemView, PhaseView


def _item_view(item: ChecklistItem) -> ChecklistItemView:
    return ChecklistItemView(
        id=item.id,
        uuid=item.uuid,
        phase=Phase(item.phase),
        position=item.position,
        label=item.label,
        catalogue_key=item.catalogue_key,
        done=item.done,
        done_on=item.done_on,
        owner=item.owner,
        due_on=item.due_on,
        note=item.note,
    )


def _state(session: Session, campaign_id: int, phase: Phase) -> PhaseState:
    state = session.scalar(
        select(PhaseState).where(
            PhaseState.campaign_id == campaign_id, PhaseState.phase == int(phase)
        )
    )
    if state is None:
        raise DomainError(translate("Phase", "This campaign has no such phase."))
    return state


def _items(session: Session, campaign_id: int, phase: Phase) -> list[ChecklistItem]:
    return list(
        session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.campaign_id == campaign_id, ChecklistItem.phase == int(phase))
            .order_by(ChecklistItem.position, ChecklistItem.id)
        )
    )


def get_phase(database: Database, campaign_id: int, phase: Phase) -> PhaseView:
    with database.session() as session:
        state = _state(session, campaign_id, phase)
        return PhaseView(
            campaign_id=campaign_id,
            phase=phase,
            status=PhaseStatus(state.status),
            started_on=state.started_on,
            finished_on=state.finished_on,
            went_well=state.went_well,
            to_adjust=state.to_adjust,
            items=tuple(_item_view(item) for item in _items(session, campaign_id, phase)),
        )


def set_status(
    database: Database, campaign_id: int, phase: Phase, status: PhaseStatus, author: str
) -> None:
    """Change a phase's status; the dates it started and finished follow, and it is journaled."""
    with database.session() as session:
        state = _state(session, campaign_id, phase)
        previous = PhaseStatus(state.status)
        if previous is status:
            return
        state.status = status.value
        today = date.today()
        if status is PhaseStatus.IN_PROGRESS and state.started_on is None:
            state.started_on = today
        if status is PhaseStatus.DONE:
            state.started_on = state.started_on or today
            state.finished_on = today
        else:
            state.finished_on = None
        journal.record(
            session,
            campaign_id,
            author,
            "phase.status",
            translate("Journal", "Phase {phase}: {before} → {after}.").format(
                phase=phase.label, before=previous.label, after=status.label
            ),
            phase=int(phase),
            before=previous.value,
            after=status.value,
        )


def save_coevaluation(
    database: Database,
    campaign_id: int,
    phase: Phase,
    went_well: str,
    to_adjust: str,
    author: str,
) -> None:
    with database.session() as session:
        state = _state(session, campaign_id, phase)
        went_well, to_adjust = went_well.strip(), to_adjust.strip()
        if (state.went_well, state.to_adjust) == (went_well, to_adjust):
            return
        state.went_well, state.to_adjust = went_well, to_adjust
        journal.record(
            session,
            campaign_id,
            author,
            "phase.coevaluation",
            translate("Journal", "Phase {phase}: co-evaluation note updated.").format(
                phase=phase.label
            ),
            phase=int(phase),
        )


@dataclass
class ItemInput:
    label: str
    owner: str = ""
    due_on: date | None = None
    note: str = ""


def _clean_item(data: ItemInput) -> ItemInput:
    label = data.label.strip()
    if not label:
        raise DomainError(translate("Checklist", "A checklist item needs a label."))
    return ItemInput(label, data.owner.strip(), data.due_on, data.note.strip())


def add_item(
    database: Database, campaign_id: int, phase: Phase, data: ItemInput, author: str
) -> int:
    """Append an item to a phase's checklist; returns its id."""
    data = _clean_item(data)
    with database.session() as session:
        _state(session, campaign_id, phase)
        last = session.scalar(
            select(func.max(ChecklistItem.position)).where(
                ChecklistItem.campaign_id == campaign_id, ChecklistItem.phase == int(phase)
            )
        )
        item = ChecklistItem(
            campaign_id=campaign_id,
            phase=int(phase),
            position=(last if last is not None else -1) + 1,
            label=data.label,
            owner=data.owner,
            due_on=data.due_on,
            note=data.note,
        )
        session.add(item)
        session.flush()
        journal.record(
            session,
            campaign_id,
            author,
            "checklist.add",
            translate("Journal", "Phase {phase}: item «{label}» added.").format(
                phase=phase.label, label=data.label
            ),
            item=item.uuid,
        )
        return item.id


def _get_item(session: Session, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise DomainError(translate("Checklist", "This checklist item no longer exists."))
    return item


def update_item(database: Database, item_id: int, data: ItemInput) -> ChecklistItemView:
    """Edit an item's label, owner, due date and note (not journaled: wording, not decisions)."""
    data = _clean_item(data)
    with database.session() as session:
        item = _get_item(session, item_id)
        item.label, item.owner, item.due_on, item.note = (
            data.label,
            data.owner,
            data.due_on,
            data.note,
        )
        session.flush()
        return _item_view(item)


def set_done(database: Database, item_id: int, done: bool, author: str) -> ChecklistItemView:
    """Tick or untick an item; the completion is journaled."""
    with database.session() as session:
        item = _get_item(session, item_id)
        if item.done == done:
            return _item_view(item)
        item.done = done
        item.done_on = date.today() if done else None
        phase = Phase(item.phase)
        message = (
            translate("Journal", "Phase {phase}: «{label}» done.")
            if done
            else translate("Journal", "Phase {phase}: «{label}» reopened.")
        )
        journal.record(
            session,
            item.campaign_id,
            author,
            "checklist.done" if done else "checklist.reopen",
            message.format(phase=phase.label, label=item.label),
            item=item.uuid,
        )
        session.flush()
        return _item_view(item)


def remove_item(database: Database, item_id: int, author: str) -> None:
    with database.session() as session:
        item = _get_item(session, item_id)
        campaign_id, phase, label, uuid = item.campaign_id, Phase(item.phase), item.label, item.uuid
        session.delete(item)
        session.flush()
        ordering.renumber(_items(session, campaign_id, phase))
        journal.record(
            session,
            campaign_id,
            author,
            "checklist.remove",
            translate("Journal", "Phase {phase}: item «{label}» removed.").format(
                phase=phase.label, label=label
            ),
            item=uuid,
        )


def move_item(database: Database, item_id: int, new_position: int) -> None:
    """Move an item to ``new_position`` (0-based, clamped) within its phase."""
    with database.session() as session:
        item = _get_item(session, item_id)
        ordering.move(_items(session, item.campaign_id, Phase(item.phase)), item_id, new_position)
