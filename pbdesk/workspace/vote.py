"""The votation's settings (règlement): get, save, freeze and unfreeze; the ballot paper.

The settings freeze when the first ballot is entered (``pbdesk.workspace.ballots``): saving
them is then refused until someone unfreezes them, with a reason, in the journal. Ballots
already entered are classified again when unfrozen settings are saved, so the count always
follows the règlement in force. Stations are in ``polling_stations``, codes in
``ballot_codes``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import ConcurrentEdit, DomainError
from pbdesk.domain.register import key_id, new_secret
from pbdesk.domain.tally import Rule, TieBreak
from pbdesk.domain.vote import (
    BallotKind,
    BallotPaper,
    BallotProject,
    NulReason,
    ResidenceRule,
    VoteSettings,
    check_settings,
    reread,
)
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Ballot,
    BallotCode,
    Campaign,
    EntrySession,
    TerritoryEnvelope,
    Vote,
)
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import campaign_row


@dataclass(frozen=True)
class VoteSettingsView:
    settings: VoteSettings
    #: False until the settings are first saved (``settings`` are then the defaults).
    saved: bool
    frozen: bool
    frozen_at: datetime | None
    version: int
    #: The public name of the register's secret (registers with another one do not merge).
    register_key_id: str
    register_purged_at: datetime | None


def settings_of(vote: Vote, session: Session) -> VoteSettings:
    envelopes = session.execute(
        select(TerritoryEnvelope.territory_id, TerritoryEnvelope.amount_cents)
        .where(TerritoryEnvelope.campaign_id == vote.campaign_id)
        .order_by(TerritoryEnvelope.territory_id)
    ).all()
    return VoteSettings(
        ballot_kind=BallotKind(vote.ballot_kind),
        min_choices=vote.min_choices,
        max_choices=vote.max_choices,
        points_total=vote.points_total,
        points_per_project=vote.points_per_project,
        min_age=vote.min_age,
        residence_rule=ResidenceRule(vote.residence_rule),
        proxies_allowed=vote.proxies_allowed,
        max_proxies=vote.max_proxies,
        envelopes_per_territory=vote.envelopes_per_territory,
        territory_envelopes=tuple((t, a) for t, a in envelopes),
        at_least_one_per_territory=vote.at_least_one_per_territory,
        rule=Rule(vote.rule),
        threshold_percent=(
            Decimal(vote.threshold_percent) if vote.threshold_percent is not None else None
        ),
        tie_break=TieBreak(vote.tie_break),
        double_entry=vote.double_entry,
        recourse_months=vote.recourse_months,
        keep_names=vote.register_keeps_names,
    )


def vote_row(session: Session, campaign_id: int) -> Vote | None:
    return session.scalar(select(Vote).where(Vote.campaign_id == campaign_id))


def require_vote(session: Session, campaign_id: int) -> Vote:
    """The campaign's vote settings row; ``DomainError`` when they were never saved."""
    vote = vote_row(session, campaign_id)
    if vote is None:
        raise DomainError(
            translate("Vote", "Save the vote settings first (Phase 8, settings of the vote).")
        )
    return vote


def _view(session: Session, vote: Vote | None) -> VoteSettingsView:
    if vote is None:
        return VoteSettingsView(VoteSettings(), False, False, None, 0, "", None)
    return VoteSettingsView(
        settings=settings_of(vote, session),
        saved=True,
        frozen=vote.frozen,
        frozen_at=vote.frozen_at,
        version=vote.version,
        register_key_id=key_id(vote.register_secret),
        register_purged_at=vote.register_purged_at,
    )


def get_settings(database: Database, campaign_id: int) -> VoteSettingsView:
    with database.session() as session:
        campaign_row(session, campaign_id)
        return _view(session, vote_row(session, campaign_id))


def frozen_message() -> str:
    return translate(
        "Vote",
        "The vote settings are frozen since the first ballot was entered; unfreeze them "
        "first, giving a reason for the journal.",
    )


