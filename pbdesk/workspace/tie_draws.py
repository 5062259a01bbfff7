"""Draws by lot: held before witnesses, their seed decides the ties of the ``cost`` rule.

The seed is drawn here (or by the witnesses themselves, with dice say, and typed); the count
uses the latest draw of the campaign, and the PV prints its number, time and witnesses, so
that anyone can redo the count and find the same order (``pbdesk.domain.tally.ties``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import TieDraw
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.vote import require_vote

#: Seeds of draws stay well inside a signed 64-bit column.
MAX_SEED = 10**15


@dataclass(frozen=True)
class DrawView:
    id: int
    drawn_at: datetime
    seed: int
    witnesses: str
    note: str


def record_draw(
    database: Database,
    campaign_id: int,
    witnesses: str,
    author: str,
    *,
    seed: int | None = None,
    note: str = "",
) -> DrawView:
    """Record a draw by lot held before witnesses: its seed (drawn here unless the witnesses
    drew it themselves, with dice say) decides the count's ties; journaled, printed in the PV."""
    witnesses = witnesses.strip()
    if not witnesses:
        raise DomainError(translate("Vote", "Name the witnesses of the draw."))
    if seed is None:
        seed = secrets.randbelow(MAX_SEED)
    if not 0 <= seed < MAX_SEED:
        raise DomainError(translate("Vote", "The draw's number must have 15 digits at most."))
    with database.session() as session:
        require_vote(session, campaign_id)
        draw = TieDraw(
            campaign_id=campaign_id,
            drawn_at=utcnow(),
            seed=seed,
            witnesses=witnesses,
            note=note.strip(),
        )
        session.add(draw)
        session.flush()
        journal.record(
            session,
            campaign_id,
            author,
            "vote.draw",
            translate("Journal", "Draw by lot held, number {seed}, before {witnesses}.").format(
                seed=seed, witnesses=witnesses
            ),
            seed=seed,
        )
        return draw_view(draw)


def draw_view(draw: TieDraw) -> DrawView:
    return DrawView(draw.id, draw.drawn_at, draw.seed, draw.witnesses, draw.note)


def latest_draw(session: Session, campaign_id: int) -> TieDraw | None:
    return session.scalar(
        select(TieDraw)
        .where(TieDraw.campaign_id == campaign_id)
        .order_by(TieDraw.drawn_at.desc(), TieDraw.id.desc())
        .limit(1)
    )
