"""The count: the official ballots (and hand counts) through the campaign's allocation rule.

What is counted: the valid ballots of official stacks (``double_entry.stack_states``: every
entry closed, double entries agreeing) and the stations' hand counts. Blank and nul ballots
are reported, not counted — as for suffrages exprimés. A count is refused, in one sentence,
while a stack is not official. Equal Shares needs ballots: a campaign with hand counts can
only use the greedy rules (greedy, greedy-no-skip, threshold).

Envelopes:

- one envelope: the rule runs on every project. With "at least one funded project per
  territory", if a territory (with at least one vote) ends up with no funded project, its
  best placed project that fits what is left is funded first (such territories' projects by
  decreasing score) and the rule runs again on the other projects with the rest of the
  envelope; repeated until every territory that can have one has one (each round reserves
  at least one project, so it ends). Nothing changes when the rule already funds one
  project per territory. With envelopes per territory the option is refused: each
  territory already has its own money.
- one envelope per territory: each territory's projects are counted on their own, with
  their territory's envelope. For Equal Shares, a territory's voters are the ballots that
  chose at least one of its projects (a ballot with none there has no say in it); for the
  greedy rules every valid ballot counts, so a threshold is a share of all valid ballots.

Ties follow the settings: by cost then a draw by lot, or refused (``TieError``, one
sentence naming the projects). A draw that decides something (tied projects on both sides
of the line) must have been held first, before witnesses (``record_draw``): its seed makes
the count reproducible and is printed in the PV.

Every count is kept (``VoteResult``) with its explanations and trace, and with a digest of
what it counted, so that publishing refuses a count made before a ballot was corrected.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import group_digits
from pbdesk.domain.tally import (
    Election,
    Profile,
    ProfileBuilder,
    Project,
    Rule,
    TallyResult,
    Threshold,
    TieBreak,
    tally,
)
from pbdesk.domain.tally.ties import TieBreaker
from pbdesk.domain.vote import BallotKind, BallotPaper, BallotProject, BallotStatus, VoteSettings
from pbdesk.domain.vote import decode_choices as decode
from pbdesk.i18n import translate
from pbdesk.store.models import Ballot
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.double_entry import stack_states
from pbdesk.workspace.vote import ballot_paper
from pbdesk.workspace.vote_totals import direct_blank_nul, direct_totals


@dataclass(frozen=True)
class CountInputs:
    """Everything a count depends on, read from the store."""

    paper: BallotPaper
    territories: tuple[tuple[int, str], ...]
    #: Valid entered ballots, grouped: canonical choices → how many.
    groups: dict[str, int]
    #: Hand counts: application id → (votes, score).
    direct: dict[int, tuple[int, int]]
    direct_valid: int
    valid: int
    blank: int
    nul: int

    @property
    def settings(self) -> VoteSettings:
        return self.paper.settings

    @property
    def source(self) -> str:
        if self.direct_valid or self.direct:
            return "mixed" if self.groups else "direct"
        return "ballots"

    def digest(self) -> str:
        """A fingerprint of what is counted (ballots, hand counts, projects, envelopes)."""
        settings = self.settings
        data = {
            "kind": settings.ballot_kind.value,
            "envelope": self.paper.envelope_cents,
            "envelopes": list(settings.territory_envelopes),
            "projects": [
                [p.key, p.code, p.cost_cents, p.territory_id] for p in self.paper.projects
            ],
            "groups": sorted(self.groups.items()),
            "direct": sorted((k, list(v)) for k, v in self.direct.items()),
            "counts": [self.direct_valid, self.valid, self.blank, self.nul],
        }
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def gather(session: Session, campaign_id: int) -> CountInputs:
    """Read the official ballots and hand counts; ``DomainError`` if some are not official."""
    campaign = campaign_row(session, campaign_id)
    if campaign.decision_mode == DecisionMode.DESIGNATION.value:
        raise DomainError(
            translate("Vote", "This campaign decides without a vote: record the designation.")
        )
    paper = ballot_paper(session, campaign_id)
    states = stack_states(session, campaign_id)
    problems = [state.problem for state in states if state.problem]
    if problems:
        more = len(problems) - 1
        text = translate("Vote", "The count is not official yet: {problem}").format(
            problem=problems[0]
        )
        if more:
            text += " " + translate("Vote", "({count} more stacks to settle)").format(count=more)
        raise DomainError(text)
    official = [state.official_session_id for state in states if state.official_session_id]
    groups: dict[str, int] = {}
    by_status: dict[str, int] = {}
    if official:
        for choices, count in session.execute(
            select(Ballot.choices, func.count())
            .where(Ballot.session_id.in_(official), Ballot.status == BallotStatus.VALID.value)
            .group_by(Ballot.choices)
        ):
            groups[choices] = int(count)
        for status, count in session.execute(
            select(Ballot.status, func.count())
            .where(Ballot.session_id.in_(official))
            .group_by(Ballot.status)
        ):
            by_status[status] = int(count)
    direct, direct_valid = direct_totals(session, campaign_id)
    blank, nul = direct_blank_nul(session, campaign_id)
    valid = by_status.get(BallotStatus.VALID.value, 0) + direct_valid
    blank += by_status.get(BallotStatus.BLANK.value, 0)
    nul += by_status.get(BallotStatus.NUL.value, 0)
    if not (valid or blank or nul):
        raise DomainError(translate("Vote", "No ballot has been entered or counted yet."))
    territories = tuple((t.id, t.name) for t in campaign.territories)
    return CountInputs(paper, territories, groups, direct, direct_valid, valid, blank, nul)


def election_for(inputs: CountInputs, projects: list[BallotProject], budget: int) -> Election:
    names = dict(inputs.territories)
    return Election(
        tuple(
            Project(p.code, p.cost_cents, p.title, territory=names.get(p.territory_id or 0, ""))
            for p in projects
        ),
        budget,
        currency="EUR",
        unit_scale=100,
    )


def profile_for(inputs: CountInputs, projects: list[BallotProject], *, drop_empty: bool) -> Profile:
    """The ballots restricted to ``projects`` (positions in that list)."""
    kind = inputs.settings.ballot_kind.vote_type
    index = {p.code: position for position, p in enumerate(projects)}
    builder = ProfileBuilder(kind, len(projects))
    for encoded, count in inputs.groups.items():
        choices, points = decode(encoded)
        if points:
            pairs = [(index[k], v) for k, v in zip(choices, points, strict=True) if k in index]
            positions, given = [p for p, _ in pairs], [v for _, v in pairs]
        else:
            positions, given = [index[k] for k in choices if k in index], []
        if positions or not drop_empty:
            builder.add(positions, given, count)
    profile = builder.build()
    if not inputs.direct and not inputs.direct_valid:
        return profile
    # Hand counts give totals, not ballots: the greedy rules need only the totals and the
    # number of valid ballots. (pbdesk.domain.tally has no public constructor for that yet.)
    votes, scores = profile.votes_and_scores()
    extra = [inputs.direct.get(p.key, (0, 0)) for p in projects]
    totals = [
        tuple(v + e[0] for v, e in zip(votes, extra, strict=True)),
        tuple(s + e[1] for s, e in zip(scores, extra, strict=True)),
    ]
    voters = profile.num_voters + inputs.direct_valid
    return Profile(kind, len(projects), {((), ()): voters}, totals)


def _threshold(settings: VoteSettings, rule: Rule) -> Threshold | None:
    if rule is not Rule.THRESHOLD or settings.threshold_percent is None:
        return None
    return Threshold(min_share=Fraction(settings.threshold_percent) / 100)


@dataclass(frozen=True)
class _Part:
    territory_id: int | None
    territory_name: str
    projects: list[BallotProject]
    election: Election
    result: TallyResult


def _support(votes: int, score: int, scored: bool) -> str:
    if scored:
        if score == 1:
            return translate("Vote", "1 point")
        return translate("Vote", "{score} points").format(score=group_digits(score))
    if votes == 1:
        return translate("Vote", "1 vote")
    return translate("Vote", "{votes} votes").format(votes=group_digits(votes))


class DrawNeeded(DomainError):
    """Tied projects fall on both sides of the line and no draw by lot was held yet."""

    def __init__(self, tied: tuple[str, ...]) -> None:
        self.tied = tied
        super().__init__(
            translate(
                "Vote",
                "Projects {codes} are tied (same votes, same cost) and only some can be funded: "
                "hold the draw by lot before witnesses and record it, then count again.",
            ).format(codes=", ".join(tied))
        )


def _decisive(result: TallyResult) -> tuple[str, ...] | None:
    chosen = set(result.selected)
    for draw in result.draws:
        if len({project in chosen for project in draw.tied}) > 1:
            return draw.tied
    return None


@dataclass(frozen=True)
class Reserved:
    """A project funded first so that its territory has one."""

    project: BallotProject
    votes: int
    score: int
    explanation: str


@dataclass(frozen=True)
class CountRun:
    """The parts counted (one per territory when envelopes are split), and the projects the
    "at least one per territory" rule reserved, with their explanations."""

    parts: list[_Part]
    reserved: list[Reserved]
    #: Tied projects a draw by lot decided between, where the outcome depends on it.
    decisive_draws: list[tuple[str, ...]]


def run_count(inputs: CountInputs, rule: Rule, tie_break: TieBreak, seed: int | None) -> CountRun:
    """Run the rule as the settings say (see the module docstring)."""
    settings = inputs.settings
    if rule.is_equal_shares and (inputs.direct or inputs.direct_valid):
        raise DomainError(
            translate(
                "Vote",
                "Equal Shares needs every ballot; stations counted by hand only give totals. "
                "Choose a greedy rule.",
            )
        )
    threshold = _threshold(settings, rule)
    projects = list(inputs.paper.projects)

    def part(chosen: list[BallotProject], budget: int, territory: tuple[int | None, str]) -> _Part:
        election = election_for(inputs, chosen, budget)
        profile = profile_for(
            inputs, chosen, drop_empty=rule.is_equal_shares and territory[0] is not None
        )
        result = tally(
            election, profile, rule, tie_break=tie_break, seed=seed or 0, threshold=threshold
        )
        return _Part(territory[0], territory[1], chosen, election, result)

    if settings.envelopes_per_territory:
        envelopes = settings.envelopes()
        orphans = [p.code for p in projects if p.territory_id not in envelopes]
        if orphans:
            raise DomainError(
                translate(
                    "Vote",
                    "Project {code} has no territory, but each territory has its own envelope.",
                ).format(code=orphans[0])
            )
        parts = [
            part([p for p in projects if p.territory_id == tid], envelopes[tid], (tid, name))
            for tid, name in inputs.territories
        ]
        return _run(parts, [], [])
    whole = (None, "")
    budget = inputs.paper.envelope_cents
    if not settings.at_least_one_per_territory:
        return _run([part(projects, budget, whole)], [], [])
    full = part(projects, budget, whole)
    votes, scores = profile_for(inputs, projects, drop_empty=False).votes_and_scores()
    ties = TieBreaker(tie_break, full.election, seed or 0)
    scored = settings.ballot_kind in (BallotKind.POINTS, BallotKind.RANKED)
    reserved: list[int] = []  # positions in ``projects``
    explanations: list[Reserved] = []
    current = full
    for _ in range(len(inputs.territories) + 1):
        funded = {p.territory_id for p in projects if p.code in set(current.result.selected)}
        funded |= {projects[q].territory_id for q in reserved}
        left = budget - sum(projects[q].cost_cents for q in reserved)
        added = False
        wanting = []  # each territory without a funded project: its best placed one
        for territory_id, name in inputs.territories:
            if territory_id in funded:
                continue
            candidates = [
                q
                for q, p in enumerate(projects)
                if p.territory_id == territory_id and votes[q] > 0 and q not in reserved
            ]
            best = _best(candidates, scores, ties, left, projects)
            if best is not None:
                wanting.append((best, name))
        # The best placed first, while they fit in what is left.
        for best, name in sorted(wanting, key=lambda pair: (-scores[pair[0]], pair[0])):
            if projects[best].cost_cents > left:
                continue
            reserved.append(best)
            left -= projects[best].cost_cents
            text = translate(
                "Vote",
                "funded: best placed project of {territory} that fits, {support} (at least one "
                "funded project per territory)",
            ).format(territory=name, support=_support(votes[best], scores[best], scored))
            explanations.append(Reserved(projects[best], votes[best], scores[best], text))
            added = True
        if not added:
            break
        rest = [p for q, p in enumerate(projects) if q not in reserved]
        current = part(rest, left, whole)
    reserve_draws = [draw.tied for draw in ties.draws]
    return _run([current], explanations, reserve_draws)


def _run(parts: list[_Part], reserved: list[Reserved], draws: list[tuple[str, ...]]) -> CountRun:
    decisive = list(draws)
    for one in parts:
        tied = _decisive(one.result)
        if tied is not None:
            decisive.append(tied)
    return CountRun(parts, reserved, decisive)


def _best(
    candidates: list[int],
    scores: tuple[int, ...],
    ties: TieBreaker,
    left: int,
    projects: list[BallotProject],
) -> int | None:
    fitting = [q for q in candidates if projects[q].cost_cents <= left]
    if not fitting:
        return None
    top = max(scores[q] for q in fitting)
    tied = [q for q in fitting if scores[q] == top]
    if len(tied) > 1 and ties.rule is TieBreak.REFUSE:
        raise ties.refuse(tied)
    return ties.order(tied)[0]