#: Settings fields whose change is journaled, with the label the journal uses.
_FIELD_LABELS = {
    "ballot_kind": QT_TRANSLATE_NOOP("VoteField", "ballot kind"),
    "min_choices": QT_TRANSLATE_NOOP("VoteField", "fewest projects"),
    "max_choices": QT_TRANSLATE_NOOP("VoteField", "most projects"),
    "points_total": QT_TRANSLATE_NOOP("VoteField", "points per voter"),
    "points_per_project": QT_TRANSLATE_NOOP("VoteField", "points per project"),
    "min_age": QT_TRANSLATE_NOOP("VoteField", "minimum age"),
    "residence_rule": QT_TRANSLATE_NOOP("VoteField", "residence"),
    "proxies_allowed": QT_TRANSLATE_NOOP("VoteField", "proxies"),
    "max_proxies": QT_TRANSLATE_NOOP("VoteField", "proxies per holder"),
    "envelopes_per_territory": QT_TRANSLATE_NOOP("VoteField", "envelope per territory"),
    "territory_envelopes": QT_TRANSLATE_NOOP("VoteField", "territories' envelopes"),
    "at_least_one_per_territory": QT_TRANSLATE_NOOP(
        "VoteField", "at least one project per territory"
    ),
    "rule": QT_TRANSLATE_NOOP("VoteField", "allocation rule"),
    "threshold_percent": QT_TRANSLATE_NOOP("VoteField", "threshold"),
    "tie_break": QT_TRANSLATE_NOOP("VoteField", "tie rule"),
    "double_entry": QT_TRANSLATE_NOOP("VoteField", "double entry"),
    "recourse_months": QT_TRANSLATE_NOOP("VoteField", "recourse period"),
    "keep_names": QT_TRANSLATE_NOOP("VoteField", "names in the register"),
}


def save_settings(
    database: Database,
    campaign_id: int,
    settings: VoteSettings,
    author: str,
    *,
    version: int | None = None,
) -> VoteSettingsView:
    """Check and store the règlement; refused while frozen. Journals what changed, and
    classifies the ballots already entered again (after an unfreeze)."""
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        territory_ids = [t.id for t in campaign.territories]
        cleaned = check_settings(
            settings, territory_ids=territory_ids, envelope_cents=campaign.envelope_cents
        )
        vote = vote_row(session, campaign_id)
        if vote is not None and vote.frozen:
            raise DomainError(frozen_message())
        if vote is not None and version is not None and vote.version != version:
            raise ConcurrentEdit(
                translate(
                    "Vote",
                    "Someone else changed the vote settings in the meantime; reload them and "
                    "enter your changes again.",
                )
            )
        before = settings_of(vote, session) if vote is not None else None
        if vote is None:
            vote = Vote(campaign_id=campaign_id, register_secret=new_secret())
            session.add(vote)
        _apply(vote, cleaned)
        session.execute(
            delete(TerritoryEnvelope).where(TerritoryEnvelope.campaign_id == campaign_id)
        )
        for territory_id, amount in cleaned.territory_envelopes:
            session.add(
                TerritoryEnvelope(
                    campaign_id=campaign_id, territory_id=territory_id, amount_cents=amount
                )
            )
        vote.updated_at = utcnow()
        session.flush()
        changed = [
            f.name
            for f in fields(VoteSettings)
            if before is None or getattr(before, f.name) != getattr(cleaned, f.name)
        ]
        if before is None:
            summary = translate("Journal", "Vote settings saved: {kind}, {rule}.").format(
                kind=cleaned.ballot_kind.label, rule=cleaned.rule.value
            )
        elif changed:
            summary = translate("Journal", "Vote settings changed: {fields}.").format(
                fields=", ".join(translate("VoteField", _FIELD_LABELS[name]) for name in changed)
            )
        else:
            return _view(session, vote)
        reclassified = reclassify_ballots(session, campaign_id) if before is not None else 0
        if reclassified:
            summary += " " + translate(
                "Journal", "{count} ballots entered changed status under the new settings."
            ).format(count=reclassified)
        journal.record(
            session,
            campaign_id,
            author,
            "vote.settings",
            summary,
            fields=changed,
            reclassified=reclassified,
        )
        return _view(session, vote)


