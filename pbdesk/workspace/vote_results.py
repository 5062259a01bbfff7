"""Counting a campaign's vote and keeping each count with its explanations.

``count_votes`` runs the count (``vote_count``) with the campaign's rule, or another one to
compare, and keeps it (``VoteResult``): per project its votes, score, outcome and sentence,
per envelope the rule's trace (rounds of Equal Shares, add1, draws). ``vote_publish`` makes a
kept count the result; draws by lot are in ``tie_draws``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros
from pbdesk.domain.tally import Election, Profile, Rule, TallyResult, TieBreak
from pbdesk.domain.tally.explain import format_amount
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Application, Territory, TieDraw, VoteResult
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.tie_draws import DrawView, draw_view, latest_draw
from pbdesk.workspace.vote import require_vote, settings_of
from pbdesk.workspace.vote_count import (
    CountInputs,
    CountRun,
    DrawNeeded,
    election_for,
    gather,
    profile_for,
    run_count,
)


@dataclass(frozen=True)
class ProjectOutcome:
    #: None if the application was deleted since the count.
    application_id: int | None
    application_uuid: str
    code: str
    title: str
    territory_id: int | None
    cost_cents: int
    votes: int
    score: int
    funded: bool
    rank: int | None
    explanation: str


@dataclass(frozen=True)
class RoundView:
    """A round of Equal Shares as the results page shows it."""

    round: int
    code: str
    price: str
    full_payers: int
    partial_payers: int
    remaining: str


@dataclass(frozen=True)
class PartView:
    """The count of one envelope: the whole campaign, or one territory."""

    territory_id: int | None
    territory_name: str
    budget_cents: int
    voters: int
    selected_codes: tuple[str, ...]
    total_cost_cents: int
    rounds: tuple[RoundView, ...]
    #: How the add1 completion ended (budget per voter kept), empty for other rules.
    add1: str
    draws: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class CountResult:
    """A count with its explanations (kept: ``result_id``; published: ``published_at``)."""

    result_id: int | None
    counted_at: datetime
    rule: Rule
    tie_break: TieBreak
    seed: int | None
    draw: DrawView | None
    source: str
    valid: int
    blank: int
    nul: int
    budget_cents: int
    total_cost_cents: int
    #: Application ids in selection order.
    selected: tuple[int, ...]
    #: Funded first by the "at least one project per territory" rule.
    reserved: tuple[int, ...]
    projects: tuple[ProjectOutcome, ...]
    parts: tuple[PartView, ...]
    digest: str
    published_at: datetime | None = None
    published_by: str = ""

    def project(self, application_id: int) -> ProjectOutcome:
        for line in self.projects:
            if line.application_id == application_id:
                return line
        raise KeyError(application_id)


def _part_json(election: Election, result: TallyResult, territory: tuple[str | None, str]) -> Any:
    rounds = [
        {
            "round": r.round,
            "code": r.project_id,
            "price": str(r.price),
            "price_text": format_amount(r.price, election),
            "full_payers": r.full_payers,
            "partial_payers": r.partial_payers,
            "remaining": str(r.remaining),
            "remaining_text": format_amount(r.remaining, election),
        }
        for r in result.rounds
    ]
    add1 = ""
    if result.add1 is not None:
        # The rounds are counted with the raised shares: say so, in plain words.
        add1 = translate(
            "Vote",
            "With the completion (add1 method), each voter's share was raised step by step "
            "from {start} to {share}, as long as the funded projects stayed within the "
            "envelope ({steps} steps).",
        ).format(
            start=format_amount(Fraction(result.budget, max(result.num_voters, 1)), election),
            share=format_amount(result.add1.budget_per_voter, election),
            steps=result.add1.steps,
        )
    return {
        "territory": territory[0],
        "territory_name": territory[1],
        "budget_cents": result.budget,
        "voters": result.num_voters,
        "selected": list(result.selected),
        "total_cost_cents": result.total_cost,
        "rounds": rounds,
        "add1": add1,
        "draws": [list(d.tied) for d in result.draws],
    }


def _serialize(
    inputs: CountInputs, run: CountRun, uuids: dict[int, str], territory_uuids: dict[int, str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The count as JSON, rows named by uuid (a kept count travels in project files)."""
    paper = inputs.paper
    lines: dict[int, dict[str, Any]] = {}
    order: list[int] = [r.project.key for r in run.reserved]
    for reserved in run.reserved:
        p = reserved.project
        lines[p.key] = {
            "votes": reserved.votes,
            "score": reserved.score,
            "funded": True,
            "rank": None,
            "explanation": reserved.explanation,
        }
    for part in run.parts:
        for line in part.result.projects:
            key = paper.by_code[line.project.id].key
            lines[key] = {
                "votes": line.votes,
                "score": line.score,
                "funded": line.selected,
                "rank": line.rank,
                "explanation": line.explanation,
            }
        order.extend(paper.by_code[code].key for code in part.result.selected)
    projects = [
        {
            "application": uuids[p.key],
            "code": p.code,
            "title": p.title,
            "territory": territory_uuids.get(p.territory_id or 0),
            "cost_cents": p.cost_cents,
            **lines[p.key],
        }
        for p in paper.projects
    ]
    budget = (
        sum(amount for _, amount in inputs.settings.territory_envelopes)
        if inputs.settings.envelopes_per_territory
        else paper.envelope_cents
    )
    outcome = {
        "budget_cents": budget,
        "selected": [uuids[key] for key in order],
        "reserved": [uuids[r.project.key] for r in run.reserved],
        "total_cost_cents": sum(paper.by_key[key].cost_cents for key in order),
        "projects": projects,
        "digest": inputs.digest(),
    }
    trace = {
        "parts": [
            _part_json(
                part.election,
                part.result,
                (territory_uuids.get(part.territory_id or 0), part.territory_name),
            )
            for part in run.parts
        ]
    }
    return outcome, trace


