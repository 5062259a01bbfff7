"""Creating campaigns, editing their frame (cadre), finding them by id or short name."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.campaign import Frame, FrameInput, validate_frame
from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.domain.money import format_euros
from pbdesk.domain.phases import Phase, PhaseStatus, current_phase
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.store.database import Database
from pbdesk.store.models import Campaign, ChecklistItem, PhaseState, Territory
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.catalogue import load_catalogue
from pbdesk.workspace.views import CampaignSummary, FrameView, TerritoryView


class CampaignNotFound(DomainError):
    pass


def _phase_of(session: Session, campaign_id: int) -> Phase:
    rows = session.execute(
        select(PhaseState.phase, PhaseState.status).where(PhaseState.campaign_id == campaign_id)
    ).all()
    return current_phase({Phase(phase): PhaseStatus(status) for phase, status in rows})


def summarize(session: Session, campaign: Campaign) -> CampaignSummary:
    return CampaignSummary(
        id=campaign.id,
        uuid=campaign.uuid,
        slug=campaign.slug,
        name=campaign.name,
        year=campaign.year,
        envelope_cents=campaign.envelope_cents,
        decision_mode=campaign.decision_mode,
        phase=_phase_of(session, campaign.id),
        sample=campaign.is_sample,
    )


def list_campaigns(database: Database) -> list[CampaignSummary]:
    """Every campaign, the most recent year first."""
    with database.session() as session:
        statuses: dict[int, dict[Phase, PhaseStatus]] = {}
        for campaign_id, phase, status in session.execute(
            select(PhaseState.campaign_id, PhaseState.phase, PhaseState.status)
        ):
            statuses.setdefault(campaign_id, {})[Phase(phase)] = PhaseStatus(status)
        campaigns = session.scalars(
            select(Campaign).order_by(Campaign.year.desc(), Campaign.name)
        ).all()
        return [
            CampaignSummary(
                id=c.id,
                uuid=c.uuid,
                slug=c.slug,
                name=c.name,
                year=c.year,
                envelope_cents=c.envelope_cents,
                decision_mode=c.decision_mode,
                phase=current_phase(statuses.get(c.id, {})),
                sample=c.is_sample,
            )
            for c in campaigns
        ]


def find_campaign(database: Database, reference: str) -> CampaignSummary:
    """A campaign by its id (``3``) or its short name (``air-bel-2021``)."""
    with database.session() as session:
        campaign = None
        if reference.strip().isdigit():
            campaign = session.get(Campaign, int(reference))
        if campaign is None:
            campaign = session.scalar(select(Campaign).where(Campaign.slug == reference.strip()))
        if campaign is None:
            raise CampaignNotFound(
                translate("Campaign", "There is no campaign «{reference}».").format(
                    reference=reference
                )
            )
        return summarize(session, campaign)


def get_summary(database: Database, campaign_id: int) -> CampaignSummary:
    with database.session() as session:
        return summarize(session, campaign_row(session, campaign_id))


def campaign_row(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise CampaignNotFound(
            translate("Campaign", "There is no campaign «{reference}».").format(
                reference=campaign_id
            )
        )
    return campaign


def get_frame(database: Database, campaign_id: int) -> FrameView:
    with database.session() as session:
        c = campaign_row(session, campaign_id)
        return FrameView(
            id=c.id,
            uuid=c.uuid,
            version=c.version,
            name=c.name,
            year=c.year,
            slug=c.slug,
            envelope_cents=c.envelope_cents,
            territories=tuple(
                TerritoryView(t.id, t.uuid, t.name, t.postcode, t.commune, t.qpv_code)
                for t in c.territories
            ),
            theme=c.theme,
            aims=c.aims,
            call_kind=c.call_kind,
            core_group_kind=c.core_group_kind,
            decision_mode=c.decision_mode,
            starts_on=c.starts_on,
            ends_on=c.ends_on,
            vote_on=c.vote_on,
            is_sample=c.is_sample,
        )


def _check_slug_free(session: Session, slug: str, campaign_id: int | None) -> None:
    query = select(func.count()).select_from(Campaign).where(Campaign.slug == slug)
    if campaign_id is not None:
        query = query.where(Campaign.id != campaign_id)
    if session.scalar(query):
        raise ValidationError(
            {
                "slug": translate(
                    "Frame", "The short name «{slug}» is already used by another campaign."
                ).format(slug=slug)
            }
        )


def _apply_frame(campaign: Campaign, frame: Frame) -> None:
    campaign.name = frame.name
    campaign.year = frame.year
    campaign.slug = frame.slug
    campaign.envelope_cents = frame.envelope_cents
    campaign.theme = frame.theme
    campaign.aims = frame.aims
    campaign.call_kind = frame.call_kind.value
    campaign.core_group_kind = frame.core_group_kind.value
    campaign.decision_mode = frame.decision_mode.value
    campaign.starts_on = frame.starts_on
    campaign.ends_on = frame.ends_on
    campaign.vote_on = frame.vote_on
    by_uuid = {t.uuid: t for t in campaign.territories}
    kept: list[Territory] = []
    for position, entry in enumerate(frame.territories):
        territory = by_uuid.get(entry.uuid) if entry.uuid else None
        if territory is None:
            territory = Territory()
        territory.position = position
        territory.name = entry.name
        territory.postcode = entry.postcode
        territory.commune = entry.commune
        territory.qpv_code = entry.qpv_code
        kept.append(territory)
    campaign.territories = kept


def create_campaign(
    database: Database, data: FrameInput, author: str, *, sample: bool = False
) -> int:
    """Create a campaign with its nine phases and its own copy of the checklist catalogue."""
    frame = validate_frame(data)
    with database.session() as session:
        return add_campaign(session, frame, author, sample=sample).id


def add_campaign(session: Session, frame: Frame, author: str, *, sample: bool = False) -> Campaign:
    """Within an open session: the campaign row, its phases, its checklists, a journal line."""
    _check_slug_free(session, frame.slug, None)
    campaign = Campaign(is_sample=sample)
    _apply_frame(campaign, frame)
    campaign.phases = [PhaseState(phase=int(phase)) for phase in Phase]
    session.add(campaign)
    session.flush()
    positions: dict[Phase, int] = {}
    for item in load_catalogue():
        position = positions.get(item.phase, 0)
        positions[item.phase] = position + 1
        session.add(
            ChecklistItem(
                campaign_id=campaign.id,
                phase=int(item.phase),
                position=position,
                label=item.label,
                catalogue_key=item.key,
            )
        )
    journal.record(
        session,
        campaign.id,
        author,
        "campaign.create",
        translate("Journal", "Campaign «{name}» created, envelope {envelope}.").format(
            name=frame.name, envelope=format_euros(frame.envelope_cents)
        ),
    )
    return campaign


#: Frame fields whose change is journaled, with the label the journal uses.
_JOURNALED_FIELDS = {
    "name": QT_TRANSLATE_NOOP("FrameField", "name"),
    "year": QT_TRANSLATE_NOOP("FrameField", "year"),
    "slug": QT_TRANSLATE_NOOP("FrameField", "short name"),
    "envelope_cents": QT_TRANSLATE_NOOP("FrameField", "envelope"),
    "theme": QT_TRANSLATE_NOOP("FrameField", "theme"),
    "aims": QT_TRANSLATE_NOOP("FrameField", "aims"),
    "call_kind": QT_TRANSLATE_NOOP("FrameField", "call"),
    "core_group_kind": QT_TRANSLATE_NOOP("FrameField", "core group"),
    "decision_mode": QT_TRANSLATE_NOOP("FrameField", "decision mode"),
    "starts_on": QT_TRANSLATE_NOOP("FrameField", "start"),
    "ends_on": QT_TRANSLATE_NOOP("FrameField", "end"),
    "vote_on": QT_TRANSLATE_NOOP("FrameField", "vote date"),
}
_TERRITORIES = QT_TRANSLATE_NOOP("FrameField", "territories")


def save_frame(
    database: Database, campaign_id: int, data: FrameInput, author: str, *, version: int
) -> FrameView:
    """Validate and store the frame in one transaction; journal what changed.

    ``version`` is the frame's version when the form was filled: if someone else saved in
    between, ``ConcurrentEdit`` is raised and nothing is written.
    """
    frame = validate_frame(data)
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        if campaign.version != version:
            raise ConcurrentEdit(
                translate(
                    "Frame",
                    "Someone else changed this campaign's frame in the meantime; reload it "
                    "and enter your changes again.",
                )
            )
        _check_slug_free(session, frame.slug, campaign_id)
        before = {name: getattr(campaign, name) for name in _JOURNALED_FIELDS}
        territories_before = [
            (t.name, t.postcode, t.commune, t.qpv_code) for t in campaign.territories
        ]
        _apply_frame(campaign, frame)
        changed = [
            label
            for name, label in _JOURNALED_FIELDS.items()
            if before[name] != getattr(campaign, name)
        ]
        territories_after = [
            (t.name, t.postcode, t.commune, t.qpv_code) for t in campaign.territories
        ]
        if territories_after != territories_before:
            changed.append(_TERRITORIES)
        if changed:
            # Territories are rows of their own: touch the campaign so its version moves
            # (and a concurrent editor is refused) even when only they changed.
            campaign.updated_at = utcnow()
            session.flush()
            details: dict[str, object] = {"fields": changed}
            if _JOURNALED_FIELDS["envelope_cents"] in changed:
                details["envelope_cents"] = [before["envelope_cents"], campaign.envelope_cents]
            journal.record(
                session,
                campaign.id,
                author,
                "frame.update",
                translate("Journal", "Frame changed: {fields}.").format(
                    fields=", ".join(translate("FrameField", label) for label in changed)
                ),
                **details,
            )
    return get_frame(database, campaign_id)


def delete_campaign(database: Database, campaign_id: int) -> None:
    """Delete a campaign and everything in it (the UI asks for confirmation first)."""
    with database.session() as session:
        session.delete(campaign_row(session, campaign_id))