def _apply(vote: Vote, settings: VoteSettings) -> None:
    vote.ballot_kind = settings.ballot_kind.value
    vote.min_choices = settings.min_choices
    vote.max_choices = settings.max_choices
    vote.points_total = settings.points_total
    vote.points_per_project = settings.points_per_project
    vote.min_age = settings.min_age
    vote.residence_rule = settings.residence_rule.value
    vote.proxies_allowed = settings.proxies_allowed
    vote.max_proxies = settings.max_proxies
    vote.envelopes_per_territory = settings.envelopes_per_territory
    vote.at_least_one_per_territory = settings.at_least_one_per_territory
    vote.rule = settings.rule.value
    vote.threshold_percent = settings.threshold_percent
    vote.tie_break = settings.tie_break.value
    vote.double_entry = settings.double_entry
    vote.recourse_months = settings.recourse_months
    vote.register_keeps_names = settings.keep_names


def freeze(session: Session, vote: Vote, author: str) -> None:
    """Freeze the settings (the first ballot is being entered); journaled."""
    if vote.frozen:
        return
    vote.frozen = True
    vote.frozen_at = utcnow()
    journal.record(
        session,
        vote.campaign_id,
        author,
        "vote.freeze",
        translate("Journal", "Vote settings frozen: the first ballot was entered."),
    )


def unfreeze_settings(database: Database, campaign_id: int, reason: str, author: str) -> None:
    """Allow the settings to change again, for a reason the journal keeps."""
    reason = reason.strip()
    if not reason:
        raise DomainError(translate("Vote", "Say why the vote settings must change."))
    with database.session() as session:
        vote = require_vote(session, campaign_id)
        if not vote.frozen:
            return
        vote.frozen = False
        vote.frozen_at = None
        journal.record(
            session,
            campaign_id,
            author,
            "vote.unfreeze",
            translate("Journal", "Vote settings unfrozen. Reason: {reason}").format(reason=reason),
            reason=reason,
        )


def reclassify_ballots(session: Session, campaign_id: int) -> int:
    """Classify every stored ballot again under the current settings; how many changed."""
    paper = ballot_paper(session, campaign_id)
    rows = session.execute(
        select(Ballot.id, Ballot.choices, Ballot.status, Ballot.reason)
        .join(EntrySession, EntrySession.id == Ballot.session_id)
        .where(EntrySession.campaign_id == campaign_id)
    ).all()
    changed = 0
    for ballot_id, choices, status, reason in rows:
        reading = reread(paper, choices, NulReason(reason) if reason else None)
        new_status = reading.status
        assert new_status is not None
        new_reason = reading.reason.value if reading.reason else ""
        if (new_status.value, new_reason) != (status, reason):
            ballot = session.get(Ballot, ballot_id)
            assert ballot is not None
            ballot.status, ballot.reason = new_status.value, new_reason
            changed += 1
    session.flush()
    return changed


# --- the ballot paper -------------------------------------------------------------------


def ballot_paper(session: Session, campaign_id: int) -> BallotPaper:
    """The settings, projects and envelope a ballot is read against."""
    vote = require_vote(session, campaign_id)
    envelope = session.scalar(select(Campaign.envelope_cents).where(Campaign.id == campaign_id))
    rows = session.execute(
        select(
            Application.id,
            BallotCode.code,
            Application.requested_cents,
            Application.territory_id,
            Application.title,
        )
        .join(BallotCode, BallotCode.application_id == Application.id)
        .where(BallotCode.campaign_id == campaign_id)
        .order_by(BallotCode.position, BallotCode.id)
    ).all()
    if not rows:
        raise DomainError(
            translate("Vote", "No project has a ballot code yet: give the codes first.")
        )
    projects = tuple(BallotProject(*row) for row in rows)
    return BallotPaper(settings_of(vote, session), projects, envelope or 0)