def count_votes(
    database: Database,
    campaign_id: int,
    author: str,
    *,
    rule: Rule | None = None,
    tie_break: TieBreak | None = None,
    keep: bool = True,
) -> CountResult:
    """Count the official ballots with the campaign's rule (or ``rule``), explain each
    project's outcome, and keep the count (journaled) unless ``keep`` is False."""
    with database.session() as session:
        vote = require_vote(session, campaign_id)
        settings = settings_of(vote, session)
        rule = rule or settings.rule
        tie = tie_break or settings.tie_break
        inputs = gather(session, campaign_id)
        draw = latest_draw(session, campaign_id) if tie is TieBreak.COST else None
        run = run_count(inputs, rule, tie, draw.seed if draw else None)
        if run.decisive_draws and draw is None:
            raise DrawNeeded(run.decisive_draws[0])
        ids = local_ids(session, campaign_id)
        uuids = {local: uuid for uuid, local in ids.items()}
        outcome, trace = _serialize(inputs, run, uuids, uuids)
        row = VoteResult(
            campaign_id=campaign_id,
            counted_at=utcnow(),
            author=author,
            rule=rule.value,
            tie_break=tie.value,
            draw_id=draw.id if draw else None,
            source=inputs.source,
            valid=inputs.valid,
            blank=inputs.blank,
            nul=inputs.nul,
            total_cost_cents=outcome["total_cost_cents"],
            outcome=outcome,
            trace=trace,
        )
        if not keep:
            return result_view(row, draw, ids)
        session.add(row)
        session.flush()
        journal.record(
            session,
            campaign_id,
            author,
            "vote.count",
            translate(
                "Journal",
                "Votes counted ({rule}): {valid} valid, {blank} blank, {nul} spoilt; {funded} "
                "projects funded for {amount}.",
            ).format(
                rule=rule.value,
                valid=inputs.valid,
                blank=inputs.blank,
                nul=inputs.nul,
                funded=len(outcome["selected"]),
                amount=format_euros(outcome["total_cost_cents"]),
            ),
            result=row.uuid,
        )
        return result_view(row, draw, ids)


def local_ids(session: Session, campaign_id: int) -> dict[str, int]:
    """The campaign's applications and territories: uuid → id in this database."""
    return {
        uuid: local
        for table in (Application, Territory)
        for local, uuid in session.execute(
            select(table.id, table.uuid).where(table.campaign_id == campaign_id)
        )
    }


def result_view(row: VoteResult, draw: TieDraw | None, ids: dict[str, int]) -> CountResult:
    """A kept count as the results page shows it; ``ids`` from ``local_ids``."""
    outcome, trace = row.outcome, row.trace
    projects = tuple(
        ProjectOutcome(
            application_id=ids.get(p["application"]),
            application_uuid=p["application"],
            code=p["code"],
            title=p["title"],
            territory_id=ids.get(p["territory"]) if p["territory"] else None,
            cost_cents=p["cost_cents"],
            votes=p["votes"],
            score=p["score"],
            funded=p["funded"],
            rank=p["rank"],
            explanation=p["explanation"],
        )
        for p in outcome["projects"]
    )
    parts = tuple(
        PartView(
            territory_id=ids.get(part["territory"]) if part["territory"] else None,
            territory_name=part["territory_name"],
            budget_cents=part["budget_cents"],
            voters=part["voters"],
            selected_codes=tuple(part["selected"]),
            total_cost_cents=part["total_cost_cents"],
            rounds=tuple(
                RoundView(
                    r["round"],
                    r["code"],
                    r["price_text"],
                    r["full_payers"],
                    r["partial_payers"],
                    r["remaining_text"],
                )
                for r in part["rounds"]
            ),
            add1=part["add1"],
            draws=tuple(tuple(d) for d in part["draws"]),
        )
        for part in trace["parts"]
    )
    return CountResult(
        result_id=row.id,
        counted_at=row.counted_at,
        rule=Rule(row.rule),
        tie_break=TieBreak(row.tie_break),
        seed=draw.seed if draw else None,
        draw=draw_view(draw) if draw else None,
        source=row.source,
        valid=row.valid,
        blank=row.blank,
        nul=row.nul,
        budget_cents=outcome["budget_cents"],
        total_cost_cents=row.total_cost_cents,
        selected=tuple(ids[uuid] for uuid in outcome["selected"] if uuid in ids),
        reserved=tuple(ids[uuid] for uuid in outcome["reserved"] if uuid in ids),
        projects=projects,
        parts=parts,
        digest=outcome["digest"],
        published_at=row.published_at,
        published_by=row.published_by,
    )


def result_row(session: Session, result_id: int) -> VoteResult:
    row = session.get(VoteResult, result_id)
    if row is None:
        raise DomainError(translate("Vote", "This count no longer exists."))
    return row


def stored_view(session: Session, row: VoteResult) -> CountResult:
    """A kept count with its draw, rows named by their ids in this database."""
    draw = session.get(TieDraw, row.draw_id) if row.draw_id else None
    return result_view(row, draw, local_ids(session, row.campaign_id))


def get_result(database: Database, result_id: int) -> CountResult:
    with database.session() as session:
        return stored_view(session, result_row(session, result_id))


def list_results(database: Database, campaign_id: int) -> list[CountResult]:
    """The counts kept, newest first."""
    with database.session() as session:
        rows = session.scalars(
            select(VoteResult)
            .where(VoteResult.campaign_id == campaign_id)
            .order_by(VoteResult.counted_at.desc(), VoteResult.id.desc())
        ).all()
        return [stored_view(session, row) for row in rows]


def published_result(database: Database, campaign_id: int) -> CountResult | None:
    with database.session() as session:
        row = session.scalar(
            select(VoteResult).where(
                VoteResult.campaign_id == campaign_id, VoteResult.published_at.is_not(None)
            )
        )
        if row is None:
            return None
        return stored_view(session, row)


def campaign_election(database: Database, campaign_id: int) -> tuple[Election, Profile]:
    """The whole campaign as one election and its valid official ballots (project ids are
    the ballot codes): for ``pbdesk tally CAMPAIGN`` and the pabulib export."""
    with database.session() as session:
        inputs = gather(session, campaign_id)
        if inputs.direct or inputs.direct_valid:
            # A hand count gives totals, not ballots: a file of ballots would be wrong.
            raise DomainError(
                translate(
                    "Vote",
                    "Some stations were counted by hand: their totals are not ballots, so the "
                    "campaign cannot be written as a pabulib file of ballots.",
                )
            )
        projects = list(inputs.paper.projects)
        return (
            election_for(inputs, projects, inputs.paper.envelope_cents),
            profile_for(inputs, projects, drop_empty=False),
        )
